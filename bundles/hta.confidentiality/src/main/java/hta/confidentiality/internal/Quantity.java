package hta.confidentiality.internal;

import hta.confidentiality.ProseWords;

/**
 * A quantity as printed: the interval it stands for at its printed precision ("37 %" is [36.5, 37.5)), what it
 * measures, where it is in the perceived text and how it was written. Durations are in years. Immutable.
 *
 * @param lo    lower end of the interval (inclusive)
 * @param hi    upper end (exclusive)
 * @param dim   what it measures
 * @param start first perceived character
 * @param end   perceived character after it
 * @param form  how it was written, for the finding ("digits", "spelled out", "with a scale word" …)
 * @param period the period of a rate in years ("kr i måneden", "£14,170 a month", "p.a." — 1/12, 1/12, 1), 0 when
 *               the words around it make it no rate. A ratio (a fraction, "a third", "2/3", "⅔") is {@link Dim#PLAIN}
 *               and at most 1, with a form that names the fraction.
 * @param currency the ISO 4217 code of the currency it is written in when a code, a symbol or a currency's name
 *                 says so ("€", "EUR", "euro"); null for the memo's own money words ("kr") or no money
 * @param hedge    how a hedge before it says it was rounded ("roughly", "knapt"), or null
 */
public record Quantity(double lo, double hi, Dim dim, int start, int end, String form, double period, String currency,
                       ProseWords.Hedge hedge) {
    /** A quantity that is no rate. */
    public Quantity(double lo, double hi, Dim dim, int start, int end, String form) {
        this(lo, hi, dim, start, end, form, 0);
    }

    /** A quantity in the memo's own currency (or none), without a hedge. */
    public Quantity(double lo, double hi, Dim dim, int start, int end, String form, double period) {
        this(lo, hi, dim, start, end, form, period, null, null);
    }

    /** The same quantity over another interval. */
    public Quantity over(double newLo, double newHi) {
        return new Quantity(newLo, newHi, dim, start, end, form, period, currency, hedge);
    }

    /**
     * A hedge's rounding interval, read besides the printed one: "just under 1,2 mill." was rounded up to 1,2 and
     * stands for [1,1, 1,2] million, "i overkant av 777 000" was rounded down and stands for [777 000, 778 000].
     * Writers use the words loosely ("knapt 980 000" for 986 439), so the printed interval is read too. "Roughly"
     * keeps the interval (the scanner then lets the writer's arithmetic miss by the tolerance).
     */
    public Quantity hedgeRounded() {
        double width = hi - lo;
        double mid = mid();
        return hedge == ProseWords.Hedge.UNDER ? over(Math.max(0, mid - width), mid) : over(mid, mid + width);
    }

    /** What a printed quantity measures, as far as the words around it tell. */
    public enum Dim {
        /** Money: a currency word, code or symbol, or a money scale (a thousands-of-currency code). */
        MONEY,
        /** A percentage or percentage points, not of a population. */
        PERCENT,
        /** A percentage of a population ("36,9 % of the patients"): never a price reduction. */
        SHARE,
        /** A length of time, in years. */
        DURATION,
        /** No unit: could be anything, money included. */
        PLAIN,
        /** A measurement or a count (mg/kg, prescriptions): not money. */
        OTHER
    }

    public double mid() {
        return (lo + hi) / 2;
    }

    /** The index of the first quantity of {@code sorted} (in text order) that starts at {@code at} or later. */
    public static int firstFrom(java.util.List<Quantity> sorted, int at) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (sorted.get(m).start() < at) lo = m + 1;
            else hi = m;
        }
        return lo;
    }
}
