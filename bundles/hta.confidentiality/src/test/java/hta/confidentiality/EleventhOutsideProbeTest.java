package hta.confidentiality;

import static hta.confidentiality.ScanAssertions.amount;
import static hta.confidentiality.ScanAssertions.listPrice;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, the eleventh outside probe (111 new harmful sentences, 45 harmless twins): two reductions one after the
 * other, a mistyped scale word and the letter O for a zero, a ratio of two whole numbers, banknotes counted, a round
 * amount divided by a count to its digits, "cents on the dollar", a fraction over any denominator before "of", a
 * hedge of three words; and the harmless side: an exchange rate printed as an amount per one of another currency.
 */
class EleventhOutsideProbeTest {
    private static final ScanAssertions SCAN = ScanAssertions.fiveCountries();

    @Test
    void twoReductionsOneAfterTheOther() {
        SCAN.caught("no-agreed", "Fra maksimal AUP trekkes først 20 prosent, og av det som står igjen trekkes ytterligere 13 prosent.");
        SCAN.caught("se-net", "Från listpriset dras först 10 procent och därefter ytterligare 17,5 procent av återstoden.");
        SCAN.caught("uk-discount", "From the list price, 25% is taken off and then a further 2.67% of what remains.");
        SCAN.caught("smc-pas", "From list, 10% is taken off and then a further 10.3% of the remainder.");
        SCAN.passed("Responsen var 20 prosent etter ett år og 40 prosent etter to år.");
    }

    @Test
    void aMistypedScaleWordAndTheLetterOForAZero() {
        SCAN.caught("no-agreed", "Sykehusene betaler 29,95 millinoer kroner.", "Sykehusene betaler 29 95O OOO kroner.");
        SCAN.caught("se-net", "Regionerna betalar 24,5 miljonier kronor.");
        SCAN.caught("dk-saip", "Regionerne betaler 19,5 milioner kroner.");
        SCAN.caught("uk-discount", "The NHS pays £1.898 millon per patient.");
        SCAN.passed("Studien CO2-29 omfattet 29 pasienter.", "Pasientene fikk O2 i 29 minutter.");
    }

    @Test
    void aRatioOfTwoWholeNumbers() {
        SCAN.caught("no-agreed", "Maksimal AUP og det sykehusene betaler, forholder seg omtrent som 10 til 7.");
        SCAN.caught("se-net", "Listpriset och regionernas kostnad förhåller sig som 66 till 49.");
        SCAN.caught("dk-saip", "AIP og regionernes betaling forholder sig som 50:39.");
        SCAN.caught("smc-pas", "The list price and the price to NHSScotland are in the ratio 26:21.");
        SCAN.passed("Pasientene ble randomisert 2:1.", "Møtet startet kl. 12:30.");
    }

    @Test
    void aTimesSignBeforeASuperscriptAndADottedMoneyScaleBefore() {
        SCAN.caught("no-agreed", "Sykehusene betaler 2,995·10⁷ kroner per behandling.");
        SCAN.caught("dk-saip", "Regionerne betaler t.kr. 19.500 pr. behandling.");
    }

    @Test
    void anAmountPerHour() {
        SCAN.caught("no-comparator", "Dagens profylakse koster om lag 356 kroner i timen, døgnet rundt, hele året.",
                "Today's prophylaxis costs NOK 356.16 per hour.");
        SCAN.passed("Infusjonen tar 2 timer og koster 1 250 kroner.");
    }

    /** The twelfth outside probe: a banknote after "every", the VAT alone, a rate word in a compound. */
    @Test
    void twelfthProbe() {
        SCAN.caught("no-agreed", "Sykehusene slipper å betale 30 kroner og 40 øre av hver hundrelapp i maksimal AUP.");
        SCAN.caught("se-net", "Av varje tusenlapp i listpris betalar regionerna 742 kronor.");
        SCAN.caught("dk-saip", "Af hver tusindkroneseddel i AIP betaler regionerne de 780.");
        SCAN.caught("no-comparator", "Merverdiavgift på dagens profylakse utgjør 780 000 kroner i året.");
        SCAN.caught("no-agreed", "Med maksimal AUP satt til 1 000 er sykehusenes pris 696.");
        SCAN.caught("smc-pas", "Of each £26 on the list price, Boards pay £21.");
        SCAN.passed("Pris\tSEK\nListpris\t33 000 000\nInklusive moms\t41 250 000",
                "Merverdiavgift på listeprisen utgjør 8 250 000 kroner.",
                "Med en dollarkurs på 10,60 kroner tilsvarer maksimal AUP om lag 4,06 millioner dollar.");
    }

    @Test
    void banknotesCounted() {
        SCAN.caught("no-agreed", "Sykehusene betaler 29 950 tusenlapper.");
        SCAN.caught("se-net", "Regionerna betalar 24 500 tusenlappar.");
        SCAN.caught("dk-saip", "Regionerne betaler 19.500 tusindkronesedler.");
    }

    @Test
    void whatARoundSumBuys() {
        SCAN.caught("no-agreed", "Med 100 millioner kroner kan sykehusene kjøpe 3,34 behandlinger.");
        SCAN.caught("uk-discount", "£10m buys treatment for 5.27 patients in the NHS.");
    }

    @Test
    void centsOnTheDollar() {
        SCAN.caught("uk-discount", "The NHS pays 73 cents on the dollar of the list price.");
        SCAN.caught("smc-pas", "NHSScotland pays 81 cents on the dollar.");
    }

    @Test
    void aFractionOverAnyDenominatorBeforeOf() {
        SCAN.caught("uk-discount", "The NHS pays 73/100 of the list price.");
        SCAN.caught("smc-pas", "NHSScotland pays 21/26 of the list price.");
        SCAN.passed("Saken 21/26 ble behandlet i 2024.");
    }

    @Test
    void aHedgeOfThreeWords() {
        SCAN.caught("uk-discount", "The NHS pays just shy of £1.90m per patient.");
    }

    /** A public amount through the sentence's own count is not converted at an approximate rate to meet another. */
    @Test
    void publicArithmeticIsNotConvertedAtAGuessedRate() {
        ScanAssertions gap = ScanAssertions.of(List.of(amount("dk-gap", "5500000", "DKK")),
                List.of(listPrice("uk-list", "2600000")), List.of(), List.of(), "0.25");
        gap.passed("At list price the cost per vial is £650,000 for a patient needing 4 vials.");
        // its reading as £650.000 is no net price spread over eight years, per day
        ScanAssertions.of(List.of(new SecretValue("pas", new BigDecimal("27"), SecretValue.Kind.PERCENTAGE, "percent")),
                List.of(listPrice("uk-list", "2600000")),
                List.of(new Derivation("pas", "list price × (1 − discount), the net price", new BigDecimal("-26000"),
                        new BigDecimal("2600000"), SecretValue.Kind.AMOUNT)), List.of(), "0.2")
                .passed("At list price the cost per vial is £650,000 for a patient needing 4 vials.");
        gap.caught("dk-gap", "The saving per patient comes to £640,000.");
    }

    @Test
    void anExchangeRatePrintedAsAnAmountPerOneOfAnother() {
        SCAN.passed("Omräknat till euro (11,50 kronor per euro) är listpriset 2,87 miljoner euro.",
                "Omregnet til euro (7,46 kr. pr. euro) er AIP ca. 3,35 mio. euro.",
                "In euros (€1.17 to the pound) the list price is €3.04m.",
                "Five patients at list price cost £13m.");
        SCAN.caught("no-agreed", "Omregnet til euro (11,60 kroner per euro) betaler sykehusene 2,582 millioner euro.");
    }
}
