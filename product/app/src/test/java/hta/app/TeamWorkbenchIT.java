package hta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The workbench on a team workspace, under a private Xvfb, against a real PostgreSQL server the driver starts
 * ({@link TeamWorkbenchDriver}): opening by address with the password asked in the dialog, another user's presence
 * and save (Reload), Compare/Merge with unsaved edits, role-limited editing (reviewer, public-only reader, export),
 * and the server stopped during a save and restarted with no edit lost.
 */
class TeamWorkbenchIT {

    @Test
    void twoUsersOnOneTeamWorkspaceSeeEachOtherMergeAreLimitedByTheirRolesAndLoseNothingWhenTheServerStops() throws Exception {
        Path data = Files.createTempDirectory("hta-ui-team");
        Path home = Files.createTempDirectory("hta-ui-team-home");
        Path log = Files.createTempFile("workbench-team", ".log");
        Path outDir = Path.of(System.getProperty("hta.test.out", "target/test-artifacts"));
        try (Xvfb x = Xvfb.start()) {
            ProcessBuilder pb = new ProcessBuilder(List.of(
                    AppRuntime.JAVA, AppRuntime.TEST_JIT,
                    "-cp", System.getProperty("java.class.path"), "-Dhta.app.dir=" + AppRuntime.APP.toAbsolutePath(),
                    "-Dpdfbox.fontcache=" + System.getProperty("java.io.tmpdir"),
                    "-Dhta.test.out=" + outDir.toAbsolutePath(), "-Duser.home=" + home,
                    TeamWorkbenchDriver.class.getName(), data.toString(), outDir.toString()));
            pb.environment().put("DISPLAY", x.display());
            // no password from the machine's own places: the dialog must ask for it
            pb.environment().remove("PGPASSWORD");
            pb.environment().remove("PGPASSFILE");
            pb.environment().put("HOME", home.toString());
            pb.redirectErrorStream(true);
            pb.redirectOutput(log.toFile());
            Process p = pb.start();
            boolean done = p.waitFor(600, TimeUnit.SECONDS);
            if (!done) p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            String output = Files.readString(log);
            assertTrue(done, "driver timed out:\n" + output);
            assertEquals(0, p.exitValue(), output);
            assertTrue(output.contains("SCENARIO-OK"), output);
        } finally {
            AppRuntime.deleteTree(home);
        }
        BufferedImage image = ImageIO.read(outDir.resolve("workbench-team.png").toFile());
        assertTrue(image.getWidth() > 600 && image.getHeight() > 400);
    }
}
