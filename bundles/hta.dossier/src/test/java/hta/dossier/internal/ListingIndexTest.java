package hta.dossier.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.DossierSummary;
import hta.dossier.repository.LoadProblem;
import hta.dossier.repository.SaveConflictException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The listing index ({@code .index}) on real folders: unchanged files are not read again, by this repository, a
 * new one or another process; a file changed outside the workbench in any way is read again; a damaged, foreign
 * or missing index is rebuilt without a word; two processes listing and saving on one workspace stay correct.
 * Most tests switch off the two-second "racy" rule (files that changed that recently are always read again) so
 * that they need not wait for files to settle; one test checks the rule itself.
 */
class ListingIndexTest {
    static final Path DEMO = Path.of("../../product/app/src/main/dist/demo-workspace");

    @TempDir
    Path folder;

    @BeforeEach
    void noRacyWindow() {
        ListingIndex.racyNanos = 0;
    }

    @AfterEach
    void racyWindowBack() {
        ListingIndex.racyNanos = ListingIndex.RACY_NANOS;
    }

    /** Writes dossier {@code id} (the demo Hemgenix dossier with that id and brand) as a tool outside would. */
    private Path write(String id, String brand, long revision) throws Exception {
        Dossier d = DossierJson.read(Files.readAllBytes(DEMO.resolve("hemgenix.json")));
        d.id = id;
        d.product.brandName = brand;
        d.revision = revision;
        Path file = folder.resolve(id + ".json");
        Files.write(file, DossierJson.write(d));
        return file;
    }

    private void workspace() throws Exception {
        write("alpha", "Alpha", 1);
        write("beta", "Beta", 1);
        write("gamma", "Gamma", 1);
        Files.writeString(folder.resolve("broken.json"), "{\"schemaVersion\":2,\"id\":\"broken\",\"revision\":\"x\"}");
    }

    private static List<String> brands(List<DossierSummary> list) {
        return list.stream().map(s -> s.id() + "=" + s.brandName() + "@" + s.revision()).toList();
    }

    @Test
    void unchangedFilesAreReadOnceForEveryRepositoryOnTheFolder() throws Exception {
        workspace();
        JsonFolderRepository first = new JsonFolderRepository(folder);
        List<DossierSummary> listed = first.list();
        assertEquals(List.of("alpha=Alpha@1", "beta=Beta@1", "gamma=Gamma@1"), brands(listed));
        assertEquals(4, first.scannedAtLastListing());
        List<LoadProblem> problems = first.problems();
        assertEquals(1, problems.size());
        assertEquals("$.revision", problems.get(0).jsonPath());

        assertEquals(listed, first.list());
        assertEquals(0, first.scannedAtLastListing(), "nothing changed, nothing is read again");
        JsonFolderRepository second = new JsonFolderRepository(folder);
        assertEquals(listed, second.list(), "a new repository lists the same from the index");
        assertEquals(0, second.scannedAtLastListing());
        assertEquals(problems, second.problems(), "unreadable files are remembered with their problem too");
    }

    @Test
    void filesChangedOutsideTheWorkbenchAreReadAgain() throws Exception {
        workspace();
        new JsonFolderRepository(folder).list();
        Thread.sleep(50); // past the file system's timestamp tick, as the two-second rule ensures outside tests

        // rewritten in place to the same size, its modification time set back as cp -p or rsync -t would
        Path alpha = folder.resolve("alpha.json");
        FileTime mtime = Files.getLastModifiedTime(alpha);
        long size = Files.size(alpha);
        String text = Files.readString(alpha).replace("\"Alpha\"", "\"Omega\"");
        try (var ch = java.nio.channels.FileChannel.open(alpha, java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
        }
        Files.setLastModifiedTime(alpha, mtime);
        assertEquals(size, Files.size(alpha));
        assertEquals(mtime, Files.getLastModifiedTime(alpha));
        // replaced by another file (as editors save), a new one added, one deleted, the broken one repaired
        write("beta", "Beta II", 7);
        write("delta", "Delta", 1);
        Files.delete(folder.resolve("gamma.json"));
        write("broken", "Mended", 3);

        JsonFolderRepository repo = new JsonFolderRepository(folder);
        assertEquals(List.of("alpha=Omega@1", "beta=Beta II@7", "broken=Mended@3", "delta=Delta@1"),
                brands(repo.list()));
        assertEquals(4, repo.scannedAtLastListing(), "the four changed files were read, no other");
        assertTrue(repo.problems().isEmpty(), repo.problems().toString());

        // and the other way: a good file broken outside is reported, not listed from memory
        Files.writeString(folder.resolve("delta.json"), "{\"schemaVersion\":2,\"id\":\"delta\",");
        assertEquals(List.of("alpha", "beta", "broken"), repo.list().stream().map(DossierSummary::id).toList());
        assertEquals(1, repo.problems().size());
        assertEquals(folder.resolve("delta.json"), repo.problems().get(0).file().toAbsolutePath());
    }

    @Test
    void aDamagedForeignOrMissingIndexIsRebuiltSilently() throws Exception {
        workspace();
        JsonFolderRepository repo = new JsonFolderRepository(folder);
        List<DossierSummary> truth = repo.list();
        List<LoadProblem> truthProblems = repo.problems();
        Path index = folder.resolve(ListingIndex.FILE);
        byte[] good = Files.readAllBytes(index);
        String goodText = new String(good, StandardCharsets.UTF_8);
        assertTrue(goodText.contains("\"Beta\""), goodText);

        List<byte[]> damaged = new ArrayList<>();
        damaged.add(new byte[0]);
        damaged.add(java.util.Arrays.copyOf(good, good.length / 2));
        // well-formed but changed: a brand and a revision altered (the checksum no longer matches)
        damaged.add(goodText.replace("\"Beta\"", "\"Evil\"").getBytes(StandardCharsets.UTF_8));
        damaged.add(goodText.replace("\"Beta\",\"etranacogene dezaparvovec\",1", "\"Beta\",\"etranacogene dezaparvovec\",9")
                .getBytes(StandardCharsets.UTF_8));
        // built for other checks or another schema
        damaged.add(goodText.replaceFirst("\"tag\":\"[^\"]*\"", "\"tag\":\"1:2:0-0\"").getBytes(StandardCharsets.UTF_8));
        damaged.add("not json at all\n[[".getBytes(StandardCharsets.UTF_8));
        byte[] flipped = good.clone();
        flipped[flipped.length - 40] ^= 0x04;
        damaged.add(flipped);
        for (int i = 0; i < damaged.size(); i++) {
            Files.write(index, damaged.get(i));
            JsonFolderRepository fresh = new JsonFolderRepository(folder);
            assertEquals(truth, fresh.list(), "damage " + i);
            assertEquals(truthProblems, fresh.problems(), "damage " + i);
            assertEquals(4, fresh.scannedAtLastListing(), "damage " + i + ": the index was not used");
            JsonFolderRepository after = new JsonFolderRepository(folder);
            assertEquals(truth, after.list());
            assertEquals(0, after.scannedAtLastListing(), "damage " + i + ": the index was rebuilt");
        }
        Files.delete(index);
        JsonFolderRepository fresh = new JsonFolderRepository(folder);
        assertEquals(truth, fresh.list());
        assertEquals(4, fresh.scannedAtLastListing());
        assertTrue(Files.isRegularFile(index));

        // an index that cannot be replaced (a folder in its place) is simply not kept
        Files.delete(index);
        Files.createDirectory(index);
        JsonFolderRepository blocked = new JsonFolderRepository(folder);
        assertEquals(truth, blocked.list());
        assertEquals(truth, new JsonFolderRepository(folder).list());
        try (var left = Files.list(folder)) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void temporaryIndexFilesOfProcessesThatDiedAreRemovedOthersKept() throws Exception {
        write("alpha", "Alpha", 1);
        Path abandoned = folder.resolve(ListingIndex.FILE + ".0b9a.tmp");
        Path inFlight = folder.resolve(ListingIndex.FILE + ".77c1.tmp");
        Files.writeString(abandoned, "half an ind");
        Files.writeString(inFlight, "being writ");
        Files.setLastModifiedTime(abandoned, FileTime.fromMillis(System.currentTimeMillis()
                - ListingIndex.ABANDONED_MILLIS - 60_000));
        assertEquals(1, new JsonFolderRepository(folder).list().size());
        assertFalse(Files.exists(abandoned));
        assertTrue(Files.exists(inFlight), "a recent one may be another process's write under way");
    }

    @Test
    void aFileChangedWithinTheLastSecondsIsAlwaysReadAgain() throws Exception {
        ListingIndex.racyNanos = ListingIndex.RACY_NANOS;
        write("fresh", "Fresh", 1);
        Path old = write("old", "Old", 1);
        // "old" settled long ago as far as its modification time goes, but its change time is now
        Files.setLastModifiedTime(old, FileTime.from(System.currentTimeMillis() - 3_600_000, TimeUnit.MILLISECONDS));
        JsonFolderRepository repo = new JsonFolderRepository(folder);
        repo.list();
        assertEquals(2, repo.scannedAtLastListing());
        repo.list();
        assertEquals(2, repo.scannedAtLastListing(), "files changed within two seconds are not remembered");
    }

    /**
     * Another JVM saves one dossier while this one saves it too, both retrying on conflicts and listing after every
     * save: no save is lost, no listing ever sees a partial file, and afterwards each process lists the other's
     * result from the shared index without reading the files again.
     */
    @Test
    void twoProcessesSavingAndListingOneWorkspaceStayCorrect() throws Exception {
        write("shared", "Shared", 1);
        write("other", "Other", 1);
        int saves = 20;
        Process child = worker("save", String.valueOf(saves), "shared");
        JsonFolderRepository repo = new JsonFolderRepository(folder);
        int conflicts = 0;
        for (int i = 0; i < saves; i++) {
            while (true) {
                Dossier d = repo.load("shared");
                d.evidence.keyOutcomes.add("process 1 save " + i);
                try {
                    repo.save(d, "process 1", "save " + i);
                    break;
                } catch (SaveConflictException e) {
                    conflicts++;
                }
            }
            assertEquals(2, repo.list().size());
            assertTrue(repo.problems().isEmpty(), repo.problems().toString());
        }
        String out = finish(child);
        assertTrue(out.contains("saved=" + saves) && !out.contains("problem"), out);
        Dossier d = repo.load("shared");
        assertEquals(1 + 2 * saves, d.revision, "every save of both processes counted; conflicts here: " + conflicts);
        for (int i = 0; i < saves; i++) {
            assertTrue(d.evidence.keyOutcomes.contains("process 1 save " + i));
            assertTrue(d.evidence.keyOutcomes.contains("process 2 save " + i), "process 2 save " + i + " was lost");
        }
        assertEquals(1 + 2 * saves, repo.history("shared").size());

        String listed = finish(worker("list"));
        assertTrue(listed.contains("shared " + (1 + 2 * saves)) && listed.contains("other 1"), listed);
        JsonFolderRepository fresh = new JsonFolderRepository(folder);
        assertEquals(List.of("other=Other@1", "shared=Shared@" + (1 + 2 * saves)), brands(fresh.list()));
        assertEquals(0, fresh.scannedAtLastListing(), "the other process's index was used");
        write("other", "Other II", 2);
        assertTrue(finish(worker("list")).contains("scanned=1\nother 2"), "the other process read only the changed file");
    }

    private Process worker(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                WorkspaceWorker.class.getName(), folder.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static String finish(Process p) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the other process did not finish");
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
