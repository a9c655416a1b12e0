package hta.confidentiality;

import static hta.confidentiality.ScanAssertions.amount;
import static hta.confidentiality.ScanAssertions.listPrice;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, the eighth outside probe's last leaks and the ninth probe's: repeats and periods the words did not know
 * (every other week as one word, every fourteenth day, a half-year, a fortnight), a rounded amount per period,
 * basis points and more fractions, finance's "MM" and "grand".
 */
class NinthProbeTest {
    private static final ScanAssertions SCAN = ScanAssertions.of(
            List.of(amount("se-net", "24500000", "SEK"), amount("no-agreed", "29950000", "NOK"),
                    amount("no-comparator", "3120000", "NOK"), amount("uk-pas", "1900000", "GBP"),
                    amount("dk-saip", "19500000", "DKK"),
                    new SecretValue("uk-discount", new BigDecimal("27"), SecretValue.Kind.PERCENTAGE, "percent")),
            List.of(listPrice("no-list", "43028738"), listPrice("se-list", "33000000"), listPrice("uk-list", "2600000"),
                    listPrice("dk-aip", "25000000")),
            List.of(), List.of("7.5"), "0.25");

    /** "annenhver uke", "varannan vecka": every other week, 26 a year; hedged or not. */
    @Test
    void aRepeatWrittenAsOneWord() {
        SCAN.caught("no-comparator", "Profylaksen med faktor IX koster om lag 120 000 kroner annenhver uke.",
                "Profylaksen med faktor IX koster 120 000 kroner annenhver uke.");
        SCAN.caught("se-net", "Behandlingen kostar 942 300 kronor varannan vecka.");
        SCAN.passed("Pasientene kommer til kontroll annenhver uke, 26 ganger i året.");
        SCAN.passed("Another week passed before the 3 120 patients were seen.");
    }

    /** A period and a count the sentence both names: a half-year's amount over ten years, twice a year. */
    @Test
    void aPeriodAndACountBothNamed() {
        SCAN.caught("dk-saip", "Behandlingen koster regionerne 975.000 kr. hvert halve år over en periode på 10 år.");
        SCAN.caught("uk-pas", "Spread over 10 years, the NHS pays about £7,280 a fortnight.");
    }

    /** An ordinal the plugin does not list comes from the language's own ordinals. */
    @Test
    void everyFourteenthDay() {
        SCAN.caught("no-comparator", "Faktor IX-profylaksen koster 120 000 kroner hver fjortende dag.");
        SCAN.caught("se-net", "Under det första året motsvarar kostnaden 939 083 kronor var fjortonde dag.");
    }

    /** 3 120 000 kroner a year is 8 542 kroner a day; "rundt 8 540" says the same. */
    @Test
    void aRoundedAmountPerDay() {
        SCAN.caught("no-comparator", "Profylakse med faktor IX koster rundt 8 540 kroner per døgn.",
                "Profylakse med faktor IX koster 8 540 kroner per døgn.",
                "Profylakse med faktor IX koster 8 542 kroner per døgn.");
    }

    @Test
    void halfYearsAndFortnights() {
        SCAN.caught("no-comparator", "Dagens faktor IX-profylakse koster 1,56 millioner kroner per halvår.");
        SCAN.caught("dk-saip", "Behandlingen koster regionerne 9.750.000 kr. hvert halve år.");
        SCAN.caught("uk-pas", "Spread over ten years, NHSScotland pays £95,000 semi-annually.");
        SCAN.caught("uk-pas", "The NHS pays £72,827 a fortnight.", "The NHS pays about £72,800 a fortnight.");
    }

    @Test
    void basisPointsAndMoreFractions() {
        SCAN.caught("uk-discount", "The reduction from the list price amounts to 2,700 bps.");
        SCAN.passed("Renten steg med 25 basispunkter i 2024.");
    }

    /** "73 out of every 100 pounds": a number of a round unit of money is a share. */
    @Test
    void aNumberOfARoundUnitOfMoney() {
        SCAN.caught("uk-discount", "The NHS pays 73 out of every 100 pounds of the list price.");
    }

    /** "a dozen", "et par": a count in a word the spelled-out numbers do not hold. */
    @Test
    void aDozenAndACouple() {
        SCAN.caught("no-agreed", "Et par pasienter koster til sammen 59,9 millioner kroner.");
        SCAN.caught("uk-pas", "A dozen patients would cost NHSScotland £22.8m.");
    }

    /** The Norwegian memo quotes NICE's decision: its English numbers in words are read, Danish "to" is not two. */
    @Test
    void anotherLanguagesNumbersInWordsInAQuote() {
        NumberWords norwegian = NumberWords.spelledOutIn("nb").withPercent("prosent").withCounts("behandlinger");
        NumberWords words = norwegian.and(NumberWords.spelledOutIn("en").withPercent("per cent", "percent").quoted())
                .and(NumberWords.spelledOutIn("da").quoted());
        LeakIndex index = LeakIndex.of(new LeakModel(List.of(new SecretValue("uk-discount", new BigDecimal("27"),
                SecretValue.Kind.PERCENTAGE, "percent"), amount("no-agreed", "29950000", "NOK")), List.of(), List.of(),
                List.of(), words, new BigDecimal("0.01"), List.of(new BigDecimal("0.25")), true));
        String quote = "NICE: recommended only if the company provides it at seventy-three per cent of the list price.";
        org.junit.jupiter.api.Assertions.assertFalse(index.scan("t", quote).isEmpty(), quote);
        org.junit.jupiter.api.Assertions.assertTrue(index.scan("t", "Sykehusene betalte for to ting.").isEmpty());
    }

    @Test
    void financesMmAndGrand() {
        SCAN.caught("uk-pas", "The NHS pays GBP 1.9MM per treatment.", "The NHS pays GBP 1.9 MM per treatment.");
        SCAN.caught("uk-pas", "The NHS pays 1,900 grand per treatment.");
        SCAN.passed("The catheter is 1.9 mm wide.", "A 1.9MM catheter was used.");
    }
}
