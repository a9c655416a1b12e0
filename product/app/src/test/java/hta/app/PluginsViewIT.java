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
    void theViewListsSignedPluginsAndDisablesOneAfterShowingTheDryRun() throws Exception {
        Path png = Path.of(System.getProperty("hta.test.out", "target/test-artifacts")).resolve("plugins-view.png");
        Files.deleteIfExists(png);
        String output;
        try (Xvfb x = Xvfb.start()) {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dhta.app.dir=" + AppRuntime.APP.toAbsolutePath(),
                    "-Dpdfbox.fontcache=" + System.getProperty("java.io.tmpdir"),
                    PluginsViewDriver.class.getName(), png.toString());
            pb.environment().put("DISPLAY", x.display());
            pb.redirectErrorStream(true);
            Path log = Files.createTempFile("plugins-view-driver", ".log");
            pb.redirectOutput(log.toFile());
            Process p = pb.start();
            assertTrue(p.waitFor(90, TimeUnit.SECONDS), "driver timed out");
            output = Files.readString(log);
            assertEquals(0, p.exitValue(), output);
        }
        assertTrue(output.contains("row=HTA Workbench Jurisdiction Norway|no|0.1.0."), output);
        assertTrue(output.lines().filter(l -> l.startsWith("row=")).count() >= 5, output);
        assertTrue(output.lines().filter(l -> l.startsWith("row="))
                .allMatch(l -> l.contains("|HTA Workbench build (signed by a trusted signer)|active|")), output);
        assertTrue(output.contains("Jurisdiction service"), "contributions are shown: " + output);
        assertTrue(output.contains("dryrun=This will:  • stop hta.jurisdiction.dk"), output);
        assertTrue(output.contains("status=Disabled HTA Workbench Jurisdiction Denmark (dk)"), output);
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() >= 1000, "screenshot of the view window");
    }
}
