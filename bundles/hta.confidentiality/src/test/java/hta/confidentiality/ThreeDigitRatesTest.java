package hta.confidentiality;

import static hta.confidentiality.ScanAssertions.amount;
import static hta.confidentiality.ScanAssertions.listPrice;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A chain printed to three significant digits where the words around the amount name its period (issue 14, fourth
 * probe: "rundt 616 kroner" a day without VAT from a 28-pack price, "£612k a year", "om lag 392 000 kroner per
 * pasientår"). The memo's period and VAT words supply the factor, so three digits are enough; a three-digit amount
 * without them still does not meet chains. Harmless twins: other amounts with the same words.
 */
class ThreeDigitRatesTest {
    private static final ScanAssertions SCAN = ScanAssertions.of(
            List.of(amount("daily", "21560", "NOK"), amount("yearly", "30150", "NOK"), amount("gbp", "46900", "GBP"),
                    amount("dkk", "18200", "DKK")),
            List.of(listPrice("list", "27900"), listPrice("list-2", "41000"), listPrice("gb-list", "62000")), List.of(),
            List.of("28"), "0.25");

    @Test
    void aThreeDigitAmountWithItsPeriodIsCaughtInEveryLanguage() {
        // 21 560 / 1.25 / 28 = 616; 30 150 × 13 packs = 391 950; 46 900 × 365.25 / 28 = 611 796; 18 200 / 28 = 650
        SCAN.caught("daily", "Uten mva. blir dagskostnaden med avtalt pris rundt 616 kroner.",
                "Without VAT the daily cost at the agreed price is around NOK 616.");
        SCAN.caught("yearly", "Årskostnaden per pasient med tilbudt pris blir om lag 392 000 kroner.",
                "Med tilbudt pris blir det om lag 392 000 kroner per pasientår.");
        SCAN.caught("gbp", "At the PAS price treatment costs around £612k a year.", "The annual cost is about £612,000.");
        SCAN.caught("dkk", "Dagsprisen er ca. 650 kr. med den aftalte pris.", "Dagskostnaden blir cirka 650 kronor.");
    }

    @Test
    void otherAmountsWithTheSameWordsAndAmountsWithoutAPeriodPass() {
        SCAN.passed("Uten mva. blir dagskostnaden for komparatoren rundt 590 kroner.",
                "Another medicine costs around £540k a year.", "Dagsprisen er ca. 720 kr.",
                "Årskostnaden for komparatoren blir om lag 288 000 kroner.",
                // no period: three digits do not meet the chain ÷ 1.25 ÷ 28
                "Uten mva. er prisen rundt 616 kroner.");
    }
}
