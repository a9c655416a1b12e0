package hta.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.BudgetImpact;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import hta.dossier.json.DossierJson;
import hta.dossier.validation.Finding;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Derived figures computed from their inputs, so that a memo cannot give two year-1 budget impacts. */
class FormulaEvaluationTest {
    static final Path DEMO = Path.of("../../product/app/src/main/dist/demo-workspace");

    static Figure figure(String id, String value, String unit, String formula) {
        Figure f = new Figure();
        f.id = id;
        f.value = value == null ? null : new BigDecimal(value);
        f.unit = unit;
        f.classification = Classification.CONFIDENTIAL;
        f.formula = formula;
        return f;
    }

    /**
     * The Norwegian budget impact as the demo had it before its formulas were made real: the five-year table's
     * year 1 computes to 201 225 000 NOK, while the separate year-1 figure at the agreed price stored 181 240 000
     * NOK under a formula in words; the confidential memo printed both.
     */
    static Dossier hemgenixAsItWas() {
        Dossier d = new Dossier();
        d.id = "hemgenix";
        PricePoint agreed = new PricePoint();
        agreed.id = "no-rhf-aup";
        agreed.jurisdiction = "no";
        agreed.kind = PriceKind.AGREED_PRICE;
        agreed.amount = new BigDecimal("29950000");
        agreed.currency = "NOK";
        agreed.classification = Classification.CONFIDENTIAL;
        d.prices.add(agreed);
        d.economics.figures.add(figure("no-comparator-annual-cost", "3120000", "NOK", null));
        d.economics.figures.add(figure("no-cost-neutral-years", "9.6", "years",
                "price:no-rhf-aup / figure:no-comparator-annual-cost"));
        BudgetImpact b = new BudgetImpact();
        b.jurisdiction = "no";
        b.currency = "NOK";
        for (String p : new String[] {"7.5", "1.5", "1.5", "1.5", "1.5"}) b.patientsPerYear.add(new BigDecimal(p));
        BudgetImpact.BudgetRow intervention = row("no-budget-intervention");
        BudgetImpact.BudgetRow comparator = row("no-budget-comparator");
        BudgetImpact.BudgetRow impact = row("no-budget-impact");
        StringBuilder patients = new StringBuilder();
        for (int y = 1; y <= 5; y++) {
            patients.append(y == 1 ? "" : " + ").append("patients:").append(y);
            intervention.cells.add(figure("no-budget-intervention-y" + y, null, "NOK", "price:no-rhf-aup * patients:" + y));
            comparator.cells.add(figure("no-budget-comparator-y" + y, null, "NOK",
                    "figure:no-comparator-annual-cost * (" + patients + ")"));
            impact.cells.add(figure("no-budget-impact-y" + y, null, "NOK",
                    "cell:no-budget-intervention:" + y + " - cell:no-budget-comparator:" + y));
        }
        impact.cells.get(0).value = new BigDecimal("201225000");
        b.rows.addAll(List.of(intervention, comparator, impact));
        b.figures.add(figure("no-budget-year1-agreed", "181240000", "NOK", "derived from price:no-rhf-aup and patients year 1"));
        d.budgetImpacts.add(b);
        return d;
    }

    static BudgetImpact.BudgetRow row(String id) {
        BudgetImpact.BudgetRow r = new BudgetImpact.BudgetRow();
        r.id = id;
        r.label = id;
        return r;
    }

    @Test
    void theYearOneBudgetImpactIsComputedOnceFromItsInputs() {
        FormulaEvaluation e = FormulaEvaluation.of(hemgenixAsItWas());
        // 29 950 000 × 7,5 − 3 120 000 × 7,5 = 224 625 000 − 23 400 000
        assertEquals(new BigDecimal("224625000"), e.cell("no-budget-intervention", 1).orElseThrow());
        assertEquals(new BigDecimal("23400000"), e.cell("no-budget-comparator", 1).orElseThrow());
        assertEquals(new BigDecimal("201225000"), e.value("no-budget-impact-y1").orElseThrow());
        assertEquals(new BigDecimal("2805000"), e.cell("no-budget-impact", 5).orElseThrow());
        // the figure whose formula was a sentence has no value a memo could print, and the writer is told
        assertTrue(e.value("no-budget-year1-agreed").isEmpty());
        assertEquals(FormulaEvaluation.Outcome.NOT_A_FORMULA, e.result("no-budget-year1-agreed").orElseThrow().outcome());
        Finding f = e.findings().stream().filter(x -> x.rule().equals("formula-text")).findFirst().orElseThrow();
        assertEquals("$.budgetImpacts[0].figures[0].formula", f.jsonPath());
        // 29 950 000 / 3 120 000 = 9,599…: rounded to the stated precision
        assertEquals(new BigDecimal("9.6"), e.value("no-cost-neutral-years").orElseThrow());
        // an input is stated, not computed
        assertEquals(FormulaEvaluation.Outcome.STATED, e.result("no-comparator-annual-cost").orElseThrow().outcome());
    }

    @Test
    void migratedToARealFormulaTheYearOneFigureAgreesWithTheTable() {
        Dossier d = hemgenixAsItWas();
        Figure year1 = d.budgetImpacts.get(0).figures.get(0);
        year1.formula = "cell:no-budget-impact:1";
        FormulaEvaluation e = FormulaEvaluation.of(d);
        assertEquals(new BigDecimal("201225000"), e.value("no-budget-year1-agreed").orElseThrow());
        // the stale stored value is a finding, and the finding does not print either value
        Finding stale = e.findings().stream().filter(x -> x.rule().equals("formula-value")).findFirst().orElseThrow();
        assertEquals("$.budgetImpacts[0].figures[0].value", stale.jsonPath());
        assertFalse(stale.message().contains("181") || stale.message().contains("201"), stale.message());
        year1.value = new BigDecimal("201225000");
        assertTrue(FormulaEvaluation.of(d).findings().isEmpty(), FormulaEvaluation.of(d).findings().toString());
    }

    @Test
    void missingInputsCyclesAndDivisionByZeroAreFindingsNotValues() {
        Dossier d = new Dossier();
        d.economics.figures.add(figure("a", "1", "NOK", "figure:b + 1"));
        d.economics.figures.add(figure("b", "1", "NOK", "figure:a * 2"));
        d.economics.figures.add(figure("c", "1", "NOK", "price:nowhere * 2"));
        d.economics.figures.add(figure("z", "0", "NOK", null));
        d.economics.figures.add(figure("q", "1", "NOK", "10 / figure:z"));
        FormulaEvaluation e = FormulaEvaluation.of(d);
        assertTrue(e.value("a").isEmpty());
        assertTrue(e.value("b").isEmpty());
        assertEquals(FormulaEvaluation.Outcome.MISSING_INPUT, e.result("c").orElseThrow().outcome());
        assertEquals(FormulaEvaluation.Outcome.ARITHMETIC, e.result("q").orElseThrow().outcome());
        List<String> rules = e.findings().stream().map(Finding::rule).distinct().sorted().toList();
        assertEquals(List.of("formula-arithmetic", "formula-cycle", "formula-input"), rules);
    }

    @Test
    void everyDerivedFigureOfTheDemoWorkspaceComputesAndAgrees() throws Exception {
        try (var files = Files.list(DEMO)) {
            for (Path p : files.filter(x -> x.toString().endsWith(".json")).toList()) {
                Dossier d = DossierJson.read(Files.readAllBytes(p));
                FormulaEvaluation e = FormulaEvaluation.of(d);
                assertEquals(List.of(), e.findings(), p.getFileName().toString());
                for (FormulaEvaluation.Result r : e.results()) assertTrue(r.hasValue(), p.getFileName() + " " + r.key());
            }
        }
    }
}
