package hta.confidentiality;

import static hta.confidentiality.ScanAssertions.amount;
import static hta.confidentiality.ScanAssertions.listPrice;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A confidential price written in another currency (issue 14, fourth probe: "om lag 101 700 euro" for an agreed
 * price of 1 180 000 NOK at 11,6 NOK/EUR): converted at the rate the memo prints, else at an approximate reference
 * rate within ±8 %, but only for an amount written with a currency other than the value's and to a precision that
 * pins it. Harmless twins: other amounts in other currencies, rounded ones, and amounts in the memo's own money.
 */
class CurrencyConversionTest {
    private static final ScanAssertions SCAN = ScanAssertions.of(
            List.of(amount("no-agreed", "1180000", "NOK"), amount("se-net", "18150000", "SEK"),
                    amount("dk-saip", "2385000", "DKK"), amount("smc-pas", "2090000", "GBP")),
            List.of(listPrice("no-list", "1600000"), listPrice("smc-list", "2900000")), List.of(), List.of(), "0.25");

    @Test
    void anAmountInAnotherCurrencyAtAReferenceRateIsCaughtInEveryLanguage() {
        SCAN.caught("no-agreed", "Avtaleprisen tilsvarer om lag 101 700 euro per behandling.",
                "The agreed price corresponds to about €101,700.", "Den aftalte pris svarer til ca. 101.700 EUR.",
                "The Norwegian agreed price is about £85,900.");
        SCAN.caught("se-net", "Nettopriset motsvarar cirka 1,59 miljoner euro.");
        SCAN.caught("dk-saip", "SAIP svarer til ca. 319.700 euro pr. patient.");
        SCAN.caught("smc-pas", "The PAS price is equivalent to NOK 28.7 million.", "In dollars the PAS price is about $2.67 million.");
    }

    @Test
    void aRatePrintedInTheMemoIsTheOneUsed() {
        // 1 180 000 NOK at 12,5 NOK/EUR is 94 400 EUR: far from the reference rate, exactly at the memo's
        SCAN.caught("no-agreed", "Med en kurs på 12,5 tilsvarer avtaleprisen 94 400 euro.",
                "1 EUR = 12,5 NOK. Avtaleprisen er 94 400 euro.", "Omregnet med 12,5 NOK/EUR er prisen 94 400 EUR.",
                "At an exchange rate of 12.5 the agreed price is €94,400.");
        // "1 NOK = 1,13 SEK" says which way: 18 150 000 SEK is 16 061 947 NOK (the reference would say 18,5 million);
        // the currency written after an amount is its own, whatever the sentence before ended with
        SCAN.caught("se-net", "1 NOK = 1,13 SEK. NOK 16 061 947 er nettoprisen.");
        SCAN.caught("se-net", "1 NOK = 1,13 SEK. NOK 16 060 000", "Nettoprisen. 1 NOK = 1,13 SEK. NOK 16 060 000 i alt.");
        SCAN.caught("dk-saip", "1 USD = 5,88 DKK. 405 612 dollars er SAIP.");
        // a rate with three decimals ("0,545") is a decimal, not 545 grouped (LeakCorpusIT seed 43963889761246)
        SCAN.caught("dk-saip", "1 NOK = 0,545 DKK. NOK 4 376 000", "Kurs: 1 NOK = 0,545 DKK. Det svarer til NOK 4 376 000.");
        SCAN.caught("se-net", "1 NOK = 0,833 SEK. NOK 21 790 000");
        // at the memo's rate, 101 700 euro is 1 271 250 NOK: not the agreed price
        SCAN.passed("Med en kurs på 12,5 koster et annet legemiddel 101 700 euro.");
    }

    @Test
    void aPublicAmountNearbyDoesNotSettleAConversionAtAReferenceRate() {
        // a confidential 42 120 000 NOK and a public 43 028 738 NOK, 2 % apart: an amount in another currency between
        // them is either at a reader's rate (LeakCorpusIT seed 49155610479723 planted "SEK 42 840 000" in a Swedish
        // memo); ambiguity refuses, and a printed rate settles it
        ScanAssertions near = ScanAssertions.of(List.of(amount("no-budget-y5", "42120000", "NOK")),
                List.of(listPrice("no-list", "43028738")), List.of(), List.of(), "0.25");
        near.caught("no-budget-y5", "Det tilsvarer EUR 3 660 000.", "Det motsvarar SEK 42 840 000.");
        near.passed("1 EUR = 11,63 NOK. Det tilsvarer EUR 3 699 800.");
    }

    @Test
    void otherAmountsRoundedAmountsAndTheMemosOwnMoneyPass() {
        SCAN.passed("Et annet legemiddel koster 140 000 euro per behandling.", "The grant was €25,000.",
                "Avtaleprisen er om lag 2 mill. euro lavere enn i Tyskland.", "Prisen er redusert med 101 700 kroner.",
                "Ett jämförbart läkemedel kostar 1,21 miljoner euro.", "The company invested $4.9 million in Scotland.",
                "Omkring 5.900 danskere lever med sygdommen.");
    }
}
