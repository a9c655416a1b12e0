package hta.confidentiality;

import static hta.confidentiality.ScanAssertions.amount;
import static hta.confidentiality.ScanAssertions.listPrice;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Dossier;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, the ninth outside probe's last leaks: a count of times per period ("twice a year", "to ganger i året"),
 * the decimal sign written as a word ("29 komma 95 millioner"), a lost superscript ("£2.1 x 106"), the list price as
 * a percentage or a multiple of what is paid, a rate between currencies printed in the sentence, count words before
 * "of" ("a couple of treatments"), and a column's unit in its header ("(£m)"); and the tenth probe's: an annuity at a
 * rate of the sentence, English "per mille", "M" before a currency code, a caption's "(%)", and a population in
 * parentheses after its noun read as money.
 */
class TenthProbeTest {
    private static final ScanAssertions SCAN = ScanAssertions.of(
            List.of(amount("no-agreed", "29950000", "NOK"), amount("no-comparator", "3120000", "NOK"),
                    amount("uk-pas", "1898000", "GBP"), amount("smc-pas", "2100000", "GBP"),
                    amount("se-net", "24500000", "SEK"), amount("dk-saip", "19500000", "DKK")),
            List.of(listPrice("no-list", "43028738"), listPrice("uk-list", "2600000")),
            List.of(), List.of("7.5"), "0.25");

    @Test
    void timesPerPeriod() {
        SCAN.caught("no-comparator", "To ganger i året faktureres sykehuset 1,56 millioner kroner for profylaksen.",
                "Sykehuset faktureres 1,56 millioner kroner to ganger per år.",
                "Fire ganger i året betaler sykehuset 780 000 kroner.");
        SCAN.caught("smc-pas", "Spread over ten years, NHSScotland pays £105,000 twice a year.",
                "Spread over ten years, NHSScotland pays £52,500 four times a year.");
        SCAN.caught("se-net", "Regionerna betalar 1 225 000 kronor två gånger om året i tio år.");
        SCAN.caught("dk-saip", "Regionerne betaler 975.000 kr. to gange om året i ti år.");
        SCAN.passed("Pasientene kommer til kontroll to ganger i året.", "The committee meets twice a year.");
    }

    /** A period compound the plugin does not list, made of a duration word and a listed compound's ending. */
    @Test
    void aPeriodCompoundOfAnyLength() {
        SCAN.caught("no-comparator", "Halvårskostnaden for profylaksen er 1,56 millioner kroner.",
                "Kvartalskostnaden for profylaksen er 780 000 kroner.");
        SCAN.passed("Halvårskostnaden for kontrollene er 1 250 kroner.");
    }

    @Test
    void theDecimalSignAsAWord() {
        SCAN.caught("no-agreed", "Én behandling koster sykehusene 29 komma 95 millioner kroner.",
                "Én behandling koster sykehusene tjueni komma ni fem millioner kroner.");
        SCAN.caught("smc-pas", "NHSScotland pays 2 point 1 million pounds per patient.");
        SCAN.caught("se-net", "Regionerna betalar 24 komma 5 miljoner kronor.");
        SCAN.passed("Versjon 2 komma 1 av modellen ble levert i 2024.", "The model, version 2 point 1, was run for 29 patients.");
    }

    @Test
    void aLostSuperscript() {
        SCAN.caught("smc-pas", "NHSScotland pays £2.1 x 106 per patient.", "NHSScotland pays £2.1 × 10⁶ per patient.",
                "NHSScotland pays £2.1·10^6 per patient.");
        SCAN.passed("The vial holds 2.1 x 106 mm of fluid.");
    }

    @Test
    void aRatePrintedInTheSentence() {
        SCAN.caught("uk-pas", "In Canadian dollars (CAD 1.73 to the pound) the NHS pays CAD 3.28 million per patient.",
                "At 1.73 Canadian dollars per pound the NHS pays CAD 3.284 million per patient.");
        SCAN.caught("smc-pas", "In Australian dollars (A$1.93 per £1) NHSScotland pays A$4.05 million per patient.");
        SCAN.passed("The co-payment is £9.50 per prescription; the list price is £2,600,000.",
                "Of the 1.73 million prescriptions, 3.28 million pounds were reimbursed.");
    }

    @Test
    void countWordsBeforeOf() {
        SCAN.caught("smc-pas", "A couple of treatments cost NHSScotland £4.2m.", "A dozen of the treatments cost £25.2m.");
        SCAN.passed("A couple of the patients travelled 4.2 km to the clinic.");
        SCAN.caught("no-agreed", "Et par behandlinger koster til sammen 59,9 millioner kroner.");
    }

    /** "twice £949,000", "double the £949,000": a word for a multiple before an amount (not "double-blind"). */
    @Test
    void aMultipleInWords() {
        SCAN.caught("uk-pas", "The NHS pays double £949,000 per patient.", "Twice £949,000 is what the NHS pays per patient.",
                "The NHS pays double the £949,000 it paid in 2020.");
        SCAN.passed("The trial was double-blind and 2,100,000 doses were given.", "A double dose of 2.1 mg was given.");
    }

    @Test
    void aColumnsUnitInItsHeader() {
        SCAN.caught("smc-pas", "Price per patient (£m)\tlist 2.6\tagreed 2.1", "Price per patient (£ million): list 2.6, agreed 2.1");
        SCAN.caught("no-agreed", "Pris per behandling (mill. kr)\tmaks-AUP 43,03\tavtalt 29,95");
        // words that do not declare "m" alone (an "m" is metres too) still read it glued to a currency symbol
        NumberWords british = NumberWords.spelledOutIn("en").withScale(6, "million").withMoney("pounds");
        ScanAssertions scan = new ScanAssertions(LeakIndex.of(new LeakModel(List.of(amount("smc-pas", "2100000", "GBP")),
                List.of(), List.of(), List.of(), british, new BigDecimal("0.01"), List.of(), true)));
        scan.caught("smc-pas", "Price per patient (£m)\tlist 2.6\tagreed 2.1", "Costs (£m): agreed 2.1");
        scan.passed("Length (m): 2.1");
    }

    /** The list price as a percentage or a multiple of what is paid: 43 028 738 / 29 950 000 = 143.67 %. */
    @Test
    void theListPriceAsAPercentageOrAMultipleOfThePrice() {
        Dossier d = FailClosedProjectionTest.dossier();
        d.prices.get(1).amount = new BigDecimal("29950000");
        for (String text : List.of("Maksimal AUP utgjør 143,7 % av det sykehusene betaler.",
                "Maks-AUP er 1,437 ganger avtaleprisen.", "The list price is 1.437-fold what the hospitals pay.")) {
            assertTrue(DossierDerivationsTest.found(d, text).contains("agreed"), text + ": " + DossierDerivationsTest.found(d, text));
        }
    }

    /** The tenth probe: an equal yearly amount at a rate is a one-off price, paid in arrears or in advance. */
    @Test
    void anAnnuityAtARateOfTheSentence() {
        SCAN.caught("no-agreed", "Engangsprisen tilsvarer en annuitet på 3,69 millioner kroner per år i ti år ved 4 % rente.");
        SCAN.caught("smc-pas", "The annual equivalent cost to NHSScotland is £252,500 over ten years at 3.5%.");
        SCAN.caught("se-net", "Kostnaden motsvarar 2,87 miljoner kronor per år i tio år vid 3 procents diskonteringsränta.");
    }

    @Test
    void perMilleMBeforeACurrencyCodeAndACaptionsPercent() {
        SCAN.caught("smc-pas", "NHSScotland pays 808 per mille of the list price £2.6m.", "NHSScotland pays 2.1M GBP per patient.");
        SCAN.caught("no-agreed", "tilbud: 29.95M NOK", "Sykehusene betaler 29,95M NOK per behandling.");
        ScanAssertions discount = ScanAssertions.of(
                List.of(new SecretValue("uk-discount", new BigDecimal("27"), SecretValue.Kind.PERCENTAGE, "percent")),
                List.of(), List.of(), List.of(), "0.2");
        discount.caught("uk-discount", "Change from list price (%)\t(27.0)", "Endring fra listepris (%): 27,0");
        discount.passed("Patients with a response (%)\t(12.0)");
    }

    /** "per 1000 innbyggere (5,5 millioner)": the population in parentheses after its noun is no amount of money. */
    @Test
    void aPopulationInParenthesesIsNoMoney() {
        ScanAssertions below = ScanAssertions.of(List.of(amount("dk-below", "5500000", "DKK")), List.of(), List.of(),
                List.of(), "0.25");
        below.passed("Maksimal AUP per 1000 innbyggere (5,5 millioner) er 7 823 kroner.",
                "Listpriset motsvarar 3,14 kronor per invånare (10,5 miljoner).");
        below.caught("dk-below", "Forskellen er 5,5 millioner kroner.");
    }

    /** "For hver krone i maksimal AUP … 69,6 øre": one of the money named after "every", without a number. */
    @Test
    void everyKroneWithoutANumber() {
        Dossier d = FailClosedProjectionTest.dossier();
        d.prices.get(1).amount = new BigDecimal("29950000"); // 69.6 % of the maximum price 43 028 738
        for (String text : List.of("For hver krone i maksimal AUP betaler sykehusene 69,6 øre.",
                "Sykehusene betaler 69,6 øre for hver krone i maksimal AUP.")) {
            assertTrue(DossierDerivationsTest.found(d, text).stream().anyMatch(id -> id.startsWith("agreed")),
                    text + ": " + DossierDerivationsTest.found(d, text));
        }
        assertTrue(DossierDerivationsTest.found(d, "For hver krone i maksimal AUP går 2,5 øre til apotekene.").isEmpty());
    }
}
