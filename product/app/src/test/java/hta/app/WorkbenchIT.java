package hta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The workbench window under a private Xvfb, and the clear refusal to start without a display. */
class WorkbenchIT {

    @Test
    void withoutDisplayTheWorkbenchSaysSoInOneLineAndPointsToTheCommandLine() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("DISPLAY", null);
        env.put("WAYLAND_DISPLAY", null);
        Path data = Files.createTempDirectory("hta-nodisplay");
        Commands.Result r = Commands.run(env, "hta-workbench", "--data-dir", data.toString());
        assertTrue(r.exitCode() != 0, "must exit non-zero without a display");
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), "one line expected, got: " + err);
        assertTrue(err.contains("bin/hta"), err);
        assertFalse(err.contains("Exception"), err);
    }

    @Test
    void theScriptsTakeTheHomeFolderFromHomeNotFromThePasswordDatabase() throws Exception {
        // Java reads user.home from the password database; the walk of issue 17 ran with HOME elsewhere and was
        // offered /root/HTA memos: the data directory (and the export folder) must follow $HOME
        Path home = Files.createTempDirectory("hta-home");
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("XDG_DATA_HOME", null);
        Commands.Result r = Commands.run(env, "hta", "list");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.isDirectory(home.resolve(".local/share/hta-workbench/workspace")),
                "no data directory under $HOME; stdout: " + r.out() + "; stderr: " + r.err());
    }

    @Test
    void helpWorksOnBothScripts() throws Exception {
        Commands.Result wb = Commands.run(Map.of(), "hta-workbench", "--help");
        assertEquals(0, wb.exitCode());
        assertTrue(wb.out().contains("Usage: hta-workbench"));
        Path data = Files.createTempDirectory("hta-help");
        Commands.Result cli = Commands.hta(data, "--help");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("export") && cli.out().contains("plugins"), cli.out());
    }

    @Test
    void workbenchOpensOnTheDemoWorkspaceAndIsScreenshotted() throws Exception {
        Path png = Path.of(System.getProperty("hta.test.out", "target/test-artifacts")).resolve("workbench.png");
        Files.deleteIfExists(png);
        try (Xvfb x = Xvfb.start()) {
            ProcessBuilder pb = new ProcessBuilder(AppRuntime.JAVA, AppRuntime.TEST_JIT,
                    "-cp", System.getProperty("java.class.path"), "-Dhta.app.dir=" + AppRuntime.APP.toAbsolutePath(),
                    "-Dpdfbox.fontcache=" + System.getProperty("java.io.tmpdir"),
                    WorkbenchScreenshotDriver.class.getName(), png.toString());
            pb.environment().put("DISPLAY", x.display());
            pb.redirectErrorStream(true);
            Path log = Files.createTempFile("workbench-driver", ".log");
            pb.redirectOutput(log.toFile());
            Process p = pb.start();
            assertTrue(p.waitFor(90, TimeUnit.SECONDS), "driver timed out");
            String output = Files.readString(log);
            assertEquals(0, p.exitValue(), output);
            assertTrue(output.contains("title=HTA Workbench"), output);
        }
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 600 && image.getHeight() > 400);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int xx = 0; xx < image.getWidth(); xx += 7) colours.add(image.getRGB(xx, y));
        }
        assertTrue(colours.size() > 10, "screenshot looks blank: " + colours.size() + " colours");
    }

    /** Starts a scenario driver JVM on a private X display; returns its output. */
    private static Process driver(Xvfb x, String scenario, Path data, Path log, String... jvmOptions) throws Exception {
        Path outDir = Path.of(System.getProperty("hta.test.out", "target/test-artifacts"));
        List<String> command = new java.util.ArrayList<>(List.of(
                AppRuntime.JAVA, AppRuntime.TEST_JIT,
                "-cp", System.getProperty("java.class.path"), "-Dhta.app.dir=" + AppRuntime.APP.toAbsolutePath(),
                "-Dpdfbox.fontcache=" + System.getProperty("java.io.tmpdir")));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of(WorkbenchScenarioDriver.class.getName(), scenario, data.toString(), outDir.toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("DISPLAY", x.display());
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        return pb.start();
    }

    private static String finish(Process p, Path log, int seconds) throws Exception {
        boolean done = p.waitFor(seconds, TimeUnit.SECONDS);
        if (!done) p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        String output = Files.readString(log);
        assertTrue(done, "driver timed out:\n" + output);
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("SCENARIO-OK"), output);
        return output;
    }

    @Test
    void editSaveUndoRedoLeakReportedContributionsAndClosePromptUnderEdtWatchdog() throws Exception {
        Path data = Files.createTempDirectory("hta-ui-edit");
        Path log = Files.createTempFile("workbench-edit", ".log");
        try (Xvfb x = Xvfb.start()) {
            finish(driver(x, "edit", data, log), log, 150);
        }
        Path outDir = Path.of(System.getProperty("hta.test.out", "target/test-artifacts"));
        for (String p : List.of("authoring", "review", "portfolio")) {
            BufferedImage image = ImageIO.read(outDir.resolve("workbench-" + p + ".png").toFile());
            assertTrue(image.getWidth() > 600 && image.getHeight() > 400, p);
        }
    }

    @Test
    void jurisdictionPageExportWizardTabDragPluginUninstalledWhileItsPageIsOpenSaveConflictAndPreferences() throws Exception {
        Path data = Files.createTempDirectory("hta-ui-jurisdiction");
        Path log = Files.createTempFile("workbench-jurisdiction", ".log");
        try (Xvfb x = Xvfb.start()) {
            finish(driver(x, "jurisdiction", data, log), log, 240);
        }
    }

    @Test
    void killedWithUnsavedChangesTheDraftIsRecoveredAndTheLayoutRememberedAndHiDpiScales() throws Exception {
        Path data = Files.createTempDirectory("hta-ui-crash");
        Path log = Files.createTempFile("workbench-crash", ".log");
        try (Xvfb x = Xvfb.start()) {
            Process crash = driver(x, "crash", data, log);
            long deadline = System.currentTimeMillis() + 90_000;
            while (!Files.readString(log).contains("DRAFT-WRITTEN")) {
                assertTrue(crash.isAlive() && System.currentTimeMillis() < deadline,
                        "no draft written:\n" + Files.readString(log));
                Thread.sleep(100);
            }
            crash.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            Path log2 = Files.createTempFile("workbench-recover", ".log");
            // the second start runs scaled to 200 % (HiDPI), as HTA_JAVA_OPTS=-Dsun.java2d.uiScale=2 or GDK_SCALE=2 would
            finish(driver(x, "recover", data, log2, "-Dsun.java2d.uiScale=2"), log2, 120);
        }
    }
}
