package hta.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

class VersionWarningTest {

    @Test
    void theSameVersionAndAnOlderOneAreFlaggedANewerOneIsNot() {
        Version installed = Version.parseVersion("1.2.0");
        assertEquals("warning: version 1.2.0 is already installed; this only replaces it with the file's copy of the"
                + " same version", VersionWarning.of(installed, "1.2.0").orElseThrow());
        assertEquals("warning: version 1.1.9 is older than the installed 1.2.0; this is a downgrade",
                VersionWarning.of(installed, "1.1.9").orElseThrow());
        assertTrue(VersionWarning.of(installed, "1.2.0.1").isEmpty());
        assertTrue(VersionWarning.of(installed, "not a version").isEmpty());
    }
}
