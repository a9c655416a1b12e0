package hta.confidentiality;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, the fifteenth probe's last leaks: the VAT rate named as an operand but not printed ("7.0 percentage
 * points above the standard rate of VAT", "1,26 gånger momssatsen"); with harmless twins. England's 27 % discount and
 * Sweden's 31,5 % rebate, with the UK's and the Nordic VAT rates.
 */
class VatRateAsOperandTest {
    private static final ScanAssertions SCAN = ScanAssertions.of(List.of(
                    new SecretValue("uk-discount", new BigDecimal("27"), SecretValue.Kind.PERCENTAGE, "percent"),
                    new SecretValue("se-rebate", new BigDecimal("31.5"), SecretValue.Kind.PERCENTAGE, "percent")),
            List.of(), List.of(), List.of(), "0.2,0.25");

    @Test
    void pointsAboveOrBelowTheRateAndTimesTheRate() {
        SCAN.caught("uk-discount", "Whether a discount 7.0 percentage points above the standard rate of VAT can be sustained.");
        SCAN.caught("uk-discount", "Whether a discount 1.35 times the standard rate of VAT is sustainable.");
        SCAN.caught("se-rebate", "Nedsättningen blev till slut 1,26 gånger momssatsen.");
        SCAN.caught("se-rebate", "Nedsättningen ligger 6,5 procentenheter över momsen.");
        SCAN.caught("uk-discount", "Avslaget er 1,08 ganger mva-satsen.");
        SCAN.passed("Whether a discount 10.7 percentage points above the standard rate of VAT can be sustained.",
                "Whether a discount 1.53 times the standard rate of VAT is sustainable.",
                "Nedsättningen blev till slut 1,43 gånger momssatsen.",
                // a whole multiple is a round figure, and a number without VAT in its sentence is no operand of it
                "The VAT on the price is twice what it was.",
                "The uptake was 1.35 times the forecast, 7.0 percentage points above plan.");
    }
}
