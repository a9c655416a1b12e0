package hta.confidentiality.internal;

import hta.dossier.Agreement;
import hta.dossier.BudgetImpact;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.PricePoint;
import java.util.ArrayList;
import java.util.List;

/**
 * Every item of a dossier that holds a value which can be confidential, with the JSON path it has in the file:
 * prices, economics and budget figures, budget rows and cells, agreements. Stateless.
 */
public final class ValueItems {
    /** What an item is. */
    public enum Kind { PRICE, FIGURE, ROW, CELL, AGREEMENT }

    /**
     * One item.
     *
     * @param kind           what it is
     * @param path           its JSON path, e.g. {@code $.budgetImpacts[0].rows[1].cells[2]}
     * @param id             its own id, or null
     * @param key            the taint engine's key ({@code price:a}, {@code figure:b}, {@code cell:row:3}), null for
     *                       rows and agreements
     * @param classification its stored classification
     * @param formula        its formula (figures and cells), or null
     * @param item           the model object
     */
    public record Item(Kind kind, String path, String id, String key, Classification classification, String formula,
                       Object item) {
        public boolean hasFormula() {
            return formula != null && !formula.isBlank();
        }
    }

    private ValueItems() {
    }

    public static List<Item> of(Dossier d) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < d.prices.size(); i++) {
            PricePoint p = d.prices.get(i);
            items.add(new Item(Kind.PRICE, "$.prices[" + i + "]", p.id, "price:" + p.id, p.classification, null, p));
        }
        for (int i = 0; i < d.economics.figures.size(); i++) {
            figure(items, d.economics.figures.get(i), "$.economics.figures[" + i + "]");
        }
        for (int b = 0; b < d.budgetImpacts.size(); b++) {
            BudgetImpact bi = d.budgetImpacts.get(b);
            String at = "$.budgetImpacts[" + b + "]";
            for (int i = 0; i < bi.figures.size(); i++) figure(items, bi.figures.get(i), at + ".figures[" + i + "]");
            for (int r = 0; r < bi.rows.size(); r++) {
                BudgetImpact.BudgetRow row = bi.rows.get(r);
                String rowAt = at + ".rows[" + r + "]";
                items.add(new Item(Kind.ROW, rowAt, row.id, null, null, null, row));
                for (int c = 0; c < row.cells.size(); c++) {
                    Figure f = row.cells.get(c);
                    items.add(new Item(Kind.CELL, rowAt + ".cells[" + c + "]", f.id, "cell:" + row.id + ":" + (c + 1),
                            f.classification, f.formula, f));
                }
            }
        }
        for (int s = 0; s < d.submissions.size(); s++) {
            List<Agreement> agreements = d.submissions.get(s).agreements;
            for (int a = 0; a < agreements.size(); a++) {
                Agreement ag = agreements.get(a);
                items.add(new Item(Kind.AGREEMENT, "$.submissions[" + s + "].agreements[" + a + "]", ag.id, null,
                        ag.classification, null, ag));
            }
        }
        return items;
    }

    private static void figure(List<Item> items, Figure f, String path) {
        items.add(new Item(Kind.FIGURE, path, f.id, "figure:" + f.id, f.classification, f.formula, f));
    }

    /** A JSON path member: {@code .name} where it is a plain name, {@code ['name']} otherwise. */
    public static String member(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_-]*") ? "." + name : "['" + name.replace("'", "\\'") + "']";
    }
}
