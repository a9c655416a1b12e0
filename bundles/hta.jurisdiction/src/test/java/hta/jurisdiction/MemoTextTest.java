package hta.jurisdiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MemoTextTest {
    @Test
    void loadsTheResourceBesideTheClassAndFillsNumberedPlacesOnly() {
        MemoText t = MemoText.load(MemoTextTest.class, "memo_test.properties", "nb");
        assertEquals("hta/jurisdiction/memo_test.properties", t.resource());
        assertEquals("Hei Kari, Ola og Kari igjen", t.format("greeting", "Kari", "Ola"));
        // apostrophes and braces without a number are text, unlike MessageFormat
        assertEquals("Don't {touch}", t.format("quote"));
        assertEquals(Map.of("heading", "Tidslinje"), t.withPrefix("chart."));
    }

    @Test
    void aMissingTextOrResourceOrValueIsNamed() {
        MemoText t = MemoText.load(MemoTextTest.class, "memo_test.properties", "nb");
        IllegalArgumentException noKey = assertThrows(IllegalArgumentException.class, () -> t.get("nope"));
        assertTrue(noKey.getMessage().contains("memo_test.properties has no text 'nope'"), noKey.getMessage());
        IllegalArgumentException noValue = assertThrows(IllegalArgumentException.class, () -> t.format("greeting", "Kari"));
        assertTrue(noValue.getMessage().contains("{1}"), noValue.getMessage());
        IllegalStateException noFile = assertThrows(IllegalStateException.class,
                () -> MemoText.load(MemoTextTest.class, "memo_xx.properties", "xx"));
        assertTrue(noFile.getMessage().contains("hta/jurisdiction/memo_xx.properties is missing"), noFile.getMessage());
    }
}
