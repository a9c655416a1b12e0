package hta.confidentiality;

import static hta.confidentiality.ScanAssertions.amount;
import static hta.confidentiality.ScanAssertions.listPrice;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The writer's own arithmetic over the numbers of one sentence, none of which names a price (issue 14, fifth
 * probe): a saving against a public comparator over years, a difference from an earlier price, a multiple of a
 * comparator's yearly cost, an amount per inhabitant of a stated population, a percentage below an earlier price.
 * The agreed price is 1 182 400 kr; the first year's drug cost 8 276 800 kr (seven patients). Each with a
 * harmless twin whose arithmetic meets nothing.
 */
class SentenceArithmeticTest {
    private static final ScanAssertions SCAN = ScanAssertions.of(
            List.of(amount("agreed", "1182400", "NOK"), amount("year-1", "8276800", "NOK")),
            List.of(listPrice("max", "1550000")), List.of(), List.of(), "0.25");

    @Test
    void aSavingAgainstAComparatorOverYears() {
        // 10 × 287 000 − 1 687 600; 5 × 287 000 − 252 600 (a net cost, with a minus sign); rounded to 1,69 million
        SCAN.caught("agreed", "Dagens behandling koster 287 000 kroner per år; over ti år sparer genterapien 1 687 600 kroner per pasient.",
                "Netto kostnad per pasient over fem år sammenlignet med komparator (287 000 kr/år): −252 600 kr.",
                "Sammenlignet med ti års behandling med dagens legemiddel (287 000 kroner per år) sparer helseforetakene om lag 1,69 millioner kroner per pasient.",
                "Compared with ten years of the current treatment (NOK 287,000 a year) the therapy saves NOK 1,687,600.");
        SCAN.passed("Dagens behandling koster 287 000 kroner per år; over ti år sparer genterapien 1 450 000 kroner per pasient.",
                "Netto kostnad per pasient over fem år sammenlignet med komparator (287 000 kr/år): −410 000 kr.");
    }

    @Test
    void aDifferenceFromAnEarlierPriceOrAPercentageBelowIt() {
        SCAN.caught("agreed", "Prisen er redusert med 117 600 kroner fra forrige avtale (1 300 000 kroner).",
                "Prisen er 9,05 prosent lavere enn i avtalen fra 2022 (1 300 000 kroner).",
                "Kombinasjonen med Komparatorin (1 420 000 kroner) koster 2 602 400 kroner.");
        SCAN.passed("Prisen er redusert med 150 000 kroner fra forrige avtale (1 300 000 kroner).",
                "Prisen er 12 prosent lavere enn i avtalen fra 2022 (1 300 000 kroner).",
                "Maks-AUP er 1 550 000 kroner, 250 000 kroner høyere enn i 2022.");
    }

    @Test
    void aMultipleOfAComparatorOrAnAmountPerInhabitant() {
        SCAN.caught("agreed", "Genterapien koster 4,12 ganger så mye som ett års behandling med komparator, som koster 287 000 kroner.");
        // 1,505 kr per inhabitant of 5,5 million: the first year's drug cost
        SCAN.caught("year-1", "Med 5,5 millioner innbyggere tilsvarer legemiddelkostnaden i år 1 1,505 kroner per innbygger.");
        SCAN.passed("Genterapien koster 2,5 ganger så mye som ett års behandling med komparator, som koster 287 000 kroner.",
                "Med 5,5 millioner innbyggere tilsvarer legemiddelkostnaden i år 1 2,10 kroner per innbygger.");
    }

    @Test
    void anAverageWeightedByAShareOfThePatients() {
        // 0,7 × 1 182 400 + 0,3 × 287 000 = 913 780
        SCAN.caught("agreed", "Dersom 70 % av pasientene får Probix og 30 % fortsetter på komparator (287 000 kroner per år), "
                + "blir gjennomsnittlig førsteårskostnad 913 780 kroner per pasient.");
        SCAN.passed("Dersom 70 % av pasientene får Probix og 30 % fortsetter på komparator (287 000 kroner per år), "
                + "blir gjennomsnittlig førsteårskostnad 760 000 kroner per pasient.");
    }

    @Test
    void aWeeklyAmountOverAStatedNumberOfYears() {
        // 1 182 400 / 11 / 52 = 2 067,1: fifty-two weeks a year, as writers count
        SCAN.caught("agreed", "Fordelt over elleve års forventet effekt tilsvarer prisen 2 067 kroner i uken.",
                "Spread over 11 years, the price comes to NOK 2,067 a week.");
        SCAN.passed("Fordelt over elleve års forventet effekt tilsvarer prisen 2 400 kroner i uken.");
    }

    /** A confidential rebate of 31,5 % and an agreed price that is 69,605 % of the list price (printed rounded). */
    private static final ScanAssertions SHARES = ScanAssertions.of(
            List.of(new SecretValue("rebate", new java.math.BigDecimal("31.5"), SecretValue.Kind.PERCENTAGE, "percent"),
                    new SecretValue("agreed:share-of:list", new java.math.BigDecimal("69.605"), SecretValue.Kind.PERCENTAGE, "percent")),
            List.of(), List.of(), List.of(), "0.25");

    @Test
    void oneAmountForEveryHundredOrThousandOfAnother() {
        SHARES.caught("rebate", "Regionerna får tillbaka 315 kronor per 1 000 kronor i fakturerat belopp.",
                "For every NOK 1,000 invoiced, NOK 685 is kept and the rest paid back.");
        SHARES.caught("agreed:share-of:list", "Helseforetakene betaler 696 kroner for hver 1 000 kroner i maks-AUP.",
                "For every 100 kroner of list price, the hospitals pay 69,61 kroner.");
        SHARES.passed("Regionerna får tillbaka 250 kronor per 1 000 kronor i fakturerat belopp.",
                "Helseforetakene betaler 750 kroner for hver 1 000 kroner i maks-AUP.");
    }

    @Test
    void aFullStopAfterARateWordEndsNoSentence() {
        // 104 637 × 11,3 = 1 182 398: "pr." before a capital is an abbreviation, not the end of the sentence
        SCAN.caught("agreed", "Ratioen bliver 104 637 kr. pr. QALY (11,3 QALY).");
        SCAN.passed("Ratioen bliver 104 637 kr. pr. QALY (12,9 QALY).");
    }

    @Test
    void roughArithmeticIsNoBackCalculation() {
        // two digits a side: the result is known to a few percent and meets a price only by chance
        SCAN.passed("Dagens behandling koster om lag 410 000 kroner per år; over fire år sparer genterapien rundt 0,8 millioner kroner.",
                "Kostnaden er 1,5 millioner kroner, omtrent 3 ganger det komparatoren koster.");
    }
}
