package hta.app;

import org.junit.jupiter.api.Test;

/**
 * What the last walk of the built workbench as a new user found (issue 17, December 2026), each scenario of
 * {@link WorkbenchNewUserDriver} in its own JVM on a private Xvfb of 1600×1000 against the assembled app.
 */
class WorkbenchNewUserIT {

    private static void scenario(String scenario, int seconds) throws Exception {
        WorkbenchViewsIT.scenario(WorkbenchNewUserDriver.class, scenario, seconds);
    }

    @Test
    void economicsWordsItsFormulasAsBudgetImpactDoesAndOpensThemAsWritten() throws Exception {
        scenario("formulas", 120);
    }

    @Test
    void aboutNamesTheProductVersionAndJurisdictionsInWordsAndPluginStatesAreWords() throws Exception {
        scenario("about", 120);
    }

    @Test
    void aFailedLeakScanIsSaidOnTheNarrativesPageWithoutQuotingTheFailure() throws Exception {
        scenario("scanFailed", 150);
    }

    @Test
    void theKeyboardFocusReturnsToTheEditorAfterADialogClosesWithEscape() throws Exception {
        scenario("focus", 120);
    }

    @Test
    void exportStaysInItsPlaceOnTheScreenWhileTheExportDialogsCheckRunsAndEnds() throws Exception {
        scenario("exportButton", 120);
    }
}
