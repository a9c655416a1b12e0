package hta.confidentiality.internal;

import hta.confidentiality.internal.Quantity.Dim;
import java.util.ArrayList;
import java.util.List;

/**
 * The ranges of a text as {@link QuantityReader} meets them: a range's first number waits for the unit of its
 * second ("10–12 år", "1,17–1,195 millioner kroner"), and a range says its start in the scale word of its end and,
 * when narrow, its midpoint. Not thread-safe: one per scan, sharing the reader's output list.
 */
public final class Ranges {
    /**
     * The form of a wide range's midpoint: exact as the writer centred it, but no more than that value as written
     * and the operations its sentence states (a chain its sentence does not state, such as spread over years and per
     * month, met a Danish price by chance: fourteenth probe).
     */
    public static final String WIDE_MIDPOINT = "a wide range's midpoint";

    static final String SCALE_WORD = "with a scale word";
    /** Both ends within this ratio of each other lie within ±1.5 % of a value between them. */
    private static final double NARROW_RANGE = 1.015 / 0.985;
    /** A range of amounts up to this ratio is read at its midpoint too, to the precision of its ends. */
    private static final double WIDE_RANGE = 1.5;

    private final List<Quantity> out;
    private final WordCursor cursor;
    private final NumberPhrases phrases;
    /** A range's first number waiting for the unit of its second. */
    private final List<Quantity> pending = new ArrayList<>();
    /** A range's start joined by a short word ("og", "and"), waiting for its end, which starts at wordRangeEnd. */
    private List<Quantity> wordRange = List.of();
    private int wordRangeEnd = -1;
    /** Whether the waiting start is followed by "±" rather than a range's dash. */
    private boolean plusMinus;

    Ranges(List<Quantity> out, WordCursor cursor, NumberPhrases phrases) {
        this.out = out;
        this.cursor = cursor;
        this.phrases = phrases;
    }

    /**
     * Adds the readings {@code made} of the number at {@code start}, ending a waiting range with them or keeping
     * them as a range's start when a range mark or word follows at {@code after}.
     */
    void add(List<Quantity> made, int start, int after, Dim d, double mult, String how, double lastDurationYears) {
        List<Quantity> starts = pending.isEmpty() ? wordRange : new ArrayList<>(pending);
        boolean ranged = !pending.isEmpty() || !wordRange.isEmpty() && start == wordRangeEnd;
        boolean uncertainty = plusMinus;
        plusMinus = false;
        flush(d, lastDurationYears);
        if (uncertainty) {
            // "29,95 ± 0,05 millioner kroner": the value is the first number, in the unit and scale of the second
            for (Quantity s : starts) {
                for (Quantity e : made) {
                    out.add(new Quantity(s.lo() * mult, s.hi() * mult, e.dim(), s.start(), s.end(),
                            s.form() + (how.contains(SCALE_WORD) ? " " + SCALE_WORD : ""), e.period(), e.currency(), null));
                }
            }
        } else if (ranged && d != Dim.DURATION) {
            readings(starts, made, mult, how.contains(SCALE_WORD));
        }
        wordRange = List.of();
        if (d == Dim.PLAIN && cursor.rangeFollows(after)) {
            plusMinus = cursor.plusMinusFollows(after);
            pending.addAll(made);
        } else {
            out.addAll(made);
            int endAt = d == Dim.PLAIN || d == Dim.MONEY ? phrases.rangeEndAfterWord(after) : -1;
            if (endAt > 0) {
                // "mellom 1,17 og 1,195 millioner", "between £1.9m and £2.3m": the start stays what it is alone too
                // (a short word may join a list)
                wordRange = made;
                wordRangeEnd = endAt;
            }
        }
    }

    /**
     * What a range says besides its ends: its start in the scale word of its end ("1,17 og 1,195 millioner" is 1,17
     * million), and, when both ends lie within ±1.5 % of a value between them, its midpoint — the reader takes the
     * middle of a range that narrow as the value ("mellom 1,17 og 1,195 millioner kroner" for 1 182 500), to the
     * precision of its ends. A wider range of amounts, up to one end half as much again as the other, is read at its
     * midpoint too, at face value: "between £1.9m and £2.3m" centred on a confidential £2.1m gives it away
     * (twelfth probe). A range wider still ("mellom 2,1 og 3,4 millioner"), or of other numbers, pins nothing.
     */
    private void readings(List<Quantity> starts, List<Quantity> ends, double endMult, boolean endScaled) {
        for (Quantity s : starts) {
            if (s.hedge() != null || s.form().contains("over a year")) continue;
            double lo = s.lo();
            double hi = s.hi();
            boolean scaled = endScaled && endMult > 1 && !s.form().contains(SCALE_WORD);
            for (int scale = 0; scale < (scaled ? 2 : 1); scale++) {
                double m = scale == 0 ? 1 : endMult;
                for (Quantity e : ends) {
                    if (e.hedge() != null || e.form().contains("over a year") || e.lo() <= 0 || lo <= 0) continue;
                    double a = (lo + hi) / 2 * m;
                    double b = e.mid();
                    if (scale == 1 && a <= b && a >= b / 10) {
                        out.add(new Quantity(lo * m, hi * m, e.dim(), s.start(), s.end(), s.form() + " " + SCALE_WORD,
                                e.period(), e.currency(), null));
                    }
                    boolean narrow = Math.max(a, b) / Math.min(a, b) <= NARROW_RANGE;
                    if (!narrow && (e.dim() != Dim.MONEY || Math.max(a, b) / Math.min(a, b) > WIDE_RANGE)) continue;
                    double mid = (a + b) / 2;
                    // a wide range centred on a value is centred on it exactly: its midpoint is taken at face value
                    double half = narrow ? ((hi - lo) * m / 2 + (e.hi() - e.lo()) / 2) / 2 : mid * 1e-9;
                    out.add(new Quantity(mid - half, mid + half, e.dim(), s.start(), e.end(),
                            (narrow ? "a range's midpoint" : WIDE_MIDPOINT)
                                    + (scale == 1 || endScaled ? " " + SCALE_WORD : ""), e.period(), e.currency(), null));
                }
            }
        }
    }

    /**
     * Emits a waiting range start with the unit of the range's end (or as plain when the end has none); a
     * duration's unit was applied to the range's end only, the start is in the same unit.
     */
    void flush(Dim endDim, double lastDurationYears) {
        if (pending.isEmpty()) return;
        for (Quantity q : pending) {
            Dim d = endDim == null ? Dim.PLAIN : endDim;
            double f = d == Dim.DURATION && lastDurationYears > 0 ? lastDurationYears : 1;
            out.add(new Quantity(q.lo() * f, q.hi() * f, d, q.start(), q.end(), q.form(), q.period()));
        }
        pending.clear();
    }
}
