package hta.confidentiality.internal;

import hta.confidentiality.Derivation;
import hta.confidentiality.LeakModel;
import hta.confidentiality.SecretValue;
import hta.confidentiality.internal.Quantity.Dim;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every quantity from which a reader recovers a confidential value, precomputed: for each value and each
 * operation (written as is; VAT in and out; × 2 … 10; per month, week, day and back; per pack, patient or other
 * public divisor and back; the dossier's own {@link Derivation}s), the interval of printed results that recover
 * it within the tolerance. Kept sorted per dimension, so a printed quantity is looked up with one binary search.
 * Immutable and thread-safe.
 */
public final class Targets {
    /** One way back to a confidential value: printed x = slope × value + offset. */
    public record Target(String secretId, String form, double slope, double offset, double secret, Dim dim,
                         boolean written, double lo, double hi, String afterDigits) {
        public Target(String secretId, String form, double slope, double offset, double secret, Dim dim, boolean written,
                      double lo, double hi) {
            // the form as a finding says it for a number in plain digits, made once rather than per finding
            this(secretId, form, slope, offset, secret, dim, written, lo, hi, form.isEmpty() ? "digits" : "digits, " + form);
        }
    }

    private static final Map<String, Double> DURATION_UNITS = Map.of("years", 1.0, "year", 1.0, "months", 1 / 12.0,
            "month", 1 / 12.0, "weeks", 7 / 365.25, "week", 7 / 365.25, "days", 1 / 365.25, "day", 1 / 365.25);

    private final double tolerance;
    private final Map<Dim, Sorted> byDim = new HashMap<>();
    private final int size;

    public Targets(LeakModel model) {
        this.tolerance = model.tolerance().doubleValue();
        Map<Dim, List<Target>> all = new HashMap<>();
        Map<String, SecretValue> byId = new HashMap<>();
        for (SecretValue s : model.secrets()) {
            if (s.value() == null || s.value().signum() == 0) continue;
            byId.putIfAbsent(s.id(), s);
            add(all, s, model);
        }
        if (model.arithmetic()) {
            for (Derivation d : model.derivations()) {
                SecretValue s = byId.get(d.secretId());
                if (s == null) continue;
                Dim dim = d.printed() == SecretValue.Kind.PERCENTAGE ? Dim.PERCENT : Dim.MONEY;
                put(all, s, dim, d.form(), d.slope().doubleValue(), d.offset().doubleValue(), false);
            }
        }
        int n = 0;
        for (Map.Entry<Dim, List<Target>> e : all.entrySet()) {
            byDim.put(e.getKey(), new Sorted(e.getValue()));
            n += e.getValue().size();
        }
        size = n;
    }

    public int size() {
        return size;
    }

    public double tolerance() {
        return tolerance;
    }

    private void add(Map<Dim, List<Target>> all, SecretValue s, LeakModel model) {
        String unit = s.unit() == null ? "" : s.unit().toLowerCase(Locale.ROOT);
        Double years = DURATION_UNITS.get(unit);
        if (s.kind() == SecretValue.Kind.PERCENTAGE) {
            put(all, s, Dim.PERCENT, "", 1, 0, true);
            return;
        }
        if (years != null) {
            put(all, s, Dim.DURATION, "", years, 0, true);
            return;
        }
        boolean money = s.kind() == SecretValue.Kind.AMOUNT || isMoneyUnit(s.unit());
        Dim dim = money ? Dim.MONEY : Dim.PLAIN;
        put(all, s, dim, "", 1, 0, true);
        if (!model.arithmetic() || !money) return;
        for (BigDecimal r : model.vatRates()) {
            double f = 1 + r.doubleValue();
            put(all, s, dim, "with VAT", f, 0, false);
            put(all, s, dim, "without VAT", 1 / f, 0, false);
        }
        for (int k = 2; k <= 10; k++) put(all, s, dim, "× " + k + " (a total over years, or a multiple)", k, 0, false);
        periods(all, s, dim, 12, "month");
        periods(all, s, dim, 52, "week");
        periods(all, s, dim, 365, "day");
        for (BigDecimal d : model.divisors()) {
            double v = d.doubleValue();
            if (v <= 1 || v == 12 || v == 52 || v == 365 || (v <= 10 && v == Math.rint(v))) continue;
            String p = d.stripTrailingZeros().toPlainString();
            put(all, s, dim, "divided by the public number " + p + " (per pack, patient or year)", 1 / v, 0, false);
            put(all, s, dim, "times the public number " + p, v, 0, false);
        }
    }

    private void periods(Map<Dim, List<Target>> all, SecretValue s, Dim dim, int k, String per) {
        put(all, s, dim, "per " + per, 1.0 / k, 0, false);
        put(all, s, dim, "from a " + per + "ly amount to a year", k, 0, false);
    }

    /** Whether a figure's unit is money: an ISO code alone or in a ratio (NOK, NOK/QALY). */
    private static boolean isMoneyUnit(String unit) {
        if (unit == null) return false;
        for (String part : unit.split("[/ ]")) {
            if (part.length() == 3 && part.chars().allMatch(Character::isUpperCase)) return true;
        }
        return false;
    }

    private void put(Map<Dim, List<Target>> all, SecretValue s, Dim dim, String form, double slope, double offset,
                     boolean written) {
        double v = s.value().abs().doubleValue();
        double a = slope * v * (1 - tolerance) + offset;
        double b = slope * v * (1 + tolerance) + offset;
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        if (hi <= 0) {
            double m = lo;
            lo = -hi;
            hi = -m;
        }
        if (lo < 0) lo = 0;
        all.computeIfAbsent(dim, x -> new ArrayList<>()).add(new Target(s.id(), form, slope, offset, v, dim, written, lo, hi));
    }

    /** Every target of {@code dim} whose interval meets [lo, hi). */
    public void find(Dim dim, double lo, double hi, List<Target> sink) {
        Sorted s = byDim.get(dim);
        if (s != null) s.find(lo, hi, sink);
    }

    /** One dimension's targets sorted by lower end; wide ones apart so the walk back stays short. */
    private static final class Sorted {
        private static final double WIDE = 1.5;
        private final double[] lo;
        private final double[] hi;
        private final Target[] targets;
        private final double maxRatio;
        private final List<Target> wide = new ArrayList<>();

        Sorted(List<Target> list) {
            List<Target> narrow = new ArrayList<>();
            double ratio = 1;
            for (Target t : list) {
                if (t.lo() <= 0 || t.hi() / t.lo() > WIDE) {
                    wide.add(t);
                } else {
                    narrow.add(t);
                    ratio = Math.max(ratio, t.hi() / t.lo());
                }
            }
            narrow.sort(Comparator.comparingDouble(Target::lo));
            targets = narrow.toArray(new Target[0]);
            lo = new double[targets.length];
            hi = new double[targets.length];
            for (int i = 0; i < targets.length; i++) {
                lo[i] = targets[i].lo();
                hi[i] = targets[i].hi();
            }
            maxRatio = ratio;
        }

        void find(double qlo, double qhi, List<Target> sink) {
            // first index with lo > qhi
            int a = 0;
            int b = lo.length;
            while (a < b) {
                int m = (a + b) >>> 1;
                if (lo[m] <= qhi) a = m + 1;
                else b = m;
            }
            double floor = qlo / maxRatio;
            for (int i = a - 1; i >= 0 && lo[i] >= floor; i--) {
                if (hi[i] >= qlo) sink.add(targets[i]);
            }
            for (Target t : wide) {
                if (t.lo() <= qhi && t.hi() >= qlo) sink.add(t);
            }
        }
    }
}
