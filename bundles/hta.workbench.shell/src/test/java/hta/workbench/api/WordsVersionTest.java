package hta.workbench.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A bundle's version is worded once, for Help › About and the Plugins view alike (About said "0.1.0" where the Plugins
 * view said "0.1.0.202612061200" for the same plugin).
 */
class WordsVersionTest {
    @Test
    void theReleaseThenTheBuildItWasStampedWith() {
        assertEquals("0.1.0 (build 202612061200)", Words.version("0.1.0.202612061200"));
        assertEquals("1.2.3 (build v20261206-1200)", Words.version("1.2.3.v20261206-1200"));
    }

    @Test
    void aReleaseWithoutAStampIsTheReleaseAlone() {
        assertEquals("1.0.0", Words.version("1.0.0"));
        assertEquals("1.0.0", Words.version("1"));
        assertEquals("0.1.0", Words.version("0.1.0.qualifier"));
    }

    @Test
    void whatIsNotAVersionIsShownAsItIs() {
        assertEquals("unknown", Words.version("unknown"));
        assertEquals("", Words.version(null));
    }
}
