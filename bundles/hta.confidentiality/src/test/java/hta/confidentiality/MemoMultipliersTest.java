package hta.confidentiality;

import static hta.confidentiality.ScanAssertions.amount;
import static hta.confidentiality.ScanAssertions.listPrice;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Multipliers the dossier does not hold but the memo prints next to the amount (issue 14, fourth probe): a
 * treatment cycle written with its length ("per 21-dagarscykel", "every three weeks"), a count of cycles or doses
 * ("a full 14-cycle course", "14 sykluser"), and an average per year over the years of a budget ("per år over
 * femårsperioden"). Harmless twins: the same sentences with amounts no factor of theirs takes back to a value.
 */
class MemoMultipliersTest {
    // SEK per 28 tablets; NOK per one 21-day cycle; a budget row of the agreed price × 21 patients over five years
    private static final BigDecimal ROW_PRICE = new BigDecimal("2480000");
    private static final ScanAssertions SCAN = ScanAssertions.of(
            List.of(amount("se-net", "18200", "SEK"), amount("no-cycle", "26520", "NOK"), amount("no-agreed", "2480000", "NOK")),
            List.of(listPrice("se-list", "23500"), listPrice("no-list", "34000"), listPrice("no-list-2", "3200000")),
            List.of(new Derivation("no-agreed", "the sum of years 1–5 of the budget row", new BigDecimal("21"), BigDecimal.ZERO,
                    SecretValue.Kind.AMOUNT, "NOK")),
            List.of("28", "21", "9", "3"), "0.25");

    @Test
    void aCycleWrittenWithItsLengthIsAPeriod() {
        // 18 200 / 28 × 21 = 13 650
        SCAN.caught("se-net", "Per 21-dagarscykel blir kostnaden 13 650 kronor med det avtalade priset.",
                "Behandlingen ges var tredje vecka och kostar då 13 650 kronor.",
                "Per 21-day cycle the cost is 13,650 kronor at the agreed price.",
                "Med den aftalte pris koster en 21-dages cyklus 13.650 kr.",
                "En behandlingscykel på 21 dagar kostar 13 650 kronor med det avtalade priset.");
        SCAN.passed("Per 21-dagarscykel kostar ett annat läkemedel 12 400 kronor.",
                "Behandlingen ges var tredje vecka och kostar då 14 900 kronor.");
    }

    @Test
    void aCountOfCyclesOrYearsNextToTheAmountIsAMultiplier() {
        // 26 520 × 14 = 371 280
        SCAN.caught("no-cycle", "Et fullt forløp på 14 sykluser koster om lag 371 000 kroner per pasient.",
                "At the agreed price a full 14-cycle course costs about NOK 371,000 per patient.",
                "Over 14 cykler bliver prisen 371.280 kr.", "14 kurer 371 280 kr", "14 kuren 371 280 kr",
                "14 sykluser 371 280 kr");
        // 2 480 000 × 21 patients over five years = 52 080 000: 10,416 million a year on average
        SCAN.caught("no-agreed", "I gjennomsnitt utgjør kostnaden for intervensjonen 10,42 millioner kroner per år over femårsperioden.",
                "Over fem år blir gjennomsnittet 10,42 millioner kroner per år.",
                "On average the intervention costs NOK 10.42 million a year over five years.");
        // 18 200 × 50 = 910 000: two significant digits, but exactly the product (LeakCorpusIT seed 43172950675714)
        SCAN.caught("se-net", "50 kurer 910 000 kronor", "50 kuren 910 000 kr", "Efter 50 cykler är kostnaden 910 000 kronor.");
        SCAN.passed("50 kurer 920 000 kronor", "Efter 50 cykler är kostnaden cirka 910 000 kronor.");
        SCAN.passed("Et fullt forløp på 14 sykluser koster komparatoren om lag 402 000 kroner.",
                "I gjennomsnitt utgjør kostnaden for komparatoren 10,9 millioner kroner per år over femårsperioden.",
                "I studien fikk 54 pasienter 14 sykluser over 60 måneder.");
    }
}
