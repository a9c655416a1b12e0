package hta.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Dossier;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, what the thirteenth outside probe still leaked at the end of its session, each as a class: a part after
 * a scale word, half of a scale word after an article, a percentage heading a bare number, percentage points on a
 * percentage where a discount is named, a spelled percentage in two words, so many a period over years, a stated sum
 * at face value, and a public price with so many times an amount. Each with its harmless twin.
 */
class ThirteenthProbeLeftoversTest {
    private static final ScanAssertions SCAN = ScanAssertions.fiveCountries();

    @Test
    void aPartAfterAScaleWordOrHalfAScaleWord() {
        SCAN.caught("dk-saip", "Regionerne betaler nitten millioner og en halv.", "Regionerne betaler 19 millioner og en halv kroner.");
        SCAN.caught("se-net", "Regionerna betalar tjugofyra miljoner och en halv.");
        SCAN.caught("smc-pas:below", "It is unclear whether Boards will keep paying the list price less half a million after 2029.");
        // a part of a word for a number: half a dozen vials at £350,000 each
        SCAN.caught("smc-pas", "Boards pay £350,000 for each of half a dozen vials.");
        SCAN.passed("Boards pay £350,000 for each of a dozen vials.");
        // a part that is not of the amount: "og en halv time" is half an hour
        SCAN.passed("Infusjonen koster nitten millioner og en halv time tar den.", "The trial ran half a year.");
    }

    @Test
    void aPercentageHeadingABareNumberAndPointsOnAPercentage() {
        SCAN.caught("uk-discount", "Reduction from the list price for the NHS, in per cent: 27",
                "Rabatt på maksimal AUP (%): 27", "The reduction for the NHS is the 15% first offered plus a further 12 percentage points.",
                "The discount is the 30% first asked for less 3 percentage points.");
        // points on a percentage add up only where a discount or a confidential price is named
        SCAN.passed("Response rose from 15% by a further 12 percentage points.", "Remission, in per cent: 28",
                "The reduction for the NHS is the 15% first offered plus a further 13 percentage points.");
    }

    @Test
    void aSpelledPercentageInTwoWords() {
        SCAN.caught("smc-pas", "The price to Boards is a round £2m plus five per cent.");
        SCAN.passed("The price to Boards is a round £2m plus six per cent.");
    }

    @Test
    void aPublicPriceAndSoManyTimesAnAmount() {
        SCAN.caught("dk-saip", "AIP og 3 gange regionernes betaling udgør tilsammen 83,5 mio. kr.");
        SCAN.caught("smc-pas", "The list price plus 3 times what Boards pay comes to £8.9m.");
        SCAN.passed("AIP og 3 gange regionernes betaling udgør tilsammen 84 mio. kr.",
                "Three patients were treated for £8.9m in all.");
    }

    @Test
    void soManyAPeriodOverYears() {
        SCAN.caught("se-net", "Varje undviken blödning kostar regionerna 612 500 kronor, med fyra färre blödningar per år under tio år.");
        SCAN.caught("smc-pas", "Each bleed avoided costs NHSScotland £52,500, assuming four fewer bleeds a year over ten years.",
                "Each bleed avoided costs NHSScotland £52,500, assuming 4 fewer bleeds a year over ten years.");
        SCAN.passed("Each bleed avoided costs NHSScotland £52,500, assuming four fewer bleeds a year over eleven years.",
                "Patients had four fewer bleeds a year over ten years.");
    }

    /**
     * An English decision quoted in a Norwegian memo: Norwegian "to" (two) before "thirty years" is the English
     * preposition, not two years described as "thirty".
     */
    @Test
    void aQuotedNumberAfterAWordThatIsANumberInTheMemosLanguage() {
        NumberWords english = NumberWords.spelledOutIn("en").withDuration(NumberWords.Duration.YEARS, "years", "year")
                .withPer("a", "per");
        NumberWords norwegianQuotingEnglish = NumberWords.spelledOutIn("nb", "nn")
                .withDuration(NumberWords.Duration.YEARS, "år", "årene").and(english.quoted());
        LeakIndex index = LeakIndex.of(new LeakModel(List.of(ScanAssertions.amount("smc-pas", "2100000", "GBP")), List.of(),
                List.of(), List.of(), norwegianQuotingEnglish, new BigDecimal("0.01"), List.of(new BigDecimal("0.25")), true));
        String text = "Accepted for use within NHSScotland at a cost equivalent to thirty years of prophylaxis at £70,000 a year.";
        assertEquals(List.of("smc-pas"), index.scan("t", text).stream().map(LeakFinding::valueId).distinct().toList());
        assertEquals(List.of(), index.scan("t", text.replace("thirty", "forty")).stream().map(LeakFinding::valueId).toList());
    }

    /** A measure is no count: 3,74 mg/kg against 10 ml is no share of 37,4 % (a leak corpus look-alike, seed 61939833203115). */
    @Test
    void aMeasureIsNoCountOfThings() {
        ScanAssertions scan = ScanAssertions.fiveCountries(new SecretValue("discount", new BigDecimal("37.4"),
                SecretValue.Kind.PERCENTAGE, "percent"));
        scan.passed("Hemgenix, konsentrat til infusjonsvæske, hetteglass 10 ml; antall etter pasientens vekt, dosen 3,74 mg/kg.");
        scan.caught("discount", "Tre behandlingar till regionerna kostar lika mycket som 1,122 behandlingar till listpris.");
    }

    /** Norway's public maximum pharmacy price of 43,05 million and a confidential agreed price of 29,95 million. */
    private static Dossier norway() {
        Dossier d = FailClosedProjectionTest.dossier();
        d.prices.get(0).amount = new BigDecimal("43050000");
        d.prices.get(1).amount = new BigDecimal("29950000");
        return d;
    }

    /** A sum the dossier states is the writer's arithmetic to the last digit, however round: 43,05 + 29,95 = 73. */
    @Test
    void aStatedSumAtFaceValue() {
        for (String text : List.of("Maksimal AUP og det sykehusene betaler blir til sammen 73 millioner kroner.",
                "The maximum pharmacy price and the agreed price add up to NOK 73m.")) {
            assertTrue(DossierDerivationsTest.found(norway(), text).stream().anyMatch(id -> id.startsWith("agreed")), text);
        }
        for (String text : List.of("Maksimal AUP og det sykehusene betaler blir til sammen 74 millioner kroner.",
                "The maximum pharmacy price and the agreed price add up to NOK 74m.")) {
            assertEquals(List.of(), DossierDerivationsTest.found(norway(), text), text);
        }
    }
}
