package hta.dossier.pg.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Dossier;
import hta.dossier.repository.DossierChange;
import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.Presence;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Other open workspaces hear of a save within 2 s, and see who has a dossier open. */
class ChangeFeedTest {
    static Team team;

    @BeforeAll
    static void setUp() throws Exception {
        team = Team.create();
        team.user("nora", "writer:no");
        team.user("dan", "writer:dk");
        Dossier d = Team.hemgenix();
        d.revision = 0;
        team.open("owner").save(d, "owner", "first");
    }

    @AfterAll
    static void tearDown() {
        team.close();
    }

    @Test
    void aSaveElsewhereIsHeardWithinTwoSeconds() throws Exception {
        DossierRepository watcher = team.open("nora");
        BlockingQueue<DossierChange> heard = new LinkedBlockingQueue<>();
        try (AutoCloseable ignored = watcher.watch(heard::add)) {
            // the listening session is up once this process's own presence shows
            try (AutoCloseable open = watcher.open("hemgenix")) {
                awaitPresence(team.open("dan"), "hemgenix", team.db + "_nora");
            }
            heard.clear();
            DossierRepository saver = team.open("dan");
            Dossier d = saver.load("hemgenix");
            d.price("dk-saip").orElseThrow().amount = new java.math.BigDecimal("17000000");
            long t0 = System.nanoTime();
            long rev = saver.save(d, "dan", "new Danish price");
            DossierChange c;
            do {
                c = heard.poll(2, TimeUnit.SECONDS);
                assertNotNull(c, "no notification within 2 s of the save");
            } while (c.kind() != DossierChange.Kind.SAVED);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 2_000, ms + " ms");
            assertEquals("hemgenix", c.id());
            assertEquals(rev, c.revision());
            assertEquals("dan", c.author());
        }
    }

    @Test
    void whoElseHasADossierOpenIsShownUntilTheyCloseIt() throws Exception {
        DossierRepository nora = team.open("nora");
        DossierRepository dan = team.open("dan");
        AutoCloseable open = dan.open("hemgenix");
        List<Presence> seen = awaitPresence(nora, "hemgenix", team.db + "_dan");
        assertEquals("hta tests", seen.get(0).application());
        assertTrue(dan.presence("hemgenix").stream().noneMatch(p -> p.user().equals(team.db + "_dan")),
                "one's own session is not listed as someone else");
        open.close();
        long end = System.currentTimeMillis() + 5_000;
        while (!nora.presence("hemgenix").isEmpty() && System.currentTimeMillis() < end) Thread.sleep(50);
        assertEquals(List.of(), nora.presence("hemgenix"));
        // a process that goes away without closing (its session ends) is not shown either
        dan.open("hemgenix");
        awaitPresence(nora, "hemgenix", team.db + "_dan");
        dan.close();
        end = System.currentTimeMillis() + 5_000;
        while (!nora.presence("hemgenix").isEmpty() && System.currentTimeMillis() < end) Thread.sleep(50);
        assertEquals(List.of(), nora.presence("hemgenix"));
    }

    static List<Presence> awaitPresence(DossierRepository from, String id, String user) throws InterruptedException {
        long end = System.currentTimeMillis() + 5_000;
        while (System.currentTimeMillis() < end) {
            List<Presence> p = from.presence(id);
            if (p.stream().anyMatch(x -> x.user().equals(user))) return p;
            Thread.sleep(50);
        }
        throw new AssertionError(user + " never shown as having " + id + " open: " + from.presence(id));
    }
}
