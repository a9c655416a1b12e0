package hta.confidentiality;

import static hta.confidentiality.ScanAssertions.amount;

import org.junit.jupiter.api.Test;

/**
 * Issue 14, the last leaks of the eleventh and twelfth outside probes: an amount per minute and over a decade, a
 * quarter of a scale word, Danish tens written the long way, a unit of time after a describing word ("de fem første
 * årene"), a tolerance in brackets before the scale word, a whole amount for every so many of the money, a share of a
 * price with VAT, a wide range of amounts at its midpoint, and an amount less a large number after it.
 */
class TwelfthOutsideProbeTest {
    private static final ScanAssertions SCAN = ScanAssertions.fiveCountries(amount("no-budget-5y", "240525000", "NOK"));

    @Test
    void anAmountPerMinuteAndOverADecade() {
        SCAN.caught("no-comparator", "Dagens profylakse koster 5,93 kroner i minuttet, året rundt.",
                "Over et tiår koster dagens profylakse 31,2 millioner kroner per pasient.",
                "Over a decade today's prophylaxis costs NOK 31.2 million per patient.");
        SCAN.passed("Infusjonen tar 45 minutter og koster 1 250 kroner.", "Pasientene ble fulgt i et tiår.");
    }

    @Test
    void aQuarterOfAScaleWord() {
        SCAN.caught("se-net", "Regionernas kostnad motsvarar 98 gånger en kvarts miljon kronor.");
        SCAN.caught("dk-saip", "Prisen for regionerne svarer til 78 gange en kvart million kroner.");
        SCAN.caught("no-comparator", "Dagens profylakse koster 12 ganger en kvart million kroner og 120 000 kroner til.");
        SCAN.passed("Behandlingen varer en kvart time.", "Om våren kom en kvart million besøkende.");
    }

    @Test
    void danishTensTheLongWay() {
        SCAN.caught("dk-saip", "Regionerne betaler otteoghalvfjerdsindstyve procent af AIP.");
        SCAN.passed("Studien fulgte firsindstyve patienter.");
    }

    @Test
    void aUnitOfTimeAfterADescribingWord() {
        SCAN.caught("no-budget-5y", "Gjennomsnittlig budsjettvirkning over de fem første årene er 48,1 millioner kroner per år.",
                "Budsjettvirkningen i de fem kommende år er i snitt 48,1 millioner kroner per år.");
    }

    @Test
    void aToleranceInBracketsBeforeTheScale() {
        SCAN.caught("no-agreed", "Sykehusene betaler 29,95 (± 0,05) mill. kr per behandling.");
        SCAN.caught("smc-pas", "NHSScotland pays £2.1 (+/- 0.05) million per patient.");
    }

    @Test
    void aWholeAmountForEverySoManyOfTheMoney() {
        SCAN.caught("smc-pas", "NHSScotland pays £4 for every £5 of the list price, plus £20,000.");
        SCAN.caught("no-agreed", "Sykehusene betaler 70 kroner av hver 100 kroner i maksimal AUP.");
        SCAN.passed("Pasientene fikk 2 tabletter for hver 5 dager.", "One patient in every 5 stopped treatment.",
                "Regionerna behandlar 49 av varje 66 patienter i öppenvård.");
    }

    @Test
    void aShareOfAPriceWithVat() {
        SCAN.caught("no-agreed", "Eksklusive mva. betaler sykehusene 55,7 % av maksimal AUP inklusive mva.");
        SCAN.passed("Merverdiavgiften er 25 %, og 80 % av pasientene betaler ingen egenandel inklusive mva.");
    }

    @Test
    void aWideRangeOfAmountsAtItsMidpoint() {
        SCAN.caught("smc-pas", "Boards pay between £1.9m and £2.3m per patient.");
        SCAN.caught("se-net", "Regionerna betalar mellan 22 och 27 miljoner kronor.");
        SCAN.passed("Prisene ligger mellom 1,5 og 2,2 millioner kroner.", "Between 20% and 34% of patients responded.");
    }

    @Test
    void anAmountLessALargeNumberAfterIt() {
        SCAN.caught("no-agreed", "Sykehusene betaler en kvart milliard kroner minus 220 050 000.");
        SCAN.caught("dk-saip", "Regionerne betaler 20 mio. kr. fratrukket 500 000.");
        SCAN.caught("no-comparator", "Dagens profylakse koster 750 000 kroner pluss 30 000 hvert kvartal.");
    }

    @Test
    void twoReductionsOverTwoSentencesThatNameADiscount() {
        SCAN.caught("no-agreed", "Leverandøren tilbød først en reduksjon på 20 prosent fra maksimal AUP. Etter nye "
                + "forhandlinger ble det oppnådd ytterligere 13 prosent på det reduserte beløpet.");
        SCAN.caught("uk-discount", "The company first offered a discount of 25% on the list price. After further talks "
                + "another 2.67% came off the reduced amount.");
        SCAN.passed("Responsen var 20 prosent etter ett år. Etter to år var den 13 prosent lavere.");
    }

    /** "Points" after a number are percentage points in English ("a 27-point scale" is refused too: acknowledge it). */
    @Test
    void pointsAsPercentagePoints() {
        SCAN.caught("uk-discount", "Whether the 27-point cut below list holds after 2029 is uncertain.");
        SCAN.passed("The EQ-5D index improved by 0.27 points.");
    }

    @Test
    void aCountAgainstAnotherCount() {
        SCAN.caught("se-net", "Tre behandlingar till regionerna kostar ungefär lika mycket som 2,23 behandlingar till listpris.");
        SCAN.caught("uk-discount", "For the cost of 3 treatments at list price, the NHS can buy 4.11 treatments.");
        // a bare number against a round count is left alone: "the 100 patients had 137 bleeds" has the shape of "for
        // the cost of 100 treatments at list price, the NHS can buy about 137"
        SCAN.passed("Of 100 patients treated, 73 responded.", "Tre pasienter fikk 2 behandlinger hver.",
                "The 100 patients had 137 bleeds in total.");
    }

    @Test
    void aSharePlusPercentagePoints() {
        SCAN.caught("uk-discount", "The NHS pays three fifths of the list price plus thirteen percentage points.",
                "The NHS pays half the list price plus 23 percentage points.");
        SCAN.passed("Response rose from 60% to 65%, and remission by 13 percentage points.");
    }

    @Test
    void aRoundFigureThatIsTheValueToTheLastDigit() {
        SCAN.caught("smc-pas:below", "Acceptance contingent on the list price less £0.5 mill.", "NHSScotland gets £0.5m off the list price.");
        SCAN.passed("The budget impact stays under £0.6m a year.", "Regionerne sparer omkring 5 mio. kr. om året.");
    }

    /** A public amount at a rate the memo prints is that amount, though its digits are another country's value. */
    @Test
    void aPublicAmountAtAPrintedRateIsNotAnotherCurrencysValue() {
        ScanAssertions scan = ScanAssertions.fiveCountries(amount("no-budget-y4", "37250000", "NOK"));
        scan.passed("I svenske kroner (1,49 SEK pr. DKK) svarer AIP til 37,25 mio. SEK.");
        scan.caught("dk-saip", "I svenske kroner (1,49 SEK pr. DKK) betaler regionerne 29,06 mio. SEK.");
        scan.caught("no-budget-y4", "Budsjettvirkningen i år 4 er 37,25 mio. kroner.");
    }
}
