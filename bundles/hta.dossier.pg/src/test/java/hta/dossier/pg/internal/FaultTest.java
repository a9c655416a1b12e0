package hta.dossier.pg.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import hta.dossier.Dossier;
import hta.dossier.Narrative;
import hta.dossier.repository.DossierChange;
import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.PasswordSource;
import hta.dossier.repository.WorkspaceUnavailableException;
import hta.testsupport.postgres.PostgresServer;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Faults of the server and the network in the middle of a save: the caller gets one clear line and keeps its edit,
 * others never see half a revision, and the store works again once the server is back. A server of its own, since
 * these tests stop and break it.
 */
class FaultTest {
    static PostgresServer server;
    static Team team;

    @BeforeAll
    static void setUp() throws Exception {
        server = PostgresServer.startNew(Map.of());
        team = Team.create(server);
        team.user("ada", "admin");
    }

    @AfterAll
    static void tearDown() {
        team.close();
        server.close();
    }

    /** A dossier saved once, then changed in memory: the edit the faults must not lose. */
    private static Dossier savedAndEdited(DossierRepository repo, String id) throws Exception {
        Dossier d = Team.hemgenix();
        d.id = id;
        d.revision = 0;
        repo.save(d, "ada", "first");
        d.product.brandName = "Edited";
        return d;
    }

    /** Starts a save that waits on a lock the test holds, so a fault can strike while the save is in the server. */
    private static CompletableFuture<Throwable> saveStuckOnLock(DossierRepository repo, Dossier d, Connection blocker) throws Exception {
        blocker.setAutoCommit(false);
        try (Statement s = blocker.createStatement()) {
            s.execute("SELECT * FROM hta.dossier WHERE id = '" + d.id + "' FOR UPDATE");
        }
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                repo.save(d, "ada", "during the fault");
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        long end = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < end) {
            if (server.psql(team.db, "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'").strip().equals("1")) {
                return outcome;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the save never waited on the lock");
    }

    private static void assertOneLine(Throwable t, String... words) {
        assertTrue(t instanceof WorkspaceUnavailableException, String.valueOf(t));
        String m = t.getMessage();
        assertFalse(m.contains("\n"), "one line: " + m);
        for (String w : words) assertTrue(m.contains(w), "'" + w + "' in: " + m);
    }

    @Test
    void serverStoppedMidSave() throws Exception {
        DossierRepository repo = team.open("ada");
        Dossier d = savedAndEdited(repo, "crash");
        BlockingQueue<DossierChange> heard = new LinkedBlockingQueue<>();
        repo.watch(heard::add);
        Connection blocker = java.sql.DriverManager.getConnection(server.jdbcUrl(team.db), "postgres", server.superPassword());
        CompletableFuture<Throwable> outcome = saveStuckOnLock(repo, d, blocker);
        server.stop("immediate"); // as a power cut would
        Throwable t = outcome.get(60, TimeUnit.SECONDS);
        assertOneLine(t, "Could not save dossier 'crash'", "your edit is still open");
        assertEquals(1, d.revision, "the edit is still based on revision 1");
        assertEquals("Edited", d.product.brandName);
        server.start();
        // the same open workspace works again: nothing of the interrupted save is there, the edit saves now
        assertEquals(1, repo.load("crash").revision);
        assertEquals(1, repo.history("crash").size());
        assertEquals("0", server.psql(team.db, "SELECT count(*) FROM hta.revision WHERE dossier_id = 'crash' AND revision > 1").strip());
        assertEquals(2, repo.save(d, "ada", "after the restart"));
        assertEquals("Edited", team.open("ada").load("crash").product.brandName);
        DossierChange c;
        do {
            c = heard.poll(15, TimeUnit.SECONDS);
            assertTrue(c != null, "the listener heard nothing after the restart");
        } while (c.kind() != DossierChange.Kind.RESYNC);
    }

    @Test
    void networkCutMidSave() throws Exception {
        try (CuttableProxy proxy = new CuttableProxy(server.port())) {
            DossierRepository repo = PgWorkspaceProvider.open("postgresql://" + team.db + "_ada@127.0.0.1:" + proxy.port()
                    + "/" + team.db, Map.of("PGPASSWORD", Team.PASSWORD), PasswordSource.NONE, "hta tests", 2, Team.POLICIES);
            try {
                Dossier d = savedAndEdited(repo, "cut");
                Connection blocker = java.sql.DriverManager.getConnection(server.jdbcUrl(team.db), "postgres", server.superPassword());
                CompletableFuture<Throwable> outcome = saveStuckOnLock(repo, d, blocker);
                proxy.cut();
                Throwable t = outcome.get(60, TimeUnit.SECONDS);
                blocker.rollback(); // the lock goes: a save still alive in the server would now commit
                blocker.close();
                assertOneLine(t, "Could not save dossier 'cut'", "connection");
                assertEquals(1, d.revision);
                Thread.sleep(500);
                assertEquals("0", server.psql(team.db, "SELECT count(*) FROM hta.revision WHERE dossier_id = 'cut' AND revision > 1").strip(),
                        "the interrupted save was ended in the server, not left to commit after the client gave up");
                assertEquals(2, repo.save(d, "ada", "after the cut"));
            } finally {
                repo.close();
            }
        }
    }

    @Test
    void diskFullOnTheServer() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to mount a small file system for a tablespace");
        java.nio.file.Path mount = java.nio.file.Files.createTempDirectory("hta-pg-tiny-");
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount.toString()) == 0, "mount not permitted here");
        try {
            run("chown", "postgres", mount.toString());
            server.psql("postgres", "CREATE TABLESPACE tiny LOCATION '" + mount + "'");
            server.psql("postgres", "CREATE ROLE tiny_owner LOGIN CREATEROLE PASSWORD '" + Team.PASSWORD + "'");
            server.psql("postgres", "CREATE DATABASE tiny OWNER tiny_owner TABLESPACE tiny");
            DossierRepository repo = PgWorkspaceProvider.open(server.url("tiny").replace("//", "//tiny_owner@"),
                    Map.of("PGPASSWORD", Team.PASSWORD), PasswordSource.NONE, "hta tests", 2, Team.POLICIES);
            try {
                Dossier d = Team.hemgenix();
                d.revision = 0;
                Random random = new Random(7);
                Throwable failure = null;
                int saved = 0;
                for (int i = 0; i < 400 && failure == null; i++) {
                    // text that does not compress, so the small file system fills up
                    StringBuilder text = new StringBuilder();
                    for (int k = 0; k < 60_000; k++) text.append((char) ('a' + random.nextInt(26)));
                    d.submission("dk").orElseThrow().sections.put("bulk", Narrative.of(text.toString()));
                    try {
                        repo.save(d, "ada", "save " + i);
                        saved++;
                    } catch (WorkspaceUnavailableException e) {
                        failure = e;
                    }
                }
                assertTrue(failure != null, "the file system never filled up");
                assertOneLine(failure, "the server's disk is full", "nothing was saved, your edit is still open");
                assertEquals(saved, d.revision, "the edit is still based on the last revision that was saved");
                assertEquals(saved, repo.history("hemgenix").size());
                assertEquals(saved, repo.load("hemgenix").revision);
                assertEquals(List.of(), repo.problems());
            } finally {
                repo.close();
            }
        } finally {
            server.psql("postgres", "DROP DATABASE IF EXISTS tiny WITH (FORCE)");
            server.psql("postgres", "DROP TABLESPACE IF EXISTS tiny");
            run("umount", mount.toString());
        }
    }

    private static int run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
