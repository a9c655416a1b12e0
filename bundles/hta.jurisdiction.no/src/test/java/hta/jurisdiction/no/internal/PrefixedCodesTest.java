package hta.jurisdiction.no.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hta.confidentiality.PublicValue;
import hta.confidentiality.SecretValue;
import hta.jurisdiction.testkit.WordsScan;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Thousands of kroner written with a lower-case prefix on the code ("1182tNOK", "1 182 kNOK") in Norway's words: the
 * reader keeps the prefix and the code together although a lower-case letter before a capital otherwise ends a word
 * (text glued in a PDF read-back). The fifth outside probe's "Avtaleprisen er 1182tNOK per hetteglass" leaked.
 */
class PrefixedCodesTest {
    private static final WordsScan SCAN = WordsScan.of(NorwegianNumberWords.WORDS, NorwegianNumberWords.VAT,
            List.of(new SecretValue("no-agreed", new BigDecimal("1182400"), SecretValue.Kind.AMOUNT, "NOK")),
            List.of(new PublicValue("price:no-list", new BigDecimal("1550000"), SecretValue.Kind.AMOUNT)));

    private static List<String> found(String text) {
        return SCAN.found(text);
    }

    @Test
    void aLowerCasePrefixOnTheCodeIsAScale() {
        for (String text : List.of("Avtaleprisen er 1182tNOK per hetteglass.", "Prisen er 1 182 tNOK.", "Prisen er 1 182 kNOK.",
                "Prisen er 1 182 TNOK.")) {
            assertEquals(List.of("no-agreed"), found(text), text);
        }
        assertEquals(List.of(), found("Maks-AUP er 1 550 tNOK per hetteglass."));
        assertEquals(List.of(), found("Et annet legemiddel koster 1 450 tNOK."));
    }
}
