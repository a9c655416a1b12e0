package hta.confidentiality;

import static hta.confidentiality.ScanAssertions.amount;
import static hta.confidentiality.ScanAssertions.listPrice;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forms the seventh outside probe (issue 14) found: a value with its uncertainty ("29,95 ± 0,05 millioner"), a
 * footnote mark between a number and its scale word ("19,5* mio. kr."), "per cent" joined by hyphens, hundredths
 * of a currency per unit of it ("27p in every pound", "30,4 øre per krone"), an ICER as a
 * whole percentage of a printed threshold, a total over counts listed in the sentence, a length of time as two
 * months of a sentence ("januar 2026 … august 2035"), a length of treatment before the amount; and harmless text it
 * refused: a case number ("1234/2024"), a year after
 * the memo's money word, a public price at the rate the memo prints or spread per month to the pound.
 */
class SeventhProbeTest {
    private static final ScanAssertions SCAN = ScanAssertions.of(
            List.of(amount("no-price", "29950000", "NOK"), amount("dk-price", "19500000", "DKK"),
                    amount("comparator", "3120000", "NOK"), amount("near", "3256000", "NOK"), amount("icer", "26400", "GBP"),
                    amount("budget", "2100000", "GBP"), amount("small", "1235", "GBP"),
                    new SecretValue("discount", new BigDecimal("27"), SecretValue.Kind.PERCENTAGE, "percent")),
            List.of(listPrice("gb-list", "2600000")), List.of(), List.of(), "0.25");

    @Test
    void aValueWithItsUncertaintyOrAFootnoteMarkIsCaught() {
        SCAN.caught("no-price", "Helseforetakenes pris ligger på 29,95 ± 0,05 millioner kroner.",
                "Helseforetakene betaler 29,95* mill. kr per pasient (*inkl. mva).");
        SCAN.caught("dk-price", "Regionernes udgift er 19,5 ±0,2 mio. kr. pr. patient.",
                "Regionerne betaler 19,5† mio. kr. pr. patient (†ekskl. moms).");
        SCAN.caught("discount", "The company has offered a 27-per-cent discount on the list price.");
        // the raised decimal point of British print
        SCAN.caught("budget", "Boards will pay £2·10 million per patient.", "Boards will pay £2·1m per patient.");
        SCAN.caught("small", "It costs £1·235 thousand.");
        SCAN.passed("Studien målte 19,5*2 enheter.", "Effekten var 4,1 ± 0,3 blødninger per år.");
    }

    @Test
    void hundredthsOfACurrencyPerUnitOfItAreAPercentage() {
        SCAN.caught("discount", "The NHS saves 27p in every pound of the list price.",
                "The NHS pays seventy-three pence in each pound of list price.",
                "Helseforetakene sparer 27 øre per krone sammenlignet med maks-AUP.",
                "Helseforetakene betaler 73 øre for hver krone i maks-AUP.", "Regionerne betaler 73 øre pr. krone af listeprisen.");
        SCAN.passed("A printed leaflet costs 73p.", "Parkeringen koster 27 øre i minuttet.");
    }

    @Test
    void theWritersArithmeticWithAPercentageOrCountsOfItsSentenceIsCaught() {
        SCAN.caught("icer", "The base-case ICER is 88% of the £30,000 upper threshold.",
                "The ICER is 12% below the £30,000 upper threshold.");
        // 25,2 million over 3 + 4 + 5 patients
        SCAN.caught("budget", "Over the first three years (3, 4 and 5 patients) boards will spend £25.2m on it.");
    }

    @Test
    void aLengthOfTreatmentNamedBeforeTheAmountIsAPeriodOfThePack() {
        // a pack of 30 tablets, one a day, at 76 543 kroner: four weeks cost 71 440
        ScanAssertions pack = ScanAssertions.of(List.of(amount("pack", "76543", "NOK")), List.of(), List.of(),
                List.of("30"), "0.25");
        pack.caught("pack", "Fire ukers behandling med Fictivo koster helseforetakene 71 440 kroner.",
                "Fyra veckors behandling med Fictivo kostar regionerna 71 440 kronor.",
                "Four weeks' treatment with Fictivo costs the NHS 71,440 kroner.");
        pack.passed("Fire ukers behandling med Fictivo koster helseforetakene 64 000 kroner.");
    }

    @Test
    void aLengthOfTimeWrittenAsTwoMonthsOfTheSentenceIsCaught() {
        ScanAssertions years = ScanAssertions.of(
                List.of(new SecretValue("cost-neutral", new BigDecimal("9.6"), SecretValue.Kind.NUMBER, "years")),
                List.of(), List.of(), List.of(), "0.25");
        years.caught("cost-neutral",
                "For en pasient behandlet i januar 2026 er behandlingen kostnadsnøytral fra august 2035.",
                "I den norske vurdering bliver behandlingen omkostningsneutral fra august 2035 for en patient behandlet i januar 2026.",
                "Treated in Jan. 2026, a patient's treatment is cost-neutral by August 2035.");
        years.passed("Studien pågikk fra januar 2019 til mars 2021.", "Søknaden kom i januar 2026. Vedtaket kom i august 2035.");
    }

    @Test
    void theMemosOwnFactorTakingAnAmountToAPublicOneIsWhatItSays() {
        ScanAssertions horizon = ScanAssertions.of(List.of(amount("fifteenth", "116000", "DKK"), amount("other", "140000", "DKK")),
                List.of(listPrice("dk-list", "26150000")), List.of(), List.of(), "0.25");
        // 1,74 million a year over 15 years is the public list price; ÷ 15 it would be the confidential 116 000
        horizon.passed("Listeprisen på 26,15 mio. kr. svarer til 1,74 mio. kr. om året over en 15-årig horisont.");
        // ÷ 15 with no public amount × 15 beside it is caught (2,1 million × 15 is no public price)
        horizon.caught("other", "Det er 2,1 mio. kr. over 15 år.");
        // nor is it a confidential 13 080 000 per 7,5 patients a year, a division the sentence may state
        ScanAssertions patients = ScanAssertions.of(List.of(amount("below", "13080000", "DKK")),
                List.of(listPrice("dk-list", "26150000")), List.of(), List.of("7.5"), "0.25");
        patients.passed("Listeprisen på 26,15 mio. kr. svarer til 1,74 mio. kr. om året over en 15-årig horisont.");
        patients.caught("below", "Forskjellen utgjør 1,74 mio. kr. per pasient.");
    }

    @Test
    void harmlessTextTheProbeRefusedPasses() {
        SCAN.passed("TLV:s beslut fattades den 27 mars 2025 med diarienummer 1234/2024.",
                "Regionernas läkemedelskostnader uppgick till 34,8 miljarder kronor 2024.",
                "At the list price of £2.6 million the cost is £216,667 a month over the first year.",
                "At an exchange rate of £1 = €1.18, the list price is €3.07 million.",
                // £2.6m with 25 % VAT is £3.25m, near a confidential 3 256 000 kroner but exactly the public price's
                "With VAT the list price is £3.25 million per patient.");
        SCAN.caught("near", "The comparator costs 3,26 million kroner.");
    }
}
