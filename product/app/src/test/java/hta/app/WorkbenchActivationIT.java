package hta.app;

import org.junit.jupiter.api.Test;

/** Which part is active, as a writer uses it with the mouse ({@link WorkbenchActivationDriver}), on a private Xvfb. */
class WorkbenchActivationIT {
    @Test
    void aClickOnATabActivatesItsPartAndHistoryAndPropertiesFollowTheActiveEditor() throws Exception {
        WorkbenchViewsIT.scenario(WorkbenchActivationDriver.class, "activation", 150);
    }

    @Test
    void aNarrowerWindowTakesTheRoomFromTheViewsBeforeTheEditor() throws Exception {
        WorkbenchViewsIT.scenario(WorkbenchActivationDriver.class, "narrower", 150);
    }
}
