package hta.jurisdiction.no.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hta.confidentiality.PublicValue;
import hta.confidentiality.SecretValue;
import hta.jurisdiction.testkit.WordsScan;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fourteenth outside probe's Norwegian wordings, in Norway's own words: so many working days a year over years,
 * a percentage above millions named by a definite noun, a cost per QALY with its QALYs and offsets, a whole in parts
 * over two sentences and a line broken after the decimal comma. Each with a harmless twin.
 */
class FourteenthProbeWordsTest {
    private static final WordsScan SCAN = WordsScan.of(NorwegianNumberWords.WORDS, NorwegianNumberWords.VAT,
            List.of(new SecretValue("no-agreed", new BigDecimal("29950000"), SecretValue.Kind.AMOUNT, "NOK"),
                    new SecretValue("no-comparator", new BigDecimal("3120000"), SecretValue.Kind.AMOUNT, "NOK")),
            List.of(new PublicValue("price:no-max", new BigDecimal("43028738"), SecretValue.Kind.AMOUNT)));

    @Test
    void theFourteenthProbesNorwegianClasses() {
        for (String text : List.of(
                "Over ti år tilsvarer det sykehusene betaler, 11 980 kroner per arbeidsdag, regnet med 250 arbeidsdager i året.",
                "Med 6 vunne QALY og 5,95 millioner kroner i sparte kostnader er IKER til prisen sykehusene betaler 4 millioner"
                        + " kroner per QALY.",
                "Sykehusene betaler i to deler. Første del er 18 millioner kroner. Andre del, som betales etter to år, utgjør"
                        + " 11 950 tusen kroner.",
                "Sykehusene betaler 29,\n95 millioner kroner per behandling.")) {
            assertEquals("no-agreed", SCAN.found(text).get(0), text);
        }
        assertEquals(List.of("no-comparator"),
                SCAN.found("Dagens profylakse koster 12 prosent mer enn de 2,786 millionene den kostet per pasient i 2020."));
        for (String text : List.of(
                "Over ti år tilsvarer det sykehusene betaler, 11 980 kroner per arbeidsdag, regnet med 220 arbeidsdager i året.",
                "Med 6 vunne QALY og 4,95 millioner kroner i sparte kostnader er IKER 4 millioner kroner per QALY.",
                "Dagens profylakse koster 12 prosent mer enn de 2,5 millionene den kostet per pasient i 2020.")) {
            assertEquals(List.of(), SCAN.found(text), text);
        }
    }

    /**
     * A length of time less a smaller unit: "ett tiår minus fem måneder" is 9 years 7 months. An article before a unit of
     * time that a smaller unit joins is one of it ("eit tiår minus fem månader"); an article alone stays no number.
     */
    @Test
    void aLengthOfTimeLessASmallerUnit() {
        WordsScan years = WordsScan.of(NorwegianNumberWords.WORDS, NorwegianNumberWords.VAT,
                List.of(new SecretValue("no-years", new BigDecimal("9.6"), SecretValue.Kind.NUMBER, "years")), List.of());
        assertEquals(List.of("no-years"), years.found("Behandlingen er kostnadsnøytral etter ett tiår minus fem måneder."));
        assertEquals(List.of("no-years"), years.found("Behandlinga er kostnadsnøytral etter eit tiår minus fem månader."));
        assertEquals(List.of("no-years"), years.found("Behandlingen er kostnadsnøytral etter et tiår minus fem måneder."));
        assertEquals(List.of(), years.found("Behandlingen er kostnadsnøytral etter et tiår."));
        assertEquals(List.of("no-years"), years.found("Behandlingen er kostnadsnøytral etter ti år minus fem måneder."));
        assertEquals(List.of(), years.found("Behandlingen er kostnadsnøytral etter ti år minus ni måneder."));
    }
}
