package hta.confidentiality.internal;

/**
 * Fractions written with digits: a vulgar fraction or superscript over subscript, alone or glued to a whole number
 * ("⅔", "2¼", "28⁷⁄₁₀" — {@link PerceivedText} gives both as raised numerator, {@code /}, raised denominator), and a
 * plain fraction with a small denominator ("2/3", "3/4", "28 7/10"). A fraction read alone is a ratio; how
 * precisely it stands for one is {@link #RELATIVE_WIDTH}. Stateless.
 */
final class Fractions {
    /**
     * The width of the interval a fraction stands for, relative to its value: 0.9 % (as if written to three
     * significant digits, "66,7 %"). A writer who chose "two thirds" meant about that much; a share a few percent
     * away is no longer recovered within the tolerance from it.
     */
    static final double RELATIVE_WIDTH = 0.009;
    /** Denominators a plain fraction ("2/3") is read with: other digit/digit pairs are case numbers or dates. */
    private static final int[] PLAIN_DENOMINATORS = {2, 3, 4, 5, 6, 8, 10};

    /** A fraction read: numerator, denominator and the position after it. */
    record Fraction(int numerator, int denominator, int end) {
        double value() {
            return (double) numerator / denominator;
        }
    }

    private Fractions() {
    }

    /**
     * The fraction starting at {@code p} (its numerator's first digit), or null: raised digits over raised digits
     * (any denominator up to 100), or plain digits over a small denominator; the numerator below the denominator.
     */
    static Fraction at(PerceivedText t, int p) {
        int n = t.length();
        if (p > 0 && (t.charAt(p - 1) == '/' || digit(t, p - 1) && t.raised(p - 1) == t.raised(p))) return null;
        boolean raised = t.raised(p);
        int q = p;
        int num = 0;
        while (q < n && digit(t, q) && t.raised(q) == raised && q - p < 3) num = num * 10 + (t.charAt(q++) - '0');
        if (q == p || q >= n || t.charAt(q) != '/' || digit(t, q) && t.raised(q) == raised) return null;
        int r = q + 1;
        int den = 0;
        while (r < n && digit(t, r) && t.raised(r) == raised && r - q <= 3) den = den * 10 + (t.charAt(r++) - '0');
        if (r == q + 1 || r < n && (digit(t, r) && t.raised(r) == raised || t.charAt(r) == '/')) return null;
        if (num < 1 || num >= den) return null;
        if (raised) return den <= 100 ? new Fraction(num, den, r) : null;
        if (r < n && Character.isLetter(t.charAt(r))) return null;
        for (int d : PLAIN_DENOMINATORS) {
            if (d == den) return new Fraction(num, den, r);
        }
        // "73/100 of the list price", "21/26 av listeprisen": any denominator before a word for "of" (two letters
        // and a word after it) is a part of what follows, not a case number or a date (eleventh probe)
        return ofFollows(t, r) ? new Fraction(num, den, r) : null;
    }

    /** Whether a two-letter word and another word follow {@code r} after one space ("of the", "av listeprisen"). */
    static boolean ofFollows(PerceivedText t, int r) {
        int n = t.length();
        if (r >= n || t.charAt(r) != ' ') return false;
        int w = r + 1;
        int e = w;
        while (e < n && Character.isLetter(t.charAt(e))) e++;
        return e - w == 2 && e + 1 < n && t.charAt(e) == ' ' && Character.isLetter(t.charAt(e + 1));
    }

    /**
     * A fraction right after a whole number ending at {@code end}: raised and glued ("2¼", "28⁷⁄₁₀") or after one
     * space ("28 7/10", "2 ½"); null when there is none.
     */
    static Fraction after(PerceivedText t, int end) {
        int n = t.length();
        if (end < n && digit(t, end) && t.raised(end)) return at(t, end);
        if (end + 1 < n && t.charAt(end) == ' ' && digit(t, end + 1)) {
            Fraction f = at(t, end + 1);
            return f != null ? f : hundredths(t, end + 1);
        }
        return null;
    }

    /**
     * Hundredths or thousandths after a whole number, as a cheque writes the part of a unit ("29 95/100 millioner
     * kroner", "1 90/100 million pounds": seventeenth probe); not alone, where such a pair is a case number.
     */
    private static Fraction hundredths(PerceivedText t, int p) {
        int n = t.length();
        int q = p;
        int num = 0;
        while (q < n && digit(t, q) && !t.raised(q) && q - p < 3) num = num * 10 + (t.charAt(q++) - '0');
        if (q == p || q >= n || t.charAt(q) != '/') return null;
        int r = q + 1;
        int den = 0;
        while (r < n && digit(t, r) && !t.raised(r) && r - q <= 4) den = den * 10 + (t.charAt(r++) - '0');
        if (den != 100 && den != 1000 || num >= den || r < n && (digit(t, r) || t.charAt(r) == '/')) return null;
        return new Fraction(num, den, r);
    }

    /** Half the width of the interval a number with a fraction stands for: as its decimals to two places, at most. */
    static double mixedHalfWidth(double value) {
        return Math.min(RELATIVE_WIDTH * value, 0.01) / 2;
    }

    private static boolean digit(PerceivedText t, int i) {
        return i >= 0 && i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9';
    }

    /**
     * The precision a whole and a part stand for: a half (a fifth, a tenth) as one decimal ("halvannen million" is
     * "1,5 millioner"), other parts as two ("one and a quarter", 1,25).
     */
    static double partPrecision(int denominator) {
        return denominator == 2 || denominator == 5 || denominator == 10 ? 0.1 : 0.01;
    }
}
