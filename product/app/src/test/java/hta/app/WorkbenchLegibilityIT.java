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
 * What a new writer reads in the workbench's views after the first round of issue 17 (the outsider's second walk):
 * each scenario of {@link WorkbenchLegibilityDriver} in its own JVM on a private Xvfb against the assembled app.
 */
class WorkbenchLegibilityIT {

    /** Runs one scenario of the driver; returns its output. */
    static String scenario(String scenario, int seconds) throws Exception {
        Path data = Files.createTempDirectory("hta-legibility-" + scenario);
        Path outDir = Path.of(System.getProperty("hta.test.out", "target/test-artifacts"));
        Path log = Files.createTempFile("workbench-legibility-" + scenario, ".log");
        try (Xvfb x = Xvfb.start("1600x1000")) { // the size the walk was made at
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dhta.app.dir=" + AppRuntime.APP.toAbsolutePath(),
                    "-Dpdfbox.fontcache=" + System.getProperty("java.io.tmpdir"),
                    WorkbenchLegibilityDriver.class.getName(), scenario, data.toString(), outDir.toString()));
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
    void everyTextCutByItsSpaceShowsItsWholeTextInATooltipInEveryViewAndPreferencePage() throws Exception {
        scenario("cut", 240);
    }

    @Test
    void problemsPortfolioAndJurisdictionSettingsNameJurisdictionsAndSettingsInWordsNotCodes() throws Exception {
        scenario("words", 180);
    }

    @Test
    void landscapeColoursEveryDecisionAndStatusWritesOneDateFormatAndTheChartNoZeros() throws Exception {
        scenario("landscape", 150);
    }

    @Test
    void timelineSaysWhenALaneHasNoMilestonesLaysNamesOutWithoutOverlapAndKeepsTargetLinesInSight() throws Exception {
        scenario("timeline", 150);
    }

    @Test
    void historySaysWhenARevisionWasSavedWithoutATimeAndNamesTheDossier() throws Exception {
        scenario("history", 120);
    }

    @Test
    void dialogsHaveAVisibleEdgeInTheDarkTheme() throws Exception {
        scenario("dialogs", 120);
    }
}
