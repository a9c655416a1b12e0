package hta.confidentiality.internal;

import hta.confidentiality.internal.Quantity.Dim;
import hta.confidentiality.internal.SentenceArithmetic.Operand;
import hta.confidentiality.internal.SentenceArithmetic.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole told in parts over two sentences of a paragraph, which a reader adds up as easily as within one
 * (fourteenth probe): two amounts, one in each ("Første del er 18 millioner kroner. Andre del … utgjør 11 950 tusen
 * kroner"); an amount and the share of the whole it is, or that the rest is ("14,7 miljoner kronor vid infusionen.
 * Resten, två femtedelar av hela beloppet, …", "£1,440,000 up front. The remaining 24.13% of the total …", "Det
 * tilsvarer 50,08 prosent av det samlede beløpet", "The other half of the total follows"); and an amount so many
 * times over, the count said in the other sentence ("Regionerne betaler i to rater. Første rate er 9,75 mio. kr.").
 * The operands as {@link SentenceArithmetic} takes them, results to its precision. Stateless.
 */
final class TwoSentences {
    private static final String OVER_TWO = " (over two sentences)";

    private TwoSentences() {
    }

    static void parts(List<Quantity> first, List<Quantity> second, double maxRelative, List<Result> out) {
        pairs(first, second, maxRelative, out);
        pairs(second, first, maxRelative, out);
        for (Quantity a : first) {
            for (Quantity b : second) {
                if (a.dim() == Dim.MONEY && b.dim() == Dim.MONEY && a.mid() > 0 && b.mid() > 0 && a.period() == b.period()
                        && (a.currency() == null || b.currency() == null || a.currency().equals(b.currency()))) {
                    String currency = a.currency() != null ? a.currency() : b.currency();
                    SentenceArithmetic.add(out, SentenceArithmetic.money(a).plus(SentenceArithmetic.money(b)), a, currency,
                            "the sum of two amounts" + OVER_TWO, maxRelative);
                }
            }
        }
    }

    /**
     * A change told in a sentence of its own after a figure told in another, a sentence or two without numbers
     * between them: "Leverandørens første tilbud var 35,40 millioner kroner. Sykehusinnkjøp avviste tilbudet i mai.
     * Det endelige tilbudet ble 5,45 millioner kroner lavere", "The company's opening offer was a 15% discount. …
     * The final discount was 12.0 percentage points deeper" (sixteenth probe). The first less the second (the sum
     * is read for any two amounts), and a percentage moved by percentage points; only when each sentence holds that
     * one figure, so a paragraph's figures are not set against each other at large.
     */
    static void change(List<Quantity> first, List<Quantity> second, double maxRelative, List<Result> out) {
        if (!onePlace(first) || !onePlace(second)) return;
        // every reading of each ("£300,000" is 300 000, and 300 with three decimals)
        for (Quantity a : first) {
            for (Quantity b : second) change(a, b, maxRelative, out);
        }
    }

    /** Whether the quantities are readings of one number, at one place. */
    private static boolean onePlace(List<Quantity> qs) {
        for (Quantity q : qs) if (q.start() != qs.get(0).start()) return false;
        return !qs.isEmpty();
    }

    private static void change(Quantity a, Quantity b, double maxRelative, List<Result> out) {
        if (a.mid() <= 0 || b.mid() <= 0 || a.hedge() != null || b.hedge() != null) return;
        if (a.dim() == Dim.MONEY && b.dim() == Dim.MONEY && a.period() == b.period() && a.mid() > b.mid()
                && (a.currency() == null || b.currency() == null || a.currency().equals(b.currency()))) {
            String currency = a.currency() != null ? a.currency() : b.currency();
            SentenceArithmetic.add(out, SentenceArithmetic.money(a).minus(SentenceArithmetic.money(b)), a, currency,
                    "an amount less the change told after it" + OVER_TWO, maxRelative);
        }
        if (a.dim() == Dim.PERCENT && b.dim() == Dim.PERCENT && !a.form().endsWith(SentenceArithmetic.POINTS)
                && b.form().endsWith(SentenceArithmetic.POINTS) && a.mid() < 100) {
            PercentArithmetic.movedByPoints(a, b, "a percentage" + OVER_TWO, maxRelative, out);
        }
    }

    /** An amount of {@code amounts}' sentence with each share or count of {@code other}'s. */
    private static void pairs(List<Quantity> amounts, List<Quantity> other, double maxRelative, List<Result> out) {
        for (Quantity a : amounts) {
            if (a.dim() != Dim.MONEY || a.mid() <= 0) continue;
            Operand amount = SentenceArithmetic.money(a);
            for (Quantity p : other) {
                double share = share(p);
                if (share > 0 && share < 1) {
                    double lo = p.dim() == Dim.PERCENT ? p.lo() / 100 : p.lo();
                    double hi = p.dim() == Dim.PERCENT ? p.hi() / 100 : p.hi();
                    // the amount at face value, the share as written ("25 %" is a quarter) and to its printed digits
                    // ("15 millioner … 50,08 prosent" is 15 million over 50,075 to 50,085 %)
                    for (boolean written : new boolean[] {true, false}) {
                        Operand of = written ? new Operand(lo, hi, share, share, p) : new Operand(lo, hi, lo, hi, p);
                        Operand rest = written ? new Operand(1 - hi, 1 - lo, 1 - share, 1 - share, p)
                                : new Operand(1 - hi, 1 - lo, 1 - hi, 1 - lo, p);
                        SentenceArithmetic.add(out, amount.per(of, 1), a, a.currency(), "÷ a share of the whole" + OVER_TWO,
                                maxRelative);
                        SentenceArithmetic.add(out, amount.per(rest, 1), a, a.currency(),
                                "÷ what is left of the whole by a share" + OVER_TWO, maxRelative);
                    }
                } else if (p.dim() == Dim.OTHER && p.mid() >= 2 && p.mid() <= 12 && p.mid() == Math.rint(p.mid())) {
                    Operand n = new Operand(p.mid(), p.mid(), p);
                    SentenceArithmetic.add(out, amount.times(n, 1), a, a.currency(), "× a count" + OVER_TWO, maxRelative);
                }
            }
        }
    }

    /** A percentage or a fraction as a share of one, or 0 when {@code q} is neither. */
    private static double share(Quantity q) {
        if (q.dim() == Dim.PERCENT && q.mid() > 0 && q.mid() < 100) return q.mid() / 100;
        if (q.dim() == Dim.PLAIN && q.form().contains("fraction") && q.mid() > 0 && q.mid() < 1) return q.mid();
        return 0;
    }
}
