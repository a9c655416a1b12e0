package hta.confidentiality.internal;

import hta.confidentiality.Formula;
import hta.confidentiality.FormulaReference;
import hta.confidentiality.internal.ValueItems.Item;
import hta.confidentiality.internal.ValueItems.Kind;
import hta.dossier.BudgetImpact;
import hta.dossier.Dossier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every formula of a dossier: it can be read (a derivation in words or a misspelt reference cannot), it names
 * only inputs the dossier has, and no value depends on itself. A formula's text is never quoted: it may hold a
 * constant a writer typed from a confidential figure. Stateless.
 */
public final class FormulaCheck {
    private static final Pattern WHERE = Pattern.compile("at character (\\d+): (.*)$");

    /** A formula problem; see {@link hta.confidentiality.StructuralProblem} for the fields. */
    public record Problem(String rule, String field, String itemId, String message) {
    }

    private FormulaCheck() {
    }

    public static List<Problem> check(Dossier d, List<Item> items) {
        Set<String> prices = new HashSet<>();
        Set<String> figures = new HashSet<>();
        Map<String, Integer> rows = new HashMap<>();
        int years = 0;
        for (Item i : items) {
            if (i.id() == null) continue;
            if (i.kind() == Kind.PRICE) prices.add(i.id());
            if (i.kind() == Kind.FIGURE || i.kind() == Kind.CELL) figures.add(i.id());
        }
        for (BudgetImpact b : d.budgetImpacts) {
            years = Math.max(years, b.patientsPerYear.size());
            for (BudgetImpact.BudgetRow r : b.rows) if (r.id != null) rows.merge(r.id, r.cells.size(), Math::max);
        }
        List<Problem> out = new ArrayList<>();
        Map<String, Set<String>> graph = new LinkedHashMap<>();
        Map<String, Item> byKey = new LinkedHashMap<>();
        for (Item i : items) {
            if (!i.hasFormula()) continue;
            String at = i.path() + ".formula";
            Formula f;
            try {
                f = Formula.parse(i.formula());
            } catch (IllegalArgumentException e) {
                Matcher m = WHERE.matcher(String.valueOf(e.getMessage()));
                out.add(new Problem("formula", at, i.id(), "the formula cannot be read" + (m.find() ? " (at character "
                        + m.group(1) + ": " + m.group(2) + ")" : "") + ", so what the value is computed from cannot be"
                        + " established (a derivation in words or a misspelt reference); it is treated as confidential"
                        + " until the formula names its inputs, e.g. price:<id> * patients:1"));
                continue;
            }
            Set<String> inputs = new HashSet<>();
            for (FormulaReference r : f.references()) {
                if (!known(r, prices, figures, rows, years)) {
                    out.add(new Problem("formula-input", at, i.id(), "the formula names " + r + ", which is not in"
                            + " the dossier; the value is treated as confidential until the formula names an existing input"));
                } else if (r.kind() != FormulaReference.Kind.PRICE && r.kind() != FormulaReference.Kind.PATIENTS) {
                    inputs.add(r.toString());
                }
            }
            String key = i.kind() == Kind.CELL ? i.key() : "figure:" + i.id();
            graph.put(key, inputs);
            byKey.put(key, i);
            if (i.kind() == Kind.CELL && i.id() != null) graph.put("figure:" + i.id(), Set.of(key));
        }
        for (Map.Entry<String, Item> e : byKey.entrySet()) {
            if (reaches(graph, e.getKey(), e.getKey(), new HashSet<>())) {
                Item i = e.getValue();
                out.add(new Problem("formula-cycle", i.path() + ".formula", i.id(), "the formula depends on its own"
                        + " value (through the formulas it names); it is treated as confidential until the cycle is broken"));
            }
        }
        return out;
    }

    private static boolean known(FormulaReference r, Set<String> prices, Set<String> figures, Map<String, Integer> rows,
                                 int years) {
        switch (r.kind()) {
            case PRICE: return prices.contains(r.id());
            case FIGURE: return figures.contains(r.id());
            case CELL: return rows.getOrDefault(r.id(), 0) >= r.year();
            default: return r.year() <= years;
        }
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String target, Set<String> seen) {
        for (String next : graph.getOrDefault(from, Set.of())) {
            if (next.equals(target)) return true;
            if (seen.add(next) && reaches(graph, next, target, seen)) return true;
        }
        return false;
    }
}
