package hta.jurisdiction.dk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hta.confidentiality.PublicValue;
import hta.confidentiality.SecretValue;
import hta.jurisdiction.testkit.WordsScan;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The twelfth and thirteenth outside probes' Danish wordings in Denmark's own words (not the scanner's test words):
 * a score ("snes"), a multiple in words ("tre gange") beside the public AIP, and a half after a scale word.
 */
class ThirteenthProbeWordsTest {
    private static final WordsScan SCAN = WordsScan.of(DanishNumberWords.WORDS, DanishNumberWords.VAT,
            List.of(new SecretValue("dk-saip", new BigDecimal("19500000"), SecretValue.Kind.AMOUNT, "DKK")),
            List.of(new PublicValue("price:dk-aip", new BigDecimal("25000000"), SecretValue.Kind.AMOUNT)));

    private static List<String> found(String text) {
        return SCAN.found(text);
    }

    @Test
    void aScoreAMultipleInWordsAndAHalfAfterAScaleWord() {
        for (String text : List.of("Regionerne betaler en snes millioner kroner fratrukket 2,5 procent.",
                "AIP og tre gange regionernes betaling udgør tilsammen 83,5 mio. kr.",
                "Regionerne betaler nitten millioner og en halv.",
                "Regionerne betaler 1,95 mio. kr. for hvert af en halv snes hætteglas.")) {
            assertEquals(List.of("dk-saip"), found(text), text);
        }
        for (String text : List.of("Der blev givet en halv snes hætteglas.",
                "Regionerne betaler 1,95 mio. kr. for hvert af en snes hætteglas.", "Patienten kom tre gange om ugen.",
                "AIP og tre gange regionernes betaling udgør tilsammen 84 mio. kr.",
                "Infusionen tager nitten minutter og en halv.")) {
            assertEquals(List.of(), found(text), text);
        }
    }
}
