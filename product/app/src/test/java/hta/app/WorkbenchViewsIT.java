package hta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The workbench's views as a writer reads them (issue 17: memo preview, charts, history, key bindings, finder;
 * the UI sides of issues 14 and 16), each scenario in its own JVM on a private Xvfb against the assembled app
 * ({@link WorkbenchViewsDriver}).
 */
class WorkbenchViewsIT {

    /** Runs one scenario of the driver; returns its output. */
    static String scenario(String scenario, int seconds) throws Exception {
        return scenario(WorkbenchViewsDriver.class, scenario, seconds);
    }

    /** Runs one scenario of {@code driver} (a main taking SCENARIO DATA_DIR OUT_DIR) on a private Xvfb; returns its output. */
    static String scenario(Class<?> driver, String scenario, int seconds) throws Exception {
        Path data = Files.createTempDirectory("hta-views-" + scenario);
        Path outDir = Path.of(System.getProperty("hta.test.out", "target/test-artifacts"));
        Path log = Files.createTempFile("workbench-views-" + scenario, ".log");
        try (Xvfb x = Xvfb.start("1600x1000")) {
            List<String> command = new ArrayList<>(List.of(
                    AppRuntime.JAVA, AppRuntime.TEST_JIT,
                    "-cp", System.getProperty("java.class.path"), "-Dhta.app.dir=" + AppRuntime.APP.toAbsolutePath(),
                    "-Dpdfbox.fontcache=" + System.getProperty("java.io.tmpdir"),
                    driver.getName(), scenario, data.toString(), outDir.toString()));
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.environment().put("DISPLAY", x.display());
            pb.redirectErrorStream(true);
            pb.redirectOutput(log.toFile());
            Process p = pb.start();
            boolean done = p.waitFor(seconds, TimeUnit.SECONDS);
            if (!done) p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            String output = Files.readString(log);
            assertTrue(done, "driver timed out:\n" + output);
            assertEquals(0, p.exitValue(), output);
            assertTrue(output.contains("SCENARIO-OK"), output);
            return output;
        }
    }

    @Test
    void memoPreviewFitsItsColumnZoomsAndMarksWhatThePublicMemoRemoves() throws Exception {
        scenario("preview", 180);
    }

    @Test
    void portfolioChartShowsEveryYearWithAnAxisValuesAndTooltipsAndCountsDeliveries() throws Exception {
        scenario("portfolio", 150);
    }

    @Test
    void timelineNamesEveryMilestoneWithATooltipAndKeepsLaneNamesBesideThePlot() throws Exception {
        scenario("timeline", 150);
    }

    @Test
    void historyComparesFieldByFieldInAWindowAndAsksForTheWritersName() throws Exception {
        scenario("history", 150);
    }

    @Test
    void narrativeUnderlinesOffersQuickFixesAndKeepsReferences() throws Exception {
        scenario("narrative", 180);
    }
}
