package hta.workbench.editor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hta.dossier.BudgetImpact;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Regression (outsider's walk): Budget Impact's formulas showed their references raw, "cell:…", "price:no-rhf-aup". */
class FormulaWordsTest {
    private static Dossier dossier() {
        Dossier d = new Dossier();
        PricePoint p = new PricePoint();
        p.id = "no-rhf-aup";
        p.jurisdiction = "no";
        p.kind = PriceKind.AGREED_PRICE;
        d.prices.add(p);
        Figure f = new Figure();
        f.id = "no-comparator-annual-cost";
        f.label = "Annual cost of the comparator";
        d.economics.figures.add(f);
        BudgetImpact b = new BudgetImpact();
        b.jurisdiction = "no";
        BudgetImpact.BudgetRow r = new BudgetImpact.BudgetRow();
        r.id = "no-budget-intervention";
        r.label = "Intervensjon";
        b.rows.add(r);
        d.budgetImpacts.add(b);
        return d;
    }

    @Test
    void referencesReadByWhatTheyName() {
        Dossier d = dossier();
        assertEquals("Norway agreed price × patients in year 1",
                FormulaWords.of(d, "price:no-rhf-aup * patients:1", Map.of("no", "Norway")::get));
        assertEquals("Annual cost of the comparator × (patients in year 1 + patients in year 2)",
                FormulaWords.of(d, "figure:no-comparator-annual-cost * (patients:1 + patients:2)", Map.of("no", "Norway")::get));
        assertEquals("Intervensjon, year 2 - Intervensjon, year 1",
                FormulaWords.of(d, "cell:no-budget-intervention:2 - cell:no-budget-intervention:1", Map.of("no", "Norway")::get));
    }

    @Test
    void aReferenceTheDossierDoesNotHoldStaysAsWritten() {
        assertEquals("price:gone × 2", FormulaWords.of(dossier(), "price:gone * 2", c -> c));
    }
}
