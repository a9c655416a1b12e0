package hta.confidentiality.internal;

import hta.confidentiality.internal.Lexicon.Meaning;
import hta.confidentiality.internal.Lexicon.Sense;
import hta.confidentiality.internal.Quantity.Dim;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One of a currency named without a number after a word for "every": "For hver krone i maksimal AUP betaler
 * sykehusene 69,6 øre", "för varje krona i listpris … 74 öre", "for every pound of the list price … 73p". The sentence's
 * amounts below it are shares of it, as they are of a "£1" written in digits (tenth outside probe). Stateless.
 */
public final class ImplicitUnits {
    public static final String FORM = "one of the money named after a word for every";
    /**
     * The form of the one of "one in every 3.7 pounds", "1 av hver 3,7 kroner", "én ud af hver 5,2 kroner": one
     * of the money per the amount after the word for every, a share of 1/N (tenth outside probe); and of the four of
     * "£4 for every £5", a share of 4/5 (twelfth probe).
     */
    public static final String ONE_IN = "one in every so many";

    private ImplicitUnits() {
    }

    /** The quantities of one of a currency in {@code t}, in text order; empty when there are none. */
    public static List<Quantity> in(PerceivedText t, Lexicon lex) {
        List<Quantity> out = new ArrayList<>();
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(t.charAt(i))) {
                i++;
                continue;
            }
            int e = wordEnd(t, i);
            if (lex.isPer(t.substring(i, e))) {
                int p = e;
                while (p < n && t.charAt(p) == ' ') p++;
                Quantity one = p < n && !Character.isLetter(t.charAt(p)) ? oneBefore(t, lex, i) : null;
                if (one != null) out.add(one);
                if (p < n && Character.isLetter(t.charAt(p))) {
                    int pe = wordEnd(t, p);
                    String w = t.substring(p, pe);
                    Sense s = lex.sense(w, w.toLowerCase(Locale.ROOT));
                    if (s != null && s.meaning() == Meaning.MONEY) {
                        out.add(new Quantity(1, 1, Dim.MONEY, p, pe, FORM, 0, s.currency(), null));
                    } else if (s != null && s.meaning() == Meaning.MONEY_SCALE && s.power() > 0 && s.power() <= 3) {
                        // "av hver hundrelapp", "av varje tusenlapp": a banknote of the money
                        double unit = Math.pow(10, s.power());
                        out.add(new Quantity(unit, unit, Dim.MONEY, p, pe, FORM, 0, s.currency(), null));
                    }
                }
            }
            i = e;
        }
        return out;
    }

    /**
     * The whole number one or two short words ("in", "of", "for", "out of", "av", "ud af") before the word for every
     * at {@code per}: the digit 1 or the memo language's word for one ("one in every 3.7 pounds"), or another whole
     * number of up to four digits ("£4 for every £5", "73 av hver 100 kroner"), a share of so many; null when there is
     * none.
     */
    private static Quantity oneBefore(PerceivedText t, Lexicon lex, int per) {
        int e = per;
        for (int words = 0; words < 3; words++) {
            while (e > 0 && t.charAt(e - 1) == ' ') e--;
            int b = e;
            while (b > 0 && (Character.isLetterOrDigit(t.charAt(b - 1)))) b--;
            if (b == e) return null;
            double v = words > 0 && (b == 0 || !Character.isLetterOrDigit(t.charAt(b - 1))) ? wholeAt(t, lex, b, e) : 0;
            if (v > 0) return new Quantity(v, v, Dim.PLAIN, b, e, ONE_IN);
            if (e - b > 4 || Character.isDigit(t.charAt(b))) return null; // only short words between
            e = b;
        }
        return null;
    }

    /** The whole number at [b, e): up to four digits not after a decimal mark, or one spelled word; else 0. */
    private static double wholeAt(PerceivedText t, Lexicon lex, int b, int e) {
        if (Character.isDigit(t.charAt(b))) {
            for (int i = b; i < e; i++) if (!Character.isDigit(t.charAt(i))) return 0;
            boolean decimals = b > 1 && (t.charAt(b - 1) == ',' || t.charAt(b - 1) == '.') && Character.isDigit(t.charAt(b - 2));
            return e - b > 4 || decimals ? 0 : Double.parseDouble(t.substring(b, e));
        }
        for (SpelledNumbers s : lex.spelled()) {
            List<SpelledNumbers.Piece> pieces = s.split(t, b, e);
            if (pieces == null) continue;
            SpelledNumbers.Reading r = s.read(List.of(pieces));
            if (r != null && r.value() >= 1 && r.words() == 1) return r.value();
        }
        return 0;
    }

    private static int wordEnd(PerceivedText t, int i) {
        while (i < t.length() && Character.isLetter(t.charAt(i))) i++;
        return i;
    }
}
