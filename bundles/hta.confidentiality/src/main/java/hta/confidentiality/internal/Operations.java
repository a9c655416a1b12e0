package hta.confidentiality.internal;

import hta.confidentiality.LeakModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic writers do on an amount in prose, as factors: VAT in and out, per month, week and day and back to
 * a year, multiples and totals over years, a half, a third or a quarter, per pack, patient or other public number
 * of the dossier and back — and the chains writers use ("with VAT, per vial", "per patient and month",
 * "a monthly price over five years" = × 12 × 5, "over ten years, per month", "with VAT, over five years, per
 * month"). A chain is one factor, so it is indexed like a single operation.
 * Stateless.
 */
final class Operations {
    /** What an operation does, which decides the chains it takes part in. */
    enum Family { VAT, PER_PERIOD, TO_YEAR, MULTIPLE, PART, PER_DIVISOR, TIMES_DIVISOR, SPREAD }

    /** One operation or chain: printed = factor × value. */
    record Op(double factor, String form, Family family, boolean chain) {
        /**
         * For an operation the memo need not state, the period in years a printed rate states it by (÷ 12 is stated
         * by "per month", × 12 by "a year"), 0 when none does (a multiple, a part, times a public number),
         * {@link Targets#PER_WORD} for a public divisor (stated by "per vial", "per patient"); NaN for VAT, which a
         * price simply includes or not.
         */
        double guess() {
            return switch (family) {
                case VAT -> Double.NaN;
                case PER_PERIOD -> factor;
                case TO_YEAR -> 1;
                case PER_DIVISOR -> Targets.PER_WORD;
                default -> 0;
            };
        }
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

    /**
     * The chains writers use, each once (a chain equal to a single operation or an earlier chain is left out): the
     * two-step chains below, a one-off price spread over a horizon of 2 to 10 years and then per month, week or day
     * ("over ten years, £14 170 per month"), and that with VAT first, the one three-step chain writers commonly
     * write ("including VAT, over five years, per month"). A horizon alone is not an operation of its own: "a
     * tenth of the price" is no one's arithmetic, and every extra single operation widens what a round number meets.
     */
    static List<Op> chains(List<Op> single) {
        List<Op> out = new ArrayList<>();
        for (Op a : single) {
            for (Op b : single) {
                // per pack, then per unit of the pack ("30 tabletter à 100 mg": per milligram): two different numbers
                boolean twoDivisors = a.family() == Family.PER_DIVISOR && b.family() == Family.PER_DIVISOR;
                if (twoDivisors && a.factor() == b.factor()) continue;
                if (chained(a.family(), b.family()) || twoDivisors) add(single, out, a, b);
            }
        }
        List<Op> spread = new ArrayList<>();
        for (int years = 2; years <= MAX_HORIZON; years++) {
            Op over = new Op(1.0 / years, "spread over " + years + " years", Family.SPREAD, false);
            for (double[] p : SPREAD_PERIODS) {
                String per = PERIOD_NAMES[(int) p[1]];
                spread.add(new Op(1.0 / years / p[0], over.form() + ", then per " + per, Family.PER_PERIOD, false));
            }
        }
        for (Op s : spread) add(single, out, s, null);
        for (Op vat : single) {
            if (vat.family() != Family.VAT) continue;
            // VAT on a monthly share of a horizon only: the three-step chain writers write; more would meet too much
            for (Op s : spread) {
                if (s.form().endsWith("per month")) add(single, out, vat, s);
            }
        }
        return out;
    }

    /** The longest horizon a one-off price is spread over in prose (a ten-year horizon is the usual longest). */
    private static final int MAX_HORIZON = 10;
    /** The periods a spread price is given per: month, week and day, each counted one way. */
    private static final double[][] SPREAD_PERIODS = {{12, 0}, {52, 1}, {365, 2}};

    /** Adds {@code a} then {@code b} (b null: a alone, as a chain) unless its factor is already there. */
    private static void add(List<Op> single, List<Op> out, Op a, Op b) {
        double f = b == null ? a.factor() : a.factor() * b.factor();
        if (contains(single, f) || contains(out, f)) return;
        out.add(new Op(f, b == null ? a.form() : a.form() + ", then " + b.form(), b == null ? a.family() : b.family(), true));
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
