package hta.confidentiality.internal;

/**
 * Reads the digits of one number as a reader would take them, in every grouping and decimal style: groups
 * joined by one space, {@code .}, {@code ,}, {@code '}, {@code ·}, {@code _} or (repeated) {@code -}, or by a
 * line, page or table-cell break when the next group has three digits; the last {@code .}/{@code ,} as decimal
 * mark when it cannot be grouping (or both readings when it could); an exponent ({@code 1,18e7},
 * {@code 1.18E+07}, {@code 1,18·10^7}, {@code 1,18×10⁷}, and {@code 1,18 x 107}, the last with its superscript lost); the Indian grouping in lakhs and crores
 * ({@code 22,45,000}, {@code 1,23,45,678}). Dates are recognised and skipped. Not thread-safe: one per scan.
 */
final class DigitReader {
    private static final int MAX_GROUPS = 32;
    private final PerceivedText t;
    private final int n;
    final int[] gs = new int[MAX_GROUPS];
    final int[] ge = new int[MAX_GROUPS];
    /** Separator before group i (i ≥ 1): ' ', '.', ',', '\'', '·', '_', '-' or 'B' (a break). */
    final char[] sep = new char[MAX_GROUPS];
    int groups;
    int end;
    boolean date;
    /** Power of ten of an exponent written after the digits (0 when none). */
    int exponent;
    boolean exponentWritten;
    /** Index of the first group of the decimal part, or -1. */
    int decimalFrom;
    /** Whether the last separator could be read either as grouping or as decimal mark. */
    boolean ambiguous;
    /** Whether a reading is an integer rounded to tens of thousands or the like (trailing zeros). */
    boolean rounded;

    DigitReader(PerceivedText t) {
        this.t = t;
        this.n = t.length();
    }

    private boolean digit(int i) {
        return i >= 0 && i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9';
    }

    private boolean digitLike(int i, boolean raised) {
        return digit(i) && t.raised(i) == raised;
    }

    /** Whether a number grouped with {@code grouping} may go on with another mark (not a hyphen, which says a range). */
    private static boolean blendsWith(char grouping) {
        return grouping == ' ' || grouping == '\'' || grouping == '_' || grouping == '.' || grouping == ',' || grouping == '\u00B7';
    }

    /** Reads from {@code start} (a digit); afterwards {@link #end} is the position after the number. */
    void read(int start) {
        boolean raised = t.raised(start);
        groups = 1;
        gs[0] = start;
        int p = start;
        while (digitLike(p, raised)) p++;
        ge[0] = p;
        date = false;
        exponent = 0;
        exponentWritten = false;
        decimalFrom = -1;
        ambiguous = false;
        rounded = false;
        if (isDate(start)) {
            date = true;
            end = skipDate(start);
            return;
        }
        if (lakhs(raised)) return;
        char grouping = 0;
        int marks = 0;
        while (groups < MAX_GROUPS && p < n) {
            char c = t.charAt(p);
            int q;
            char kind;
            if ((c == ' ' || c == '.' || c == ',' || c == '\'' || c == '\u00B7' || c == '_' || c == '-')
                    && digitLike(p + 1, raised)) {
                kind = c;
                q = p + 1;
            } else if (blank(c)) {
                int k = p;
                int bars = 0;
                boolean broken = false;
                while (k < n && k - p < 16 && blank(t.charAt(k))) {
                    char b = t.charAt(k);
                    if (b == '|') bars++;
                    if (b != ' ') broken = true;
                    k++;
                }
                if (!broken || bars > 1 || !digitLike(k, raised)) break;
                kind = 'B';
                q = k;
            } else {
                break;
            }
            int r = q;
            while (digitLike(r, raised)) r++;
            int len = r - q;
            // the raised decimal point of British print ("£1·898m", "£2·10 million") is a decimal point or a group
            // mark as '.' is, unless a power of ten follows ("1,18·10^7")
            // (the text as perceived marks a superscript digit raised: "2,995·10⁷")
            if (kind == '\u00B7' && r < n && (t.charAt(r) == '^' || t.raised(r) && !raised
                    || "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079".indexOf(t.charAt(r)) >= 0)) break;
            if (kind == '.' || kind == ',' || kind == '\u00B7') {
                // after a space or an apostrophe a point or comma before three digits may group them too ("29 950.000",
                // pasted from two sources): then both readings, as for a single mark
                boolean canGroup = len == 3 && validFirst() && (grouping == 0 || grouping == kind || blendsWith(grouping));
                if (canGroup) {
                    grouping = kind;
                    marks++;
                } else if (grouping != kind) {
                    add(kind, q, r);
                    decimalFrom = groups - 1;
                    p = r;
                    break;
                } else {
                    break;
                }
            } else if (kind == 'B') {
                if (len != 3 || !validFirst()) break;
            } else {
                // a number grouped two ways, as a reader still reads it: "29 950'000", "29,950 000"
                if (len != 3 || !validFirst() || (grouping != 0 && grouping != kind && (kind == '-' || !blendsWith(grouping)))) break;
                if (kind == '-' && grouping != '-' && !hyphenAgain(r, raised)) {
                    // one hyphen before three digits: a range ("100-120") or a grouped number ("306-200"); both
                    // readings are taken, as for a number broken across a line ('B')
                    add('B', q, r);
                    p = r;
                    break;
                }
                grouping = kind;
            }
            add(kind, q, r);
            p = r;
        }
        ambiguous = decimalFrom < 0 && marks == 1;
        end = p;
        readExponent(raised);
    }

    /**
     * The Indian grouping: one or two digits, then groups of two, then a last group of three, all with commas
     * ("22,45,000" is 2 245 000, "1,23,45,678" is 12 345 678), and a decimal point after it. In no other style is
     * it a number, so the reading is unambiguous.
     */
    private boolean lakhs(boolean raised) {
        int first = ge[0] - gs[0];
        if (first > 2 || t.charAt(gs[0]) == '0') return false;
        int p = ge[0];
        int pairs = 0;
        while (p + 3 <= n && t.charAt(p) == ',' && digitLike(p + 1, raised) && digitLike(p + 2, raised)
                && !digitLike(p + 3, raised)) {
            pairs++;
            p += 3;
        }
        if (pairs == 0 || groups + pairs + 1 >= MAX_GROUPS) return false;
        if (!(p + 4 <= n && t.charAt(p) == ',' && digitLike(p + 1, raised) && digitLike(p + 2, raised)
                && digitLike(p + 3, raised) && !digitLike(p + 4, raised))) {
            return false;
        }
        if (p + 5 < n && t.charAt(p + 4) == ',' && digitLike(p + 5, raised)) return false;
        for (int q = ge[0]; q < p; q += 3) add(',', q + 1, q + 3);
        add(',', p + 1, p + 4);
        p += 4;
        if (p + 1 < n && t.charAt(p) == '.' && digitLike(p + 1, raised)) {
            int r = p + 1;
            while (digitLike(r, raised)) r++;
            add('.', p + 1, r);
            decimalFrom = groups - 1;
            p = r;
        }
        end = p;
        return true;
    }

    private void add(char kind, int from, int to) {
        sep[groups] = kind;
        gs[groups] = from;
        ge[groups] = to;
        groups++;
    }

    /**
     * Every way to read the digits: the whole number (with its decimal part), the last '.'/',' group as decimals
     * when that mark could be either, and the pieces between line or cell breaks alone and joined. Each reading
     * is a value and its precision (the place of the last digit), exponent applied.
     */
    int readings(double[] values, double[] precisions) {
        int k = 0;
        double scale = Math.pow(10, exponent);
        int pieces = 1;
        for (int g = 1; g < groups; g++) if (sep[g] == 'B') pieces++;
        if (pieces == 1) {
            k = reading(0, groups - 1, decimalFrom, values, precisions, k, scale);
            if (ambiguous) k = reading(0, groups - 1, groups - 1, values, precisions, k, scale);
            return k;
        }
        int[] starts = new int[pieces + 1];
        int m = 0;
        for (int g = 0; g < groups; g++) if (g == 0 || sep[g] == 'B') starts[m++] = g;
        starts[m] = groups;
        for (int a = 0; a < pieces; a++) {
            for (int b = a; b < pieces && k < values.length; b++) {
                int s = starts[a];
                int e = starts[b + 1] - 1;
                if (s < e && ge[s] - gs[s] > 3) continue;
                // a piece after a break that begins with a zero ("1\n025 000") is no number a writer writes alone
                if (a > 0 && ge[s] - gs[s] > 1 && t.charAt(gs[s]) == '0') continue;
                k = reading(s, e, decimalFrom >= s && decimalFrom <= e ? decimalFrom : -1, values, precisions, k, scale);
            }
        }
        return k;
    }

    private int reading(int s, int e, int fracFrom, double[] values, double[] precisions, int k, double scale) {
        double v = 0;
        int last = fracFrom >= 0 ? fracFrom - 1 : e;
        for (int g = s; g <= last; g++) {
            for (int i = gs[g]; i < ge[g]; i++) v = v * 10 + (t.charAt(i) - '0');
        }
        double precision = fracFrom >= 0 ? 1 : roundedTo(s, last);
        if (fracFrom >= 0) {
            double f = 0.1;
            for (int g = fracFrom; g <= e; g++) {
                for (int i = gs[g]; i < ge[g]; i++) {
                    v += (t.charAt(i) - '0') * f;
                    precision = f;
                    f /= 10;
                }
            }
        }
        values[k] = v * scale;
        precisions[k] = precision * scale;
        return k + 1;
    }

    /**
     * The place an integer of four digits or more was rounded to, read from its trailing zeros ("990 000" stands
     * for [985 000, 995 000)), keeping two significant digits; 1 for any other integer. Sets {@link #rounded}.
     */
    private double roundedTo(int s, int last) {
        int digits = 0;
        int zeros = 0;
        for (int g = s; g <= last; g++) {
            for (int i = gs[g]; i < ge[g]; i++) {
                digits++;
                zeros = t.charAt(i) == '0' ? zeros + 1 : 0;
            }
        }
        int z = Math.min(zeros, digits - 2);
        if (digits < 4 || z < 2) return 1;
        rounded = true;
        return Math.pow(10, z);
    }

    private boolean hyphenAgain(int r, boolean raised) {
        return r + 4 <= n && t.charAt(r) == '-' && digitLike(r + 1, raised) && digitLike(r + 3, raised)
                && !digitLike(r + 4, raised);
    }

    /** First group of a grouped integer: one to three digits, no leading zero unless it is a lone 0. */
    private boolean validFirst() {
        int len = ge[0] - gs[0];
        // no writer groups digits after a leading zero: "0,545" is a decimal, never 545
        return len >= 1 && len <= 3 && t.charAt(gs[0]) != '0';
    }

    private void readExponent(boolean raised) {
        int p = end;
        if (p < n && (t.charAt(p) == 'e' || t.charAt(p) == 'E')) {
            int q = p + 1;
            if (q < n && (t.charAt(q) == '+' || t.charAt(q) == '-')) q++;
            int r = q;
            while (digit(r)) r++;
            if (r > q && r - q <= 3 && !(r < n && Character.isLetter(t.charAt(r)))) {
                setExponent(q, r, p + 1);
                end = r;
            }
            return;
        }
        int q = p;
        if (q < n && t.charAt(q) == ' ') q++;
        if (q >= n) return;
        char m = t.charAt(q);
        if (m != '\u00B7' && m != '\u00D7' && m != 'x' && m != '*' && m != '\u22C5' && m != '.') return;
        q++;
        if (q < n && t.charAt(q) == ' ') q++;
        if (!(q + 1 < n && t.charAt(q) == '1' && t.charAt(q + 1) == '0' && !t.raised(q))) return;
        q += 2;
        if (q < n && t.charAt(q) == '^') {
            q++;
            int s = q;
            if (q < n && (t.charAt(q) == '+' || t.charAt(q) == '-')) q++;
            int r = q;
            while (digit(r)) r++;
            if (r > q && r - q <= 3) {
                setExponent(q, r, s);
                end = r;
            }
        } else if (q < n && t.raised(q)) {
            int s = q;
            if (t.charAt(q) == '-' || t.charAt(q) == '+') q++;
            int r = q;
            while (r < n && t.raised(r) && digit(r)) r++;
            if (r > q && r - q <= 3) {
                setExponent(q, r, s);
                end = r;
            }
        } else if (digit(q)) {
            // a superscript lost in pasting: "£2.1 x 106" is 2.1 × 10⁶ to its reader (exponents 1 to 15 only)
            int r = digit(q + 1) ? q + 2 : q + 1;
            int e = r == q + 2 ? (t.charAt(q) - '0') * 10 + t.charAt(q + 1) - '0' : t.charAt(q) - '0';
            boolean more = digit(r) || r + 1 < n && (t.charAt(r) == ',' || t.charAt(r) == '.') && digit(r + 1);
            if (!more && e >= 1 && e <= 15) {
                setExponent(q, r, q);
                end = r;
            }
        }
    }

    private void setExponent(int digitsFrom, int digitsTo, int signAt) {
        int e = 0;
        for (int i = digitsFrom; i < digitsTo; i++) e = e * 10 + (t.charAt(i) - '0');
        if (signAt < digitsFrom && t.charAt(signAt) == '-') e = -e;
        exponent = e;
        exponentWritten = true;
    }

    /** dd.mm.yyyy, dd/mm/yy, d.m.yyyy, yyyy-mm-dd. */
    private boolean isDate(int s) {
        int a = run(s);
        if (a < 1 || a > 4) return false;
        int p = s + a;
        if (p >= n) return false;
        char c = t.charAt(p);
        if (c != '.' && c != '/' && c != '-') return false;
        int b = run(p + 1);
        if (b < 1 || b > 2) return false;
        int p2 = p + 1 + b;
        if (p2 >= n || t.charAt(p2) != c) return false;
        int y = run(p2 + 1);
        if (a == 4) return y >= 1 && y <= 2;
        return a <= 2 && (y == 2 || y == 4);
    }

    private int skipDate(int s) {
        int p = s;
        for (int part = 0; part < 3; part++) {
            p += run(p);
            if (part < 2) p++;
        }
        return p;
    }

    private int run(int s) {
        int p = s;
        while (digit(p)) p++;
        return p - s;
    }

    /** What may separate the groups of a number broken across lines, pages or table cells. */
    static boolean blank(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '|' || c == '\u000B' || c == '\f';
    }
}
