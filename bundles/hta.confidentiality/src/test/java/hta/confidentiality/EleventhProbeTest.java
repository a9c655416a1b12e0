package hta.confidentiality;

import static hta.confidentiality.ScanAssertions.amount;
import static hta.confidentiality.ScanAssertions.listPrice;
import static hta.confidentiality.ScanAssertions.share;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, the tenth outside probe's last leaks: a rate per a number of units times the units the sentence counts
 * ("36 586 kroner per 1000 innbyggere, med 5,5 millioner innbyggere"), a unit named in words in one place and by
 * its abbreviation in another ("8,5 vunna kvalitetsjusterade levnadsår … kronor per QALY"), a spelled number with
 * "og en halv" added to digits ("tjueni og en halv million pluss 450 000 kroner"), a price index ("AIP som indeks
 * 100 … 78"), "one in every N" as the share 1/N, and a number named a percentage by the word before it.
 */
class EleventhProbeTest {
    private static final ScanAssertions SCAN = ScanAssertions.of(
            List.of(amount("no-agreed", "29950000", "NOK"), amount("no-budget", "201223000", "NOK"),
                    amount("no-comparator", "3120000", "NOK"),
                    new SecretValue("uk-discount", new BigDecimal("27"), SecretValue.Kind.PERCENTAGE, "percent"),
                    amount("smc-pas", "2100000", "GBP"), amount("se-net", "24500000", "SEK"),
                    amount("dk-saip", "19500000", "DKK")),
            List.of(listPrice("no-list", "43028738"), listPrice("uk-list", "2600000"), listPrice("se-list", "33000000"),
                    listPrice("dk-aip", "25000000")),
            List.of(share("dk-saip", "25000000"),
                    share("smc-pas", "2600000"),
                    share("no-agreed", "43028738")),
            List.of(), "0.25");

    /** With the UK's VAT: a comparator's 3.12 million kroner and the £2.6m list price with VAT. */
    private static final ScanAssertions UK_VAT = ScanAssertions.of(
            List.of(amount("no-comparator", "3120000", "NOK"), amount("uk-pas", "1898000", "GBP")),
            List.of(listPrice("uk-list", "2600000")), List.of(), List.of(), "0.2");

    @Test
    void aRatePerANumberOfUnits() {
        SCAN.caught("no-budget", "Første års merkostnad tilsvarer 36 586 kroner per 1000 innbyggere, med 5,5 millioner innbyggere.",
                "Første års merkostnad tilsvarer 3 658 600 kroner per 100 000 innbyggere, med 5,5 millioner innbyggere.");
        SCAN.caught("smc-pas", "NHSScotland pays £38,889 per 100,000 people, for 5.4 million people.");
        SCAN.passed("Forekomsten er 3 per 1000 innbyggere, med 5,5 millioner innbyggere.",
                "Kontrollene koster 36 586 kroner per 1000 innbyggere.");
    }

    @Test
    void aUnitInWordsAndByItsAbbreviation() {
        SCAN.caught("se-net", "Med 8,5 vunna kvalitetsjusterade levnadsår blir kostnaden 2 882 353 kronor per QALY.");
        SCAN.caught("smc-pas", "With 6 quality-adjusted life years gained, NHSScotland pays £350,000 per QALY.");
        SCAN.passed("Med 8,5 vunna kvalitetsjusterade levnadsår är tröskeln 1 000 000 kronor per QALY.");
    }

    @Test
    void aSpelledHalfAddedToDigits() {
        SCAN.caught("no-agreed", "Sykehusene betaler tjueni og en halv million pluss 450 000 kroner.");
    }

    @Test
    void aPriceIndex() {
        SCAN.caught("dk-saip", "Med AIP som indeks 100 betaler regionerne 78.");
        SCAN.caught("dk-saip", "Når AIP er 100, betaler regionerne 78.");
        SCAN.passed("Med 2020 som indeks 100 er prisniveauet 112.");
    }

    @Test
    void oneInEveryN() {
        SCAN.caught("uk-discount", "One in every 3.7 pounds of the list price is waived for the NHS.");
        SCAN.caught("smc-pas", "One in every 5.2 pounds of the list price is waived for NHSScotland.");
        SCAN.caught("dk-saip", "Én ud af hver 4,55 kroner af AIP bortfalder for regionerne.");
        SCAN.caught("no-agreed", "1 av hver 3,3 kroner av listeprisen betales ikke av sykehusene.");
        SCAN.passed("One in every 3.7 patients responds to treatment.", "En av hver 3,3 pasienter svarer på behandlingen.");
    }

    /**
     * The tenth probe's harmless twins: a public price through a factor its sentence states, though the sentence
     * does not print the public price, and a number whose other reading is a public price.
     */
    @Test
    void publicArithmeticTheSentenceStates() {
        SCAN.passed("Listpriset inklusive moms är 41,25 miljoner kronor.",
                "At list price the cost per vial is £650,000 for a patient needing four vials.",
                "AIP svarer til 312.500 kr. pr. kg for en patient på 80 kg.",
                "The list price is £2,600k per patient.",
                "At list price the cost is £2.6m per patient.");
        UK_VAT.passed("At list price, including VAT, the cost is £3.12m per patient.");
        UK_VAT.caught("uk-pas", "Including VAT, the cost to the NHS is £2.2776m per patient.");
        SCAN.caught("se-net", "Inklusive moms betalar regionerna 30,625 miljoner kronor per behandling.");
        SCAN.caught("no-comparator", "Dagens profylakse koster 3,12 millioner kroner i året.",
                "Today's prophylaxis costs NOK 3.12m a year.");
    }

    @Test
    void aPercentageNamedInWords() {
        SCAN.caught("uk-discount", "The percentage off the list price for the NHS is twenty-seven.");
        SCAN.caught("uk-discount", "Rabatten i procent är 27 för NHS.", "The discount in percent is 27.");
        SCAN.passed("The percentage of patients who responded is twenty-seven.",
                "Prosentandelen som svarte etter 27 uker var høy.");
    }
}
