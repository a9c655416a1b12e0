package hta.confidentiality;

import static hta.confidentiality.ScanAssertions.amount;
import static hta.confidentiality.ScanAssertions.listPrice;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, eighth outside probe: the wordings that leaked (per mille, a count of patients in words, a column's
 * unit written after its currency in parentheses) and a harmless one refused (an amount the sentence's own VAT
 * takes to the public price it prints).
 */
class EighthProbeTest {
    private static final ScanAssertions SCAN = ScanAssertions.of(
            List.of(amount("se-net", "24500000", "SEK"), amount("dk-saip", "19500000", "DKK"),
                    amount("no-agreed", "29950000", "NOK"), amount("no-below", "13080000", "NOK"),
                    amount("no-comparator", "3120000", "NOK"), amount("dk-below", "5500000", "DKK"),
                    new SecretValue("no-discount", new BigDecimal("30.4"), SecretValue.Kind.PERCENTAGE, "percent")),
            List.of(listPrice("no-list", "43028738"), listPrice("se-list", "33000000"), listPrice("uk-list", "2600000")),
            List.of(), List.of("7.5"), "0.25");

    @Test
    void perMilleInWordsOrAsASign() {
        SCAN.caught("no-discount", "Tilbudet gir et avslag på om lag 304 promille fra maksimal AUP.",
                "Rabatten motsvarar 304 promille av listpriset.", "Rabatten udgør 304 ‰ af AIP.");
        SCAN.passed("Promillegrensen er 0,2 promille.");
    }

    @Test
    void aCountOfPatientsInWordsStatesTheMultiple() {
        SCAN.caught("se-net", "För tio patienter blir den sammanlagda kostnaden 245 Mkr.");
        SCAN.caught("dk-saip", "For fire patienter bliver udgiften 78 mio. kr.");
    }

    /** "780 000 kroner per kvartal" is 3 120 000 kroner a year. */
    @Test
    void aQuarterOfAYear() {
        SCAN.caught("no-comparator", "Dagens profylakse koster 780 000 kroner per kvartal.");
        SCAN.passed("Rapporten kommer hvert kvartal.");
    }

    @Test
    void aColumnsUnitAfterItsCurrencyInParentheses() {
        SCAN.caught("no-agreed", "Pris per behandling\tMaks-AUP\tTilbud / NOK (mill.)\t43,03\t29,95");
    }

    @Test
    void theSentencesOwnVatOnThePublicPriceItPrints() {
        // 41,25 is the printed 33 million with 25 % VAT; 5,5 × 7,5 … of a Danish amount is chance at four digits too
        SCAN.passed("Listpriset är 33 miljoner kronor, eller 41,25 miljoner kronor inklusive moms.");
    }

    /** LeakCorpusIT: "2 procedures" was 2 %, Swedish's abbreviation "proc" taken as the stem of "procedures". */
    @Test
    void anAbbreviationIsNoStem() {
        NumberWords words = TestWords.NORDIC_AND_ENGLISH.withPercent("proc").withCounts("procedures");
        LeakIndex index = LeakIndex.of(new LeakModel(List.of(amount("se-net", "24500000", "SEK")), List.of(), List.of(),
                List.of(), words, new BigDecimal("0.01"), List.of(new BigDecimal("0.25")), true));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("se-net"), index.scan("t", "49 000 000 kr (2 procedures)")
                .stream().map(LeakFinding::valueId).distinct().toList());
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), index.scan("t", "Omkring 49 proc av patienterna svarade.")
                .stream().map(LeakFinding::valueId).distinct().toList());
    }

    /** "£2.6m × 0.73 per patient": the multiplier of a public list price is the share paid, 100 − the discount. */
    @Test
    void aMultiplierOfTheListPriceIsTheSharePaid() {
        ScanAssertions scan = ScanAssertions.of(
                List.of(new SecretValue("nice-pas", new BigDecimal("27"), SecretValue.Kind.PERCENTAGE, "percent")),
                List.of(listPrice("uk-list", "2600000")), List.of(), List.of(), "0.20");
        scan.caught("nice-pas", "Acquisition cost: £2.6m × 0.73 per patient.", "Acquisition cost: £2.6m x 0.73 per patient.",
                "Kostnaden er 0,73 * 2,6 millioner pund.");
        // per a round unit of money: 73p of each pound, £0.73 of each £1, £73 of each £100
        scan.caught("nice-pas", "Boards pay £0.73 for each £1 of list price.", "For every £100 of list price boards pay £73.");
        // a ratio nobody multiplies by says nothing: a hazard ratio, a relative risk
        scan.passed("The hazard ratio was 0.73 (95% CI 0.55 to 0.97).", "Relativ risiko 0,73 sammenlignet med placebo.");
    }
}
