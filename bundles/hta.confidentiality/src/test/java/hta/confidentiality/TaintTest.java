package hta.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.BudgetImpact;
import hta.dossier.Classification;
import hta.dossier.Declassification;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaintTest {
    static final ConfidentialityPolicy AGREED_SECRET = new ConfidentialityPolicy() {
        @Override
        public Set<PriceKind> confidentialPriceKinds() {
            return Set.of(PriceKind.AGREED_PRICE);
        }

        @Override
        public RedactionMark redactionMark() {
            return RedactionMark.blank();
        }
    };

    static Figure figure(String id, String value, Classification c, String formula) {
        Figure f = new Figure();
        f.id = id;
        f.value = value == null ? null : new BigDecimal(value);
        f.classification = c;
        f.formula = formula;
        f.unit = "NOK";
        return f;
    }

    static PricePoint price(String id, PriceKind kind, String amount) {
        PricePoint p = new PricePoint();
        p.id = id;
        p.jurisdiction = "no";
        p.kind = kind;
        p.amount = new BigDecimal(amount);
        p.currency = "NOK";
        p.classification = Classification.PUBLIC;
        return p;
    }

    /** Budget table: intervention at the agreed price, comparator at a public price, net impact; 3 years. */
    static Dossier budgetDossier() {
        Dossier d = new Dossier();
        d.prices.add(price("list", PriceKind.MAXIMUM_PHARMACY_PRICE, "43028738"));
        d.prices.add(price("net", PriceKind.AGREED_PRICE, "29950000"));
        d.prices.add(price("comp", PriceKind.LIST_PRICE, "3120000"));
        BudgetImpact b = new BudgetImpact();
        b.jurisdiction = "no";
        b.patientsPerYear.addAll(List.of(new BigDecimal("7.5"), new BigDecimal("1.5"), new BigDecimal("1.5")));
        for (String row : List.of("intervention", "comparator", "net-impact")) {
            BudgetImpact.BudgetRow r = new BudgetImpact.BudgetRow();
            r.id = row;
            for (int y = 1; y <= 3; y++) {
                String formula = switch0(row, y);
                r.cells.add(figure(row + "-" + y, "1000", null, formula));
            }
            b.rows.add(r);
        }
        b.figures.add(figure("five-year-net", "3000", Classification.PUBLIC,
                "cell:net-impact:1 + cell:net-impact:2 + cell:net-impact:3"));
        b.figures.add(figure("year1-at-list", "265593782", Classification.PUBLIC, "price:list * patients:1"));
        d.budgetImpacts.add(b);
        d.economics.figures.add(figure("cost-neutral-years", "9.6", null,
                "figure:five-year-net / cell:comparator:1"));
        return d;
    }

    private static String switch0(String row, int y) {
        if (row.equals("intervention")) return "price:net * patients:" + y;
        if (row.equals("comparator")) return "price:comp * patients:" + y;
        return "cell:intervention:" + y + " - cell:comparator:" + y;
    }

    @Test
    void taintFlowsThroughMultiStepFormulas() {
        TaintResult t = Taint.analyse(budgetDossier(), AGREED_SECRET);
        // the agreed price is confidential by the policy although stored as public
        assertEquals(Classification.CONFIDENTIAL, t.of("price:net"));
        // step 1: price × patients; step 2: intervention − comparator; step 3: sum of years; step 4: ratio
        assertEquals(Classification.CONFIDENTIAL, t.of("cell:intervention:2"));
        assertEquals(Classification.CONFIDENTIAL, t.of("cell:net-impact:2"));
        assertEquals(Classification.CONFIDENTIAL, t.of("figure:five-year-net"));
        assertEquals(Classification.CONFIDENTIAL, t.of("figure:cost-neutral-years"));
        // a cell is also known by its figure id
        assertEquals(Classification.CONFIDENTIAL, t.of("figure:net-impact-2"));
        // public inputs only: public
        assertEquals(Classification.PUBLIC, t.of("cell:comparator:1"));
        assertEquals(Classification.PUBLIC, t.of("figure:year1-at-list"));
        assertEquals(Classification.PUBLIC, t.of("patients:1"));
        assertTrue(t.problems().isEmpty(), t.problems().toString());
    }

    @Test
    void aTotalWithOneConfidentialAddendIsConfidential() {
        Dossier d = new Dossier();
        d.economics.figures.add(figure("a", "1", Classification.PUBLIC, null));
        d.economics.figures.add(figure("b", "2", Classification.CONFIDENTIAL, null));
        d.economics.figures.add(figure("c", "3", Classification.PUBLIC, null));
        d.economics.figures.add(figure("sum", "6", Classification.PUBLIC, "figure:a + figure:b + figure:c"));
        d.economics.figures.add(figure("aic", "1", Classification.ACADEMIC_IN_CONFIDENCE, null));
        d.economics.figures.add(figure("mixed", "7", null, "figure:a * figure:aic"));
        TaintResult t = Taint.analyse(d, AGREED_SECRET);
        assertEquals(Classification.CONFIDENTIAL, t.of("figure:sum"));
        assertEquals(Classification.ACADEMIC_IN_CONFIDENCE, t.of("figure:mixed"));
    }

    @Test
    void declassificationNeedsAReason() {
        Dossier d = budgetDossier();
        Figure total = d.budgetImpacts.get(0).figures.get(0);
        total.declassification = new Declassification("  ", "writer", LocalDate.of(2025, 11, 17));
        TaintResult t = Taint.analyse(d, AGREED_SECRET);
        assertEquals(Classification.CONFIDENTIAL, t.of("figure:five-year-net"));
        assertTrue(t.problems().stream().anyMatch(p -> p.contains("without a reason")), t.problems().toString());

        total.declassification = new Declassification("Published by Beslutningsforum 17.11.2025", "writer",
                LocalDate.of(2025, 11, 17));
        t = Taint.analyse(d, AGREED_SECRET);
        assertEquals(Classification.PUBLIC, t.of("figure:five-year-net"));
        // and what is derived from it alone is public again, but not what also uses the net price
        assertEquals(Classification.PUBLIC, t.of("figure:cost-neutral-years"));
        assertEquals(Classification.CONFIDENTIAL, t.of("cell:net-impact:1"));
    }

    @Test
    void unknownReferencesAndCyclesAreConfidential() {
        Dossier d = new Dossier();
        d.economics.figures.add(figure("x", "1", null, "price:missing * 2"));
        d.economics.figures.add(figure("p", "1", null, "figure:q + 1"));
        d.economics.figures.add(figure("q", "1", null, "figure:p + 1"));
        d.economics.figures.add(figure("prose", "1", null, "derived from price:missing and patients year 1"));
        TaintResult t = Taint.analyse(d, AGREED_SECRET);
        assertEquals(Classification.CONFIDENTIAL, t.of("figure:x"));
        assertEquals(Classification.CONFIDENTIAL, t.of("figure:p"));
        assertEquals(Classification.CONFIDENTIAL, t.of("figure:prose"));
        assertTrue(t.problems().stream().anyMatch(p -> p.contains("cycle")), t.problems().toString());
    }

    @Test
    void secondarySuppressionInABudgetTableWithRowTotals() {
        // rows a, b and net = a − b over 3 years, with a total column; one cell of a is confidential
        BudgetTableLayout layout = new BudgetTableLayout(List.of("a", "b", "net"), 3, "net",
                Map.of("a", 1, "b", -1), true);
        List<LinearRelation> relations = SecondarySuppression.budgetTable(layout);
        List<String> order = new java.util.ArrayList<>();
        for (String r : layout.rowIds()) {
            for (int y = 1; y <= 3; y++) order.add(BudgetTableLayout.cell(r, y));
            order.add(BudgetTableLayout.total(r));
        }
        SecondarySuppression.Result r = SecondarySuppression.suppress(order, relations, Set.of("cell:a:2"), Set.of());
        assertFalse(r.added().isEmpty());
        // whatever was added, nothing hidden can be computed from what is shown
        Map<String, Integer> index = new java.util.LinkedHashMap<>();
        order.forEach(k -> index.put(k, index.size()));
        assertTrue(recoverable(relations, order, r.hidden()).isEmpty(), r.hidden().toString());
        // a single hidden cell would have been recoverable from its row total
        assertEquals(List.of("cell:a:2"), recoverable(relations, order, Set.of("cell:a:2")));
        // the choice depends on structure only: same result on a second run
        assertEquals(r.hidden(), SecondarySuppression.suppress(order, relations, Set.of("cell:a:2"), Set.of()).hidden());
    }

    @Test
    void suppressionNeverLeavesARecoverableCellWhateverIsPrimary() {
        BudgetTableLayout layout = new BudgetTableLayout(List.of("a", "b", "net"), 5, "net",
                Map.of("a", 1, "b", -1), true);
        List<LinearRelation> relations = SecondarySuppression.budgetTable(layout);
        List<String> order = new java.util.ArrayList<>();
        for (String row : layout.rowIds()) {
            for (int y = 1; y <= 5; y++) order.add(BudgetTableLayout.cell(row, y));
            order.add(BudgetTableLayout.total(row));
        }
        java.util.Random random = new java.util.Random(42);
        for (int trial = 0; trial < 200; trial++) {
            Set<String> primary = new java.util.LinkedHashSet<>();
            int n = 1 + random.nextInt(4);
            while (primary.size() < n) primary.add(order.get(random.nextInt(order.size())));
            SecondarySuppression.Result r = SecondarySuppression.suppress(order, relations, primary, Set.of());
            assertTrue(r.hidden().containsAll(primary));
            assertTrue(recoverable(relations, order, r.hidden()).isEmpty(), primary + " -> " + r.hidden());
        }
    }

    @Test
    void declassifiedTotalForcesMoreSuppressionThroughFormulas() {
        Dossier d = budgetDossier();
        // make the comparator confidential too? no: declassify the five-year net and check the net cells hold
        d.budgetImpacts.get(0).figures.get(0).declassification = new Declassification("Published", "w", null);
        TaintResult t = Taint.analyse(d, AGREED_SECRET);
        assertTrue(t.isShownPublicly("figure:five-year-net"));
        // every net-impact cell was already hidden by taint: three unknowns, one equation, nothing recoverable
        for (int y = 1; y <= 3; y++) assertFalse(t.isShownPublicly("cell:net-impact:" + y));
    }

    @Test
    void declassifiedTotalWithOneHiddenAddendHidesAnother() {
        Dossier d = new Dossier();
        d.economics.figures.add(figure("a", "1", Classification.PUBLIC, null));
        d.economics.figures.add(figure("b", "2", Classification.CONFIDENTIAL, null));
        d.economics.figures.add(figure("c", "3", Classification.PUBLIC, null));
        Figure sum = figure("sum", "6", null, "figure:a + figure:b + figure:c");
        sum.declassification = new Declassification("Agency published the total", "w", null);
        d.economics.figures.add(sum);
        TaintResult t = Taint.analyse(d, AGREED_SECRET);
        assertTrue(t.isShownPublicly("figure:sum"));
        assertEquals(Set.of("figure:a"), t.suppressed());
        assertFalse(t.isShownPublicly("figure:a"));
        assertTrue(t.isShownPublicly("figure:c"));
    }

    @Test
    void declassificationIsAnExplicitRecordedDecision() throws Exception {
        Dossier d = budgetDossier();
        PricePoint net = d.prices.get(1);
        // no decision: the agreed price, everything derived from it, and the scanner's targets stay secret
        TaintResult before = Taint.analyse(d, AGREED_SECRET);
        assertTrue(before.declassified().isEmpty());
        assertTrue(ConfidentialValues.of(d, AGREED_SECRET).stream().anyMatch(v -> v.id().equals("net")));

        // a decision without who made it counts (the reason is what makes it a decision) but is reported
        net.declassification = new Declassification("Published by Beslutningsforum 17.11.2025", null,
                LocalDate.of(2025, 11, 17));
        TaintResult anonymous = Taint.analyse(d, AGREED_SECRET);
        assertTrue(anonymous.isShownPublicly("price:net"));
        assertTrue(anonymous.problems().stream().anyMatch(p -> p.contains("price:net") && p.contains("who decided")),
                anonymous.problems().toString());

        net.declassification.author = "Fagsjef, Sykehusinnkjøp";
        TaintResult after = Taint.analyse(d, AGREED_SECRET);
        assertTrue(after.problems().isEmpty(), after.problems().toString());
        assertEquals(Set.of("price:net"), after.declassified().keySet());
        assertEquals("Published by Beslutningsforum 17.11.2025", after.declassified().get("price:net").reason);
        // with its only confidential input public, the whole chain is public
        assertTrue(after.isShownPublicly("cell:net-impact:2"));
        assertTrue(after.isShownPublicly("figure:cost-neutral-years"));
        assertFalse(ConfidentialValues.of(d, AGREED_SECRET).stream().anyMatch(v -> v.id().equals("net")));
        // the decision is stored with the dossier, reason, author and date, and survives a save and reload
        Dossier reloaded = hta.dossier.json.DossierJson.read(hta.dossier.json.DossierJson.write(d));
        Declassification kept = reloaded.prices.get(1).declassification;
        assertEquals("Published by Beslutningsforum 17.11.2025", kept.reason);
        assertEquals("Fagsjef, Sykehusinnkjøp", kept.author);
        assertEquals(LocalDate.of(2025, 11, 17), kept.date);
        assertTrue(Taint.analyse(reloaded, AGREED_SECRET).isShownPublicly("price:net"));
        // rounding is not declassification: a blank reason leaves everything secret
        net.declassification = new Declassification("", "someone", LocalDate.of(2025, 11, 17));
        assertFalse(Taint.analyse(d, AGREED_SECRET).isShownPublicly("price:net"));
        assertFalse(Taint.analyse(d, AGREED_SECRET).isShownPublicly("figure:cost-neutral-years"));
    }

    static List<String> recoverable(List<LinearRelation> relations, List<String> order, Set<String> hidden) {
        // independent check by brute force over the same algebra: a hidden key is recoverable when suppressing
        // nothing more leaves it determined; reuse the engine's solver on the final set
        Map<String, Integer> index = new java.util.LinkedHashMap<>();
        order.forEach(k -> index.put(k, index.size()));
        List<java.math.BigInteger[]> eqs = new java.util.ArrayList<>();
        for (LinearRelation r : relations) {
            java.math.BigInteger[] row = new java.math.BigInteger[index.size()];
            java.util.Arrays.fill(row, java.math.BigInteger.ZERO);
            row[index.get(r.total())] = java.math.BigInteger.ONE;
            r.terms().forEach((k, v) -> row[index.get(k)] = row[index.get(k)].subtract(v.toBigIntegerExact()));
            eqs.add(row);
        }
        return SecondarySuppression.recoverable(eqs, index, hidden);
    }
}
