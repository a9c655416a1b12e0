package hta.confidentiality;

import org.junit.jupiter.api.Test;

/**
 * Issue 14, the last look of the fifteenth session: an amount per month, week or day taken over a year and set
 * against a one-off amount its sentence prints (a list price the dossier does not hold), which gives the discount
 * away; with harmless twins whose year of payments leaves no confidential share.
 */
class YearOfARateTest {
    private static final ScanAssertions SCAN = ScanAssertions.fiveCountries();

    @Test
    void aYearOfAMonthlyOrWeeklyAmountAgainstAListPriceOfItsSentence() {
        // £161,208 × 12 is 73 % of £2.65m: the 27 % discount
        SCAN.caught("uk-discount", "At list price £2,650,000, the NHS pays £161,208 a month over a year.");
        SCAN.caught("uk-discount", "The NHS pays £161,208 a month, against a list price of £2,650,000.");
        SCAN.caught("uk-discount", "Till listpriset 3 300 000 kronor betalar regionerna 200 750 kronor i månaden.");
        SCAN.caught("uk-discount", "Til listeprisen på 2 650 000 kr. betaler regionerne 37 202 kr. pr. uge.");
        // a year of it leaves 40 %, or comes to more than the one-off amount, or is another thing's cost
        SCAN.passed("At list price £2,650,000, the NHS pays £132,500 a month over a year.",
                "Till listpriset 3 300 000 kronor betalar regionerna 310 000 kronor i månaden.",
                "At list price £2,650,000, the NHS pays £16,120 a month for monitoring.",
                "Til listeprisen på 2 650 000 kr. betaler regionerne 30 575 kr. pr. uge.");
    }
}
