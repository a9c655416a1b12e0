package hta.confidentiality.internal;

import static hta.confidentiality.internal.SentenceArithmetic.POINTS;
import static hta.confidentiality.internal.SentenceArithmetic.addPercent;

import hta.confidentiality.internal.Quantity.Dim;
import hta.confidentiality.internal.SentenceArithmetic.Operand;
import hta.confidentiality.internal.SentenceArithmetic.Result;
import java.util.List;

/**
 * The writer's arithmetic on the percentages of a sentence, for {@link SentenceArithmetic}: reductions one after the
 * other, percentage points on a share or a percentage, and so many of a percentage. Stateless.
 */
final class PercentArithmetic {
    private PercentArithmetic() {
    }

    /**
     * "Fra maksimal AUP trekkes først 20 prosent, og av det som står igjen trekkes ytterligere 13 prosent", "25% is
     * taken off and then a further 2.67% of what remains": two reductions of a sentence one after the other leave
     * (1 − a)(1 − b) of the price, a share, and take 1 − (1 − a)(1 − b) off it, a discount (eleventh probe).
     */
    static void successiveReductions(List<Quantity> qs, double maxRelative, List<Result> out) {
        List<Quantity> pcts = reductions(qs);
        for (int i = 0; i < pcts.size(); i++) {
            for (int k = i + 1; k < pcts.size(); k++) reduce(pcts.get(i), pcts.get(k), "", maxRelative, out);
        }
    }

    static List<Quantity> reductions(List<Quantity> qs) {
        // (percentage points are a difference of two percentages, no reduction of a price)
        return qs.stream().filter(q -> q.dim() == Dim.PERCENT && q.mid() > 0 && q.mid() < 100 && !q.form().endsWith(POINTS)).toList();
    }

    /** What reductions {@code a} and then {@code b} leave of a price, and take off it together. */
    static void reduce(Quantity a, Quantity b, String where, double maxRelative, List<Result> out) {
        double[] ra = asWritten(a);
        double[] rb = asWritten(b);
        Operand left = new Operand((1 - ra[1] / 100) * (1 - rb[1] / 100) * 100, (1 - ra[0] / 100) * (1 - rb[0] / 100) * 100,
                (1 - ra[3] / 100) * (1 - rb[3] / 100) * 100, (1 - ra[2] / 100) * (1 - rb[2] / 100) * 100, a);
        Operand off = new Operand(100 - left.hi(), 100 - left.lo(), 100 - left.faceHi(), 100 - left.faceLo(), a);
        String of = where.isEmpty() ? " of its sentence" : "";
        addPercent(out, left, a, "what two reductions" + of + " one after the other leave" + where, maxRelative);
        addPercent(out, off, a, "two reductions" + of + " one after the other, together" + where, maxRelative);
    }

    /**
     * "Three fifths of the list price plus thirteen percentage points": a share in words, then percentage points
     * added to it or taken from it, a share (twelfth probe). Only a fraction and points written as such: "response
     * rose from 60 % to 65 %, remission by 13 percentage points" adds nothing up.
     */
    static void sharePlusPoints(List<Quantity> qs, double maxRelative, List<Result> out) {
        for (Quantity a : qs) {
            if (a.dim() != Dim.PLAIN || !a.form().contains("fraction") || a.mid() <= 0 || a.mid() >= 1) continue;
            for (Quantity b : qs) {
                if (b.start() <= a.start() || b.dim() != Dim.PERCENT || !b.form().endsWith(POINTS)) continue;
                movedByPoints(new double[] {a.lo() * 100, a.hi() * 100, a.mid() * 100, a.mid() * 100}, b, "a share",
                        maxRelative, out);
            }
        }
    }

    /**
     * "The reduction is the 15% first offered plus a further 12 percentage points": in a sentence that names a
     * discount or a confidential price, percentage points after a percentage move it up or down, a percentage, and
     * what that leaves of the price (thirteenth probe). Elsewhere nothing is added up: "response rose from 60 % to
     * 65 %, remission by 13 percentage points".
     */
    static void pointsOnPercentages(List<Quantity> qs, double maxRelative, List<Result> out) {
        for (Quantity a : reductions(qs)) {
            for (Quantity b : qs) {
                if (b.start() <= a.start() || b.dim() != Dim.PERCENT || !b.form().endsWith(POINTS)) continue;
                movedByPoints(asWritten(a), b, "a percentage", maxRelative, out);
            }
        }
    }

    /**
     * A percentage {@code ra} ({lo, hi, faceLo, faceHi}) with the percentage points {@code b} added and taken off,
     * and what each leaves of a price.
     */
    /** A percentage {@code a} as written with the percentage points {@code b} added and taken off. */
    static void movedByPoints(Quantity a, Quantity b, String what, double maxRelative, List<Result> out) {
        movedByPoints(asWritten(a), b, what, maxRelative, out);
    }

    private static void movedByPoints(double[] ra, Quantity b, String what, double maxRelative, List<Result> out) {
        double[] rb = asWritten(b);
        Operand plus = new Operand(ra[0] + rb[0], ra[1] + rb[1], ra[2] + rb[2], ra[3] + rb[3], b);
        Operand less = new Operand(ra[0] - rb[1], ra[1] - rb[0], ra[2] - rb[3], ra[3] - rb[2], b);
        for (Operand r : List.of(plus, less)) {
            String how = what + (r == plus ? " plus percentage points" : " less percentage points");
            addPercent(out, r, b, how, maxRelative);
            addPercent(out, new Operand(100 - r.hi(), 100 - r.lo(), 100 - r.faceHi(), 100 - r.faceLo(), b), b,
                    "what " + how + " leaves", maxRelative);
        }
    }

    /**
     * "Twice the 13.5% offered", "to tredjedeler av de 45,6 prosentene": a multiple in words or a fraction right before
     * a percentage (at most a few words between) is that many of it, a percentage (thirteenth probe).
     */
    static void partsOfPercentages(List<Quantity> qs, double maxRelative, List<Result> out) {
        for (Quantity m : qs) {
            boolean part = m.dim() == Dim.PLAIN && m.form().contains("fraction") && m.mid() > 0 && m.mid() < 1;
            boolean times = m.dim() == Dim.OTHER && m.form().equals("a number in words") && m.mid() >= 2 && m.mid() <= 10;
            if (!part && !times) continue;
            for (Quantity p : qs) {
                if (p.dim() != Dim.PERCENT || p.start() <= m.end() || p.start() - m.end() > 24 || p.form().endsWith(POINTS)) continue;
                double[] r = asWritten(p);
                double f = m.mid();
                addPercent(out, new Operand(r[0] * f, r[1] * f, r[2] * f, r[3] * f, p), p, "so many of a percentage", maxRelative);
            }
        }
    }

    /**
     * A reduction's printed interval and face value {lo, hi, faceLo, faceHi}: a whole one without a hedge is taken to
     * its tenth ("13 prosent" of a 12,99 % the writer rounded), as a writer who chains two reductions rounds them.
     */
    private static double[] asWritten(Quantity p) {
        boolean whole = p.hedge() == null && p.mid() == Math.rint(p.mid());
        return whole ? new double[] {p.lo(), p.hi(), p.mid() - 0.05, p.mid() + 0.05} : new double[] {p.lo(), p.hi(), p.lo(), p.hi()};
    }
}
