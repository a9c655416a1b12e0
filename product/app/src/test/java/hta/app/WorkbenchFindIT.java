package hta.app;

import org.junit.jupiter.api.Test;

/** Find/Replace in the narratives ({@link WorkbenchFindDriver}), on a private Xvfb. */
class WorkbenchFindIT {
    @Test
    void findReplaceStaysOpenFindsNextAndPreviousAndReplacesAsOneUndoableEditEach() throws Exception {
        WorkbenchViewsIT.scenario(WorkbenchFindDriver.class, "find", 180);
    }
}
