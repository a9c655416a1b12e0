package hta.confidentiality.internal;

import hta.confidentiality.internal.Quantity.Dim;
import hta.confidentiality.internal.SentenceArithmetic.Operand;
import hta.confidentiality.internal.SentenceArithmetic.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sentence's amounts taken together, as a reader adds up a list: the sum of three or more amounts of one money
 * ("11 millionar kroner ved infusjon, 9 millionar kroner etter to år og 9,95 millionar kroner etter fem år"), the
 * first less the others ("Fra maks-AUP på 43,03 millioner kroner trekkes … 8 millioner og … 5,08 millioner
 * kroner"), three or more percentages added up in a sentence that names a discount or a confidential price ("a base
 * discount of 15%, a further 7% … and 5.0% …"): seventeenth outside probe. And a year of an amount per month, week
 * or day set against a one-off amount of its sentence. Each amount at face value when whole, so a sum is exact and
 * meets a confidential value only when it is one. Stateless.
 */
final class Totals {
    private Totals() {
    }

    /** The sums of the sentence {@code qs} (three quantities or more); {@code priced}: it names a discount or price. */
    static void of(List<Quantity> qs, boolean priced, double maxRelative, List<Result> out) {
        // millions without a money word are amounts in a memo too ("en engangsrabatt på 8 millioner"), as for the
        // sentence's other arithmetic
        // (a place's first reading says what it is: "efter år 2 og 4,50 mio. kr." is a year before it is 2 million)
        List<Quantity> amounts = onePerPlace(qs);
        // (and a large number without its unit next to amounts of money is in their money: "ti millioner kroner …, fem
        // millioner … og 4,50 millioner")
        amounts.removeIf(q -> q.dim() != Dim.MONEY && !(q.dim() == Dim.PLAIN && q.mid() >= 100_000 && q.period() == 0));
        boolean money = amounts.stream().anyMatch(q -> q.dim() == Dim.MONEY);
        if (money && amounts.size() >= 3 && oneMoney(amounts)) {
            Quantity first = amounts.get(0);
            String currency = null;
            for (Quantity q : amounts) if (currency == null) currency = q.currency();
            Operand sum = asWritten(first);
            Operand less = sum;
            for (Quantity q : amounts.subList(1, amounts.size())) {
                sum = sum.plus(asWritten(q));
                less = less.minus(asWritten(q));
            }
            SentenceArithmetic.add(out, sum, first, currency, "the sum of the " + amounts.size() + " amounts of its sentence",
                    maxRelative);
            SentenceArithmetic.add(out, less, first, currency, "the first amount of its sentence less the others", maxRelative);
        }
        List<Quantity> percentages = onePerPlace(qs);
        percentages.removeIf(q -> q.dim() != Dim.PERCENT || q.form().endsWith(SentenceArithmetic.POINTS) || q.mid() >= 100
                || q.hedge() != null);
        if (priced && percentages.size() >= 3) {
            double lo = 0;
            double hi = 0;
            double face = 0;
            for (Quantity q : percentages) {
                lo += q.lo();
                hi += q.hi();
                face += q.mid();
            }
            if (face < 100) {
                SentenceArithmetic.addPercent(out, new Operand(lo, hi, face, face, percentages.get(0)), percentages.get(0),
                        "the sum of the " + percentages.size() + " percentages of its sentence", maxRelative);
            }
        }
    }

    /**
     * An amount as a reader adds it up: a round one at face value ("10 millioner" is ten million), one printed with
     * its digits ("10,05 millioner") to those digits, so a sum of both is known to the last printed digit (the
     * seventeenth probe's twins: 10 + 8 + 6 + 10,05 millioner is 34,05 millioner, within a price of 34 053 150).
     */
    private static Operand asWritten(Quantity q) {
        boolean digits = (q.hi() - q.lo()) / 2 <= 0.001 * q.mid();
        return digits ? new Operand(q.lo(), q.hi(), q.lo(), q.hi(), q) : SentenceArithmetic.money(q);
    }

    /** The first reading at each place, above zero, in text order. */
    private static List<Quantity> onePerPlace(List<Quantity> qs) {
        Map<Integer, Quantity> first = new LinkedHashMap<>();
        for (Quantity q : qs) first.putIfAbsent(q.start(), q);
        List<Quantity> out = new ArrayList<>(first.values());
        out.removeIf(q -> q.mid() <= 0);
        return out;
    }

    /** Whether the amounts are of one money and one period (an amount without a currency goes with any). */
    private static boolean oneMoney(List<Quantity> amounts) {
        for (Quantity a : amounts) {
            for (Quantity b : amounts) {
                if (!SentenceArithmetic.sameCurrency(a, b) || a.period() != b.period()) return false;
            }
        }
        return true;
    }

    /**
     * A year of an amount per month, week or day ({@code a}), when its sentence also prints a one-off amount in the
     * same money that a year of it may be set against (a list price): a reader takes the rate over a year. "At list
     * price £2,650,000, the NHS pays £161,208 a month over a year": its share of the one-off amount, and what it
     * leaves of it (the discount), are results; the years are returned as operands of the sentence's sums.
     */
    static List<Operand> aYearOf(Operand a, List<Operand> amounts, double maxRelative, List<Result> out) {
        double period = a.q().period();
        if (period <= 0 || period >= 1) return List.of();
        List<Operand> oneOff = new ArrayList<>();
        for (Operand b : amounts) {
            if (b.q().period() == 0 && b.q().start() != a.q().start() && SentenceArithmetic.sameCurrency(a.q(), b.q())) oneOff.add(b);
        }
        if (oneOff.isEmpty()) return List.of();
        List<Operand> years = new ArrayList<>();
        for (double m : SentenceArithmetic.perYear(period)) {
            Operand y = new Operand(a.lo() * m, a.hi() * m, a.faceLo() * m, a.faceHi() * m, a.q());
            years.add(y);
            for (Operand b : oneOff) {
                if (y.hi() >= b.lo()) continue;
                Operand share = new Operand(y.lo() / b.hi() * 100, y.hi() / b.lo() * 100,
                        y.faceLo() / b.faceHi() * 100, y.faceHi() / b.faceLo() * 100, a.q());
                SentenceArithmetic.addPercent(out, share, a.q(),
                        "a year of an amount per period as a share of another amount of its sentence", maxRelative);
                SentenceArithmetic.addPercent(out, new Operand(100 - share.hi(), 100 - share.lo(), 100 - share.faceHi(),
                        100 - share.faceLo(), a.q()), a.q(),
                        "what a year of an amount per period leaves of another amount of its sentence", maxRelative);
            }
        }
        return years;
    }
}
