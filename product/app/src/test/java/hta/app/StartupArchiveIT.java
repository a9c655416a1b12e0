package hta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data-sharing archive the build makes ({@code lib/hta.jsa}, issue 15, item 5): the built app starts with
 * it, its classes (the JDK's, Felix's and the bundles', loaded by Felix's bundle class loaders) come from it, and an
 * archive that cannot be used — missing, truncated, with a damaged header, made for another folder — only makes the
 * start slower: the command's output is the same and the JVM prints nothing about it.
 */
class StartupArchiveIT {
    @TempDir
    Path work;

    @Test
    void theBuiltAppStartsWithItsArchiveAndFelixBundleClassesComeFromIt() throws Exception {
        Path data = work.resolve("data");
        Commands.Result first = Commands.hta(data, "plugins", "list"); // copies the demo workspace, records plugins
        assertEquals(0, first.exitCode(), first.err());
        Path log = work.resolve("classes.log");
        Commands.Result r = withClassLog(AppRuntime.APP, data, log);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(first.out(), r.out());
        assertEquals("", r.err());
        List<String> lines = Files.readAllLines(log);
        assertArchived(lines, "hta.launcher.Main");                  // the application class loader
        assertArchived(lines, "org.apache.felix.framework.Felix");
        assertArchived(lines, "hta.plugins.PluginManager");          // a bundle's class loader
        assertArchived(lines, "org.apache.felix.scr.impl.Activator");
    }

    @Test
    void anExportFindsTheDossierJsonAndPdfClassesInTheArchive() throws Exception {
        // the archive is trained on 'hta export --all' (lib/cds-archive.sh): a command that reads dossiers and writes
        // a memo maps those classes too instead of reading, parsing and verifying about 1,500 of them from the jars
        Path data = work.resolve("data");
        Path out = Files.createDirectories(work.resolve("memos"));
        Path log = work.resolve("export-classes.log");
        Commands.Result r = Commands.run(AppRuntime.APP, Map.of("HTA_JAVA_OPTS", "-Xlog:class+load=info:file=" + log),
                "hta", "--data-dir", data.toString(), "export", "--dossier", "hemgenix", "--jurisdiction", "no",
                "--variant", "public", "--out", out + "/");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(log);
        assertArchived(lines, "com.fasterxml.jackson.databind.ObjectMapper");
        assertArchived(lines, "org.apache.pdfbox.pdmodel.PDDocument");
        assertArchived(lines, "org.apache.fontbox.ttf.TrueTypeFont");
        assertArchived(lines, "hta.jurisdiction.no.internal.Norway");   // a plugin's class, from its stored copy
    }

    @Test
    void theWindowStartsWithItsOwnArchive() throws Exception {
        Path app = AppRuntime.APP;
        Path log = work.resolve("window-classes.log");
        try (Xvfb x = Xvfb.start()) {
            // made by the build on a private Xvfb when the machine had one then; on a fresh machine the UI tests install
            // it after the build, so the archives are made here on a copy of the app, as the build would have
            if (!Files.isRegularFile(app.resolve("lib").resolve("hta-workbench.jsa"))) {
                app = AppRuntime.copyApp(work.resolve("app"));
                Process p = new ProcessBuilder("bash", app.resolve("lib").resolve("cds-archive.sh").toString())
                        .redirectErrorStream(true).redirectOutput(work.resolve("cds-archive.log").toFile()).start();
                assertTrue(p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES), "cds-archive.sh did not finish");
                assertEquals(0, p.exitValue(), Files.readString(work.resolve("cds-archive.log")));
            }
            Path archive = app.resolve("lib").resolve("hta-workbench.jsa");
            assertTrue(Files.isRegularFile(archive), archive + " was not made: " + (Files.exists(work.resolve("cds-archive.log"))
                    ? Files.readString(work.resolve("cds-archive.log")) : "made by the build"));
            // the training run's switch ends the JVM once the window is painted
            Commands.Result r = Commands.run(app, Map.of("DISPLAY", x.display(), "HTA_JAVA_OPTS",
                    "-Dhta.launcher.training=window -Xlog:class+load=info:file=" + log),
                    "hta-workbench", "--data-dir", work.resolve("data").toString());
            assertEquals(0, r.exitCode(), r.err());
            assertEquals("", r.out());
        }
        List<String> lines = Files.readAllLines(log);
        assertArchived(lines, "hta.workbench.shell.internal.Workbench");
        assertArchived(lines, "com.formdev.flatlaf.FlatLaf");
        assertArchived(lines, "javax.swing.JFrame");
    }

    @Test
    void anArchiveThatCannotBeUsedOnlyMakesTheStartSlower() throws Exception {
        Path app = AppRuntime.copyApp(work.resolve("app"));
        Path archive = app.resolve("lib").resolve("hta.jsa");
        Path data = work.resolve("data");
        Commands.Result expected = Commands.hta(app, data, "plugins", "list");
        assertEquals(0, expected.exitCode(), expected.err());
        assertTrue(expected.out().contains("Norway"), expected.out());

        // the copy's archive records the original folder: not used, and nothing said about it
        assertFallsBack(app, data, expected, "made for another folder");

        // made again for this folder, as docs/performance.md tells whoever moves the app to do
        Process p = new ProcessBuilder("bash", app.resolve("lib").resolve("cds-archive.sh").toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("cds.out").toFile()).start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "cds-archive.sh did not finish");
        assertEquals(0, p.exitValue(), Files.readString(work.resolve("cds.out")));
        assertEquals("", Files.readString(work.resolve("cds.out")));
        Path log = work.resolve("remade.log");
        Commands.Result remade = withClassLog(app, data, log);
        assertEquals(expected.out(), remade.out());
        assertArchived(Files.readAllLines(log), "hta.plugins.PluginManager");
        byte[] whole = Files.readAllBytes(archive);

        // truncated (a copy interrupted, a full disk): Java 17's JVM would crash on it, so it is not passed at all
        archive.toFile().setWritable(true);
        try (RandomAccessFile f = new RandomAccessFile(archive.toFile(), "rw")) {
            f.setLength(whole.length / 2);
        }
        assertFallsBack(app, data, expected, "truncated");

        // the recorded size, a damaged header
        Files.write(archive, whole);
        try (RandomAccessFile f = new RandomAccessFile(archive.toFile(), "rw")) {
            f.write(new byte[64]);
        }
        assertFallsBack(app, data, expected, "header damaged");

        // no size recorded
        Files.write(archive, whole);
        Files.delete(app.resolve("lib").resolve("hta.jsa.size"));
        assertFallsBack(app, data, expected, "size not recorded");

        // missing
        Files.delete(archive);
        assertFallsBack(app, data, expected, "missing");
    }

    private void assertFallsBack(Path app, Path data, Commands.Result expected, String why) throws Exception {
        Path log = work.resolve("classes-" + why.replace(' ', '-') + ".log");
        Commands.Result r = withClassLog(app, data, log);
        assertEquals(0, r.exitCode(), why + ": " + r.err());
        assertEquals(expected.out(), r.out(), why);
        assertEquals("", r.err(), why);
        assertFalse(Files.readString(log).contains("shared objects file (top)"), why + ": the archive was used");
        // and without the class log, exactly as a user runs it
        Commands.Result plain = Commands.hta(app, data, "plugins", "list");
        assertEquals(0, plain.exitCode(), why + ": " + plain.err());
        assertEquals(expected.out(), plain.out(), why);
        assertEquals("", plain.err(), why);
    }

    private static Commands.Result withClassLog(Path app, Path data, Path log) throws IOException, InterruptedException {
        return Commands.run(app, Map.of("HTA_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), "hta",
                "--data-dir", data.toString(), "plugins", "list");
    }

    private static void assertArchived(List<String> classLog, String className) {
        String line = classLog.stream().filter(l -> l.contains(" " + className + " source:")).findFirst()
                .orElseThrow(() -> new AssertionError(className + " was not loaded"));
        assertTrue(line.endsWith("source: shared objects file (top)"), line);
    }
}
