package hta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The Plugins view in a real window under a private Xvfb, driving the real plugin manager. */
class PluginsViewIT {

    @Test
    void theViewListsSignedPluginsChangesThemAfterADryRunUnderTheTrustPolicyAndReportsAHangingPluginInTheErrorLog()
            throws Exception {
        Path png = Path.of(System.getProperty("hta.test.out", "target/test-artifacts")).resolve("plugins-view.png");
        Files.deleteIfExists(png);
        String output;
        try (Xvfb x = Xvfb.start()) {
            ProcessBuilder pb = new ProcessBuilder(AppRuntime.JAVA, AppRuntime.TEST_JIT,
                    "-cp", System.getProperty("java.class.path"), "-Dhta.app.dir=" + AppRuntime.APP.toAbsolutePath(),
                    "-Dpdfbox.fontcache=" + System.getProperty("java.io.tmpdir"),
                    "-Dhta.test.plugins=" + PluginsIT.PLUGINS.toAbsolutePath(),
                    PluginsViewDriver.class.getName(), png.toString());
            pb.environment().put("DISPLAY", x.display());
            pb.redirectErrorStream(true);
            Path log = Files.createTempFile("plugins-view-driver", ".log");
            pb.redirectOutput(log.toFile());
            Process p = pb.start();
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "driver timed out");
            output = Files.readString(log);
            assertEquals(0, p.exitValue(), output);
        }
        // the version with its build, worded as Help › About words it
        assertTrue(output.contains("row=Norway|no|0.1.0 (build "), output);
        assertTrue(output.lines().filter(l -> l.startsWith("row=")).count() >= 5, output);
        assertTrue(output.lines().filter(l -> l.startsWith("row="))
                .allMatch(l -> l.contains("|HTA Workbench build (signed by a trusted signer)|Active|")), output);
        assertTrue(output.contains("Jurisdiction service"), "contributions are shown: " + output);
        assertTrue(output.contains("dryrun=This will:  • stop the Denmark plugin"), output);
        assertTrue(output.contains("status=Disabled Denmark 0.1.0"), output);
        // one action back to the last known good set
        assertTrue(output.contains("restore=This will:  • return to: dk 0.1.0."), output);
        assertTrue(output.contains("afterRestore=Active"), output);
        // "ask": the question names the signer in plain words
        assertTrue(output.contains("ask=This will:  • check: untrusted-tl-1.0.0.jar is signed by Someone Else, who is not in"
                + " this installation's trust store"), output);
        assertTrue(output.contains("Trust: untrusted-tl-1.0.0.jar is signed by Someone Else"), output);
        // "refuse" from the preference page
        assertTrue(output.contains("policy=REFUSE"), output);
        assertTrue(output.contains("refused=unsigned-tl-1.0.0.jar is not signed; the trust policy 'refuse' refuses it"), output);
        // the plugin repository: descriptions, versions, offers; an update through the dry run
        assertTrue(output.contains("catalogue=Testland tl|tl|1.1.0|1.0.0|Update available|A test jurisdiction, with a newer memo template."),
                output);
        assertTrue(output.lines().anyMatch(l -> l.startsWith("catalogue=Testland ti|ti|1.0.0|—|Unavailable: Incompatible")), output);
        assertTrue(output.contains("update=This will:  • check: hta.testplugin.tl_1.1.0.jar is signed by HTA Workbench build"), output);
        assertTrue(output.contains("status=Updated Testland tl 1.1.0: Active"), output);
        // isolation: the hanging plugin timed out, was marked failed, and the workbench's Error Log says so
        assertTrue(output.contains("timeout=Testland th (th) 1.0.0 did not return within 300 ms"), output);
        assertTrue(output.contains("errorlog=") && output.contains("hta.plugins"), output);
        // data safety: an open editor with unsaved changes is asked first; kept open, nothing changes
        assertTrue(output.contains("keep=The jurisdiction plugin for Norway is about to be removed or replaced. The Hemgenix dossier"
                + " has unsaved changes in an open editor."), output);
        assertTrue(output.contains("stopped=the uninstall of 'no' was stopped: the Hemgenix dossier has unsaved changes the"
                + " user kept open"), output);
        assertTrue(output.contains("unchangedWhileKept=true"), output);
        assertTrue(output.contains("savedFirst=true"), output);
        assertTrue(output.contains("noAfterSave=AVAILABLE"), output);
        // (the message may be wrapped into lines, and the driver joins them with a space: compare words, not spaces)
        String words = output.replaceAll(" {2,}", " ");
        assertTrue(words.contains("bundledDryRun=This will: • check: hta.jurisdiction.no_"), output);
        assertTrue(words.contains("is signed by HTA Workbench build, a trusted signer • install the bundled plugin"
                + " Norway (no)"), output);
        assertTrue(output.contains("status=Installed Norway 0.1.0"), output);
        assertTrue(output.contains("byteIdentical=true"), output);
        // the history names who changed the trust policy, and where an update came from
        assertTrue(output.contains("historyPolicy=") && output.contains(System.getProperty("user.name") + "  trust-policy"),
                output);
        assertTrue(output.contains("historyRepository=true"), output);
        // clean unload of a plugin's view, command and key binding
        assertTrue(output.contains("contributed=[CommandContribution service, Jurisdiction service, ViewContribution service]"),
                output);
        assertTrue(output.contains("unloaded=true"), output);
        // the memo preview's exporter: a hanging template times out, the plugin is marked failed
        assertTrue(output.contains("previewTimeout=Testland th (th) 1.0.0 did not return within 300 ms"), output);
        assertTrue(output.contains("thAfterPreview=FAILED"), output);
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() >= 1000, "screenshot of the view window");
    }
}
