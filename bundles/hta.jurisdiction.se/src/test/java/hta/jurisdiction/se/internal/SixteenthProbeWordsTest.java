package hta.jurisdiction.se.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hta.confidentiality.PublicValue;
import hta.confidentiality.SecretValue;
import hta.jurisdiction.testkit.WordsScan;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sixteenth outside probe's Swedish wordings, in Sweden's own words. Each with a harmless twin. */
class SixteenthProbeWordsTest {
    private static final WordsScan SCAN = WordsScan.of(SwedishNumberWords.WORDS, SwedishNumberWords.VAT,
            List.of(new SecretValue("se-net", new BigDecimal("24500000"), SecretValue.Kind.AMOUNT, "SEK"),
                    new SecretValue("se-neutral", new BigDecimal("9.6"), SecretValue.Kind.NUMBER, "years")),
            List.of(new PublicValue("price:se-list", new BigDecimal("33000000"), SecretValue.Kind.AMOUNT)));

    @Test
    void doubleIsTwiceTheFigureOfItsSentence() {
        assertEquals("se-neutral", SCAN.found("Genterapin måste verka dubbelt så länge som de 57,6 månaderna i studien.").get(0));
        assertEquals("se-neutral", SCAN.found("Effekten måste vara dubbla de 57,6 månaderna.").get(0));
        for (String text : List.of("Genterapin måste verka dubbelt så länge som de 65,5 månaderna i studien.",
                "Studien hade dubbelt så många patienter som de 48 i pilotstudien och kostade 14,2 miljoner kronor.")) {
            assertEquals(List.of(), SCAN.found(text), text);
        }
    }
}
