package hta.confidentiality.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A text as a reader perceives it, with a map back to the offsets of the original: compatibility forms folded
 * (NFKC: full-width and other compatibility digits, ligatures, the full-width percent sign), invisible format
 * characters dropped (zero-width space and joiners, soft hyphen, byte-order mark), combining marks dropped unless
 * they compose with the letter before them, every space separator made one space, every dash and the minus sign
 * made {@code -}, digits of every script made ASCII digits. Superscript and subscript digits become digits but
 * stay marked, so {@code 10⁷} reads as a power and a footnote mark does not join the number before it; a vulgar
 * fraction ({@code ½}, {@code ⅔}) becomes its numerator, {@code /} and denominator, all marked the same way, so that
 * {@code 2¼} reads as two and a quarter as {@code 28⁷⁄₁₀} does, not as 21/4.
 * Immutable once built, but with what the scan's passes read from it kept beside it ({@link #shared}): one text
 * per scan, not shared between threads.
 */
public final class PerceivedText {
    /** NFKC of single code points outside ASCII, computed once (a pure function of the code point). */
    private static final ConcurrentHashMap<Integer, String> FOLDED = new ConcurrentHashMap<>();

    private final char[] chars;
    private final int[] origin;
    private final boolean[] raised;
    private final int length;
    /** The same characters as a string, made once: the passes take many short substrings of it. */
    private final String string;
    /** What the scan's passes read once and share: the sentences, the memo's factors (see {@link #shared}). */
    private java.util.Map<Object, Object> shared;

    private PerceivedText(char[] chars, int[] origin, boolean[] raised, int length) {
        this.chars = chars;
        this.origin = origin;
        this.raised = raised;
        this.length = length;
        this.string = new String(chars, 0, length);
    }

    public static PerceivedText of(String s) {
        int n = s.length();
        char[] out = new char[n + 8];
        int[] origin = new int[n + 9];
        boolean[] raised = null;
        int k = 0;
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (k + 1 >= out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                    origin = Arrays.copyOf(origin, out.length + 1);
                    // a raised character further on is marked at its place in the grown text
                    if (raised != null) raised = Arrays.copyOf(raised, out.length);
                }
                // "o/o" after a number is a percent sign as a typewriter wrote it ("31,5 o/o": fifteenth probe)
                if (c == 'o' && i + 2 < n && s.charAt(i + 1) == '/' && s.charAt(i + 2) == 'o' && k > 0
                        && (out[k - 1] >= '0' && out[k - 1] <= '9' || out[k - 1] == ' ' && k > 1 && out[k - 2] >= '0'
                        && out[k - 2] <= '9') && (i + 3 >= n || !Character.isLetterOrDigit(s.charAt(i + 3)))) {
                    out[k] = '%';
                    origin[k++] = i;
                    i += 3;
                    continue;
                }
                // a backquote between digits is a thousands separator as the apostrophe is ("29`950`000")
                boolean grouping = c == '`' && k > 0 && out[k - 1] >= '0' && out[k - 1] <= '9' && i + 1 < n
                        && Character.isDigit(s.charAt(i + 1));
                out[k] = grouping ? '\'' : c;
                origin[k++] = i++;
                continue;
            }
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            String mapped = map(cp);
            if (k > 0 && out[k - 1] >= '0' && out[k - 1] <= '9' && i + width < n
                    && Character.isDigit(s.codePointAt(i + width))) {
                mapped = betweenDigits(cp, mapped);
            }
            boolean sup = isRaised(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                // a combining mark: composes with the letter before it (å written as a + ring) or is dropped
                if (k > 0 && Character.isLetter(out[k - 1])) {
                    String composed = Normalizer.normalize(String.valueOf(out[k - 1]) + mapped, Normalizer.Form.NFC);
                    if (composed.length() == 1) out[k - 1] = composed.charAt(0);
                }
                i += width;
                continue;
            }
            if (k + mapped.length() + 1 >= out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, k + mapped.length() + 8));
                origin = Arrays.copyOf(origin, out.length + 1);
                if (raised != null) raised = Arrays.copyOf(raised, out.length);
            }
            for (int j = 0; j < mapped.length(); j++) {
                if (sup) {
                    if (raised == null) raised = new boolean[out.length];
                    raised[k] = true;
                }
                out[k] = mapped.charAt(j);
                origin[k++] = i;
            }
            i += width;
        }
        origin[k] = n;
        if (raised != null && raised.length < out.length) raised = Arrays.copyOf(raised, out.length);
        lettersForZeros(out, k);
        lettersForOnes(out, k);
        lettersInsideGroups(out, k);
        return new PerceivedText(out, origin, raised, k);
    }

    /**
     * The letter O typed for a zero, as a reader sees it: "29 95O OOO kroner" is 29 950 000. A run of digits and O's
     * that begins with a digit and touches no other letter has its O's read as zeros, and so has a group of three
     * O's alone right after such a run or after digits and a space (eleventh probe). "CO2", "O2" and words keep theirs.
     */
    private static void lettersForZeros(char[] c, int n) {
        boolean digitsBefore = false; // the run before, with a space after it, ended in a digit
        int i = 0;
        while (i < n) {
            if (!isDigitOrO(c[i]) || i > 0 && Character.isLetter(c[i - 1])) {
                if (c[i] != ' ') digitsBefore = false;
                i++;
                continue;
            }
            int e = i;
            while (e < n && isDigitOrO(c[e])) e++;
            boolean alone = e >= n || !Character.isLetter(c[e]);
            boolean numberLike = Character.isDigit(c[i]) || digitsBefore && e - i == 3 && i > 0 && c[i - 1] == ' ';
            if (alone && numberLike) {
                for (int k = i; k < e; k++) if (c[k] == 'O' || c[k] == 'o') c[k] = '0';
            }
            digitsBefore = alone && Character.isDigit(c[e - 1]);
            i = e;
        }
    }

    /**
     * The letters l and I typed for a one, as a reader sees them in a number (a scanned or retyped figure: "£2,l00,000",
     * "kr 3 l20 000", "£l,898,000": fifteenth probe). A run of digits and these letters that touches no other letter
     * and holds two digits or more has its letters read as ones; so has a lone l or I between a currency sign or a
     * digit and its separator on one side and a separator and digits on the other. "I 2024", "l10n", "CO2" keep theirs.
     */
    private static void lettersForOnes(char[] c, int n) {
        int i = 0;
        while (i < n) {
            if (!isDigitOrOne(c[i]) || i > 0 && Character.isLetter(c[i - 1])) {
                i++;
                continue;
            }
            int e = i;
            int digits = 0;
            while (e < n && isDigitOrOne(c[e])) {
                if (Character.isDigit(c[e])) digits++;
                e++;
            }
            boolean alone = e >= n || !Character.isLetter(c[e]);
            boolean grouped = e + 1 < n && isSeparator(c[e]) && Character.isDigit(c[e + 1])
                    && i > 0 && (Lexicon.isCurrencySymbol(c[i - 1]) || isSeparator(c[i - 1]) && i > 1 && Character.isDigit(c[i - 2]));
            if (alone && digits < e - i && (digits >= 2 || digits == 0 && e - i == 1 && grouped)) {
                for (int k = i; k < e; k++) if (c[k] == 'l' || c[k] == 'I') c[k] = '1';
            }
            i = e;
        }
    }

    /**
     * The letters S, B and Z typed for a five, an eight and a two inside a group of digits, as a scanned figure
     * reads back ("kr 29 9S0 000", "19 S00 000 kr": sixteenth probe). A run of at most three digits and such letters
     * that touches no other letter and is a group of a number (a separator and a digit on one side, or a currency
     * sign before it) has its letters read as digits when each stands between two digits of the number: beside a
     * digit of the run, or at its edge across the separator of a full group of three. "Fase 2S0-studien", "S5",
     * "B12" keep theirs.
     */
    private static void lettersInsideGroups(char[] c, int n) {
        int done = 0; // where the last run looked at ends
        for (int i = 0; i < n; i++) {
            // only such a letter beside a digit starts the work: the run around it
            if (digitFor(c[i]) == 0 || i < done || !(i > 0 && Character.isDigit(c[i - 1]) || i + 1 < n && Character.isDigit(c[i + 1]))) {
                continue;
            }
            int a = i;
            while (a > 0 && isDigitOrTyped(c[a - 1])) a--;
            int e = i + 1;
            while (e < n && isDigitOrTyped(c[e])) e++;
            done = e;
            if (e - a > 3 || a > 0 && Character.isLetter(c[a - 1]) || e < n && Character.isLetter(c[e])) continue;
            boolean groupBefore = a > 1 && isSeparator(c[a - 1]) && Character.isDigit(c[a - 2]);
            boolean groupAfter = e + 1 < n && isSeparator(c[e]) && Character.isDigit(c[e + 1]);
            boolean sign = a > 0 && Lexicon.isCurrencySymbol(c[a - 1]);
            if (!groupBefore && !groupAfter && !sign) continue;
            boolean between = true;
            for (int k = a; k < e && between; k++) {
                if (Character.isDigit(c[k])) continue;
                boolean left = k > a ? Character.isDigit(c[k - 1]) : groupBefore && e - a == 3;
                boolean right = k + 1 < e ? Character.isDigit(c[k + 1]) : groupAfter && e - a == 3;
                between = left && right;
            }
            if (between) {
                for (int k = a; k < e; k++) if (!Character.isDigit(c[k])) c[k] = digitFor(c[k]);
            }
        }
    }

    private static boolean isDigitOrTyped(char ch) {
        return ch >= '0' && ch <= '9' || digitFor(ch) != 0;
    }

    /** The digit a letter is typed for inside a group of digits, or 0. */
    private static char digitFor(char ch) {
        return ch == 'S' ? '5' : ch == 'B' ? '8' : ch == 'Z' ? '2' : 0;
    }

    private static boolean isDigitOrOne(char ch) {
        return ch >= '0' && ch <= '9' || ch == 'l' || ch == 'I';
    }

    private static boolean isSeparator(char ch) {
        return ch == ',' || ch == '.' || ch == '\'' || ch == ' ';
    }

    /**
     * A mark between two digits, as a reader sees it there: one that looks like a comma (a low quotation mark, the
     * Arabic and ideographic commas) is a comma; one that looks like a dot (a middle dot, a bullet, a dot
     * operator, a hyphenation point, a dot above) groups digits or marks decimals as the middle dot does; any other
     * mark or modifier letter (primes, turned commas, quotation marks, Arabic and Armenian apostrophes, "ʹ", "ˈ") is
     * a thousands separator as the apostrophe is. A reader sees "29ʹ950ʹ000" and "29‧950‧000" as one number,
     * where the letters would have hidden it (found looking for forms before the fourteenth probe).
     */
    private static String betweenDigits(int cp, String mapped) {
        if (mapped.isEmpty() || mapped.length() == 1 && "',.\u00B7_-/:+%*x\u00D7 ".indexOf(mapped.charAt(0)) >= 0) {
            return mapped;
        }
        int type = Character.getType(cp);
        String name = String.valueOf(Character.getName(cp));
        boolean dotLike = name.contains("DOT") || name.contains("BULLET") || name.contains("HYPHENATION POINT")
                || name.contains("SINGLE PUNCTUATION");
        boolean mark = type == Character.MODIFIER_LETTER || type == Character.MODIFIER_SYMBOL
                || type == Character.OTHER_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.CONNECTOR_PUNCTUATION;
        if ((name.contains("COMMA") || name.contains("LOW-9")) && (mark || type == Character.START_PUNCTUATION)) return ",";
        if (dotLike && (mark || type == Character.MATH_SYMBOL || type == Character.OTHER_LETTER)) return "\u00B7";
        return mark ? "'" : mapped;
    }

    private static boolean isDigitOrO(char ch) {
        return ch >= '0' && ch <= '9' || ch == 'O' || ch == 'o';
    }

    /** What one code point outside ASCII looks like to a reader (possibly nothing). */
    private static String map(int cp) {
        int type = Character.getType(cp);
        if (type == Character.FORMAT || type == Character.CONTROL) return cp == 0x85 ? "\n" : "";
        if (type == Character.SPACE_SEPARATOR) return " ";
        if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) return "\n";
        if (type == Character.DASH_PUNCTUATION || cp == 0x2212 || cp == 0x2012 || cp == 0xFE63 || cp == 0xFF0D) {
            return "-";
        }
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) return new String(Character.toChars(cp));
        if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x2032 || cp == 0x00B4) return "'";
        // the Arabic thousands and decimal separators between digits of any script: "٢٩٬٩٥٠٬٠٠٠", "۲۹٫۹۵ millioner"
        if (cp == 0x066C) return "'";
        if (cp == 0x066B) return ",";
        if (type == Character.DECIMAL_DIGIT_NUMBER) return String.valueOf((char) ('0' + Character.digit(cp, 10)));
        return FOLDED.computeIfAbsent(cp, PerceivedText::fold);
    }

    private static String fold(int cp) {
        String n = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            int t = Character.getType(c);
            if (t == Character.NON_SPACING_MARK || t == Character.FORMAT) continue;
            if (t == Character.SPACE_SEPARATOR) c = ' ';
            if (c == '\u2044') c = '/'; // fraction slash of ½
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Superscript and subscript digits and signs: shown raised or lowered, read as exponent, footnote mark or the
     * parts of a fraction; and the vulgar fractions (¼, ½, ⅔ …), which a reader sees as one small fraction.
     */
    private static boolean isRaised(int cp) {
        return cp == 0xB9 || cp == 0xB2 || cp == 0xB3 || (cp >= 0x2070 && cp <= 0x208E) || isVulgarFraction(cp);
    }

    private static boolean isVulgarFraction(int cp) {
        return (cp >= 0xBC && cp <= 0xBE) || (cp >= 0x2150 && cp <= 0x215E) || cp == 0x2189;
    }

    /**
     * What {@code read} makes of this text, made once and kept under {@code key}: each pass of a scan that needs a
     * sentence's words or the memo's factors reads them from here rather than again.
     */
    @SuppressWarnings("unchecked")
    <T> T shared(Object key, java.util.function.Supplier<T> read) {
        if (shared == null) shared = new java.util.HashMap<>();
        Object v = shared.get(key);
        if (v == null) {
            v = read.get();
            shared.put(key, v);
        }
        return (T) v;
    }

    public int length() {
        return length;
    }

    public char charAt(int i) {
        return chars[i];
    }

    /** Whether the character was written raised or lowered (a superscript or subscript). */
    public boolean raised(int i) {
        return raised != null && i < length && raised[i];
    }

    /** The offset in the original text of the perceived character {@code i} ({@code length()} maps to its end). */
    public int origin(int i) {
        return origin[i];
    }

    public String substring(int from, int to) {
        return string.substring(from, to);
    }

    @Override
    public String toString() {
        return string;
    }
}
