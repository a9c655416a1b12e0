package hta.confidentiality;

import static hta.confidentiality.ScanAssertions.amount;

import hta.confidentiality.internal.BaseTargets;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, sixth outside probe: one harmless sentence in six was refused because a rounded number met an operation
 * nobody wrote — three times a discount in money ("39 Mkr"), a quarter of a budget cell in euro ("€3.04m"), a net
 * price made from England's discount and Norway's list price at a ±8 % reference rate. An operation the sentence
 * does not state needs four significant digits; a stated one keeps three; an operation's result keeps its
 * currency; at a reference rate only a confidential amount and its own jurisdiction's net price are converted.
 */
class UnstatedOperationsTest {
    private static final BigDecimal NO_LIST = new BigDecimal("43030000");
    private static final BigDecimal GB_LIST = new BigDecimal("2600000");
    private static final ScanAssertions SCAN = ScanAssertions.of(
            List.of(amount("discount-money", "13080000", "NOK"), amount("budget-y3", "12162000", "NOK"),
                    new SecretValue("nice-discount", new BigDecimal("27"), SecretValue.Kind.PERCENTAGE, "percent"),
                    new SecretValue("own-discount", new BigDecimal("25"), SecretValue.Kind.PERCENTAGE, "percent")),
            List.of(),
            List.of(net("nice-discount", NO_LIST, "NOK", BaseTargets.ANOTHER_LIST), net("own-discount", GB_LIST, "GBP", "")),
            List.of(), "0.25");

    private static Derivation net(String id, BigDecimal list, String currency, String where) {
        return new Derivation(id, BaseTargets.NET_PRICE + where, list.negate().divide(BigDecimal.valueOf(100)), list,
                SecretValue.Kind.AMOUNT, currency);
    }

    @Test
    void aRoundNumberMeetsNoOperationItsSentenceDoesNotState() {
        SCAN.passed("Inklusive moms blir listpriset 39 Mkr per patient.", // 3 × 13,08 = 39,24
                "Forskjellen utgjør 1,09 millioner kroner.", // 13,08 / 12, but no month is said
                "Over fem år er det 6,08 millioner kroner til sammen."); // 12,162 / 2
    }

    @Test
    void aStatedOperationOrFourDigitsAreStillCaught() {
        SCAN.caught("discount-money", "Rabatten utgjør 1,09 millioner kroner i måneden.",
                "Per måned utgjør rabatten rundt 1,09 millioner kroner.", "Over tre år blir rabatten 39,24 millioner kroner.");
        SCAN.caught("budget-y3", "Per kvartal blir det 3 040 500 kr.", "Halvparten er 6 081 000 kroner.");
    }

    @Test
    void anOperationKeepsItsCurrency() {
        // a quarter of 12 162 000 NOK is 3 040 500 NOK, not euro; in kroner (or the memo's own "kr") it is caught
        SCAN.passed("Listpriset motsvarar €3.04m per patient.", "Per kvartal blir det EUR 3 040 500.");
        SCAN.caught("budget-y3", "Per kvartal blir det NOK 3 040 500.");
    }

    @Test
    void atAReferenceRateOnlyTheOwnJurisdictionsNetPriceIsConverted() {
        // England's 25 % off £2 600 000 is £1 950 000, about NOK 26,8 million at 13,74 NOK/GBP
        SCAN.caught("own-discount", "Nettoprisen tilsvarer om lag NOK 26,8 millioner.");
        // England's 27 % off Norway's list price (31 411 900 NOK, about £2 286 000) is no one's conversion
        SCAN.passed("The incremental cost is £2,286,000 per patient.");
    }
}
