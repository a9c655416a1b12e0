package hta.confidentiality;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, the three forms the fourteenth outside probe still passed on its final build, each with harmless twins:
 * a share of a length of time written as one word with its number, a VAT chain through a foreign rate and the memo's
 * own, and a currency named by a word no plugin declares.
 */
class FourteenthProbeLeftoversTest {
    private static final ScanAssertions SCAN = ScanAssertions.fiveCountries(
            new SecretValue("no-neutral", new BigDecimal("9.6"), SecretValue.Kind.NUMBER, "years"));

    @Test
    void aShareOfALengthOfTimeWrittenAsOneWordWithItsNumber() {
        SCAN.caught("no-neutral", "Kostnadsnøytralitet nås etter 96 prosent av den tiårige analysehorisonten.",
                "Kostnadsnøytralitet nås etter 96 prosent av den 10-årige analysehorisonten.",
                "Kostnadsneutralitet nås efter 96 procent av den tioåriga analyshorisonten.",
                "Omkostningsneutralitet nås efter 96 procent af den tiårige analysehorisont.",
                "Cost neutrality is reached after 96 per cent of the ten-year horizon.",
                "Kostnadsnøytralitet nås etter 64 prosent av femtenårsperioden.",
                "Kostnadsnøytralitet nås etter 96 prosent av analysehorisonten på ti år.");
        // a length of time in one word is one too
        SCAN.caught("no-neutral", "Avtalen har en løpetid på 9,6 år, og den tiårige horisonten er lengre.");
        SCAN.passed("Kostnadsnøytralitet nås etter 50 prosent av den tiårige analysehorisonten.",
                "Kostnadsnøytralitet nås etter 96 prosent av femtenårsperioden.",
                // a share of people, then a length of time they were followed for
                "96 prosent av pasientene ble fulgt i ti år.",
                "I den femårige studien var 96 prosent i live.");
    }

    @Test
    void aVatChainThroughAForeignRateAndTheMemosOwn() {
        SCAN.caught("no-agreed", "I Sveits koster behandlingen 25,9 millioner kroner inkludert 8,1 prosent merverdiavgift.");
        SCAN.passed("I Sveits koster behandlingen 27,9 millioner kroner inkludert 8,1 prosent merverdiavgift.",
                // without VAT named, no VAT is taken on
                "I Sveits koster behandlingen 25,9 millioner kroner, og 8,1 prosent av pasientene får den.");
    }

    @Test
    void aCurrencyNamedByAWordNoPluginDeclares() {
        SCAN.caught("no-agreed", "Prisen i Japan er 421 millioner yen.", "Prisen i Japan er 421 millioner japanske yen.",
                "Prisen i Sveits er 2,45 millioner sveitsiske franc.", "Priset i Polen är 11,09 miljoner zloty.");
        SCAN.caught("se-net", "Prisen i Sverige er 24,5 millioner svenske kroner.");
        SCAN.passed("Prisen i Japan er 150 millioner yen.", "Prisen i Sveits er 0,7 millioner franc.",
                "Prisen i Sverige er 1,2 millioner svenske kroner.");
    }

    /** A number grouped two ways, as pasted from two sources: a reader still reads the whole number. */
    @Test
    void aNumberGroupedTwoWays() {
        SCAN.caught("no-agreed", "Sykehusene betaler 29 950'000 kroner.", "Sykehusene betaler 29'950 000 kroner.",
                "Sykehusene betaler 29.950 000 kroner.", "Sykehusene betaler 29 950.000 kroner.",
                "Sykehusene betaler 29,950 000 kroner.", "Sykehusene betaler 29.950'000 kroner.");
        SCAN.passed("Sykehusene betaler 27 950'000 kroner.", "Sykehusene betaler 27,950 000 kroner.",
                // a hyphen after a group is a range, not a third way to group
                "Mellom 29 950-31 000 pasienter.");
    }
}
