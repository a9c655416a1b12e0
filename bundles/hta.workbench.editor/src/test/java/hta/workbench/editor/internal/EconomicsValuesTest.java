package hta.workbench.editor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.RedactionMark;
import hta.confidentiality.TaintResult;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import hta.workbench.editor.internal.ops.ListEdit;
import hta.workbench.editor.internal.ops.OperationHistory;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EconomicsValuesTest {

    private static Figure figure(String id, String value, Classification c, String formula) {
        Figure f = new Figure();
        f.id = id;
        f.label = id;
        f.value = value == null ? null : new BigDecimal(value);
        f.classification = c;
        f.formula = formula;
        return f;
    }

    private static ConfidentialityPolicy agreedPricesConfidential() {
        return new ConfidentialityPolicy() {
            @Override
            public Set<PriceKind> confidentialPriceKinds() {
                return Set.of(PriceKind.AGREED_PRICE);
            }

            @Override
            public RedactionMark redactionMark() {
                return RedactionMark.blank();
            }
        };
    }

    @Test
    void analysisTypesReadAsWordsAndAnUnknownCodeIsShownAsItIs() {
        assertEquals("Threshold analysis", ProductValues.label(EconomicsValues.ANALYSIS_TYPES, "THRESHOLD_ANALYSIS"));
        assertEquals("Cost-utility analysis", ProductValues.label(EconomicsValues.ANALYSIS_TYPES, "COST_UTILITY"));
        assertEquals("Cost comparison", ProductValues.label(EconomicsValues.ANALYSIS_TYPES, "COST_COMPARISON"));
        assertEquals("MCDA (unknown code)", ProductValues.label(EconomicsValues.ANALYSIS_TYPES, "MCDA"));
    }

    @Test
    void aValueIsADecimalNumberAndAnythingElseIsRefusedNamingTheFigure() {
        java.util.Locale was = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, java.util.Locale.UK);
        try {
            valuesInTheWorkbenchLocale();
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, java.util.Locale.forLanguageTag("nb-NO"));
            assertEquals(new BigDecimal("9.6"), EconomicsValues.parseValue("x", "9,6"), "a decimal comma in Norwegian");
            assertEquals(new BigDecimal("29950000"), EconomicsValues.parseValue("x", "29\u00a0950\u00a0000"));
        } finally {
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, was);
        }
    }

    private static void valuesInTheWorkbenchLocale() {
        assertEquals(new BigDecimal("3120000"), EconomicsValues.parseValue("x", "3 120 000"));
        assertEquals(new BigDecimal("3120000"), EconomicsValues.parseValue("x", "3,120,000"));
        assertEquals(new BigDecimal("9.6"), EconomicsValues.parseValue("x", " 9.6 "));
        assertNull(EconomicsValues.parseValue("x", "  "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EconomicsValues.parseValue("no-cost-neutral-years", "ten years"));
        assertEquals("Figure no-cost-neutral-years: 'ten years' is not a number; write digits with a point for"
                + " decimals, e.g. 3120000 or 9.6", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EconomicsValues.parseValue("x", "9,6"));
    }

    @Test
    void idsAreSimpleUniqueAndNewOnesDoNotCollide() {
        List<Figure> figures = List.of(figure("figure-2", "1", null, null), figure("icer", "1", null, null));
        assertEquals("icer", EconomicsValues.checkId(figures, "icer", " icer "));
        assertEquals("qaly", EconomicsValues.checkId(figures, "icer", "qaly"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> EconomicsValues.checkId(figures, "icer", "figure-2"))
                .getMessage().contains("exists already"));
        assertThrows(IllegalArgumentException.class, () -> EconomicsValues.checkId(figures, "icer", ""));
        assertThrows(IllegalArgumentException.class, () -> EconomicsValues.checkId(figures, "icer", "a b"));
        assertEquals("figure-3", EconomicsValues.newId(figures));
    }

    @Test
    void aDerivedFigureHasTheValueItsFormulaComputes() {
        Dossier d = new Dossier();
        PricePoint p = new PricePoint();
        p.id = "agreed";
        p.kind = PriceKind.AGREED_PRICE;
        p.amount = new BigDecimal("29950000");
        d.prices.add(p);
        Figure cost = figure("cost", "3120000", Classification.CONFIDENTIAL, null);
        // a new figure (Add Figure) has no value; the formula typed gives it one, at the unit's precision
        Figure years = figure("years", null, Classification.PUBLIC, null);
        years.unit = "years";
        d.economics.figures.addAll(List.of(cost, years));
        assertEquals(new BigDecimal("9.60"), EconomicsValues.computedWith(d, 1, "price:agreed / figure:cost"));
        // what the page shows: computed for the derived figure, stated for the input
        years.formula = "price:agreed / figure:cost";
        var values = EconomicsValues.values(d, hta.confidentiality.FormulaEvaluation.of(d));
        assertEquals(new BigDecimal("9.60"), values.get(1).value());
        assertEquals(new BigDecimal("3120000"), values.get(0).value());
        assertEquals(List.of(), EconomicsValues.formulaProblems(hta.confidentiality.FormulaEvaluation.of(d)));
        // a stored value keeps its precision; a formula that cannot be computed leaves no stale value behind
        years.value = new BigDecimal("9.6");
        assertEquals(new BigDecimal("9.6"), EconomicsValues.computedWith(d, 1, "price:agreed / figure:cost"));
        assertNull(EconomicsValues.computedWith(d, 1, "price:unknown * 2"));
        assertNull(EconomicsValues.computedWith(d, 1, "the agreed price over the comparator's cost"));
        // clearing the formula keeps the value as the input it now is
        assertEquals(new BigDecimal("9.6"), EconomicsValues.computedWith(d, 1, null));
        years.formula = "price:unknown * 2";
        List<String> problems = EconomicsValues.formulaProblems(hta.confidentiality.FormulaEvaluation.of(d));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("price:unknown") && !problems.get(0).contains("29950000"), problems.get(0));
    }

    @Test
    void aDerivedFigureInheritsTheRestrictionOfItsInputsPerJurisdiction() {
        Dossier d = new Dossier();
        PricePoint p = new PricePoint();
        p.id = "agreed";
        p.kind = PriceKind.AGREED_PRICE;
        p.amount = new BigDecimal("100");
        // stored as public: only Norway's policy makes an agreed price confidential (an unclassified one would be
        // confidential everywhere: unknown means confidential)
        p.classification = Classification.PUBLIC;
        d.prices.add(p);
        Figure cost = figure("cost", "10", Classification.PUBLIC, null);
        Figure years = figure("years", "10", Classification.PUBLIC, "price:agreed / figure:cost");
        d.economics.figures.addAll(List.of(cost, years));

        Map<String, ConfidentialityPolicy> policies = new LinkedHashMap<>();
        policies.put("no", agreedPricesConfidential());
        Map<String, TaintResult> one = EconomicsValues.analyse(d, policies);
        assertEquals("Confidential (inherited)", EconomicsValues.describe(years, EconomicsValues.effective(years, one)));
        assertTrue(EconomicsValues.restricted(years, EconomicsValues.effective(years, one)));
        assertEquals("Public", EconomicsValues.describe(cost, EconomicsValues.effective(cost, one)));
        assertFalse(EconomicsValues.restricted(cost, EconomicsValues.effective(cost, one)));

        policies.put("xx", new ConfidentialityPolicy() {
            @Override
            public Set<PriceKind> confidentialPriceKinds() {
                return Set.of();
            }

            @Override
            public RedactionMark redactionMark() {
                return RedactionMark.blank();
            }
        });
        Map<String, TaintResult> two = EconomicsValues.analyse(d, policies);
        assertEquals("NO: Confidential (inherited); XX: Public",
                EconomicsValues.describe(years, EconomicsValues.effective(years, two)));

        // without any jurisdiction plugin only the dossier's own classifications count
        cost.classification = Classification.CONFIDENTIAL;
        Map<String, TaintResult> none = EconomicsValues.analyse(d, Map.of());
        assertEquals("Confidential (inherited)", EconomicsValues.describe(years, EconomicsValues.effective(years, none)));
        assertEquals("Confidential", EconomicsValues.describe(cost, EconomicsValues.effective(cost, none)));
        assertEquals(Classification.PUBLIC, EconomicsValues.toggled(cost));
        assertEquals(Classification.CONFIDENTIAL, EconomicsValues.toggled(years));
    }

    @Test
    void addingAndRemovingFiguresAreSingleEditsThatUndoExactly() {
        Dossier d = new Dossier();
        Figure a = figure("a", "1", null, null);
        Figure b = figure("b", "2", null, null);
        d.economics.figures.addAll(List.of(a, b));
        OperationHistory h = new OperationHistory(d);
        h.execute(ListEdit.remove("Remove figure a", d, x -> x.economics.figures, 0));
        assertEquals(List.of(b), d.economics.figures);
        Figure c = figure("c", "3", null, null);
        h.execute(ListEdit.insert("Add figure c", x -> x.economics.figures, 1, c));
        assertEquals(List.of(b, c), d.economics.figures);
        h.undo();
        h.undo();
        assertEquals(List.of(a, b), d.economics.figures);
        assertFalse(h.isDirty());
        h.redo();
        h.redo();
        assertEquals(List.of(b, c), d.economics.figures);
        assertEquals(List.of("Add figure c", "Remove figure a"), h.undoLabels(), "most recent first");
    }
}
