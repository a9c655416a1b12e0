package hta.confidentiality.internal;

import hta.confidentiality.internal.Lexicon.Meaning;
import hta.confidentiality.internal.Lexicon.Sense;
import hta.confidentiality.internal.Quantity.Dim;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A scale stated once for the numbers after it, as tables and their captions do: "Tall i tusen kroner", "Belopp i
 * tkr", "Beløb i t.kr.", "(1000 NOK)", "Costs (£000s)", "(£m)". Every number after such a statement that has no
 * unit of its own is also read as that many thousands (millions) of money, so "Costs (£000s): PAS price 2,090" is
 * £2,090,000 to the scan (issue 14, fifth outsider probe). A statement is a money scale ("tkr", "KSEK") or a scale
 * word next to a currency ("tusen kroner", "thousands of pounds", "£ thousands") that no number of its own stands
 * before; "000" or "'000" glued to a currency symbol; a thousand (a million) of a currency in parentheses; or the
 * money times a thousand (a million) in parentheses, "(kr x 1000)". A
 * later statement replaces an earlier one; a statement in parentheses after the figures of its sentence ("(alle
 * tall i millioner kroner)") covers them too. A bare year (1900–2100 without grouping) is not read this way.
 * Stateless.
 */
public final class DeclaredScales {
    public static final String FORM = "at the scale of money the text states once for its figures";
    /** The form of a number read as a percentage because a caption says so ("Endring fra listepris (%)"). */
    public static final String PERCENT_FORM = "in percent, as the text states once for its figures";
    /** The statement "(%)": the figures after it are percentages, not a power of ten. */
    private static final int PERCENT = -100;
    /** A word for percent with no number of its own: the bare figures after it in its sentence are percentages. */
    private static final int PERCENT_WORD = -101;
    /** The form of a number read as a percentage because a word of its sentence before it says so. */
    public static final String PERCENT_WORD_FORM = "in percent, as a word of its sentence before it says";

    /**
     * Whether a word for percent without a number of its own ("the percentage off the list price", "prosentandelen")
     * stands before {@code q} in its sentence, with no noun of a population or of things counted between them (then
     * the percentage is of those, "the percentage of patients who responded").
     */
    private static boolean percentWordBefore(PerceivedText t, Lexicon lex, List<int[]> statements, Quantity q) {
        int sentenceStart = Sentence.bounds(t, q.start())[0];
        for (int[] s : statements) {
            if (s[1] != PERCENT_WORD || s[0] >= q.start() || s[0] < sentenceStart) continue;
            boolean ofOthers = false;
            int i = tokenEnd(t, s[0]);
            while (i < q.start() && !ofOthers) {
                if (!Character.isLetter(t.charAt(i))) {
                    i++;
                    continue;
                }
                int e = tokenEnd(t, i);
                Sense w = sense(t, lex, i, e);
                ofOthers = w != null && (w.meaning() == Meaning.POPULATION || w.meaning() == Meaning.COUNT);
                i = e;
            }
            if (!ofOthers) return true;
        }
        return false;
    }

    private DeclaredScales() {
    }

    /** The numbers of {@code read} without a unit, read again at the scale stated before them; empty when none is. */
    public static List<Quantity> in(PerceivedText t, Lexicon lex, List<Quantity> read) {
        List<int[]> statements = statements(t, lex, read);
        List<Quantity> out = new ArrayList<>();
        if (statements.isEmpty()) return out;
        for (Quantity q : read) {
            if (q.dim() == Dim.MONEY && q.period() == 0 && (q.form().equals("digits") || q.form().equals("rounded digits"))) {
                // an amount with its money but no scale of its own, after a statement of its own sentence:
                // "Tilbud (i tusen kroner): 29 950 NOK per pasient" (fifteenth probe)
                int sentenceStart = Sentence.bounds(t, q.start())[0];
                int power = 0;
                for (int[] st : statements) {
                    if (st[0] < q.start() && st[0] >= sentenceStart && st[1] > 0) power = st[1];
                }
                if (power > 0 && !isBareYear(t, q) && !undoesGrouping(q, power, read)) {
                    double f = Math.pow(10, power);
                    out.add(new Quantity(q.lo() * f, q.hi() * f, Dim.MONEY, q.start(), q.end(), FORM, 0, q.currency(), null));
                }
                continue;
            }
            if (q.dim() != Dim.PLAIN || q.period() != 0) continue;
            if (percentWordBefore(t, lex, statements, q)) {
                // "The percentage off the list price for the NHS is twenty-seven": the word names the number after it
                out.add(new Quantity(q.lo(), q.hi(), Dim.PERCENT, q.start(), q.end(), PERCENT_WORD_FORM));
                continue;
            }
            int power = 0;
            for (int[] s : statements) {
                if (s[0] < q.start() && s[1] != PERCENT_WORD) power = s[1];
            }
            if (power == 0) {
                // "224,6 | 44,9 | 44,9 (alle tall i millioner kroner)": a note in parentheses after the figures
                // states the scale of its sentence's figures before it
                int sentenceEnd = Sentence.bounds(t, q.start())[1];
                for (int[] s : statements) {
                    if (s[0] > q.end() && s[0] < sentenceEnd && (parenthesised(t, s[0]) || setOff(t, s[0]))) {
                        power = s[1];
                        break;
                    }
                }
            }
            if (power == PERCENT) {
                // "Change from list price (%)  (27.0)": a caption's percent sign for the bare figures after it
                out.add(new Quantity(q.lo(), q.hi(), Dim.PERCENT, q.start(), q.end(), PERCENT_FORM));
                continue;
            }
            if (power == 0 || isBareYear(t, q) || undoesGrouping(q, power, read)) continue;
            double f = Math.pow(10, power);
            out.add(new Quantity(q.lo() * f, q.hi() * f, Dim.MONEY, q.start(), q.end(), FORM));
        }
        return out;
    }

    /**
     * Whether {@code q} is the decimal reading of a number whose separator may also group thousands ("2,600" as
     * 2.600) under a thousands statement: there it gives back the grouped number at the unit scale, which the scan
     * reads already, and only adds the precision of three written decimals the grouped number does not claim — the
     * caption does not make "(£000s) 2,600" a price of £2,600 to the pound (issue 14, sixth probe te10: read as the
     * net price per day over two years). The grouped reading is scaled as the caption says.
     */
    private static boolean undoesGrouping(Quantity q, int power, List<Quantity> read) {
        if (power != 3) return false;
        for (Quantity r : read) {
            if (r != q && r.start() == q.start() && r.end() == q.end() && r.dim() == q.dim()
                    && Math.abs(r.mid() - q.mid() * 1000) <= 1e-9 * Math.abs(r.mid())) {
                return true;
            }
        }
        return false;
    }

    /** Each statement as {position, power of ten}, in text order. */
    private static List<int[]> statements(PerceivedText t, Lexicon lex, List<Quantity> read) {
        List<int[]> out = new ArrayList<>();
        int n = t.length();
        // what the numbers read cover, once: asking each quantity for each word was quadratic in a long text
        java.util.BitSet covered = new java.util.BitSet(n);
        for (Quantity q : read) {
            if (q.end() > q.start()) covered.set(Math.max(0, q.start()), Math.min(n, q.end()));
            // the scale word of a number is the number's own, though a reading may end before it: "43,03 millioner
            // kroner per pasient" states no scale for the figures after it (issue 14, sixth probe tn01: it turned
            // "48 og 60 måneder" further down the page into 48 million kroner)
            int own = Math.max(0, q.end());
            while (own < n && (t.charAt(own) == ' ' || t.charAt(own) == '\n')) own++;
            if (own < n && q.end() > q.start()) covered.set(own);
        }
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (Lexicon.isCurrencySymbol(c)) {
                int p = symbolThousands(t, i + 1);
                if (p > 0) out.add(new int[] {i, p});
                i++;
            } else if (c == '%' && !covered.get(i) && i > 0 && t.charAt(skipBack(t, i - 1)) == '('
                    && skipSpaces(t, i + 1) < n && t.charAt(skipSpaces(t, i + 1)) == ')') {
                out.add(new int[] {i, PERCENT}); // "(%)"
                i++;
            } else if (Character.isLetter(c)) {
                int e = tokenEnd(t, i);
                int p = covered.get(i) ? 0 : wordStatement(t, lex, i, e);
                if (p > 0) out.add(new int[] {i, p});
                else if (!covered.get(i) && isPercentWord(t, lex, i, e)) out.add(new int[] {i, PERCENT_WORD});
                i = e;
            } else {
                i++;
            }
        }
        for (Quantity q : read) {
            int p = parenthesisedUnit(t, q);
            if (p == 0) p = multiplier(t, lex, q);
            if (p > 0) out.add(new int[] {q.start(), p});
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }

    private static boolean isPercentWord(PerceivedText t, Lexicon lex, int i, int e) {
        Sense s = sense(t, lex, i, e);
        return s != null && s.meaning() == Meaning.PERCENT;
    }

    /** "£000s", "£'000", "€ 000": 3 when {@code from} starts thousands glued to a currency symbol, else 0. */
    private static int symbolThousands(PerceivedText t, int from) {
        int i = from;
        int n = t.length();
        if (i < n && t.charAt(i) == ' ') i++;
        if (i < n && (t.charAt(i) == '\'' || t.charAt(i) == '’')) i++;
        if (i + 3 > n || !t.substring(i, i + 3).equals("000")) return 0;
        int e = i + 3;
        if (e < n && Character.isDigit(t.charAt(e))) return 0;
        if (i == from && from > 1 && Character.isDigit(t.charAt(from - 2))) return 0; // "5£000" is no caption
        return 3;
    }

    /** A money scale, or a scale word beside a currency, starting at {@code [i, e)}: its power of ten, else 0. */
    private static int wordStatement(PerceivedText t, Lexicon lex, int i, int e) {
        Sense s = sense(t, lex, i, e);
        if (s == null && i > 0 && Lexicon.isCurrencySymbol(t.charAt(i - 1))) {
            // "(£m)", "€bn": a scale glued to a currency symbol, as after an amount ("£2.1m"), though the memo's
            // words do not declare the letter alone (an "m" is metres too)
            s = WordCursor.attachedScale(t.substring(i, e).toLowerCase(Locale.ROOT), true);
            return s == null ? 0 : s.power();
        }
        if (s == null) return 0;
        if (s.meaning() == Meaning.MONEY_SCALE) return s.power();
        if (s.meaning() != Meaning.SCALE || s.power() < 3) return 0;
        // "tusen kroner", "thousands of pounds", "millioner DKK", "mill. kr"
        int next = skipSpaces(t, e < t.length() && t.charAt(e) == '.' ? e + 1 : e);
        for (int words = 0; words < 2 && next < t.length(); words++) {
            if (Lexicon.isCurrencySymbol(t.charAt(next))) return s.power();
            if (!Character.isLetter(t.charAt(next))) break;
            int ne = tokenEnd(t, next);
            Sense after = sense(t, lex, next, ne);
            if (after != null && (after.meaning() == Meaning.MONEY || after.meaning() == Meaning.MONEY_SCALE)) return s.power();
            if (ne - next > 3) break; // only a short word between: "of", "av", "i"
            next = skipSpaces(t, ne);
        }
        // "£ thousands", "NOK millions", a column's unit "NOK (mill.)"
        int before = i - 1;
        while (before >= 0 && t.charAt(before) == ' ') before--;
        if (before >= 0 && (t.charAt(before) == '(' || t.charAt(before) == '[')) {
            before--;
            while (before >= 0 && t.charAt(before) == ' ') before--;
        }
        if (before >= 0 && Lexicon.isCurrencySymbol(t.charAt(before))) return s.power();
        if (before >= 2 && Character.isLetter(t.charAt(before))) {
            int bs = before;
            while (bs > 0 && Character.isLetter(t.charAt(bs - 1))) bs--;
            Sense b = sense(t, lex, bs, before + 1);
            if (b != null && b.meaning() == Meaning.MONEY && b.currency() != null) return s.power();
            // "Kroner, i millioner: 29,95": the money word, a comma and a short word before the scale (fourteenth
            // probe), the caption of what follows
            if (before + 1 - bs <= 3 && bs > 0) {
                int c = spacesBefore(t, bs);
                if (c > 0 && t.charAt(c - 1) == ',') {
                    int me = spacesBefore(t, c - 1);
                    int ms = me;
                    while (ms > 0 && Character.isLetter(t.charAt(ms - 1))) ms--;
                    Sense m = ms < me ? sense(t, lex, ms, me) : null;
                    if (m != null && m.meaning() == Meaning.MONEY) return s.power();
                }
            }
        }
        return bareInParentheses(t, lex, i, e) ? s.power() : 0;
    }

    /**
     * "Tilbud (i tusen): 29 950 NOK", "(i hele tusen)", "(in thousands)": a scale word alone in parentheses, at most
     * two short words before it, states the scale of the figures after it though it names no money (fifteenth probe).
     */
    private static boolean bareInParentheses(PerceivedText t, Lexicon lex, int i, int e) {
        int close = skipSpaces(t, e < t.length() && t.charAt(e) == '.' ? e + 1 : e);
        if (close >= t.length() || t.charAt(close) != ')') return false;
        int b = spacesBefore(t, i);
        for (int words = 0; words <= 2; words++) {
            if (b > 0 && t.charAt(b - 1) == '(') return true;
            int ws = b;
            while (ws > 0 && Character.isLetter(t.charAt(ws - 1))) ws--;
            if (ws == b || b - ws > 5) return false;
            b = spacesBefore(t, ws);
        }
        return false;
    }

    /**
     * "(1000 NOK)", "(NOK 1 000 000)", "i tusen kroner", "in 1,000 pounds": a thousand or a million of a currency
     * alone in parentheses, or after "i"/"in" (as in a caption, "Tall i tusen kroner").
     */
    private static int parenthesisedUnit(PerceivedText t, Quantity q) {
        if (q.dim() != Dim.MONEY || q.lo() > 1_000_000 || q.hi() < 1000) return 0;
        int power = q.lo() <= 1000 && 1000 <= q.hi() ? 3 : q.lo() <= 1_000_000 && 1_000_000 <= q.hi() ? 6 : 0;
        if (power == 0) return 0;
        int b = q.start() - 1;
        while (b >= 0 && t.charAt(b) == ' ') b--;
        int a = skipSpaces(t, q.end());
        // the currency may stand on either side inside the parentheses: "(1000 NOK)", "(NOK 1 000)"
        int a2 = a;
        while (a2 < t.length() && Character.isLetter(t.charAt(a2))) a2++;
        a2 = skipSpaces(t, a2);
        int b2 = b;
        while (b2 >= 0 && Character.isLetter(t.charAt(b2))) b2--;
        while (b2 >= 0 && t.charAt(b2) == ' ') b2--;
        boolean open = b >= 0 && t.charAt(b) == '(' || b2 >= 0 && b2 < b && t.charAt(b2) == '(';
        boolean close = a < t.length() && t.charAt(a) == ')' || a2 > a && a2 < t.length() && t.charAt(a2) == ')';
        if (open && close) return power;
        int bs = b;
        while (bs > 0 && Character.isLetter(t.charAt(bs - 1))) bs--;
        String word = b >= 0 ? t.substring(bs, b + 1).toLowerCase(Locale.ROOT) : "";
        return word.equals("i") || word.equals("in") ? power : 0;
    }

    /**
     * "(kr x 1000)", "(NOK × 1 000)", "(£ x 1,000)", "(x 1000 kr)": a thousand or a million after a multiplication
     * sign in parentheses, with the money on either side of it, as a table's caption multiplies its figures
     * (sixteenth probe). "(mg x 1000)" names no money, "(kr x 12)" no scale.
     */
    private static int multiplier(PerceivedText t, Lexicon lex, Quantity q) {
        if (q.lo() > 1_000_000 || q.hi() < 1000) return 0;
        int power = q.lo() <= 1000 && 1000 <= q.hi() ? 3 : q.lo() <= 1_000_000 && 1_000_000 <= q.hi() ? 6 : 0;
        if (power == 0) return 0;
        int sign = spacesBefore(t, q.start()) - 1;
        if (sign < 0 || "xX\u00D7*".indexOf(t.charAt(sign)) < 0 || sign > 0 && Character.isLetterOrDigit(t.charAt(sign - 1))) {
            return 0;
        }
        boolean money = q.dim() == Dim.MONEY;
        int open = spacesBefore(t, sign) - 1;
        if (open >= 0 && t.charAt(open) != '(') {
            // the money before the sign: "kr x 1000", "£ x 1,000"
            int ws = open + 1;
            if (Lexicon.isCurrencySymbol(t.charAt(open))) {
                ws = open;
            } else {
                while (ws > 0 && Character.isLetter(t.charAt(ws - 1))) ws--;
                Sense s = ws <= open ? sense(t, lex, ws, open + 1) : null;
                if (s == null || s.meaning() != Meaning.MONEY) return 0;
            }
            money = true;
            open = spacesBefore(t, ws) - 1;
        }
        if (open < 0 || t.charAt(open) != '(') return 0;
        int close = skipSpaces(t, q.end());
        if (!money && close < t.length()) {
            // the money after the number: "(x 1000 kr)"
            int we = Lexicon.isCurrencySymbol(t.charAt(close)) ? close + 1 : tokenEnd(t, close);
            Sense s = we > close && Character.isLetter(t.charAt(close)) ? sense(t, lex, close, we) : null;
            money = we > close && (s != null && s.meaning() == Meaning.MONEY || Lexicon.isCurrencySymbol(t.charAt(close)));
            if (money) close = skipSpaces(t, we);
        }
        return money && close < t.length() && t.charAt(close) == ')' ? power : 0;
    }

    /** Whether {@code at} stands inside parentheses opened at most 40 characters before it. */
    private static boolean parenthesised(PerceivedText t, int at) {
        for (int i = at - 1; i >= 0 && at - i <= 40; i--) {
            char c = t.charAt(i);
            if (c == ')') return false;
            if (c == '(') return true;
        }
        return false;
    }

    /**
     * Whether the statement at {@code at} is set off by a comma, a short word before it ("2.1: that, in millions of
     * pounds, is what each Board pays", fourteenth probe): an aside on the figures of its sentence, as a note in
     * parentheses is.
     */
    private static boolean setOff(PerceivedText t, int at) {
        int i = spacesBefore(t, at);
        int e = i;
        while (i > 0 && Character.isLetter(t.charAt(i - 1))) i--;
        if (e - i < 1 || e - i > 3) return false;
        i = spacesBefore(t, i);
        return i > 0 && t.charAt(i - 1) == ',';
    }

    private static boolean isBareYear(PerceivedText t, Quantity q) {
        String s = t.substring(q.start(), q.end()).trim();
        if (s.length() != 4) return false;
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(s.charAt(k))) return false;
        }
        int y = Integer.parseInt(s);
        return y >= 1900 && y <= 2100;
    }

    private static Sense sense(PerceivedText t, Lexicon lex, int from, int to) {
        String original = t.substring(from, to);
        String key = original.toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) key = key.substring(0, key.length() - 1);
        Sense s = lex.sense(original, key);
        // a caption says "thousands", "millions" where a number says "thousand"
        if (s == null && key.length() > 4 && key.endsWith("s")) {
            s = lex.sense(original.substring(0, original.length() - 1), key.substring(0, key.length() - 1));
        }
        return s;
    }

    /** The end of a word that may hold dots between its letters ("t.kr", "mio.kr"). */
    private static int tokenEnd(PerceivedText t, int i) {
        int n = t.length();
        int e = i;
        while (e < n && (Character.isLetter(t.charAt(e))
                || t.charAt(e) == '.' && e + 1 < n && Character.isLetter(t.charAt(e + 1)))) {
            e++;
        }
        return e;
    }

    /** The last position at or before {@code i} that is not a space (0 when none). */
    /** Where the spaces right before {@code i} begin. */
    private static int spacesBefore(PerceivedText t, int i) {
        while (i > 0 && t.charAt(i - 1) == ' ') i--;
        return i;
    }

    private static int skipBack(PerceivedText t, int i) {
        while (i > 0 && t.charAt(i) == ' ') i--;
        return i;
    }

    private static int skipSpaces(PerceivedText t, int i) {
        while (i < t.length() && t.charAt(i) == ' ') i++;
        return i;
    }
}
