package hta.jurisdiction.smc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hta.confidentiality.PublicValue;
import hta.confidentiality.SecretValue;
import hta.jurisdiction.testkit.WordsScan;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scotland's wordings of the fourteenth probe's classes, in Scotland's own words: an amount per part of a payment. */
class FourteenthProbeWordsTest {
    private static final WordsScan SCAN = WordsScan.of(ScottishNumberWords.WORDS, ScottishNumberWords.VAT,
            List.of(new SecretValue("smc-pas", new BigDecimal("2100000"), SecretValue.Kind.AMOUNT, "GBP")),
            List.of(new PublicValue("price:smc-list", new BigDecimal("2600000"), SecretValue.Kind.AMOUNT)));

    @Test
    void anAmountForEachPartOfAPayment() {
        for (String text : List.of("The Boards pay £700,000 for each of three instalments.",
                "The Boards pay three payments of £700,000.", "The Boards pay two instalments of £1.05m.",
                "The Boards pay £700k per vial for three vials.")) {
            assertEquals(List.of("smc-pas"), SCAN.found(text), text);
        }
        for (String text : List.of("The Boards pay £700,000 for each of four instalments.",
                "Three infusions were given in 2027.")) {
            assertEquals(List.of(), SCAN.found(text), text);
        }
    }

    /** The rest of a whole told in the next sentence as "the remaining quarter". */
    @Test
    void theRemainingQuarterOfTheTotal() {
        assertEquals(List.of("smc-pas"), SCAN.found("Boards pay £1.575m at infusion. The remaining quarter of the total"
                + " follows at three years."));
        assertEquals(List.of(), SCAN.found("Boards pay £1.575m at infusion. The remaining third of the total follows."));
    }
}
