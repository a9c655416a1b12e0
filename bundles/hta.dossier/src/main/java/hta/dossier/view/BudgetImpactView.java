package hta.dossier.view;

import hta.dossier.BudgetImpact;
import java.math.BigDecimal;
import java.util.List;

/** Read-only {@link BudgetImpact}: patients per year and a table of figures. Immutable. @since 1.0 */
public record BudgetImpactView(String jurisdiction, String currency, List<BigDecimal> patientsPerYear,
                               List<BudgetRow> rows, List<FigureView> figures) {
    public BudgetImpactView {
        patientsPerYear = Copies.list(patientsPerYear);
        rows = Copies.list(rows);
        figures = Copies.list(figures);
    }

    public static BudgetImpactView of(BudgetImpact b) {
        return b == null ? null : new BudgetImpactView(b.jurisdiction, b.currency, b.patientsPerYear,
                Copies.list(b.rows, BudgetRow::of), Copies.list(b.figures, FigureView::of));
    }

    /** One row of the table: a label and one cell per year. */
    public record BudgetRow(String id, String label, List<FigureView> cells) {
        public BudgetRow {
            cells = Copies.list(cells);
        }

        static BudgetRow of(BudgetImpact.BudgetRow r) {
            return new BudgetRow(r.id, r.label, Copies.list(r.cells, FigureView::of));
        }

        BudgetImpact.BudgetRow toModel() {
            BudgetImpact.BudgetRow r = new BudgetImpact.BudgetRow();
            r.id = id;
            r.label = label;
            r.cells = Copies.mutable(cells, FigureView::toModel);
            return r;
        }
    }

    BudgetImpact toModel() {
        BudgetImpact b = new BudgetImpact();
        b.jurisdiction = jurisdiction;
        b.currency = currency;
        b.patientsPerYear = Copies.mutable(patientsPerYear, v -> v);
        b.rows = Copies.mutable(rows, BudgetRow::toModel);
        b.figures = Copies.mutable(figures, FigureView::toModel);
        return b;
    }
}
