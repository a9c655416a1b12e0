package hta.workbench.editor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Regression: Narratives listed a section of a jurisdiction whose plugin is missing as "de · Begruendung", a code
 * where a country stands. The section comes first in words, then which plugin is missing and why.
 */
class NarrativeSectionLabelTest {

    @Test
    void aSectionOfAMissingPluginSaysWhichPluginAndWhy() {
        assertEquals("Begruendung (plugin 'de' not installed)",
                NarrativesPage.missingSectionLabel("de", "begruendung", "de", "plugin not installed"));
        assertEquals("Begruendung (Germany (de): plugin disabled)",
                NarrativesPage.missingSectionLabel("de", "begruendung", "Germany (de)", "plugin disabled"));
        assertEquals("Begruendung (plugin 'de' not installed)",
                NarrativesPage.missingSectionLabel("de", "begruendung", "de", null));
    }

    @Test
    void aSectionOfAnInstalledJurisdictionIsNamedByItsCountry() {
        assertEquals("Norway · Bakgrunn", NarrativesPage.sectionLabel("Norway", "bakgrunn"));
    }
}
