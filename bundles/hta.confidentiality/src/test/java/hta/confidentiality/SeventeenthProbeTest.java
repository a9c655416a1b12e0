package hta.confidentiality;

import org.junit.jupiter.api.Test;

/**
 * Issue 14, the seventeenth outside probe (a stranger's new wordings): a sentence's amounts added up, the first less
 * the others, percentages of a discount added up; a change told two sentences after its figure with figures between;
 * hundredths written as a cheque writes them; with harmless twins. The demo gene therapy's five countries.
 */
class SeventeenthProbeTest {
    private static final ScanAssertions SCAN = ScanAssertions.fiveCountries();
    /** Denmark's agreed price alone: in the five countries' model the instalments also meet other countries' values. */
    private static final ScanAssertions DENMARK = ScanAssertions.of(
            java.util.List.of(ScanAssertions.amount("dk-saip", "19500000", "DKK")), java.util.List.of(), java.util.List.of(),
            java.util.List.of(), "0.25");

    @Test
    void threeOrMoreAmountsOfASentenceAddedUp() {
        SCAN.caught("no-agreed", "Sykehusene betaler 12 millioner kroner ved infusjon, 8 millioner kroner etter to år og 9,95"
                + " millioner kroner etter fem år.");
        SCAN.caught("no-agreed", "Avtalen gir årlige utbetalinger på 10 millioner (2026), 8 millioner (2027), 6 millioner (2028) og"
                + " 5,95 millioner kroner (2029).");
        DENMARK.caught("dk-saip", "Regionerne betaler 9 mio. kr. ved infusion, 6 mio. kr. efter år 2 og 4,50 mio. kr. efter år 5.");
        DENMARK.caught("dk-saip", "Regionerne betaler ti millioner kroner ved infusion, fem millioner efter tre år og 4,50 millioner"
                + " efter seks år.");
        SCAN.passed("Sykehusene betaler 12 millioner kroner ved infusjon, 8 millioner kroner etter to år og 14,05 millioner"
                        + " kroner etter fem år.",
                "Avtalen gir årlige utbetalinger på 10 millioner (2026), 8 millioner (2027), 6 millioner (2028) og 10,05 millioner"
                        + " kroner (2029).",
                "Regionerne betaler 9 mio. kr. ved infusion, 6 mio. kr. efter år 2 og 7,17 mio. kr. efter år 5.");
    }

    /** A price of 34 053 150 kroner: a sum printed to two decimals of a million is known to that last digit. */
    @Test
    void aSumIsKnownToTheLastDigitItsAmountsPrint() {
        ScanAssertions norway = ScanAssertions.of(java.util.List.of(ScanAssertions.amount("no-agreed", "34053150", "NOK")),
                java.util.List.of(), java.util.List.of(), java.util.List.of(), "0.25");
        norway.caught("no-agreed", "Avtalen gir årlige utbetalinger på 10 millioner (2026), 8 millioner (2027), 6 millioner"
                + " (2028) og 10,05 millioner kroner (2029).");
        norway.caught("no-agreed", "Fra maks-AUP på 43,03 millioner kroner trekkes en engangsrabatt på 8 millioner og et"
                + " risikodelingsbeløp på 0,98 millioner kroner.");
        norway.passed("Avtalen gir årlige utbetalinger på 10 millioner (2026), 8 millioner (2027), 6 millioner (2028) og 10,10"
                + " millioner kroner (2029).");
    }

    /**
     * An amount of the sum that meets another value by coincidence still takes part in the sum: the coincidence may be
     * acknowledged, and the sum then printed the agreed price (the session's last look).
     */
    @Test
    void anAmountFoundAlreadyStillTakesPartInItsSentencesArithmetic() {
        ScanAssertions norway = ScanAssertions.of(java.util.List.of(ScanAssertions.amount("no-agreed", "29950000", "NOK"),
                        ScanAssertions.amount("no-budget-y3", "12000000", "NOK")), java.util.List.of(), java.util.List.of(),
                java.util.List.of(), "0.25");
        String sum = "Sykehusene betaler 12 millioner kroner ved infusjon, 8 millioner kroner etter to år og 9,95 millioner"
                + " kroner etter fem år.";
        norway.caught("no-budget-y3", sum);
        norway.caught("no-agreed", sum);
    }

    @Test
    void theFirstAmountLessTheOthers() {
        SCAN.caught("no-agreed", "Fra maks-AUP på 43,03 millioner kroner trekkes en engangsrabatt på 8 millioner og et"
                + " risikodelingsbeløp på 5,08 millioner kroner.");
        SCAN.caught("se-net", "Från listpriset 33 miljoner kronor dras en grundrabatt på 5 miljoner och en uppföljningsrabatt på"
                + " 3,50 miljoner kronor.");
        SCAN.passed("Fra maks-AUP på 43,03 millioner kroner trekkes en engangsrabatt på 8 millioner og et risikodelingsbeløp på"
                + " 0,98 millioner kroner.", "Från listpriset 33 miljoner kronor dras en grundrabatt på 5 miljoner och en"
                + " uppföljningsrabatt på 0,14 miljoner kronor.");
    }

    @Test
    void percentagesOfADiscountAddedUp() {
        SCAN.caught("uk-discount", "Whether a base discount of 15%, a further 7% for outcomes data and 5.0% for volume are"
                + " sustainable.");
        SCAN.passed("Whether a base discount of 15%, a further 7% for outcomes data and 8.7% for volume are sustainable.",
                // percentages of patients are no discount's parts (12 + 6 + 4 is Denmark's 22 % below its list price)
                "Of the patients, 12 %, 6 % and 4 % had mild, moderate and severe bleeds.");
    }

    @Test
    void aChangeToldTwoSentencesLaterWithFiguresBetween() {
        SCAN.caught("no-agreed", "Førstetilbudet var 34,60 millioner kroner. Forhandlingene varte i 11 uker med 3 møter."
                + " Sluttilbudet ble 4,65 millioner kroner lavere.");
        SCAN.caught("uk-discount", "Whether the opening discount of 12.5% was credible. The committee met on 3 occasions over 16"
                + " weeks. The final discount was 14.5 percentage points larger.");
        SCAN.passed("Førstetilbudet var 34,60 millioner kroner. Forhandlingene varte i 11 uker med 3 møter. Sluttilbudet ble 0,55"
                + " millioner kroner lavere.", "Whether the opening discount of 12.5% was credible. The committee met on 3"
                + " occasions over 16 weeks. The final discount was 18.2 percentage points larger.");
    }

    @Test
    void hundredthsAsAChequeWritesThem() {
        SCAN.caught("no-agreed", "Tilbudet lyder på 29 95/100 millioner kroner per pasient.");
        SCAN.caught("se-net", "Priset är 24 50/100 miljoner kronor per behandling.");
        SCAN.caught("dk-saip", "Prisen er 19 50/100 mio. kr. pr. behandling.");
        SCAN.caught("smc-pas", "Whether a net price of 2 10/100 million pounds is cost effective.");
        SCAN.passed("Tilbudet lyder på 34 05/100 millioner kroner per pasient.", "Priset är 27 86/100 miljoner kronor per behandling.",
                "Saken har nummer 29 95/100.");
    }
}
