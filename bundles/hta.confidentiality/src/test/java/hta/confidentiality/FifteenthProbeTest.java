package hta.confidentiality;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, the classes of the fifteenth outside probe, each with harmless twins: letters typed for ones, lengths of
 * time added up, taken from each other or counted, a decimal mark with a space after it, digits spaced out or grouped
 * anyhow after a money word, halfway between a public price and an amount, "o/o", a calculation written out.
 */
class FifteenthProbeTest {
    private static final ScanAssertions SCAN = ScanAssertions.fiveCountries(
            new SecretValue("no-neutral", new BigDecimal("9.6"), SecretValue.Kind.NUMBER, "years"));

    @Test
    void lettersTypedForOnes() {
        SCAN.caught("smc-pas", "PAS price per patient: £2,l00,000.");
        SCAN.caught("no-comparator", "Profylaksen koster kr 3 l20 000 per år (fra skannet vedlegg).");
        SCAN.caught("uk-discount", "Whether the NHS can keep paying £l,898,000 per patient.");
        SCAN.passed("Fase I 2024 omfattet 30 pasienter.", "Se vedlegg l10n-2 og tabell I.", "Grant per region: £4,l50,000.");
    }

    @Test
    void lengthsOfTimeAddedUpTakenFromEachOtherOrCounted() {
        SCAN.caught("no-neutral", "Effekten må vare 5,6 år lenger enn de 48 månedene pivotalstudien har fulgt pasientene.",
                "Ein pasient som får behandlinga som 40-åring, må ha effekt til fylte 49,6 år.",
                "Behandlingen er kostnadsnøytral etter 60 prosent av en analysehorisont på 16 år.",
                "Nødvendig effektvarighet tilsvarer 2 oppfølgingsperioder à 57,6 måneder.",
                "Ved infusjon i uke 2 i 2026 blir behandlingen kostnadsnøytral i uke 33 i 2035.",
                "Infused in week 2 of 2026, the treatment is cost neutral by week 33 of 2035.");
        SCAN.passed("Effekten må vare 2 år lenger enn de 48 månedene pivotalstudien har fulgt pasientene.",
                "Ein pasient som får behandlinga som 40-åring, må ha effekt til fylte 45 år.",
                "Nødvendig effektvarighet tilsvarer 2 oppfølgingsperioder à 36 måneder.",
                "Ved infusjon i uke 2 i 2026 blir behandlingen kostnadsnøytral i uke 50 i 2036.");
    }

    @Test
    void aDecimalMarkWithASpaceAfterIt() {
        SCAN.caught("no-agreed", "Prisen sykehusene betaler er 29, 95 millioner kroner.");
        SCAN.caught("smc-pas", "The PAS price is £2. 10 million per patient.");
        SCAN.passed("Prisen sykehusene betaler er 31, 45 millioner kroner.", "I 2024, 35 pasienter fikk behandlingen.",
                "Pasientene var 30, 45 og 60 år gamle.");
    }

    @Test
    void digitsSpacedOutOrGroupedAnyhowAfterAMoneyWord() {
        SCAN.caught("no-agreed", "Fra tilbudsbrevet (kopiert fra PDF): P r i s   2 9 9 5 0 0 0 0   N O K",
                "Sykehusene betaler kr 29 95 0000 per behandling.");
        SCAN.passed("Fra tilbudsbrevet (kopiert fra PDF): P r i s   3 4 0 5 3 1 5 0   N O K",
                "Sykehusene betaler kr 34 05 3150 per behandling.", "Tabell 3: 12 45 300 pasienter per år.");
    }

    @Test
    void halfwayBetweenAPublicPriceAndAnAmount() {
        SCAN.caught("no-agreed", "Tilbudet ligger midt mellom listeprisen og 16 871 262 kroner, som var det første budet.");
        SCAN.caught("smc-pas", "The agreed price lies halfway between the list price and £1.60 million.");
        SCAN.passed("Tilbudet ligger midt mellom listeprisen og 25 077 562 kroner, som var det første budet.",
                "The agreed price lies halfway between the list price and £6,400,000.",
                // a round amount halfway to some price is chance (it met a budget cell by another country's price)
                "Et tilskudd på 16 000 000 kroner går til registeroppfølging i 2026.");
    }

    @Test
    void aTypewritersPercentAndACalculationWrittenOut() {
        SCAN.caught("uk-discount", "The discount is 27.0 o/o of the list price.");
        SCAN.caught("no-comparator", "Årskostnad for profylaksen: =260000*12");
        SCAN.passed("The discount is 12.0 o/o of the list price.", "Årskostnad for profylaksen: =26000*12",
                "Dosen er 2 × 3 ml.");
    }
}
