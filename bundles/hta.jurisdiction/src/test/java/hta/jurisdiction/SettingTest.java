package hta.jurisdiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A jurisdiction reads its settings from its component configuration through the declaration, checked. */
class SettingTest {
    private static final Setting DAYS = Setting.integer("decision.days", null, 1, 365, "days", "unconfirmed");
    private static final Setting WEEKS = Setting.integer("pace.weeks", "26", 22, 26, "weeks", "SMC's range");
    private static final Setting STYLE = Setting.choice("style", "TEXT", List.of("BLANK", "TEXT"), "mask", "agency");

    @Test
    void anUnsetSettingGivesItsDefaultOrNothing() {
        assertNull(DAYS.read("hta.jurisdiction.ac", Map.of()));
        assertNull(DAYS.read("hta.jurisdiction.ac", null));
        assertNull(DAYS.read("hta.jurisdiction.ac", Map.of("decision.days", "  ")));
        assertEquals("26", WEEKS.read("hta.jurisdiction.smc", Map.of("other", 3)));
        assertEquals("TEXT", STYLE.read("hta.jurisdiction.se", Map.of()));
    }

    @Test
    void aConfiguredValueIsCheckedAgainstTheDeclaration() {
        // Configuration Admin hands over what the settings service stored: an Integer, a Boolean or a String
        assertEquals("90", DAYS.read("hta.jurisdiction.ac", Map.of("decision.days", 90)));
        assertEquals("24", WEEKS.read("hta.jurisdiction.smc", Map.of("pace.weeks", " 24 ")));
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> WEEKS.read("hta.jurisdiction.smc", Map.of("pace.weeks", 30)));
        assertEquals("hta.jurisdiction.smc: pace.weeks must be between 22 and 26, not 30", range.getMessage());
        IllegalArgumentException word = assertThrows(IllegalArgumentException.class,
                () -> DAYS.read("hta.jurisdiction.ac", Map.of("decision.days", "ninety")));
        assertEquals("hta.jurisdiction.ac: decision.days takes a whole number, not 'ninety'", word.getMessage());
        assertThrows(IllegalArgumentException.class, () -> STYLE.read("hta.jurisdiction.se", Map.of("style", "RED")));
    }
}
