package hta.confidentiality.internal;

import hta.confidentiality.internal.Quantity.Dim;
import java.util.Arrays;
import java.util.List;

/**
 * The results of every chain of two operations on every confidential amount, exactly, packed and sorted: there
 * are some 150 chains per value, so they are kept as primitives (a chain's result, its value, its chain) and a
 * {@link Targets.Target} is made only for a hit. A chain is looked up only for a number printed to four
 * significant digits or more, within its printed precision, so the window is narrow. Immutable and thread-safe.
 */
final class ChainTargets {
    private final double[] results;
    private final int[] value;
    private final int[] chain;
    private final List<String> ids;
    private final List<String> currencies;
    private final double[] values;
    private final List<Operations.Op> chains;
    private final double tolerance;

    /**
     * @param ids    the confidential amounts' ids
     * @param currencies their ISO currency codes, null where unknown
     * @param values their values (absolute)
     * @param chains the chains of operations
     */
    ChainTargets(List<String> ids, List<String> currencies, double[] values, List<Operations.Op> chains, double tolerance) {
        this.ids = ids;
        this.currencies = currencies;
        this.values = values;
        this.chains = chains;
        this.tolerance = tolerance;
        int n = values.length * chains.size();
        // sort by result through one primitive sort: a float's bits order like the float for positive numbers,
        // and the pair's index rides in the low half (the exact result is recomputed for each hit)
        long[] packed = new long[n];
        int k = 0;
        for (int v = 0; v < values.length; v++) {
            for (int c = 0; c < chains.size(); c++) {
                float r = (float) (values[v] * chains.get(c).factor());
                packed[k] = ((long) Float.floatToIntBits(r) << 32) | k;
                k++;
            }
        }
        Arrays.sort(packed);
        results = new double[n];
        value = new int[n];
        chain = new int[n];
        for (int i = 0; i < n; i++) {
            int index = (int) packed[i];
            value[i] = index / chains.size();
            chain[i] = index % chains.size();
            results[i] = values[value[i]] * chains.get(chain[i]).factor();
        }
    }

    int size() {
        return results.length;
    }

    /** Every chain whose exact result lies in [lo, hi], as targets of {@code dim}. */
    void find(double lo, double hi, Dim dim, List<Targets.Target> sink) {
        // the float sort order may differ from the exact one by a relative 1e-7; widen the search by that
        double slack = 1e-6 * hi;
        int i = Arrays.binarySearch(results, lo - slack);
        if (i < 0) i = -i - 1;
        for (; i < results.length && results[i] <= hi + slack; i++) {
            if (results[i] < lo || results[i] > hi) continue;
            Operations.Op op = chains.get(chain[i]);
            double v = values[value[i]];
            double spread = op.factor() * v * tolerance;
            sink.add(new Targets.Target(ids.get(value[i]), op.form(), op.factor(), 0, v, dim, false, true,
                    results[i] - spread, results[i] + spread, currencies.get(value[i]), Double.NaN));
        }
    }
}
