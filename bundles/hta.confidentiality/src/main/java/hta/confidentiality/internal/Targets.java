package hta.confidentiality.internal;

import hta.confidentiality.Derivation;
import hta.confidentiality.LeakModel;
import hta.confidentiality.PublicValue;
import hta.confidentiality.SecretValue;
import hta.confidentiality.internal.Quantity.Dim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every quantity from which a reader recovers a confidential value, precomputed: for each value and each
 * operation (written as is; the {@link Operations} writers do, single and chained; the dossier's own
 * {@link Derivation}s, alone and with one operation), the interval of printed results that recover it within the
 * tolerance; and what the public values give through the same operations, which explains a printed number. Kept sorted per dimension, so a printed quantity is looked up with one binary search.
 * Immutable and thread-safe.
 */
public final class Targets {
    /**
     * One way back to a confidential value: printed x = slope × value + offset. {@code written}: the value as is;
     * {@code chain}: two operations or more (a dossier's derivation and one operation, or a chain of {@link Operations}).
     */
    public record Target(String secretId, String form, double slope, double offset, double secret, Dim dim,
                         boolean written, boolean chain, double lo, double hi, String afterDigits, String currency,
                         double guess) {
        public Target(String secretId, String form, double slope, double offset, double secret, Dim dim, boolean written,
                      boolean chain, double lo, double hi) {
            this(secretId, form, slope, offset, secret, dim, written, chain, lo, hi, null, Double.NaN);
        }

        /**
         * @param currency the ISO code of the amount the target gives (the value's, or a derivation's list price's),
         *                 or null when unknown
         * @param guess    NaN, or for an operation the memo need not state (a multiple, a part, a period, a public
         *                 divisor): the period in years a printed rate must have to state it (1/12 for "per month"), 0
         *                 when no rate states it
         */
        public Target(String secretId, String form, double slope, double offset, double secret, Dim dim, boolean written,
                      boolean chain, double lo, double hi, String currency, double guess) {
            // the form as a finding says it for a number in plain digits, made once rather than per finding
            this(secretId, form, slope, offset, secret, dim, written, chain, lo, hi,
                    form.isEmpty() ? "digits" : "digits, " + form, currency, guess);
        }

        /**
         * Whether the target is an operation the printed quantity and its sentence do not state: a multiple, a part
         * or times a public number; a division by a public number without a rate word before a noun or a period in
         * the sentence ("per hetteglass", "dagsprisen"); a period the sentence does not name ("30 000 kr i måneden",
         * "Per måned rundt 990 000 kr" state "per month").
         */
        public boolean unstatedFor(Quantity q, Sentences sentences) {
            if (Double.isNaN(guess) || guess == 0) return guess == 0;
            if (guess > 0 && q.period() > 0 && Math.abs(q.period() / guess - 1) <= PERIOD_MATCH) return false;
            Sentence s = sentences.around(q.start());
            // a pack price per day ("dagsprisen" of a 28-day pack) divides by the pack's number: a named period states it
            if (guess == PER_WORD) return !s.perNoun() && !s.namesAPeriod();
            return !s.namesPeriod(guess);
        }

        /** Whether the target is an operation a sentence may or may not state (a multiple, a part, a period, a divisor). */
        public boolean guessed() {
            return !Double.isNaN(guess);
        }

        /** The same target read another way: a percentage as a ratio (0,3687). */
        public Target scaled(String newForm, double by) {
            return new Target(secretId, newForm, slope * by, offset * by, secret, dim, written, chain, lo * by, hi * by,
                    currency, guess);
        }

        /** The printed value the operation gives, exactly. */
        public double exact() {
            return Math.abs(slope * secret + offset);
        }

        /**
         * The printed amount the tolerance on the value stands for: |slope| × value × tolerance, or half the
         * target's interval where that is wider (a net price made from a discount is itself the price paid, recovered
         * within the tolerance of a price).
         */
        public double spread(double tolerance) {
            return Math.max(Math.abs(slope) * secret * tolerance, (hi - lo) / 2);
        }
    }

    /** The unit of a ratio of a public list price to a confidential price (a value of its own; prose only). */
    public static final String RATIO_TO_LIST = "ratio of a public list price to this price";
    /** The unit of the same ratio as a percentage above the price (a markup): it has no meaningful complement. */
    public static final String MARKUP = "percent by which a public list price exceeds this price";

    /** The form of a markup as written: free goods are a discount, never compared with it (see FreeGoods). */
    public static final String AS_MARKUP = "how much the list price lies above it";

    /** The form of a markup m as the list price's percentage of the price, 100 + m ("143,7 % av det sykehusene betaler"). */
    static final String AS_PERCENT_OF_PRICE = "the list price as a percentage of it";

    /** The form of a percentage's complement, 100 − p. */
    static final String COMPLEMENT = "100 − the percentage (what is paid, or what is taken off)";

    /** The guess of a per-unit operation a sentence states with a rate word before a noun ("per hetteglass"). */
    static final double PER_WORD = -1;

    /** Weeks counted as 52 or 52,18 a year, days as 365 or 365,25: one period within this share. */
    private static final double PERIOD_MATCH = 0.01;

    private static final Map<String, Double> DURATION_UNITS = Map.of("years", 1.0, "year", 1.0, "months", 1 / 12.0,
            "month", 1 / 12.0, "weeks", 7 / 365.25, "week", 7 / 365.25, "days", 1 / 365.25, "day", 1 / 365.25);

    private final double tolerance;
    private final Map<Dim, Sorted> byDim = new HashMap<>();
    private final int size;
    private final double[] explainers;
    private final ChainTargets chained;
    private final BaseTargets base;
    /** The confidential percentages, rounded (see {@link #rounded}). */
    private final java.util.Set<Double> percentages = new java.util.HashSet<>();

    public Targets(LeakModel model) {
        this.tolerance = model.tolerance().doubleValue();
        Map<Dim, List<Target>> all = new HashMap<>();
        Map<String, SecretValue> byId = new HashMap<>();
        List<Operations.Op> single = model.arithmetic() ? Operations.single(model) : List.of();
        List<Operations.Op> chains = Operations.chains(single);
        List<String> chainIds = new ArrayList<>();
        List<String> chainCurrencies = new ArrayList<>();
        List<Double> chainValues = new ArrayList<>();
        for (SecretValue s : model.secrets()) {
            if (s.value() != null && s.kind() == SecretValue.Kind.PERCENTAGE) percentages.add(rounded(s.value().doubleValue()));
        }
        for (SecretValue s : model.secrets()) {
            if (s.value() == null || s.value().signum() == 0) continue;
            byId.putIfAbsent(s.id(), s);
            if (add(all, s, single)) {
                chainIds.add(s.id());
                chainCurrencies.add(code(s.unit()));
                chainValues.add(s.value().abs().doubleValue());
            }
        }
        double[] cv = new double[chainValues.size()];
        for (int i = 0; i < cv.length; i++) cv[i] = chainValues.get(i);
        chained = new ChainTargets(chainIds, chainCurrencies, cv, chains, tolerance);
        if (model.arithmetic()) {
            for (Derivation d : model.derivations()) {
                SecretValue s = byId.get(d.secretId());
                if (s == null) continue;
                Dim dim = d.printed() == SecretValue.Kind.PERCENTAGE ? Dim.PERCENT : Dim.MONEY;
                double slope = d.slope().doubleValue();
                double offset = d.offset().doubleValue();
                // a price made from a confidential percentage (the net price) is the price paid: it leaks when it is
                // recovered within the tolerance of a price ("roughly £1¾ million" for £1 763 000)
                boolean price = s.kind() == SecretValue.Kind.PERCENTAGE && dim == Dim.MONEY;
                String cur = code(d.currency());
                if (d.form().startsWith(BaseTargets.MIXED_TOTAL)) {
                    // counts the sentence need not state: a guess, read for numbers shown to four digits only
                    put(all, s, Dim.MONEY, d.form(), slope, offset, false, false, cur, 0);
                    continue;
                }
                if (price) putPrice(all, s, d.form(), slope, offset, false, cur);
                else put(all, s, dim, d.form(), slope, offset, false, false, cur, Double.NaN);
                if (dim != Dim.MONEY) continue;
                // the derivation and one operation on its result: the net price per vial, with VAT, per month …
                for (Operations.Op o : single) {
                    if (price) putPrice(all, s, d.form() + ", " + o.form(), slope * o.factor(), offset * o.factor(), true, cur);
                    else put(all, s, dim, d.form() + ", " + o.form(), slope * o.factor(), offset * o.factor(), false, true, cur, Double.NaN);
                }
                // a confidential percentage turned into a price (the net price from a discount) is then a price like
                // any other, and writers chain on it: per patient per month over ten years, with VAT per month
                if (s.kind() != SecretValue.Kind.PERCENTAGE) continue;
                for (Operations.Op o : chains) {
                    put(all, s, dim, d.form() + ", " + o.form(), slope * o.factor(), offset * o.factor(), false, true, cur, Double.NaN);
                }
            }
        }
        int n = 0;
        for (Map.Entry<Dim, List<Target>> e : all.entrySet()) {
            byDim.put(e.getKey(), new Sorted(e.getValue()));
            n += e.getValue().size();
        }
        size = n + chained.size();
        explainers = explainers(model, single, chains);
        base = new BaseTargets(model);
    }

    /** The confidential amounts and the dossier's derivations of them, exactly, for factors the memo supplies. */
    public BaseTargets base() {
        return base;
    }

    /**
     * What the public values give through the same operations, exactly, sorted: a printed number that is one of
     * them is the writer's arithmetic on a public value (the list price per vial), not a confidential value's.
     */
    private static double[] explainers(LeakModel model, List<Operations.Op> single, List<Operations.Op> chains) {
        List<Double> out = new ArrayList<>();
        for (PublicValue p : model.publicValues()) {
            // amounts only: a case number or a count times a month or a VAT factor is no one's arithmetic on a price
            // (identifier 2025 × 24 months "explained" 48 500 kr away from a confidential 48 300)
            if (p.value() == null || p.value().signum() == 0 || p.kind() == SecretValue.Kind.PERCENTAGE
                    || p.kind() == SecretValue.Kind.NUMBER) continue;
            double v = p.value().abs().doubleValue();
            for (Operations.Op o : single) out.add(v * o.factor());
            for (Operations.Op o : chains) out.add(v * o.factor());
        }
        double[] a = new double[out.size()];
        for (int i = 0; i < a.length; i++) a[i] = out.get(i);
        java.util.Arrays.sort(a);
        return a;
    }

    /** Whether a public value gives a number in [lo, hi] through an operation. */
    public boolean explained(double lo, double hi) {
        int i = java.util.Arrays.binarySearch(explainers, lo);
        if (i < 0) i = -i - 1;
        return i < explainers.length && explainers[i] <= hi;
    }

    public int size() {
        return size;
    }

    public double tolerance() {
        return tolerance;
    }

    /** A percentage to nine decimals, so that a share and its complement computed apart compare equal. */
    private static double rounded(double p) {
        return Math.round(p * 1e9) / 1e9;
    }

    /** Adds the value as written and with each single operation; true for an amount (which chains take too). */
    private boolean add(Map<Dim, List<Target>> all, SecretValue s, List<Operations.Op> single) {
        String unit = s.unit() == null ? "" : s.unit().toLowerCase(Locale.ROOT);
        Double years = DURATION_UNITS.get(unit);
        if (s.kind() == SecretValue.Kind.PERCENTAGE) {
            put(all, s, Dim.PERCENT, MARKUP.equals(s.unit()) ? AS_MARKUP : "", 1, 0, true, false);
            if (MARKUP.equals(s.unit())) put(all, s, Dim.PERCENT, AS_PERCENT_OF_PRICE, 1, 100, false, false);
            // its complement: a discount of 34.6 % is "the NHS pays 65.4 % of the list price", "65.4p in the pound";
            // a share of 66.7 % is "a third below the list price"
            // (not when the complement is a confidential value of its own: an agreed price's share and discount)
            double v = s.value().doubleValue();
            if (v < 100 && !MARKUP.equals(s.unit()) && !percentages.contains(rounded(100 - v))) {
                put(all, s, Dim.PERCENT, COMPLEMENT, -1, 100, false, false);
            }
            return false;
        }
        if (years != null) {
            put(all, s, Dim.DURATION, "", years, 0, true, false);
            return false;
        }
        boolean money = s.kind() == SecretValue.Kind.AMOUNT || isMoneyUnit(s.unit());
        Dim dim = money ? Dim.MONEY : Dim.PLAIN;
        put(all, s, dim, "", 1, 0, true, false);
        if (!money) return false;
        for (Operations.Op o : single) put(all, s, dim, o.form(), o.factor(), 0, false, false, code(s.unit()), o.guess());
        return !single.isEmpty();
    }

    /** Every chain of two operations on an amount whose exact result lies in [lo, hi] (money). */
    public void findChains(double lo, double hi, List<Target> sink) {
        chained.find(lo, hi, Dim.MONEY, sink);
    }

    /** Whether a figure's unit is money: an ISO code alone or in a ratio (NOK, NOK/QALY). */
    static boolean isMoneyUnit(String unit) {
        if (unit == null) return false;
        for (String part : unit.split("[/ ]")) {
            if (part.length() == 3 && part.chars().allMatch(Character::isUpperCase)) return true;
        }
        return false;
    }

    private void put(Map<Dim, List<Target>> all, SecretValue s, Dim dim, String form, double slope, double offset,
                     boolean written, boolean chain) {
        put(all, s, dim, form, slope, offset, written, chain, code(s.unit()), Double.NaN);
    }

    /** An ISO 4217 code as a unit says it ("NOK"), or null (a ratio such as NOK/QALY has no one currency). */
    static String code(String unit) {
        if (unit == null || unit.length() != 3) return null;
        for (int i = 0; i < 3; i++) {
            if (!Character.isUpperCase(unit.charAt(i))) return null;
        }
        return unit;
    }

    private void put(Map<Dim, List<Target>> all, SecretValue s, Dim dim, String form, double slope, double offset,
                     boolean written, boolean chain, String currency, double guess) {
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
        all.computeIfAbsent(dim, x -> new ArrayList<>())
                .add(new Target(s.id(), form, slope, offset, v, dim, written, chain, lo, hi, currency, guess));
    }

    /** A price made from a confidential percentage, within the tolerance of the price (and of the percentage). */
    private void putPrice(Map<Dim, List<Target>> all, SecretValue s, String form, double slope, double offset, boolean chain,
                          String currency) {
        double v = s.value().abs().doubleValue();
        double exact = Math.abs(slope * v + offset);
        double a = slope * v * (1 - tolerance) + offset;
        double b = slope * v * (1 + tolerance) + offset;
        double lo = Math.max(0, Math.min(Math.min(a, b), exact * (1 - tolerance)));
        double hi = Math.max(Math.max(a, b), exact * (1 + tolerance));
        all.computeIfAbsent(Dim.MONEY, x -> new ArrayList<>())
                .add(new Target(s.id(), form, slope, offset, v, Dim.MONEY, false, chain, lo, hi, currency, Double.NaN));
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
