package hta.confidentiality;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, the classes of the fourteenth outside probe and of the look for forms before it, each with its harmless
 * twin: separators and percent signs of other scripts.
 */
class FourteenthProbeTest {
    private static final ScanAssertions SCAN = ScanAssertions.fiveCountries();

    @Test
    void separatorsAndPercentSignsOfOtherScripts() {
        // the Arabic thousands and decimal separators, between Arabic-Indic or Persian digits
        SCAN.caught("no-agreed", "Sykehusene betaler \u0662\u0669\u066C\u0669\u0665\u0660\u066C\u0660\u0660\u0660 kroner.",
                "Sykehusene betaler \u06F2\u06F9\u066B\u06F9\u06F5 millioner kroner.");
        SCAN.passed("Sykehusene betaler \u0662\u0669\u066C\u0660\u0660\u0660\u066C\u0660\u0660\u0660 kroner.");
        // per ten thousand: basis points written as a sign
        SCAN.caught("uk-discount", "The reduction is 2700 \u2031 of the list price.", "The reduction is 2 700\u2031.");
        SCAN.passed("The reduction is 2 500 \u2031 of the list price.");
    }

    /** Every kind of mark between digit groups, as a reader sees it: modifier letters no longer hide the number. */
    @Test
    void anyMarkBetweenDigitGroups() {
        for (String mark : List.of("\u00B7", "\u2027", "\u2219", "\u22C5", "\u30FB", "\u02B9", "\u02BB", "\u201B", "\uFF07",
                "\u2E31", "\u0387", "\u16EB", "\u2E33", "\uA78F", "\u02D9", "\u2022", "\u02CC", "\u02CF", "`", "\u2035",
                "\u02C8", "\u055A", "\u05F3", "\u201A", "\u060C", "\u3001", "\u2E32")) {
            SCAN.caught("no-agreed", "Sykehusene betaler 29" + mark + "950" + mark + "000 kroner.");
            SCAN.passed("Sykehusene betaler 29" + mark + "000" + mark + "000 kroner.");
        }
        // a mark that says an operation stays one: a multiplication sign, a ratio
        SCAN.passed("Dosen er 2\u00D73 ml.", "Randomisert 2:1.");
    }

    /** Decimals said as one number of tens and units, in either order ("komma nittifem", "komma fem og halvfems"). */
    @Test
    void decimalsSaidAsTensAndUnits() {
        SCAN.caught("no-agreed", "Sykehusene betaler tjueni komma nittifem millioner kroner.",
                "Sykehusene betaler tjueni komma nitti fem millioner kroner.");
        SCAN.caught("dk-saip", "Regionerne betaler nitten komma fem og fyrre millioner kroner.");
        SCAN.passed("Sykehusene betaler tjueni komma trettifem millioner kroner.",
                "Regionerne betaler nitten komma fem og halvfems millioner kroner.");
    }

    /** A whole told in parts over two sentences: two amounts, an amount and its share of the whole or the rest's. */
    @Test
    void partsOfAWholeOverTwoSentences() {
        SCAN.caught("no-agreed", "Sykehusene betaler i to deler. Første del er 18 millioner kroner. Andre del, som betales"
                + " etter to år, utgjør 11 950 tusen kroner.",
                "Sykehusene betaler 15 millioner kroner ved oppstart. Det tilsvarer 50,08 prosent av det samlede beløpet.");
        SCAN.caught("smc-pas", "Boards pay £1.05m at infusion. The other half of the total follows at three years.",
                "Boards pay £1,575,000 at infusion. The remaining 25% of the total follows at three years.");
        SCAN.passed("Sykehusene betaler i to deler. Første del er 18 millioner kroner. Andre del, som betales etter to år,"
                        + " utgjør 10 950 tusen kroner.",
                "Sykehusene betaler 15 millioner kroner ved oppstart. Det tilsvarer 40 prosent av det samlede beløpet.",
                "Boards pay £1.05m at infusion. Three patients were treated in 2024.");
    }

    /** A line broken right after a decimal mark: the decimals on the next line belong to the number. */
    @Test
    void aLineBrokenAfterTheDecimalMark() {
        SCAN.caught("no-agreed", "Sykehusene betaler 29,\n95 millioner kroner per behandling.");
        SCAN.caught("uk-discount", "The price for the NHS is the list price less 27.\n0 per cent.");
        SCAN.passed("Behandlingen startet i 2024.\n95 pasienter fikk den.", "Avtalen gjelder fra 2024.\n2025 er første hele år.",
                "Sykehusene betaler 31,\n45 millioner kroner per behandling.");
    }

    /** Thousands glued before a currency sign, and a bare number before a round unit of money it is a part of. */
    @Test
    void thousandsBeforeASignAndANumberPerARoundUnitOfMoney() {
        SCAN.caught("smc-pas", "The NHS pays k£2,100 per patient.", "The NHS pays m£2.1 per patient.");
        SCAN.caught("dk-saip", "Regionerne betaler 7.800 pr. 10.000 kr. af AIP.");
        SCAN.passed("The NHS pays k£2,300 per patient.", "Regionerne betaler 7.500 pr. 10.000 kr. af AIP.");
    }

    /** A range of years is so many years of a yearly amount; a wide range's midpoint goes through no unstated chain. */
    @Test
    void aRangeOfYearsAndAWideRangesMidpoint() {
        SCAN.caught("no-agreed", "Årlige innbetalinger fra sykehusene i avtaleperioden 2026–2028: 9,98 millioner kroner.");
        SCAN.caught("smc-pas", "Boards pay £700,000 a year in 2026-2028.");
        SCAN.passed("Boards pay £700,000 a year in 2026-2030.",
                "Implementeringen koster rundt regnet 160 000 kroner per sykehus, et sted mellom 150 000 og 175 000 kroner.");
    }

    /** A scale stated as a caption after the money word, or as an aside set off by commas. */
    @Test
    void aScaleStatedAsACaptionOrAnAside() {
        SCAN.caught("no-agreed", "Kroner, i millioner: 29,95 – det er hva sykehusene betaler per behandling.");
        SCAN.caught("smc-pas", "Each Board pays 2.1, in millions of pounds, per patient.");
        SCAN.passed("Kroner, i millioner: 31,45 – det er hva sykehusene betaler per behandling.",
                "Each Board pays 2.4, in millions of pounds, per patient.");
    }

    /** The memo's own VAT factor where VAT is named is that factor, not a confidential ratio near it. */
    @Test
    void theMemosOwnVatFactorWhereVatIsNamed() {
        ScanAssertions ratio = ScanAssertions.fiveCountries(ScanAssertions.amount("markup", "1.238", null));
        ratio.passed("Maksimal AUP eksklusive merverdiavgift er maksimal AUP delt på 1,25.");
        ratio.caught("markup", "The list price is 1,25 times what the hospitals pay.");
    }

    /** A rate printed as foreign money per the memo's own, in a currency the reference rates now list. */
    @Test
    void aRatePrintedForeignPerHome() {
        SCAN.caught("se-net", "I polska zloty (0,39 PLN per krona) motsvarar det regionerna betalar 9,555 miljoner PLN.");
        SCAN.passed("I polska zloty (0,39 PLN per krona) motsvarar det regionerna betalar 8,9 miljoner PLN.");
    }
}
