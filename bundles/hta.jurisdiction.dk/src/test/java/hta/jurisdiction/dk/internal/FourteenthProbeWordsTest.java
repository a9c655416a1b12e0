package hta.jurisdiction.dk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hta.confidentiality.PublicValue;
import hta.confidentiality.SecretValue;
import hta.jurisdiction.testkit.WordsScan;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Denmark's wordings of the fourteenth probe's classes, in Denmark's own words: a fraction of the public AIP, then
 * an amount off or on top, the amount rounded or written without its currency.
 */
class FourteenthProbeWordsTest {
    private static final WordsScan SCAN = WordsScan.of(DanishNumberWords.WORDS, DanishNumberWords.VAT,
            List.of(new SecretValue("dk-saip", new BigDecimal("19500000"), SecretValue.Kind.AMOUNT, "DKK")),
            List.of(new PublicValue("price:dk-aip", new BigDecimal("25000000"), SecretValue.Kind.AMOUNT)));

    @Test
    void aFractionOfThePublicPriceThenAnAmount() {
        for (String text : List.of("Regionerne betaler 4/5 af AIP minus en halv million.",
                "Regionerne betaler fire femtedele af AIP minus en halv million kroner.",
                "Regionerne betaler AIP minus en femtedel og yderligere 500 000 kr.",
                "Regionerne betaler to tredjedele af AIP plus 2,83 mio. kr.")) {
            assertEquals(List.of("dk-saip"), SCAN.found(text), text);
        }
        for (String text : List.of("Regionerne betaler 4/5 af AIP minus en million.",
                "Regionerne betaler to tredjedele af AIP plus 2,9 mio. kr.",
                "Fire femtedele af patienterne fik behandlingen i 2025.")) {
            assertEquals(List.of(), SCAN.found(text), text);
        }
    }

    /** The old Danish half before an ordinal up to the twentieth: "halvtyvende" is 19½. */
    @Test
    void halfBeforeAnOrdinalUpToTheTwentieth() {
        assertEquals(List.of("dk-saip"), SCAN.found("Regionerne betaler halvtyvende million kroner pr. behandling."));
        assertEquals(List.of(), SCAN.found("Regionerne betaler halvtredsindstyvende million kroner pr. behandling."));
        assertEquals(List.of(), SCAN.found("Regionerne betaler halvtolvte million kroner pr. behandling."));
    }

    /** A whole in parts over two sentences, the count in a word of two letters right before its noun. */
    @Test
    void partsCountedInAShortWord() {
        assertEquals(List.of("dk-saip"), SCAN.found("Regionerne betaler i to rater. Første rate er 9,75 mio. kr."));
        assertEquals(List.of(), SCAN.found("Regionerne betaler i to rater. Første rate er 9,5 mio. kr."));
    }
}
