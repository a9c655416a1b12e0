package hta.confidentiality.internal;

import hta.confidentiality.LeakModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic writers do on an amount in prose, as factors: VAT in and out, per month, week and day and back to
 * a year, multiples and totals over years, a half, a third or a quarter, per pack, patient or other public number
 * of the dossier and back — and the two-step chains writers use ("with VAT, per vial", "per patient and month",
 * "a monthly price over five years" = × 12 × 5). A chain is one factor, so it is indexed like a single operation.
 * Stateless.
 */
final class Operations {
    /** What an operation does, which decides the chains it takes part in. */
    enum Family { VAT, PER_PERIOD, TO_YEAR, MULTIPLE, PART, PER_DIVISOR, TIMES_DIVISOR }

    /** One operation or chain: printed = factor × value. */
    record Op(double factor, String form, Family family, boolean chain) {
    }

    /** Days in a year and weeks in a year as writers count them, both ways (365 or 365,25 days; 52 or 52,18 weeks). */
    private static final double[][] PERIODS = {{12, 0}, {52, 1}, {365.25 / 7, 1}, {365, 2}, {365.25, 2}};
    private static final String[] PERIOD_NAMES = {"month", "week", "day"};
    private static final String[] PARTS = {"", "", "a half", "a third", "a quarter"};

    private Operations() {
    }

    /** Every single operation on an amount under the model: its VAT rates and public divisors. */
    static List<Op> single(LeakModel model) {
        List<Op> ops = new ArrayList<>();
        for (BigDecimal r : model.vatRates()) {
            double f = 1 + r.doubleValue();
            ops.add(new Op(f, "with VAT", Family.VAT, false));
            ops.add(new Op(1 / f, "without VAT", Family.VAT, false));
        }
        for (int k = 2; k <= 10; k++) ops.add(new Op(k, "× " + k + " (a total over years, or a multiple)", Family.MULTIPLE, false));
        for (int k = 2; k <= 4; k++) ops.add(new Op(1.0 / k, PARTS[k], Family.PART, false));
        for (double[] p : PERIODS) {
            String per = PERIOD_NAMES[(int) p[1]];
            ops.add(new Op(1 / p[0], "per " + per, Family.PER_PERIOD, false));
            ops.add(new Op(p[0], "from a " + per + "ly amount to a year", Family.TO_YEAR, false));
        }
        for (BigDecimal d : model.divisors()) {
            double v = d.doubleValue();
            if (v <= 1 || v == 12 || v == 52 || v == 365 || (v <= 10 && v == Math.rint(v))) continue;
            String n = d.stripTrailingZeros().toPlainString();
            ops.add(new Op(1 / v, "divided by the public number " + n + " (per pack, patient or year)", Family.PER_DIVISOR, false));
            ops.add(new Op(v, "times the public number " + n, Family.TIMES_DIVISOR, false));
        }
        return ops;
    }

    /** The two-step chains writers use, each once (a chain equal to a single operation is left out). */
    static List<Op> chains(List<Op> single) {
        List<Op> out = new ArrayList<>();
        for (Op a : single) {
            for (Op b : single) {
                if (!chained(a.family(), b.family())) continue;
                double f = a.factor() * b.factor();
                if (contains(single, f) || contains(out, f)) continue;
                out.add(new Op(f, a.form() + ", then " + b.form(), b.family(), true));
            }
        }
        return out;
    }

    /** Which operation a writer does after which: VAT on any result; per patient or pack, then per period or over years. */
    private static boolean chained(Family first, Family then) {
        return switch (first) {
            case VAT -> then != Family.VAT;
            case PER_DIVISOR, TIMES_DIVISOR -> then == Family.PER_PERIOD || then == Family.MULTIPLE;
            case TO_YEAR -> then == Family.MULTIPLE;
            default -> false;
        };
    }

    private static boolean contains(List<Op> ops, double factor) {
        for (Op o : ops) {
            if (Math.abs(o.factor() - factor) <= 1e-9 * factor) return true;
        }
        return false;
    }
}
