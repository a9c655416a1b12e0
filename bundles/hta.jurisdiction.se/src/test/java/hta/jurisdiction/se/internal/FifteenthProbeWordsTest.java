package hta.jurisdiction.se.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hta.confidentiality.PublicValue;
import hta.confidentiality.SecretValue;
import hta.jurisdiction.testkit.WordsScan;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fifteenth outside probe's Swedish wordings, in Sweden's own words: a cost per quarter of an hour over a cycle,
 * banknotes of any value. Each with a harmless twin.
 */
class FifteenthProbeWordsTest {
    private static final WordsScan SCAN = WordsScan.of(SwedishNumberWords.WORDS, SwedishNumberWords.VAT,
            List.of(new SecretValue("se-agreed", new BigDecimal("306200"), SecretValue.Kind.AMOUNT, "SEK"),
                    new SecretValue("se-net", new BigDecimal("24500000"), SecretValue.Kind.AMOUNT, "SEK")),
            List.of(new PublicValue("price:se-list", new BigDecimal("33000000"), SecretValue.Kind.AMOUNT)));

    @Test
    void aCostPerQuarterOfAnHourAndBanknotes() {
        assertEquals("se-agreed", SCAN.found("Den kontinuerliga infusionen kostar 113,91 kronor per kvart under en cykel på 28 dagar.").get(0));
        assertEquals("se-agreed", SCAN.found("Infusionen kostar 113,91 kronor i kvarten under en cykel på 28 dagar.").get(0));
        assertEquals("se-net", SCAN.found("Det motsvarar 49 000 femhundralappar per patient.").get(0));
        for (String text : List.of("Den kontinuerliga infusionen kostar 129,52 kronor per kvart under en cykel på 28 dagar.",
                "Det motsvarar 55 713 femhundralappar per patient.",
                // a quarter of a million is still a quarter
                "Regionerna avsätter en kvart miljon kronor till uppföljning.")) {
            assertEquals(List.of(), SCAN.found(text), text);
        }
    }
}
