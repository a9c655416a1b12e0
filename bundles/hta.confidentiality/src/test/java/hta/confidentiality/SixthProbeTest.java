package hta.confidentiality;

import static hta.confidentiality.ScanAssertions.amount;
import static hta.confidentiality.ScanAssertions.listPrice;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forms an outsider's sixth probe found readable (issue 14): a stated length of time with decimals times a yearly
 * amount, a two-unit duration spelled out, a thousands letter after an amount with a space, and a table whose
 * scale is stated in its caption or in a note after its figures. The agreed price is 29 950 000 kr; the
 * cost-neutral duration 9,6 years. Each with a harmless twin.
 */
class SixthProbeTest {
    private static final ScanAssertions SCAN = ScanAssertions.of(
            List.of(amount("agreed", "29950000", "NOK"), new SecretValue("neutral", new BigDecimal("9.6"), SecretValue.Kind.AMOUNT, "years")),
            List.of(listPrice("max", "43028738")), List.of(), List.of(), "0.25");

    @Test
    void aLengthOfTimeWithDecimalsTimesAYearlyAmount() {
        // 2,14 × 14 million: the price to the 2,14's own rounding
        SCAN.caught("agreed", "Engangskostnaden tilsvarer 2,14 års drift av en sengepost (14 mill. kr per år).");
        SCAN.passed("Engangskostnaden tilsvarer 2,50 års drift av en sengepost (14 mill. kr per år).");
    }

    @Test
    void aTwoUnitDurationSpelledOut() {
        SCAN.caught("neutral", "Med prisen som nå er avtalt, blir behandlingen kostnadsnøytral etter ni år og sju måneder.");
        SCAN.passed("Med prisen som nå er avtalt, blir behandlingen kostnadsnøytral etter ni år og to måneder.");
    }

    @Test
    void aThousandsLetterAfterAnAmountWithASpace() {
        SCAN.caught("agreed", "Omregnet til euro (kurs 11,70) betaler helseforetakene EUR 2 560 k per pasient.");
        SCAN.passed("Omregnet til euro (kurs 11,70) betaler helseforetakene EUR 1 200 k per pasient.",
                "Avstanden er 2 560 k fra sykehuset.");
    }

    @Test
    void aTablesScaleInItsCaptionOrInANoteAfterItsFigures() {
        SCAN.caught("agreed", "Tabell 3 (mill. kr) Hemgenix: 29,95 | 12,5", "Hemgenix år 1–2: 29,95 – 12,5 (alle tall i millioner kroner)");
        SCAN.passed("Tabell 3 (mill. kr) Hemgenix: 12,5 | 18,2", "Hemgenix år 1–2: 12,5 – 18,2 (alle tall i millioner kroner)");
    }
}
