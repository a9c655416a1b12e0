package hta.workbench.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Regression: Problems wrote its dates in the system locale's form ("Sep 6, 2023") beside History's ISO times. The
 * workbench's own dates are ISO 8601 in every locale.
 */
class WordsDateTest {

    @Test
    void aDateIsIsoWhateverTheLocale() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            for (Locale l : new Locale[] {Locale.US, Locale.forLanguageTag("nb-NO"), Locale.GERMANY}) {
                Locale.setDefault(Locale.Category.FORMAT, l);
                assertEquals("2023-09-06", Words.date(LocalDate.of(2023, 9, 6)), l.toString());
            }
            assertEquals("", Words.date(null));
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }
}
