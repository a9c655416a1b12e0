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
