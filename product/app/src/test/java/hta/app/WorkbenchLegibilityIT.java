package hta.app;

import org.junit.jupiter.api.Test;

/**
 * What a new writer reads in the workbench's views after the first round of issue 17 (the outsider's second walk):
 * each scenario of {@link WorkbenchLegibilityDriver} in its own JVM on a private Xvfb against the assembled app.
 */
class WorkbenchLegibilityIT {

    /** Runs one scenario of the driver in its own JVM on a private Xvfb of 1600×1000, the size of the walk. */
    static String scenario(String scenario, int seconds) throws Exception {
        return WorkbenchViewsIT.scenario(WorkbenchLegibilityDriver.class, scenario, seconds);
    }

    @Test
    void everyTextCutByItsSpaceShowsItsWholeTextInATooltipInEveryViewAndPreferencePage() throws Exception {
        scenario("cut", 480); // the real pointer rests on each cut text until its tooltip shows
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
    void aLongTooltipShowsInLinesOfAtMostEightyCharactersInsideTheScreen() throws Exception {
        scenario("tooltip", 150);
    }

    @Test
    void dialogsHaveAVisibleEdgeInTheDarkTheme() throws Exception {
        scenario("dialogs", 120);
    }

    @Test
    void doubleClickingAProblemScrollsItsPlaceIntoViewAndFocusesIt() throws Exception {
        scenario("reveal", 150);
    }
}
