package hta.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The writer's arithmetic an outsider's third probe found readable: what is paid with a confidential discount
 * (100 − d, as a percentage, a ratio or pence in the pound), an agreed price as a share of the list price, and a
 * one-off price spread over a horizon per month (with VAT, and on a net price made from a discount: three steps).
 * Each with harmless counterparts that must pass.
 */
class WritersArithmeticTest {
    private static final BigDecimal NICE_LIST = new BigDecimal("2600000");
    private static final BigDecimal MAX_AUP = new BigDecimal("43028738");
    private static final BigDecimal AGREED_VALUE = new BigDecimal("28700000");
    private static final SecretValue PAS = new SecretValue("pas", new BigDecimal("34.6"), SecretValue.Kind.PERCENTAGE, "percent");
    private static final SecretValue AGREED = new SecretValue("agreed", AGREED_VALUE, SecretValue.Kind.AMOUNT, "NOK");
    private static final BigDecimal SHARE = AGREED_VALUE.multiply(BigDecimal.valueOf(100)).divide(MAX_AUP, MathContext.DECIMAL64);
    private static final LeakIndex INDEX = LeakIndex.of(new LeakModel(
            List.of(PAS, AGREED,
                    new SecretValue("agreed:share-of:list", SHARE, SecretValue.Kind.PERCENTAGE, "percent"),
                    new SecretValue("agreed:discount-from:list", BigDecimal.valueOf(100).subtract(SHARE),
                            SecretValue.Kind.PERCENTAGE, "percent")),
            List.of(new PublicValue("price:nice-list", NICE_LIST, SecretValue.Kind.AMOUNT),
                    new PublicValue("price:list", MAX_AUP, SecretValue.Kind.AMOUNT)),
            List.of(new Derivation("pas", "list price × (1 − discount), the net price", NICE_LIST.negate().movePointLeft(2),
                    NICE_LIST, SecretValue.Kind.AMOUNT)),
            List.of(new BigDecimal("7.5")), TestWords.NORDIC_AND_ENGLISH, new BigDecimal("0.01"),
            List.of(new BigDecimal("0.25"), new BigDecimal("0.2")), true));

    private static List<String> found(String text) {
        return INDEX.scan("t", text).stream().map(LeakFinding::valueId).distinct().collect(Collectors.toList());
    }

    private static void caught(String id, String... texts) {
        for (String text : texts) assertTrue(found(text).contains(id), "«" + text + "» found " + found(text));
    }

    private static void passed(String... texts) {
        for (String text : texts) assertEquals(List.of(), found(text), "«" + text + "»");
    }

    @Test
    void whatIsPaidWithAConfidentialDiscountIsCaught() {
        caught("pas", "With the PAS, the NHS pays 65.4 % of the list price.",
                "Under avtalen betaler sykehusene 65,4 prosent av listeprisen.",
                "Rabatten gör att regionerna betalar 65 procent av listpriset.",
                "The NHS pays 0.654 of the list price.", "Regionerna betalar 0,654 av listpriset.",
                "For every 100 of the list price the NHS pays 65.4.", "the NHS pays 65.40 percent of list");
    }

    @Test
    void anAgreedPriceAsAShareOfTheListPriceIsCaught() {
        // 28 700 000 of 43 028 738 is 66.70 %, 33.30 % below
        caught("agreed:share-of:list", "Avtaleprisen utgjør 66,7 % av maksimal AUP.", "Avtaleprisen er 0,667 av maksimal AUP.");
        caught("agreed:discount-from:list", "Tilbudt pris ligger om lag 33 prosent under maksimal AUP.",
                "Tilbudt pris ligger 0,333 under maksimal AUP.");
    }

    @Test
    void sharesOfAPopulationAndOtherPercentagesPass() {
        passed("I studien hadde 65,4 % av pasientene antistoffer.", "Om lag 66,7 % av pasientene var fri for blødninger.",
                "Around 65.4% of patients were over 50 years old.", "The response rate was 71.2 % at one year.",
                "Dosen er 2,87 ml/kg.", "The mean dose was 65.4 mg/kg.");
    }

    @Test
    void aPriceSpreadOverAHorizonPerMonthIsCaught() {
        // the agreed price over ten years per month (÷ 120), with VAT over five years per month (× 1.25 ÷ 60)
        caught("agreed", "Fordelt over ti år tilsvarer avtaleprisen 239 167 kr per måned.",
                "Inkludert merverdiavgift og fordelt over fem år blir det 597 917 kr i måneden.",
                "Over fem år: 15 726 kr per dag.");
    }

    @Test
    void aNetPriceFromTheDiscountSpreadPerMonthIsCaughtThreeStepsDeep() {
        // list 2 600 000 × (1 − 34.6 %) = 1 700 400: over ten years per month, over five years per month, with VAT
        caught("pas", "Spread over a ten-year horizon, the PAS price comes to £14,170 per patient per month.",
                "Over five years that is £28,340 a month.", "Including VAT, over ten years: £17,004 per month.");
    }

    @Test
    void thePublicListPriceSpreadTheSameWayAndUnrelatedAmountsPass() {
        // the maximum price over ten years per month is the writer's arithmetic on a public value
        passed("Maksimal AUP fordelt over ti år tilsvarer 358 573 kr per måned.",
                "The list price over ten years is £21,667 per month.", "Another medicine costs £15,480 per patient per month.",
                "Helse Sør-Øst har bevilget 17 400 kroner til et kvalitetsregister.");
    }
}
