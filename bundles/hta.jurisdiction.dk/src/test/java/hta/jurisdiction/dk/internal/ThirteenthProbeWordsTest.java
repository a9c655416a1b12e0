package hta.jurisdiction.dk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hta.confidentiality.LeakFinding;
import hta.confidentiality.LeakIndex;
import hta.confidentiality.LeakModel;
import hta.confidentiality.PublicValue;
import hta.confidentiality.SecretValue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The twelfth and thirteenth outside probes' Danish wordings in Denmark's own words (not the scanner's test words):
 * a score ("snes"), a multiple in words ("tre gange") beside the public AIP, and a half after a scale word.
 */
class ThirteenthProbeWordsTest {
    private static final LeakIndex INDEX = LeakIndex.of(new LeakModel(
            List.of(new SecretValue("dk-saip", new BigDecimal("19500000"), SecretValue.Kind.AMOUNT, "DKK")),
            List.of(new PublicValue("price:dk-aip", new BigDecimal("25000000"), SecretValue.Kind.AMOUNT)), List.of(),
            List.of(), DanishNumberWords.WORDS, new BigDecimal("0.01"), DanishNumberWords.VAT, true));

    private static List<String> found(String text) {
        return INDEX.scan("t", text).stream().map(LeakFinding::valueId).distinct().toList();
    }

    @Test
    void aScoreAMultipleInWordsAndAHalfAfterAScaleWord() {
        for (String text : List.of("Regionerne betaler en snes millioner kroner fratrukket 2,5 procent.",
                "AIP og tre gange regionernes betaling udgør tilsammen 83,5 mio. kr.",
                "Regionerne betaler nitten millioner og en halv.")) {
            assertEquals(List.of("dk-saip"), found(text), text);
        }
        for (String text : List.of("Der blev givet en halv snes hætteglas.", "Patienten kom tre gange om ugen.",
                "AIP og tre gange regionernes betaling udgør tilsammen 84 mio. kr.",
                "Infusionen tager nitten minutter og en halv.")) {
            assertEquals(List.of(), found(text), text);
        }
    }
}
