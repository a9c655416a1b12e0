package hta.confidentiality.internal;

import hta.confidentiality.Derivation;
import hta.confidentiality.LeakModel;
import hta.confidentiality.SecretValue;
import hta.confidentiality.internal.Quantity.Dim;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The amounts a reader works from when the memo itself supplies the factor — a period written with its length, a
 * count of cycles or years next to the amount, an exchange rate: each confidential amount as it is, and each of
 * the dossier's own derivations of one (the net price from a discount and a list price, a budget row's sum over
 * years), exactly, with its currency where known, sorted. A quantity taken back through the memo's own factor is
 * looked up here with one binary search; the factor, not a guess among many operations, makes the match. Immutable.
 */
public final class BaseTargets {
    /** One amount: what the printed quantity, taken back through the memo's factor, must meet. */
    record Base(double exact, Targets.Target target, String currency, boolean converts) {
    }

    /** How the net price made from a confidential discount and a public list price is named. */
    public static final String NET_PRICE = "list price × (1 − discount), the net price";
    /** How the discount in money made from a confidential discount and a public list price is named. */
    public static final String DISCOUNT_IN_MONEY = "list price × discount, the discount in money";
    /** Added to either when the list price is another jurisdiction's. */
    public static final String ANOTHER_LIST = ", with another jurisdiction's list price";

    /** How a total of treatments at the list price and at the confidential price begins its form. */
    public static final String MIXED_TOTAL = "a total of treatments: ";

    /** How the derivation of a change between two budget years begins its form. */
    public static final String CHANGE_BETWEEN_YEARS = "the change from year ";

    private final Base[] bases;
    private final double[] exact;
    /** The confidential percentages and the dossier's derivations printed as one, sorted by value. */
    private final Targets.Target[] percents;
    private final double[] percentExact;
    private final Set<String> currencies = new TreeSet<>();

    BaseTargets(LeakModel model) {
        List<Base> list = new ArrayList<>();
        List<Targets.Target> pct = new ArrayList<>();
        java.util.Map<String, SecretValue> byId = new java.util.HashMap<>();
        for (SecretValue s : model.secrets()) {
            if (s.value() == null || s.value().signum() == 0) continue;
            byId.putIfAbsent(s.id(), s);
            if (s.kind() == SecretValue.Kind.PERCENTAGE) {
                double v = s.value().abs().doubleValue();
                pct.add(new Targets.Target(s.id(), "", 1, 0, v, Dim.PERCENT, true, false, v, v));
                continue;
            }
            if (!(s.kind() == SecretValue.Kind.AMOUNT || Targets.isMoneyUnit(s.unit()))) continue;
            double v = s.value().abs().doubleValue();
            add(list, new Targets.Target(s.id(), "", 1, 0, v, Dim.MONEY, true, false, v, v), Targets.code(s.unit()));
        }
        if (model.arithmetic()) {
            for (Derivation d : model.derivations()) {
                SecretValue s = byId.get(d.secretId());
                // the change between two budget years is read as written, in the budget's currency; through a
                // memo's factor or a ±8 % reference rate it met a comparator's price by chance
                // a total of treatments at two prices is itself a guess at the counts: no base for the memo's factors
                if (s == null || d.form().startsWith(CHANGE_BETWEEN_YEARS) || d.form().startsWith(MIXED_TOTAL)) continue;
                double v = s.value().abs().doubleValue();
                double slope = d.slope().doubleValue();
                double offset = d.offset().doubleValue();
                double x = Math.abs(slope * v + offset);
                if (x == 0) continue;
                if (d.printed() == SecretValue.Kind.PERCENTAGE) {
                    pct.add(new Targets.Target(s.id(), d.form(), slope, offset, v, Dim.PERCENT, false, false, x, x));
                    continue;
                }
                add(list, new Targets.Target(s.id(), d.form(), slope, offset, v, Dim.MONEY, false, false, x, x), Targets.code(d.currency()));
            }
        }
        list.sort(Comparator.comparingDouble(Base::exact));
        bases = list.toArray(new Base[0]);
        exact = new double[bases.length];
        for (int i = 0; i < bases.length; i++) exact[i] = bases[i].exact();
        pct.sort(Comparator.comparingDouble(Targets.Target::exact));
        percents = pct.toArray(new Targets.Target[0]);
        percentExact = new double[percents.length];
        for (int i = 0; i < percents.length; i++) percentExact[i] = percents[i].exact();
    }

    /** Every confidential percentage, or one the dossier derives, in [lo, hi] (in percent). */
    public void findPercent(double lo, double hi, List<Targets.Target> sink) {
        int i = Arrays.binarySearch(percentExact, lo);
        if (i < 0) i = -i - 1;
        while (i > 0 && percentExact[i - 1] >= lo) i--;
        for (; i < percentExact.length && percentExact[i] <= hi; i++) sink.add(percents[i]);
    }

    private void add(List<Base> list, Targets.Target t, String currency) {
        // at an approximate reference rate (±8 %) an amount meets some sum by chance: only a confidential amount as
        // it is and a price made from a discount with its own jurisdiction's list price are what writers convert
        boolean converts = t.written()
                || (t.form().startsWith(NET_PRICE) || t.form().startsWith(DISCOUNT_IN_MONEY)) && !t.form().endsWith(ANOTHER_LIST);
        list.add(new Base(t.exact(), t, currency, converts));
        if (currency != null) currencies.add(currency);
    }

    /** The currencies of the confidential amounts, where known. */
    public Set<String> currencies() {
        return currencies;
    }

    /**
     * Every amount in [lo, hi], as targets: in {@code currency} (or of an unknown currency, unless {@code strict}),
     * or in any currency when it is null.
     */
    public void find(double lo, double hi, String currency, boolean strict, List<Targets.Target> sink) {
        find(lo, hi, currency, strict, false, sink);
    }

    /**
     * The amounts a reader converts at an approximate reference rate, in {@code currency}: the confidential amounts
     * as they are and the net prices and discounts in money made with their own jurisdiction's list price — not a
     * budget's sums, nor a discount applied to another country's list price, which a band of ±8 % meets by chance.
     */
    public void findConverted(double lo, double hi, String currency, List<Targets.Target> sink) {
        find(lo, hi, currency, true, true, sink);
    }

    private void find(double lo, double hi, String currency, boolean strict, boolean converted, List<Targets.Target> sink) {
        int i = Arrays.binarySearch(exact, lo);
        if (i < 0) i = -i - 1;
        while (i > 0 && exact[i - 1] >= lo) i--;
        for (; i < exact.length && exact[i] <= hi; i++) {
            if (converted && !bases[i].converts()) continue;
            String c = bases[i].currency();
            if (currency == null || currency.equals(c) || c == null && !strict) sink.add(bases[i].target());
        }
    }

    public boolean isEmpty() {
        return bases.length == 0 && percents.length == 0;
    }
}
