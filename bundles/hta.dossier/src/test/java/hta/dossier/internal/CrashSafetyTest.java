package hta.dossier.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that is saving a dossier at random moments, {@value #KILLS} times, and checks after every kill that
 * the dossier file loads and is exactly the revision last saved or the one being saved — never a torn or partial
 * file — and that its history copy is the same bytes. Child JVMs start from a class-data archive made by a first
 * clean run, and several run side by side, to keep the test short.
 */
class CrashSafetyTest {
    static final String ID = "crash";
    /** Each test class names the demo folder itself: Tycho's incremental test compile may not see the others. */
    static final Path DEMO = Path.of("../../product/app/src/main/dist/demo-workspace");
    static final int KILLS = Integer.getInteger("hta.crash.kills", 200);
    private static final int WORKERS = 3;

    @TempDir
    Path tmp;

    @Test
    void aKilledWriterLeavesTheOldOrTheNewRevision() throws Exception {
        classPath = jarredClassPath();
        Path archive = tmp.resolve("saveloop.jsa");
        Path warm = workspace("warm");
        boolean cds = run(command(archive, true, warm, "3")).isEmpty() && Files.isRegularFile(archive);
        if (!cds) {
            String failure = run(command(null, false, warm, "3"));
            assertEquals("", failure, "the writer runs at all");
        }

        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        List<Future<Integer>> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            int kills = KILLS / WORKERS + (w < KILLS % WORKERS ? 1 : 0);
            Path folder = workspace("w" + w);
            long seed = 1234 + w;
            workers.add(pool.submit(() -> killRepeatedly(folder, kills, new Random(seed), cds ? archive : null)));
        }
        int total = 0;
        for (Future<Integer> f : workers) total += f.get(10, TimeUnit.MINUTES);
        pool.shutdown();
        assertTrue(total >= KILLS, "killed " + total + " writers");
        // the point is to kill writers inside a save; with saves back to back nearly every kill does
        assertTrue(midSave.get() > 0, "no kill landed inside a save");
        System.out.println("CrashSafetyTest: " + total + " kills, " + midSave.get() + " inside a save, "
                + newRevisionKept.get() + " of those after the new revision was in place");
    }

    private String classPath;
    private final java.util.concurrent.atomic.AtomicInteger midSave = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger newRevisionKept = new java.util.concurrent.atomic.AtomicInteger();

    /** Runs a writer to its end; returns its output if it failed, else "". */
    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor() == 0 ? "" : output;
    }

    /** The test class path with every folder packed into a jar: a class-data archive accepts jars only. */
    private String jarredClassPath() throws Exception {
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(e);
            if (!Files.isDirectory(p)) {
                entries.add(e);
                continue;
            }
            Path jar = tmp.resolve("classes" + (n++) + ".jar");
            try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
                 var files = Files.walk(p)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (!Files.isRegularFile(f)) continue;
                    out.putNextEntry(new java.util.jar.JarEntry(p.relativize(f).toString().replace('\\', '/')));
                    out.write(Files.readAllBytes(f));
                    out.closeEntry();
                }
            }
            entries.add(jar.toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private Path workspace(String name) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve(name));
        Dossier d = DossierJson.read(Files.readAllBytes(DEMO.resolve("hemgenix.json")));
        d.id = ID;
        d.revision = 0;
        d.product.brandName = "Revision 1";
        new JsonFolderRepository(folder).save(d, "test", "created");
        return folder;
    }

    private List<String> command(Path archive, boolean dump, Path folder, String count) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData"));
        if (archive != null) cmd.add((dump ? "-XX:ArchiveClassesAtExit=" : "-XX:SharedArchiveFile=") + archive);
        cmd.addAll(List.of("-cp", classPath, "hta.dossier.internal.SaveLoop", folder.toString()));
        if (count != null) cmd.add(count);
        return cmd;
    }

    private int killRepeatedly(Path folder, int kills, Random random, Path archive) throws Exception {
        JsonFolderRepository repo = new JsonFolderRepository(folder);
        long before = repo.load(ID).revision;
        Path log = folder.resolveSibling(folder.getFileName() + ".out");
        for (int k = 0; k < kills; k++) {
            // the writer's output goes to a file: a destroyed process's pipes are closed with whatever was unread
            Process child = new ProcessBuilder(command(archive, false, folder, null)).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(log).contains("saving ")) {
                if (!child.isAlive() || System.nanoTime() > deadline) {
                    child.destroyForcibly();
                    throw new AssertionError("the writer did not start: " + Files.readString(log));
                }
                Thread.sleep(1);
            }
            // a random moment within the next few saves
            Thread.sleep(random.nextInt(25));
            child.destroyForcibly();
            child.waitFor();
            long saving = -1;
            long saved = before;
            for (String l : Files.readAllLines(log)) {
                if (l.startsWith("saving ")) saving = Long.parseLong(l.substring(7));
                else if (l.startsWith("saved ")) saved = Long.parseLong(l.substring(6));
            }
            Dossier now = repo.load(ID);
            assertTrue(now.revision == saved || now.revision == saving, "after kill " + k + " the file holds revision "
                    + now.revision + ", but the writer had saved " + saved + " and was saving " + saving);
            assertEquals("Revision " + now.revision, now.product.brandName);
            if (saving > saved) {
                midSave.incrementAndGet();
                if (now.revision == saving) newRevisionKept.incrementAndGet();
            }
            assertArrayEquals(Files.readAllBytes(folder.resolve(ID + ".json")),
                    Files.readAllBytes(folder.resolve(".history/" + ID + "/" + now.revision + ".json")));
            assertTrue(repo.list().size() == 1 && repo.problems().isEmpty(), repo.problems().toString());
            before = now.revision;
        }
        return kills;
    }
}
