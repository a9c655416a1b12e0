package hta.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.BudgetImpact;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.Party;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The ways back that only the dossier knows, found by an outsider's probe. */
class DossierDerivationsTest {
    @Test
    void aDiscountAgreedInOneCountryWithAListPriceOfAnother() {
        Dossier d = FailClosedProjectionTest.dossier();
        d.prices.remove(1);
        PricePoint pas = FailClosedProjectionTest.price("nice-pas", PriceKind.DISCOUNT, "14.31", Classification.CONFIDENTIAL);
        pas.jurisdiction = "nice";
        pas.currency = null;
        d.prices.add(pas);
        // the Norwegian maximum price 43 028 738 less the English discount: 36 871 326.39
        List<LeakFinding> f = LeakScanner.index(d, List.of(FailClosedProjectionTest.STORED_ONLY))
                .scan("t", "Etter rabatten koster pakningen 36 871 326 kr.");
        assertTrue(f.stream().anyMatch(x -> x.valueId().equals("nice-pas")), f.toString());
    }

    /** Per unit of the pack: "100 mg, 30 tabletter" divides the pack price by 30 and then by 100. */
    @Test
    void perMilligramOfAPackOfTablets() {
        Dossier d = FailClosedProjectionTest.dossier();
        d.prices.get(1).amount = new BigDecimal("72150");
        d.prices.get(1).pack = "Fictivo 100 mg, 30 tabletter";
        assertTrue(found(d, "Med avtalt pris koster legemidlet 24,05 kroner per milligram.").contains("agreed"));
        assertTrue(found(d, "Per tablett koster det 2 405 kroner.").contains("agreed"));
        assertEquals(List.of(), found(d, "Legemidlet koster 31,50 kroner per milligram i Sverige."));
    }

    /** How much the list price lies above the agreed price or what is paid: the markup and the ratio give it back. */
    @Test
    void theListPricesMarkupOverTheAgreedPriceOrWhatIsPaid() {
        Dossier d = FailClosedProjectionTest.dossier();
        d.prices.get(1).amount = new BigDecimal("33100000"); // 43 028 738 / 33 100 000 = 1.29996: 30.0 % above
        for (String text : List.of("Maks-AUP ligger om lag 30 prosent over avtaleprisen.",
                "Maks-AUP er 1,30 ganger så høy som avtaleprisen.", "Listepriset är 30,0 % högre än det avtalade priset.")) {
            assertTrue(found(d, text).contains("agreed"), text + ": " + found(d, text));
        }
        // what is paid with a discount of 27 %: the list price is 37 % above it, 1.37 times it
        PricePoint pas = FailClosedProjectionTest.price("nice-pas", PriceKind.DISCOUNT, "27", Classification.CONFIDENTIAL);
        pas.jurisdiction = "nice";
        pas.currency = null;
        d.prices.add(pas);
        for (String text : List.of("The list price is about 37% higher than the price the NHS actually pays.",
                "The list price is 1.37 times what the NHS pays.")) {
            List<String> ids = LeakScanner.index(d, List.of(FailClosedProjectionTest.STORED_ONLY)).scan("t", text).stream()
                    .map(LeakFinding::valueId).distinct().collect(Collectors.toList());
            assertTrue(ids.contains("nice-pas"), text + ": " + ids);
        }
        // a share of the patients, or a markup far from the price's, says nothing
        for (String text : List.of("30 prosent av pasientene fikk bivirkninger.", "Maks-AUP er 2,4 ganger prisen i 2019.",
                "Listeprisen ligger 12 prosent over fjorårets.")) {
            assertEquals(List.of(), found(d, text), text);
        }
    }

    /**
     * The agreed price 28 700 000 with a budget: patients 7.5, 1.5, 1.5, 1.5, 1.5; the intervention row computed from
     * the price (stored values kept or left to the formulas), the comparator from a public annual cost.
     */
    private static Dossier budget(boolean storedValues) {
        return budget(storedValues, 7.5, 1.5, 1.5, 1.5, 1.5);
    }

    private static Dossier budget(boolean storedValues, double... patients) {
        Dossier d = FailClosedProjectionTest.dossier();
        d.prices.get(1).amount = new BigDecimal("28700000");
        BudgetImpact b = new BudgetImpact();
        b.currency = "NOK";
        for (double p : patients) b.patientsPerYear.add(BigDecimal.valueOf(p));
        BudgetImpact.BudgetRow intervention = new BudgetImpact.BudgetRow();
        intervention.id = "intervention";
        BudgetImpact.BudgetRow comparator = new BudgetImpact.BudgetRow();
        comparator.id = "comparator";
        for (int y = 1; y <= patients.length; y++) {
            Figure f = FailClosedProjectionTest.figure("int-y" + y, BigDecimal.valueOf(28_700_000 * patients[y - 1]).toPlainString(),
                    Classification.CONFIDENTIAL, "price:agreed * patients:" + y);
            if (!storedValues) f.value = null;
            intervention.cells.add(f);
            comparator.cells.add(FailClosedProjectionTest.figure("cmp-y" + y,
                    BigDecimal.valueOf(3_120_000 * patients[y - 1]).toPlainString(), Classification.PUBLIC, null));
        }
        b.rows.add(intervention);
        b.rows.add(comparator);
        d.budgetImpacts.add(b);
        return d;
    }

    static List<String> found(Dossier d, String text) {
        return LeakScanner.index(d, List.of(PublicProjectionTest.AGREED_PRICES_SECRET)).scan("t", text).stream().map(LeakFinding::valueId).distinct()
                .collect(Collectors.toList());
    }

    /**
     * Seventh outside probe (hc03, hc20): Scotland's confidential PAS price "about a fifth" or "roughly 20 %" below the
     * UK list price, which the dossier records once, for England. A confidential price whose own jurisdiction has no
     * list price is read against one of another jurisdiction in the same currency.
     */
    @Test
    void aConfidentialPriceBelowAListPriceRecordedForAnotherJurisdiction() {
        Dossier d = new Dossier();
        d.id = "x";
        d.product.brandName = "Brand";
        d.product.inn = "inn";
        PricePoint list = FailClosedProjectionTest.price("uk-list", PriceKind.LIST_PRICE, "2600000", Classification.PUBLIC);
        list.jurisdiction = "nice";
        list.currency = "GBP";
        PricePoint pas = FailClosedProjectionTest.price("smc-pas-price", PriceKind.AGREED_PRICE, "2085000",
                Classification.CONFIDENTIAL);
        pas.jurisdiction = "smc";
        pas.currency = "GBP";
        d.prices.add(list);
        d.prices.add(pas);
        for (String text : List.of("With the PAS the price is roughly 20% less than the list price.",
                "The PAS price is about 80 % of the list price.")) {
            List<String> ids = LeakScanner.index(d, List.of(FailClosedProjectionTest.STORED_ONLY)).scan("t", text).stream()
                    .map(LeakFinding::valueId).distinct().collect(Collectors.toList());
            assertTrue(ids.stream().anyMatch(id -> id.startsWith("smc-pas-price")), text + ": " + ids);
        }
        // a share far from the price's says nothing
        assertEquals(List.of(), LeakScanner.index(d, List.of(FailClosedProjectionTest.STORED_ONLY))
                .scan("t", "Roughly 35% of patients stopped treatment.").stream().map(LeakFinding::valueId).toList());
    }

    /**
     * Seventh outside probe (hn14): a total of treatments, some at the public list price and some at the confidential
     * one ("de tre behandlingene kostet 102,93 millioner"). The counts are guessed, so four digits are needed.
     */
    @Test
    void aTotalOfTreatmentsAtTheListPriceAndAtTheConfidentialOne() {
        Dossier d = FailClosedProjectionTest.dossier(); // list 43 028 738, agreed 31 234 567 (NOK)
        for (String text : List.of("De tre behandlingene kostet til sammen 105,50 millioner kroner.", // 1 × list + 2 × agreed
                "Two before the agreement and one after it: NOK 117.3 million in all.", // 2 × list + 1 × agreed
                "Fire pasienter ble behandlet for 148 526 610 kr.")) { // 2 × list + 2 × agreed
            assertTrue(found(d, text).contains("agreed"), text + ": " + found(d, text));
        }
        // a round total meets some count by chance; three at the list price is public arithmetic
        for (String text : List.of("Behandlingen av tre pasienter kostet om lag 105 millioner kroner.",
                "Tre behandlinger til maks-AUP koster 129,09 millioner kroner.")) {
            assertEquals(List.of(), found(d, text), text);
        }
    }

    @Test
    void aSumOverYearsOfARowComputedFromTheAgreedPriceGivesThePriceBack() {
        for (boolean stored : new boolean[] {true, false}) {
            Dossier d = budget(stored);
            // 387,45 million over five years; 258,3 the first two; 172,2 years 2–5; 129,15 years 3–5
            for (String text : List.of("Over fem år blir legemiddelkostnaden med avtalepris i underkant av 390 millioner kroner.",
                    "De to første årene koster behandlingen 258,3 mill. kr.", "For år 2–5 er kostnaden 172,2 millioner kroner.",
                    "Over the last three years the cost is NOK 129.2 million.", "Totalt 387 450 000 kr over fem år.")) {
                assertTrue(found(d, text).contains("agreed"), (stored ? "stored: " : "formulas: ") + "«" + text + "» " + found(d, text));
            }
        }
    }

    @Test
    void theChangeBetweenTwoYearsOfARowComputedFromTheAgreedPriceGivesThePriceBack() {
        // patients 3, 4, 9, 14, 20: from year 1 to year 4 eleven more (315,7 million), to year 5 seventeen (487,9),
        // from year 2 to year 4 ten (287 million); none of them a single year or a sum of consecutive years
        Dossier d = budget(true, 3, 4, 9, 14, 20);
        for (String text : List.of("Legemiddelkostnaden øker med 315,7 millioner kroner fra år 1 til år 4.",
                "Fra år 1 til år 5 stiger kostnaden med 487,9 mill. kr.", "Kostnaden ökar med 287,0 miljoner kronor från år 2 till år 4.")) {
            assertTrue(found(d, text).contains("agreed"), "«" + text + "» " + found(d, text));
        }
        // a change no pair of years gives (5,2 or 13,6 patients' worth)
        for (String text : List.of("Legemiddelkostnaden øker med 150 millioner kroner fra år 1 til år 4.",
                "Kostnaden ökar med 390 miljoner kronor.")) {
            assertEquals(List.of(), found(d, text), "«" + text + "»");
        }
    }

    @Test
    void trailingZerosBeforeAScaleWordAreRoundingAndWrittenDecimalsArePrecision() {
        Dossier d = FailClosedProjectionTest.dossier();
        d.prices.get(1).amount = new BigDecimal("29950000");
        // "30,0 millioner" is [29.95, 30.05) million, the agreed price to 0.2 %; read as rounded to [25, 35) it
        // would say too little and pass
        assertTrue(found(d, "Prisen er 30,0 millioner kroner.").contains("agreed"), found(d, "30,0 millioner").toString());
        assertTrue(found(d, "Prisen er rundt 30 millioner kroner.").contains("agreed"));
        // "450 millioner" is [445, 455) million and "3,00 milliarder" [2995, 3005) million: nobody's price, nor ten times it
        assertEquals(List.of(), found(d, "Budsjettet er 450 millioner kroner."));
        assertEquals(List.of(), found(d, "Budsjettet er 3,00 milliarder kroner."));
    }

    @Test
    void sumsOfPublicRowsAndUnrelatedTotalsPass() {
        Dossier d = budget(true);
        // the comparator row is public (42,12 million over five years); the maximum price × 13,5 patients is public
        // arithmetic; an unrelated grant is far from every sum
        for (String text : List.of("Komparatoren koster 42,12 millioner kroner over fem år.",
                "Helse Sør-Øst har bevilget 450 millioner kroner til nye behandlinger.",
                "Over fem år blir kostnaden med maksimal AUP 580,9 millioner kroner.")) {
            assertEquals(List.of(), found(d, text), "«" + text + "»");
        }
    }

    @Test
    void anotherJurisdictionsPartiesAreNotFieldsOfThisMemo() {
        Dossier d = FailClosedProjectionTest.dossier();
        Submission no = new Submission();
        no.jurisdiction = "no";
        no.signatories.add(new Party("Sykehusinnkjøp HF", "Fagsjef (avtalepris 31 234 567 kr)", "Kari Nordmann"));
        Submission se = new Submission();
        se.jurisdiction = "se";
        d.submissions.add(no);
        d.submissions.add(se);
        LeakIndex index = LeakScanner.index(d, List.of(PublicProjectionTest.AGREED_PRICES_SECRET));
        // the Norwegian memo prints its signatory, the Swedish one does not, a scan of every field does
        assertTrue(PrintedFields.scan(d, "no", index).stream().anyMatch(x -> x.field().equals("$.submissions[0].signatories[0].role")));
        // (the dossier here is not projected: its stored agreed price is a field of every memo, its parties are not)
        assertEquals(List.of("$.prices[1].amount"), PrintedFields.scan(d, "se", index).stream().map(Disclosure::field).toList());
        assertTrue(PrintedFields.scan(d, null, index).stream().anyMatch(x -> x.field().equals("$.submissions[0].signatories[0].role")));
    }
}
