package hta.dossier.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.Revision;
import hta.dossier.repository.SaveConflictException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revisions, history, restore and refused stale saves on a real folder. */
class HistoryAndConflictTest {
    @TempDir
    Path folder;
    /** Each test class names the demo folder itself: Tycho's incremental test compile may not see the others. */
    static final Path DEMO = Path.of("../../product/app/src/main/dist/demo-workspace");

    private JsonFolderRepository demoCopy() throws Exception {
        Files.copy(DEMO.resolve("hemgenix.json"), folder.resolve("hemgenix.json"),
                StandardCopyOption.REPLACE_EXISTING);
        return new JsonFolderRepository(folder);
    }

    @Test
    void everySavedRevisionIsKeptWithAuthorTimeAndSummary() throws Exception {
        JsonFolderRepository repo = demoCopy();
        byte[] original = Files.readAllBytes(folder.resolve("hemgenix.json"));
        Dossier d = repo.load("hemgenix");
        d.product.brandName = "Hemgenix A";
        assertEquals(2, repo.save(d, "alice", "renamed to A"));
        d.product.brandName = "Hemgenix B";
        assertEquals(3, repo.save(d, "bob", "renamed to B"));

        List<Revision> h = repo.history("hemgenix");
        assertEquals(List.of(1L, 2L, 3L), h.stream().map(Revision::revision).toList());
        assertEquals("alice", h.get(1).author());
        assertEquals("renamed to B", h.get(2).summary());
        assertTrue(h.get(2).time() != null && !h.get(2).time().isBefore(h.get(1).time()));
        // the revision that existed before any history (the demo file) was kept byte for byte
        assertArrayEquals(original, Files.readAllBytes(folder.resolve(".history/hemgenix/1.json")));
        assertEquals("Hemgenix A", repo.loadRevision("hemgenix", 2).product.brandName);
        assertEquals("Hemgenix", repo.loadRevision("hemgenix", 1).product.brandName);
        // the current file and its history copy are the same bytes
        assertArrayEquals(Files.readAllBytes(folder.resolve("hemgenix.json")),
                Files.readAllBytes(folder.resolve(".history/hemgenix/3.json")));
    }

    @Test
    void restoreMakesAnOldRevisionCurrentWithoutDiscardingAnything() throws Exception {
        JsonFolderRepository repo = demoCopy();
        Dossier d = repo.load("hemgenix");
        int prices = d.prices.size();
        d.prices.remove(1);
        repo.save(d, "alice", "removed the agreed price by mistake");
        assertEquals(3, repo.restore("hemgenix", 1, 2, "alice"));
        Dossier now = repo.load("hemgenix");
        assertEquals(prices, now.prices.size());
        assertEquals(3, now.revision);
        assertEquals("restored revision 1", now.saved.summary);
        assertEquals(3, repo.history("hemgenix").size());
        assertThrows(SaveConflictException.class, () -> repo.restore("hemgenix", 1, 2, "bob"),
                "a restore based on a stale revision is a conflict too");
    }

    @Test
    void staleSaveFromASecondRepositoryNamesWhoSavedWhatWhen() throws Exception {
        JsonFolderRepository a = demoCopy();
        JsonFolderRepository b = new JsonFolderRepository(folder);
        Dossier mine = a.load("hemgenix");
        Dossier theirs = b.load("hemgenix");
        theirs.product.marketingAuthorisationHolder = "CSL Behring GmbH";
        b.save(theirs, "bob", "holder's full name");
        mine.product.brandName = "Mine";
        byte[] before = Files.readAllBytes(folder.resolve("hemgenix.json"));
        SaveConflictException e = assertThrows(SaveConflictException.class, () -> a.save(mine, "alice", "rename"));
        assertTrue(e.getMessage().contains("bob") && e.getMessage().contains("holder's full name")
                && e.getMessage().contains("revision 2"), e.getMessage());
        assertEquals("bob", e.stored().orElseThrow().author());
        assertTrue(e.stored().orElseThrow().time() != null);
        assertArrayEquals(before, Files.readAllBytes(folder.resolve("hemgenix.json")), "nothing was written");
        assertEquals(1, mine.revision, "the refused dossier keeps the revision it was based on");
        assertFalse(Files.exists(folder.resolve(".history/hemgenix/3.json")));
    }

    @Test
    void unreadableFileOnDiskIsNeverOverwritten() throws Exception {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, "{\"schemaVersion\":2,\"id\":\"broken\",\"revision\":4,");
        JsonFolderRepository repo = new JsonFolderRepository(folder);
        Dossier d = DossierJson.read(Files.readAllBytes(DEMO.resolve("hemgenix.json")));
        d.id = "broken";
        d.revision = 0;
        SaveConflictException e = assertThrows(SaveConflictException.class, () -> repo.save(d, "alice", "new"));
        assertTrue(e.getMessage().contains("cannot be read"), e.getMessage());
        assertEquals("{\"schemaVersion\":2,\"id\":\"broken\",\"revision\":4,", Files.readString(file));
    }

    @Test
    void fileFromANewerVersionIsReadButNotSavedOver() throws Exception {
        String newer = Files.readString(DEMO.resolve("hemgenix.json"))
                .replace("\"schemaVersion\" : 2", "\"schemaVersion\" : 9");
        Files.writeString(folder.resolve("hemgenix.json"), newer);
        JsonFolderRepository repo = new JsonFolderRepository(folder);
        Dossier d = repo.load("hemgenix");
        assertEquals(9, d.schemaVersion);
        SaveConflictException e = assertThrows(SaveConflictException.class, () -> repo.save(d, "alice", "x"));
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
        assertEquals(newer, Files.readString(folder.resolve("hemgenix.json")));
    }

    /**
     * Concurrent writers: threads save through four repositories on one folder, retrying on conflict. No save may be
     * lost silently: the final revision equals the number of successful saves, and every revision is in the history.
     */
    @Test
    void concurrentWritersOnOneWorkspaceNeverLoseASave() throws Exception {
        demoCopy();
        int threads = 4;
        int savesEach = 15;
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int me = t;
            JsonFolderRepository repo = new JsonFolderRepository(folder);
            jobs.add(pool.submit(() -> {
                for (int i = 0; i < savesEach; i++) {
                    while (true) {
                        Dossier d = repo.load("hemgenix");
                        d.evidence.keyOutcomes.add("writer " + me + " save " + i);
                        try {
                            repo.save(d, "writer" + me, "save " + i);
                            break;
                        } catch (SaveConflictException e) {
                            conflicts.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : jobs) f.get();
        pool.shutdown();
        JsonFolderRepository repo = new JsonFolderRepository(folder);
        Dossier d = repo.load("hemgenix");
        assertEquals(1 + threads * savesEach, d.revision);
        // each successful save started from the previous one, so every line added survives
        assertEquals(3 + threads * savesEach, d.evidence.keyOutcomes.size());
        assertEquals(1 + threads * savesEach, repo.history("hemgenix").size());
    }
}
