package hta.confidentiality;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Secondary suppression: when totals are shown, one hidden cell in a line is recoverable, so hide more until no
 * hidden value can be computed exactly from the public ones (CONFIDENTIALITY.md, principle 3).
 *
 * <p>A hidden value is recoverable when the linear system of the relations, with every public value known,
 * determines it uniquely; the check is an exact Gauss–Jordan elimination over the hidden columns. While some
 * hidden value is recoverable, the engine hides one more public value from a relation that involves it,
 * choosing the one that leaves the fewest recoverable values, ties broken by position (greedy: safe, not
 * always the fewest cells). The choice depends
 * only on the table's structure and classifications, never on values, so the public document does not change
 * when only confidential inputs change (principle 4). Bounds (e.g. values are non-negative) are not used by
 * this check: it protects against exact recovery. Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class SecondarySuppression {
    private SecondarySuppression() {
    }

    /**
     * @param hidden   every key hidden so far (all of them)
     * @param added    keys this run hid in addition
     * @param problems values that stay recoverable because every other member of their relations is fixed
     *                 public (e.g. explicitly declassified)
     */
    public record Result(Set<String> hidden, Set<String> added, List<String> problems) {
    }

    /**
     * @param order     every key in display order (decides ties); keys only in relations come after
     * @param relations the totals a reader sees
     * @param hidden    keys hidden by their classification
     * @param fixed     public keys that must stay public (declassified by decision)
     */
    public static Result suppress(List<String> order, List<LinearRelation> relations, Set<String> hidden,
                                  Set<String> fixed) {
        List<String> vars = new ArrayList<>(new LinkedHashSet<>(order));
        for (LinearRelation r : relations) {
            if (!vars.contains(r.total())) vars.add(r.total());
            r.terms().keySet().forEach(k -> {
                if (!vars.contains(k)) vars.add(k);
            });
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String v : vars) index.put(v, index.size());
        List<BigInteger[]> equations = equations(relations, index);

        Set<String> now = new LinkedHashSet<>(hidden);
        Set<String> added = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        Set<String> given = new LinkedHashSet<>();
        while (true) {
            List<String> exposed = recoverable(equations, index, now);
            exposed.removeAll(given);
            if (exposed.isEmpty()) break;
            String victim = exposed.get(0);
            String best = null;
            int bestCount = Integer.MAX_VALUE;
            List<String> candidates = candidates(relations, victim, now, fixed, vars);
            if (candidates.isEmpty()) {
                // recoverable through a combination of relations (e.g. a row total from the net total and the
                // other row's total): any public value in the relations may be the one to hide
                candidates = candidates(relations, null, now, fixed, vars);
            }
            for (String candidate : candidates) {
                Set<String> trial = new LinkedHashSet<>(now);
                trial.add(candidate);
                int count = recoverable(equations, index, trial).size();
                if (count < bestCount) {
                    bestCount = count;
                    best = candidate;
                }
            }
            if (best == null) {
                problems.add(victim + " can be computed from values shown publicly (declassified totals); it"
                        + " cannot be protected by hiding more");
                given.add(victim);
                continue;
            }
            now.add(best);
            added.add(best);
        }
        return new Result(now, added, problems);
    }

    /** Relations of a budget table shown with a net-impact row and/or row totals. */
    public static List<LinearRelation> budgetTable(BudgetTableLayout t) {
        List<LinearRelation> result = new ArrayList<>();
        if (t.netImpactRowId() != null) {
            for (int y = 1; y <= t.years(); y++) {
                Map<String, BigDecimal> terms = new LinkedHashMap<>();
                for (Map.Entry<String, Integer> e : t.netImpactSigns().entrySet()) {
                    terms.put(BudgetTableLayout.cell(e.getKey(), y), BigDecimal.valueOf(e.getValue()));
                }
                result.add(new LinearRelation(BudgetTableLayout.cell(t.netImpactRowId(), y), terms));
            }
        }
        if (t.rowTotals()) {
            for (String row : t.rowIds()) {
                String[] cells = new String[t.years()];
                for (int y = 1; y <= t.years(); y++) cells[y - 1] = BudgetTableLayout.cell(row, y);
                result.add(LinearRelation.sum(BudgetTableLayout.total(row), cells));
            }
        }
        return result;
    }

    private static List<String> candidates(List<LinearRelation> relations, String victim, Set<String> hidden,
                                           Set<String> fixed, List<String> order) {
        Set<String> c = new LinkedHashSet<>();
        for (LinearRelation r : relations) {
            if (victim != null && !r.total().equals(victim) && !r.terms().containsKey(victim)) continue;
            c.add(r.total());
            c.addAll(r.terms().keySet());
        }
        c.removeAll(hidden);
        c.removeAll(fixed);
        List<String> sorted = new ArrayList<>(order);
        sorted.retainAll(c);
        return sorted;
    }

    /** Each relation as integer coefficients: total − Σ c·term = 0 (decimals scaled to integers). */
    private static List<BigInteger[]> equations(List<LinearRelation> relations, Map<String, Integer> index) {
        List<BigInteger[]> rows = new ArrayList<>();
        for (LinearRelation r : relations) {
            int scale = r.terms().values().stream().mapToInt(v -> Math.max(0, v.stripTrailingZeros().scale()))
                    .max().orElse(0);
            BigDecimal factor = BigDecimal.TEN.pow(scale);
            BigDecimal[] row = new BigDecimal[index.size()];
            java.util.Arrays.fill(row, BigDecimal.ZERO);
            row[index.get(r.total())] = row[index.get(r.total())].add(factor);
            r.terms().forEach((k, v) -> row[index.get(k)] = row[index.get(k)].subtract(v.multiply(factor)));
            BigInteger[] ints = new BigInteger[row.length];
            for (int i = 0; i < row.length; i++) ints[i] = row[i].setScale(0, java.math.RoundingMode.UNNECESSARY).toBigIntegerExact();
            rows.add(ints);
        }
        return rows;
    }

    /** Hidden keys that the public values determine exactly, in variable order. */
    static List<String> recoverable(List<BigInteger[]> equations, Map<String, Integer> index, Set<String> hidden) {
        List<Integer> cols = new ArrayList<>();
        List<String> names = new ArrayList<>();
        index.forEach((k, i) -> {
            if (hidden.contains(k)) {
                cols.add(i);
                names.add(k);
            }
        });
        List<BigInteger[]> m = new ArrayList<>();
        for (BigInteger[] eq : equations) {
            BigInteger[] row = new BigInteger[cols.size()];
            boolean any = false;
            for (int j = 0; j < cols.size(); j++) {
                row[j] = eq[cols.get(j)];
                any |= row[j].signum() != 0;
            }
            if (any) m.add(row);
        }
        int[] pivotOfRow = gaussJordan(m, cols.size());
        List<String> result = new ArrayList<>();
        for (int r = 0; r < m.size(); r++) {
            int p = pivotOfRow[r];
            if (p < 0) continue;
            boolean alone = true;
            for (int j = 0; j < cols.size() && alone; j++) alone = j == p || m.get(r)[j].signum() == 0;
            if (alone) result.add(names.get(p));
        }
        result.sort(java.util.Comparator.comparingInt(index::get));
        return result;
    }

    /** Reduced row echelon form in place, fraction-free with gcd normalisation; the pivot column of each row. */
    private static int[] gaussJordan(List<BigInteger[]> m, int cols) {
        int[] pivot = new int[m.size()];
        java.util.Arrays.fill(pivot, -1);
        int row = 0;
        for (int c = 0; c < cols && row < m.size(); c++) {
            int sel = -1;
            for (int r = row; r < m.size(); r++) {
                if (m.get(r)[c].signum() != 0) {
                    sel = r;
                    break;
                }
            }
            if (sel < 0) continue;
            java.util.Collections.swap(m, row, sel);
            BigInteger[] p = m.get(row);
            for (int r = 0; r < m.size(); r++) {
                if (r == row || m.get(r)[c].signum() == 0) continue;
                BigInteger[] x = m.get(r);
                BigInteger f = x[c];
                for (int j = 0; j < cols; j++) x[j] = x[j].multiply(p[c]).subtract(p[j].multiply(f));
                normalise(x);
            }
            pivot[row] = c;
            row++;
        }
        return pivot;
    }

    private static void normalise(BigInteger[] x) {
        BigInteger g = BigInteger.ZERO;
        for (BigInteger v : x) g = g.gcd(v);
        if (g.signum() == 0 || g.equals(BigInteger.ONE)) return;
        for (int j = 0; j < x.length; j++) x[j] = x[j].divide(g);
    }
}
