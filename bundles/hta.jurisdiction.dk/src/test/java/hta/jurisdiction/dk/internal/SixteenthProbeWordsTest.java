package hta.jurisdiction.dk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hta.confidentiality.PublicValue;
import hta.confidentiality.SecretValue;
import hta.jurisdiction.testkit.WordsScan;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sixteenth outside probe's Danish wordings, in Denmark's own words. Each with a harmless twin. */
class SixteenthProbeWordsTest {
    private static final WordsScan SCAN = WordsScan.of(DanishNumberWords.WORDS, DanishNumberWords.VAT,
            List.of(new SecretValue("dk-saip", new BigDecimal("19500000"), SecretValue.Kind.AMOUNT, "DKK")),
            List.of(new PublicValue("price:dk-aip", new BigDecimal("25000000"), SecretValue.Kind.AMOUNT)));

    @Test
    void doubleIsTwiceTheFigureOfItsSentence() {
        for (String text : List.of("Prisen er dobbelt så høj som de 9,750 mio. kr., der blev tilbudt.",
                "Regionerne betaler det dobbelte af de 9,750 mio. kr.")) {
            assertEquals(List.of("dk-saip"), SCAN.found(text), text);
        }
        for (String text : List.of("Prisen er dobbelt så høj som de 7,3 mio. kr., der blev tilbudt.",
                "Studiet havde dobbelt så mange patienter som de 48 i pilotstudiet og kostede 14,2 mio. kr.")) {
            assertEquals(List.of(), SCAN.found(text), text);
        }
    }
}
