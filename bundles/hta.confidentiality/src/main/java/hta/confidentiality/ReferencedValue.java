package hta.confidentiality;

import hta.dossier.BudgetImpact;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A value of the dossier that narrative can refer to instead of typing it: a price, an economics or budget figure,
 * or a budget-table cell.
 *
 * @param id    the name a reference uses: the item's id, or {@code cell:<rowId>:<year>} for a cell without one
 * @param key   the taint engine's key ({@code price:<id>}, {@code figure:<id>}, {@code cell:<rowId>:<year>})
 * @param value the value, or null when the dossier has none yet
 * @param unit  a currency code, {@link #PERCENT} for a discount or rebate without currency, a unit word, or null
 * @param label what the value is, for a writer choosing one (the figure's label, the price's kind)
 * @since 0.4
 */
public record ReferencedValue(String id, String key, BigDecimal value, String unit, String label) {
    /** The unit of a share written as a percentage. */
    public static final String PERCENT = "percent";

    @Override
    public String toString() {
        // never the value: this record travels into lists a writer sees and into logs
        return "ReferencedValue[" + id + "]";
    }

    /**
     * Every value of the dossier a reference can name, by each name it can be given (a cell with an id under its
     * id and its {@code cell:} form). A name used twice refers to nothing: which value was meant cannot be known.
     */
    public static Map<String, ReferencedValue> of(Dossier d) {
        Map<String, ReferencedValue> byName = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        for (PricePoint p : d.prices) {
            if (p.id == null) continue;
            boolean share = (p.kind == PriceKind.DISCOUNT || p.kind == PriceKind.REBATE) && p.currency == null;
            put(byName, count, new ReferencedValue(p.id, "price:" + p.id, p.amount, share ? PERCENT : p.currency,
                    p.kind == null ? "price" : p.kind.name()));
        }
        for (Figure f : d.economics.figures) figure(byName, count, f);
        for (BudgetImpact b : d.budgetImpacts) {
            b.figures.forEach(f -> figure(byName, count, f));
            for (BudgetImpact.BudgetRow row : b.rows) {
                for (int y = 1; y <= row.cells.size(); y++) {
                    Figure f = row.cells.get(y - 1);
                    String key = "cell:" + row.id + ":" + y;
                    String unit = f.unit != null ? f.unit : b.currency;
                    String label = (row.label == null ? row.id : row.label) + ", year " + y;
                    if (row.id != null) put(byName, count, new ReferencedValue(key, key, f.value, unit, label));
                    if (f.id != null) put(byName, count, new ReferencedValue(f.id, key, f.value, unit, label));
                }
            }
        }
        count.forEach((name, n) -> {
            if (n > 1) byName.remove(name);
        });
        return byName;
    }

    private static void figure(Map<String, ReferencedValue> byName, Map<String, Integer> count, Figure f) {
        if (f.id == null) return;
        String unit = f.unit != null && (f.unit.equals("%") || f.unit.equalsIgnoreCase(PERCENT)) ? PERCENT : f.unit;
        put(byName, count, new ReferencedValue(f.id, "figure:" + f.id, f.value, unit, f.label == null ? f.id : f.label));
    }

    private static void put(Map<String, ReferencedValue> byName, Map<String, Integer> count, ReferencedValue v) {
        byName.putIfAbsent(v.id(), v);
        count.merge(v.id(), 1, Integer::sum);
    }
}
