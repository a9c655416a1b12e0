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
 * A new writer's day in the workbench (issue 17), each scenario in its own JVM on a private Xvfb against the
 * assembled app ({@link WorkbenchWalkDriver}).
 */
class WorkbenchWalkIT {

    /** Runs one scenario of the walk driver; returns its output. */
    static String walk(String scenario, Path data, int seconds, String... jvmOptions) throws Exception {
        return walk(WorkbenchWalkDriver.class, "1600x1000", scenario, data, seconds, jvmOptions); // the size issue 17 was found at
    }

    /** Runs one scenario of {@code driver} on a screen of {@code size} ("1024x768"); returns its output. */
    static String walk(Class<?> driver, String size, String scenario, Path data, int seconds, String... jvmOptions)
            throws Exception {
        Path outDir = Path.of(System.getProperty("hta.test.out", "target/test-artifacts"));
        Path log = Files.createTempFile("workbench-walk-" + scenario, ".log");
        try (Xvfb x = Xvfb.start(size)) {
            List<String> command = new ArrayList<>(List.of(
                    AppRuntime.JAVA, AppRuntime.TEST_JIT,
                    "-cp", System.getProperty("java.class.path"), "-Dhta.app.dir=" + AppRuntime.APP.toAbsolutePath(),
                    "-Dpdfbox.fontcache=" + System.getProperty("java.io.tmpdir")));
            command.addAll(List.of(jvmOptions));
            command.addAll(List.of(driver.getName(), scenario, data.toString(), outDir.toString()));
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
    void toolbarFollowsEveryEditSaveUndoAndRedoAndTheEvidenceListsKeepTheirRows() throws Exception {
        walk("editing", Files.createTempDirectory("hta-walk-editing"), 150);
    }

    @Test
    void darkThemeShowsConfidentialSpansAndRowsAsDarkTintsWithReadableText() throws Exception {
        walk("dark", Files.createTempDirectory("hta-walk-dark"), 120);
    }

    @Test
    void preferencesOpenWholeFindPagesByTheirWordsApplyAndRestoreDefaults() throws Exception {
        walk("preferences", Files.createTempDirectory("hta-walk-preferences"), 120);
    }

    @Test
    void codesReadAsWordsAmountsAreGroupedAndCutCellsShowTheirTextAndProblemsWidensItsDescription() throws Exception {
        walk("reading", Files.createTempDirectory("hta-walk-reading"), 180);
    }

    @Test
    void problemsOpenTheMilestoneOfATimelineProblemAndTheFigureOfAFormulaWarning() throws Exception {
        walk("problems", Files.createTempDirectory("hta-walk-problems"), 120);
    }

    @Test
    void editorsCloseFromTheirTabsGoRoundWithCtrlF6AndPagesWithCtrlPageDownAndTheSessionComesBack() throws Exception {
        Path data = Files.createTempDirectory("hta-walk-session");
        walk("session1", data, 150);
        walk("session2", data, 120);
    }

    @Test
    void anUndoneChangeLeavesNoDraftAndACleanExitOffersOnlyWhatACrashLeft() throws Exception {
        Path data = Files.createTempDirectory("hta-walk-drafts");
        walk("drafts1", data, 150, "-Dhta.autosave.seconds=1");
        assertTrue(!Files.exists(DraftsWalk.draft(data, "hemgenix")), "a clean exit left the draft of an undone change");
        // what a crash leaves: a draft of another dossier, which alone is offered at the next start
        Files.copy(data.resolve("workspace").resolve("blincyto.json"), DraftsWalk.draft(data, "blincyto"));
        walk("drafts2", data, 120);
    }

    @Test
    void theNavigatorNamesCountriesAsPeopleDoAndOpensTheCountryDoubleClicked() throws Exception {
        walk("navigator", Files.createTempDirectory("hta-walk-navigator"), 120);
    }

    @Test
    void budgetImpactShowsItsAmountsWhole() throws Exception {
        walk("amounts", Files.createTempDirectory("hta-walk-amounts"), 120);
    }

    @Test
    void problemsListAMemoThatCannotBeExportedYetAndOpenWhereItIsFixed() throws Exception {
        walk("readiness", Files.createTempDirectory("hta-walk-readiness"), 120);
    }

    @Test
    void pricesAreAddedWithAUniqueIdAndRemovedEachOneUndoableEdit() throws Exception {
        walk("prices", Files.createTempDirectory("hta-walk-prices"), 120);
    }

    @Test
    void keyBindingsCloseWithEscapeAndAreChangedRememberedAndRestored() throws Exception {
        walk("keys", Files.createTempDirectory("hta-walk-keys"), 120);
    }

    @Test
    void theFinderFindsDossierPagesPagesOfOpenEditorsAndPreferencePagesAndSaysWhenNothingMatches() throws Exception {
        walk("finder", Files.createTempDirectory("hta-walk-finder"), 120);
    }

    @Test
    void menusHaveMnemonicsEditActsOnTheFocusFindsInNarrativesAndFileMakesOpensAndRemembersDossiers() throws Exception {
        walk("menus", Files.createTempDirectory("hta-walk-menus"), 150);
    }
}
