package hta.jurisdiction.no.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hta.confidentiality.PublicValue;
import hta.confidentiality.SecretValue;
import hta.jurisdiction.testkit.WordsScan;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sixteenth outside probe's Norwegian wordings, in Norway's own words. Each with a harmless twin. */
class SixteenthProbeWordsTest {
    private static final WordsScan SCAN = WordsScan.of(NorwegianNumberWords.WORDS, NorwegianNumberWords.VAT,
            List.of(new SecretValue("no-agreed", new BigDecimal("29950000"), SecretValue.Kind.AMOUNT, "NOK"),
                    new SecretValue("no-neutral", new BigDecimal("9.6"), SecretValue.Kind.NUMBER, "years")),
            List.of(new PublicValue("price:no-max", new BigDecimal("43028738"), SecretValue.Kind.AMOUNT)));

    @Test
    void doubleIsTwiceTheFigureOfItsSentence() {
        for (String text : List.of("Genterapien må virke dobbelt så lenge som de 57,6 månedene i studien.",
                "Genterapien må verke dobbel så lenge som dei 57,6 månadene i studien.",
                "Sykehusene betaler det dobbelte av de 14,975 millionene kroner.")) {
            assertEquals(1, SCAN.found(text).size(), text);
        }
        for (String text : List.of("Genterapien må virke dobbelt så lenge som de 65,5 månedene i studien.",
                "Sykehusene betaler det dobbelte av de 17,2 millionene kroner.",
                "Studien hadde dobbelt så mange pasienter som de 48 i pilotstudien, og kostet 14,2 millioner kroner.")) {
            assertEquals(List.of(), SCAN.found(text), text);
        }
    }

    @Test
    void aPrefixedCurrencyCodeInLowerCase() {
        for (String text : List.of("Sluttbud fra leverandør: 29,95 mnok pr. behandling.", "Sluttbud: 0,02995 mrdnok.")) {
            assertEquals(List.of("no-agreed"), SCAN.found(text), text);
        }
        for (String text : List.of("Sluttbud fra leverandør: 34,05 mnok pr. behandling.", "I tabellen står 29,95 tall.")) {
            assertEquals(List.of(), SCAN.found(text), text);
        }
    }

    @Test
    void aLengthOfTimeGivenAsTwoExactDates() {
        for (String text : List.of("Terskelanalyse: infusjon 15.03.2026 – kostnadsnøytral 20.10.2035.",
                "Terskelanalyse: infusjon 1. mars 2026, kostnadsnøytral 6. oktober 2035.")) {
            assertEquals(List.of("no-neutral"), SCAN.found(text), text);
        }
        for (String text : List.of("Terskelanalyse: infusjon 15.03.2026 – kostnadsnøytral 20.10.2031.",
                "Terskelanalyse: infusjon 1. mars 2026, kostnadsnøytral 28. november 2035.", "Avtalen ble inngått 15.03.2026.")) {
            assertEquals(List.of(), SCAN.found(text), text);
        }
    }
}
