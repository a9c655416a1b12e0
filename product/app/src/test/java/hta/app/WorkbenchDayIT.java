package hta.app;

import static hta.app.WorkbenchWalkIT.walk;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** More of a new writer's day in the workbench (issue 17), each scenario of {@link WorkbenchDayDriver} in its own JVM. */
class WorkbenchDayIT {

    @Test
    void theDemoStartsWithoutProseFormulasOrStatusesOutsideTheirListsAndEachCountryPageShowsItsStatus() throws Exception {
        walk("demo", Files.createTempDirectory("hta-walk-demo"), 120);
    }

    @Test
    void aDisabledPluginIsSaidSoEverywhereAndItsPageComesBackInPlaceAndTheNavigatorKeepsWhatWasFolded() throws Exception {
        walk("plugins", Files.createTempDirectory("hta-walk-plugins"), 180);
    }

    @Test
    void thePluginsToolbarWrapsTheTrustQuestionDefaultsToCancelASameVersionUpdateIsFlaggedAndTheChooserShowsJars()
            throws Exception {
        walk("pluginsview", Files.createTempDirectory("hta-walk-pluginsview"), 150,
                "-Dhta.test.plugins=" + System.getProperty("hta.test.plugins"));
    }

    @Test
    void anEmptyStartWelcomesWithTheNextStepsAndPropertiesSaysWhereItsRowsComeFrom() throws Exception {
        walk("welcome", Files.createTempDirectory("hta-walk-welcome"), 120);
    }

    @Test
    void theExportOffersTheSelectedMemoAFolderOfTheWriterListsTheFilesWrittenAndRemembersTheChoices() throws Exception {
        walk("export", Files.createTempDirectory("hta-walk-export"), 180);
    }

    @Test
    void anUnreadableDossierSaysWhatIsWrongAndWhereShowsTheFileAndIsRestoredFromItsHistory() throws Exception {
        Path data = Files.createTempDirectory("hta-walk-unreadable");
        Path workspace = data.resolve("workspace");
        AppRuntime.copyTree(AppRuntime.APP.resolve("demo-workspace"), workspace);
        Path file = workspace.resolve("zolgensma.json");
        String saved = Files.readString(file);
        assertTrue(saved.contains("\"revision\" : 1,\n"), "the demo's Zolgensma is at revision 1");
        // revision 1 in the history, as a save keeps it; the current file edited by hand, a comma lost
        Files.createDirectories(workspace.resolve(".history").resolve("zolgensma"));
        Files.writeString(workspace.resolve(".history").resolve("zolgensma").resolve("1.json"), saved);
        Files.writeString(file, saved.replace("\"revision\" : 1,\n", "\"revision\" : 2\n"));
        walk("unreadable", data, 150);
    }

    @Test
    void safeModeIsSaidSoInTheNavigatorPropertiesAndProblems() throws Exception {
        walk("safe", Files.createTempDirectory("hta-walk-safe"), 120);
    }
}
