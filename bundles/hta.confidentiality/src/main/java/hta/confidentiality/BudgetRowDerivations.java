package hta.confidentiality;

import hta.confidentiality.internal.BaseTargets;
import hta.dossier.BudgetImpact;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.PricePoint;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sums over consecutive years of a budget row, and the changes between two of its years, whose cells are computed
 * from one confidential value (the agreed price × patients per year; the net price from a confidential discount ×
 * patients) and public numbers only: each such sum or change is a × value + b with a and b public, so "just under
 * 390 million over five years" gives the price back (÷ the patients of the five years), and so does "falls by 13.0
 * million from year 1 to year 2" (÷ the change in patients). Every cell is taken back through its formulas, however deep, to the
 * confidential inputs it rests on; a cell that rests on two confidential values (intervention − comparator, both
 * agreed) gives neither alone and is left to the cell sums of {@link BackCalculations}. Linearity is checked, not
 * assumed: the cell is evaluated with the value as it is, doubled and zero. Stateless; one instance per dossier.
 */
final class BudgetRowDerivations {
    private static final MathContext MC = MathContext.DECIMAL64;

    /** A formula or a stated value, under its key ({@code price:a}, {@code figure:b}, {@code cell:r:3}, {@code patients:2}). */
    private record Node(String formula, BigDecimal value) {
    }

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, String> aliases = new HashMap<>();
    private final Map<String, Set<String>> roots = new HashMap<>();
    private final TaintResult taint;

    private BudgetRowDerivations(Dossier d, TaintResult taint) {
        this.taint = taint;
        for (PricePoint p : d.prices) {
            if (p.id != null) nodes.putIfAbsent("price:" + p.id, new Node(null, p.amount));
        }
        for (Figure f : d.economics.figures) figure(f, "figure:" + f.id);
        for (BudgetImpact b : d.budgetImpacts) {
            for (int y = 1; y <= b.patientsPerYear.size(); y++) {
                nodes.putIfAbsent("patients:" + y, new Node(null, b.patientsPerYear.get(y - 1)));
            }
            b.figures.forEach(f -> figure(f, "figure:" + f.id));
            for (BudgetImpact.BudgetRow r : b.rows) {
                for (int y = 1; y <= r.cells.size(); y++) {
                    Figure f = r.cells.get(y - 1);
                    figure(f, "cell:" + r.id + ":" + y);
                    if (f.id != null) aliases.putIfAbsent("figure:" + f.id, "cell:" + r.id + ":" + y);
                }
            }
        }
    }

    private void figure(Figure f, String key) {
        if (f.id == null && key.startsWith("figure:")) return;
        nodes.putIfAbsent(key, new Node(f.formula == null || f.formula.isBlank() ? null : f.formula, f.value));
    }

    /** Every sum over two or more consecutive years of a row computed from one confidential value, as derivations of it. */
    static List<Derivation> of(Dossier d, TaintResult taint) {
        BudgetRowDerivations rows = new BudgetRowDerivations(d, taint);
        List<Derivation> out = new ArrayList<>();
        for (BudgetImpact b : d.budgetImpacts) {
            for (BudgetImpact.BudgetRow r : b.rows) rows.row(r, b.currency, out);
        }
        return out;
    }

    private void row(BudgetImpact.BudgetRow r, String currency, List<Derivation> out) {
        int n = r.cells.size();
        Set<String> rowRoots = new HashSet<>();
        for (int y = 1; y <= n; y++) rowRoots.addAll(roots("cell:" + r.id + ":" + y, new HashSet<>()));
        for (String root : rowRoots) {
            String id = secretId(root);
            BigDecimal v = value(root, null, null, new HashSet<>());
            if (id == null || v == null || v.signum() == 0) continue;
            // per year: slope and offset on the value, or null where the cell rests on another confidential value
            double[] slope = new double[n];
            double[] offset = new double[n];
            boolean[] usable = new boolean[n];
            for (int y = 1; y <= n; y++) {
                String cell = "cell:" + r.id + ":" + y;
                Set<String> on = roots(cell, new HashSet<>());
                if (!Set.of(root).containsAll(on)) continue;
                BigDecimal at = value(cell, root, v, new HashSet<>());
                BigDecimal twice = value(cell, root, v.add(v), new HashSet<>());
                BigDecimal none = value(cell, root, BigDecimal.ZERO, new HashSet<>());
                if (at == null || twice == null || none == null) continue;
                double a = twice.subtract(at).doubleValue() / v.doubleValue();
                double b = at.doubleValue() - a * v.doubleValue();
                if (Math.abs(none.doubleValue() - b) > 1e-9 * Math.max(1, Math.abs(at.doubleValue()))) continue;
                slope[y - 1] = a;
                offset[y - 1] = b;
                usable[y - 1] = true;
            }
            for (int from = 0; from < n; from++) {
                double a = 0;
                double b = 0;
                for (int to = from; to < n && usable[to]; to++) {
                    a += slope[to];
                    b += offset[to];
                    if (to == from || a == 0) continue;
                    out.add(new Derivation(id, "the sum of years " + (from + 1) + "–" + (to + 1) + " of the budget row '"
                            + r.id + "', computed from it", BigDecimal.valueOf(a), BigDecimal.valueOf(b), SecretValue.Kind.AMOUNT,
                            currency));
                }
            }
            // "falls by 13.0 million from year 1 to year 2": the change between two years is the value times the
            // change in patients, as readable as a sum; written as a positive amount, whichever way it goes
            for (int from = 0; from < n; from++) {
                for (int to = from + 1; to < n; to++) {
                    if (!usable[from] || !usable[to]) continue;
                    double a = slope[to] - slope[from];
                    double b = offset[to] - offset[from];
                    if (Math.abs(a) < 1e-12) continue;
                    double sign = a * v.doubleValue() + b < 0 ? -1 : 1;
                    out.add(new Derivation(id, BaseTargets.CHANGE_BETWEEN_YEARS + (from + 1) + " to year " + (to + 1)
                            + " of the budget row '" + r.id + "', computed from it", BigDecimal.valueOf(sign * a),
                            BigDecimal.valueOf(sign * b), SecretValue.Kind.AMOUNT, currency));
                }
            }
        }
    }

    /** The confidential inputs a key rests on, through its formulas. */
    private Set<String> roots(String key, Set<String> visiting) {
        String k = aliases.getOrDefault(key, key);
        Set<String> known = roots.get(k);
        if (known != null) return known;
        Node node = nodes.get(k);
        Set<String> result = new HashSet<>();
        if (node == null || !visiting.add(k)) {
            // unknown or a cycle: nothing linear can be said about it, so it rests on something a reader cannot know
            result.add("?" + k);
            return result;
        }
        if (node.formula() != null) {
            try {
                for (FormulaReference ref : Formula.parse(node.formula()).references()) result.addAll(roots(ref.toString(), visiting));
            } catch (IllegalArgumentException e) {
                result.add("?" + k);
            }
        } else if (!taint.isShownPublicly(k)) {
            result.add(k);
        }
        visiting.remove(k);
        roots.put(k, result);
        return result;
    }

    /** The key's value, computed through its formulas, with {@code root} set to {@code rootValue} (null: as it is). */
    private BigDecimal value(String key, String root, BigDecimal rootValue, Set<String> visiting) {
        String k = aliases.getOrDefault(key, key);
        if (k.equals(root)) return rootValue;
        Node node = nodes.get(k);
        if (node == null || !visiting.add(k)) return null;
        try {
            if (node.formula() == null) return node.value();
            BigDecimal[] missing = new BigDecimal[1];
            BigDecimal v = Formula.parse(node.formula()).evaluate(ref -> {
                BigDecimal x = value(ref.toString(), root, rootValue, visiting);
                if (x == null) {
                    missing[0] = BigDecimal.ONE;
                    return BigDecimal.ZERO;
                }
                return x;
            }, MC);
            return missing[0] != null ? null : v;
        } catch (IllegalArgumentException | ArithmeticException e) {
            return null;
        } finally {
            visiting.remove(k);
        }
    }

    /** The id a finding names for a confidential input: a price's or figure's id, a cell's id or key. */
    private String secretId(String key) {
        if (key.startsWith("price:") || key.startsWith("figure:")) return key.substring(key.indexOf(':') + 1);
        if (key.startsWith("cell:")) {
            for (Map.Entry<String, String> e : aliases.entrySet()) {
                if (e.getValue().equals(key)) return e.getKey().substring("figure:".length());
            }
            return key;
        }
        return null;
    }
}
