package hta.workbench.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Two names of one jurisdiction are shown once when one adds nothing to the other (the page read "England — England (NICE)"). */
class WordsNamesTest {
    @Test
    void aNameThatRepeatsTheOtherIsShownOnce() {
        assertEquals("England (NICE)", Words.names("England", "England (NICE)"));
        assertEquals("Scotland (SMC)", Words.names("Scotland (SMC)", "Scotland"));
        assertEquals("Exampleland", Words.names("Exampleland", "Exampleland"));
        assertEquals("Joint clinical assessment (EU)", Words.names("Joint clinical assessment (EU)", "EU joint clinical assessment"));
        assertEquals("Advice published", Words.names("Advice published", "Advice published"));
    }

    @Test
    void differentNamesAreBothShown() {
        assertEquals("Norge — Norway", Words.names("Norge", "Norway"));
        assertEquals("Deutschland — Germany (AMNOG)", Words.names("Deutschland", "Germany (AMNOG)"));
        assertEquals("Rekommenderas — recommended", Words.names("Rekommenderas", "recommended"));
        assertEquals("Norway", Words.names("Norway", null));
        assertEquals("Norway", Words.names(" ", "Norway"));
    }

    @Test
    void codesReadAsWordsCamelCaseIncluded() {
        assertEquals("DMP report", Words.code("no.dmp-report"));
        assertEquals("Orphan reform", Words.code("se.orphan-reform"));
        assertEquals("Clock pauses count", Words.code("dk.clock.pausesCount"));
        assertEquals("Prisnotat target days", Words.code("no.prisnotat.target.days"));
        assertEquals("Pace weeks", Words.code("smc.pace.weeks"));
    }
}
