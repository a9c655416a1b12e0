package hta.confidentiality.internal;

import hta.confidentiality.internal.Quantity.Dim;
import java.util.ArrayList;
import java.util.List;

/**
 * The VAT rate as an operand of a sentence that names it without printing it: "a discount 7.0 percentage points above
 * the standard rate of VAT" (20 + 7), "a discount 1.35 times the standard rate of VAT" (1.35 × 20), "Återbäringen är
 * 1,26 gånger momssatsen" (1,26 × 25). A reader knows the rate; each of the jurisdictions' rates is taken in turn.
 * A multiplier counts only when written with decimals (a whole "twice the VAT rate" is a round figure that meets
 * confidential percentages by chance), and percentage points above or below the rate. Stateless.
 */
final class VatRateOperands {
    private VatRateOperands() {
    }

    /**
     * The percentages the sentences' numbers make of the VAT rates {@code vat} (fractions: 0.25), where {@code namesVat}
     * says the sentence at a position names VAT; within {@code maxRelative} (half-width over the middle).
     */
    static List<SentenceArithmetic.Result> of(List<Quantity> quantities, java.util.function.IntPredicate namesVat,
                                              double[] vat, double maxRelative) {
        List<SentenceArithmetic.Result> out = new ArrayList<>();
        for (Quantity q : quantities) {
            boolean points = q.dim() == Dim.PERCENT && q.form().endsWith(SentenceArithmetic.POINTS) && q.mid() > 0;
            boolean times = (q.dim() == Dim.PLAIN || q.dim() == Dim.OTHER) && q.mid() > 0 && q.mid() < 10
                    && q.mid() != Math.rint(q.mid());
            if (!points && !times || q.currency() != null || !namesVat.test(q.start())) continue;
            for (double r : vat) {
                double rate = 100 * r;
                if (r <= 0) continue;
                if (points) {
                    add(out, rate + q.lo(), rate + q.hi(), q, "percentage points above the VAT rate its sentence names", maxRelative);
                    add(out, rate - q.hi(), rate - q.lo(), q, "percentage points below the VAT rate its sentence names", maxRelative);
                } else {
                    add(out, rate * q.lo(), rate * q.hi(), q, "times the VAT rate its sentence names", maxRelative);
                }
            }
        }
        return out;
    }

    private static void add(List<SentenceArithmetic.Result> out, double lo, double hi, Quantity q, String form,
                            double maxRelative) {
        if (lo <= 0 || hi >= 100 || (hi - lo) / 2 > maxRelative * (lo + hi) / 2) return;
        out.add(new SentenceArithmetic.Result(lo, hi, null, q, form, true));
    }
}
