package hta.jurisdiction.no.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hta.confidentiality.PublicValue;
import hta.confidentiality.SecretValue;
import hta.jurisdiction.testkit.WordsScan;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The twelfth outside probe's Norwegian wordings in Norway's own words (not the scanner's test words): a minute, a
 * decade in one word after an article, a quarter before a scale word, and what "kvart" means alone in Nynorsk.
 */
class TwelfthProbeWordsTest {
    private static final WordsScan SCAN = WordsScan.of(NorwegianNumberWords.WORDS, NorwegianNumberWords.VAT,
            List.of(new SecretValue("no-agreed", new BigDecimal("29950000"), SecretValue.Kind.AMOUNT, "NOK"),
                    new SecretValue("no-comparator", new BigDecimal("3120000"), SecretValue.Kind.AMOUNT, "NOK")),
            List.of(new PublicValue("price:no-list", new BigDecimal("43028738"), SecretValue.Kind.AMOUNT)));

    private static List<String> found(String text) {
        return SCAN.found(text);
    }

    @Test
    void aMinuteADecadeAndAQuarterOfAScaleWord() {
        for (String text : List.of("Over et tiår koster dagens profylakse 31,2 millioner kroner per pasient.",
                "Dagens profylakse koster tre kvart million kroner pluss 30 000 hvert kvartal.",
                "Dagens profylakse koster 780 000 kroner kvart kvartal.",
                "Dagens profylakse koster 5,93 kroner i minuttet, året rundt.",
                "Gjennomsnittlig koster profylaksen 1,04 millioner kroner per år de tre første årene.")) {
            assertEquals(List.of("no-comparator"), found(text), text);
        }
        assertEquals(List.of("no-agreed"), found("Sykehusene betaler 120 ganger en kvart million kroner."));
        for (String text : List.of("Pasientene ble fulgt i et tiår.", "Infusjonen tar en kvart time og koster 1 250 kroner.",
                "Infusjonen tar 45 minutter.")) {
            assertEquals(List.of(), found(text), text);
        }
    }
}
