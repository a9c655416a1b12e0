package hta.confidentiality;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, what the fifteenth outside probe still found on the session's final build, each class with harmless
 * twins: banknotes of any value, scale words stacked upwards.
 */
class FifteenthProbeLastLeaksTest {
    private static final ScanAssertions SCAN = ScanAssertions.fiveCountries(
            new SecretValue("no-neutral", new BigDecimal("9.6"), SecretValue.Kind.NUMBER, "years"));

    @Test
    void banknotesOfAnyValue() {
        // the declared notes teach the ending ("tusenlapper", "tusindkronesedler"); any spelled number before it is a note
        SCAN.caught("no-agreed", "For å gjøre det konkret: behandlingen koster sykehusene 59 900 femhundrelapper.",
                "Behandlingen tilsvarer 299 500 hundrelapper.");
        SCAN.caught("no-comparator", "Ett års profylakse tilsvarer 15 600 tohundrelapper.");
        SCAN.caught("dk-saip", "Det svarer til 39.000 femhundredkronesedler pr. patient.");
        SCAN.passed("For å gjøre det konkret: behandlingen koster sykehusene 68 106 femhundrelapper.",
                "Ett års profylakse tilsvarer 17 737 tohundrelapper.",
                "Det svarer til 44.343 femhundredkronesedler pr. patient.",
                // a word that merely ends like a note is none
                "Vi brukte 500 klapper i studien.");
    }

    @Test
    void scaleWordsStackedUpwards() {
        SCAN.caught("smc-pas", "Boards pay 21 hundred thousand pounds per treatment.");
        SCAN.caught("no-agreed", "Sykehusene betaler 299 hundre tusen kroner per behandling.");
        SCAN.passed("Boards pay 24 hundred thousand pounds per treatment.",
                "Sykehusene betaler 340 hundre tusen kroner per behandling.",
                "About 15 hundred patients were screened.",
                // a scale chain going down is the number's own continuation, not a stack
                "Budsjettet er 11 millioner 837 tusen kroner.");
    }

    @Test
    void aScaleWordAloneInParenthesesAndAnAmountAfterItsCaption() {
        SCAN.caught("no-agreed", "Tilbud (i tusen): 29 950 NOK per pasient.", "Tilbud (i hele tusen): 29 950' NOK per pasient.",
                "Tilbud (i tusen kroner): 29 950 NOK per pasient.", "Tilbud (i tusen): 29 950");
        SCAN.caught("smc-pas", "Boards pay (in thousands): £2,100 per patient.");
        SCAN.passed("Tilbud (i tusen): 34 053 NOK per pasient.", "Tilbud (i hele tusen): 34 053' NOK per pasient.",
                "Boards pay (in thousands): £2,390 per patient.",
                // a caption covers its own sentence's amounts with money, not the next sentence's
                "Tabell 2 (i tusen). Egenandelen er 29 950 NOK.",
                // a scale word in parentheses with a number of its own states nothing
                "Pasienter (35 tusen): kr 29 950 i egenandel.");
    }

    @Test
    void aSpelledCountOfPeriodsOfTime() {
        SCAN.caught("no-neutral", "Nødvendig effektvarighet tilsvarer to oppfølgingsperioder à 57,6 måneder.",
                "Nødvendig effektvarighet tilsvarer tre perioder på 38,4 måneder.",
                "The effect must last two follow-up periods of 57.6 months.");
        SCAN.passed("Nødvendig effektvarighet tilsvarer to oppfølgingsperioder à 65,5 måneder.",
                "Pasientene ble fulgt i to perioder på 24 måneder.", "The effect must last two follow-up periods of 36 months.");
    }

    @Test
    void halfwayToARoundAmountWhenTheSentenceSaysHalfway() {
        SCAN.caught("smc-pas", "The agreed price lies halfway between the list price and £1,600,000.");
        SCAN.caught("no-agreed", "Tilbudet ligger halvveis mellom listeprisen og 16 871 000 kroner.");
        SCAN.passed("The agreed price lies halfway between the list price and £2,600,000 plus VAT.",
                "The agreed price lies halfway between the list price and £1,200,000.",
                // without the word a round amount is no halfway point
                "A grant of £1,600,000 goes to the registry in 2026.");
    }
}
