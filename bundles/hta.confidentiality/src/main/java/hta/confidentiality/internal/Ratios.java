package hta.confidentiality.internal;

import hta.confidentiality.internal.Quantity.Dim;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two whole numbers set against each other: "forholder seg som 10 til 7", "som 66 till 49", "50:39", "in the ratio
 * 26:21". The smaller over the larger is a share, as precise as a fraction a writer rounds to ("7 of 10" is 70 %
 * give or take half a point), so "the list price and what is paid stand as 10 to 7" pins a confidential share
 * (eleventh outside probe). The words between are the plugins' ({@code NumberWords.withRatioWords}). The larger number has at least two digits ("2:1" randomisations and "1:1" are no prices),
 * and a colon between an hour and its minutes ("12:30") is no ratio. A whole number before a word for every and
 * another after it ("£4 for every £5", "4 kroner av hver 5") is a part of the second, amounts too (twelfth probe).
 * Stateless.
 */
public final class Ratios {
    public static final String FORM = "a ratio of two whole numbers, as a fraction";
    public static final String COUNTS = "a count with decimals against a whole count, as a fraction";
    private Ratios() {
    }

    /** The shares the ratios of {@code t} state, in text order; empty when there are none. */
    public static List<Quantity> in(PerceivedText t, Lexicon lex, List<Quantity> read) {
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i + 1 < read.size(); i++) {
            Quantity a = read.get(i);
            if (!whole(a, true)) continue;
            Quantity b = null;
            for (int k = i + 1; k < read.size() && b == null; k++) {
                if (read.get(k).start() >= a.end()) b = read.get(k);
            }
            if (b == null || !whole(b, true) || a.mid() == b.mid()) continue;
            String between = t.substring(a.end(), b.start()).strip().toLowerCase(Locale.ROOT);
            boolean colon = between.equals(":");
            // "£4 for every £5", "4 kroner av hver 5": the first is a part of the second (not "49 av varje 66
            // patienter": a share of people counted is no share of a price)
            boolean every = !colon && a.mid() < b.mid() && a.dim() != Dim.OTHER && b.dim() != Dim.OTHER && every(lex, between);
            if (!every && (!whole(a, false) || !whole(b, false))) continue;
            // the colon says it in every language; the words, as the memo's language declares them ("til", "to")
            if (!colon && !every && !lex.words().prose().ratios().contains(between)) continue;
            double big = Math.max(a.mid(), b.mid());
            double small = Math.min(a.mid(), b.mid());
            if (big < (every ? 2 : 10) || colon && a.mid() <= 24 && b.mid() < 60 && b.end() - b.start() == 2) continue;
            out.add(new Quantity(small / big, small / big, Dim.PLAIN, a.start(), b.end(), FORM));
        }
        counts(t, lex, read, out);
        return out;
    }

    /**
     * A count with decimals and a whole count of one sentence ("Tre behandlingar till regionerna kostar ungefär lika
     * mycket som 2,23 behandlingar till listpris"): things counted come whole, so a count with decimals is the
     * writer's arithmetic, and the two set against each other are a share (twelfth probe). {@code read} is in text
     * order.
     */
    private static void counts(PerceivedText t, Lexicon lex, List<Quantity> read, List<Quantity> out) {
        for (Quantity c : read) {
            if (c.dim() != Dim.OTHER || c.hedge() != null || c.mid() == Math.rint(c.mid()) || c.mid() <= 0
                    || !counted(t, lex, c)) continue;
            int[] b = Sentence.bounds(t, c.start());
            // the sentence's own quantities, found by place (read is in text order): going through every quantity
            // of the text for each count made a long narrative dense with counts quadratic
            for (int k = Quantity.firstFrom(read, b[0]); k < read.size() && read.get(k).start() < b[1]; k++) {
                Quantity w = read.get(k);
                if (w.start() == c.start() || w.dim() != Dim.OTHER
                        || w.mid() != Math.rint(w.mid()) || w.mid() < 2 || w.mid() > 10_000 || !counted(t, lex, w)) continue;
                // to the count's printed precision: 2,23 of 3 is 0,7417–0,745
                double lo = c.mid() < w.mid() ? c.lo() / w.mid() : w.mid() / c.hi();
                double hi = c.mid() < w.mid() ? c.hi() / w.mid() : w.mid() / c.lo();
                out.add(new Quantity(lo, hi, Dim.PLAIN, Math.min(c.start(), w.start()), Math.max(c.end(), w.end()), COUNTS));
            }
        }
    }

    /**
     * Whether a word for things counted (patients, treatments, vials) follows the number, at most one word between: a
     * measure ("10 ml", "3,74 mg/kg") is no count (a leak corpus look-alike read 3,74 mg/kg against 10 ml as 37,4 %).
     */
    private static boolean counted(PerceivedText t, Lexicon lex, Quantity q) {
        int p = q.end();
        for (int words = 0; words < 2; words++) {
            while (p < t.length() && t.charAt(p) == ' ') p++;
            int e = p;
            while (e < t.length() && Character.isLetter(t.charAt(e))) e++;
            if (e == p) return false;
            String original = t.substring(p, e);
            Lexicon.Sense s = lex.sense(original, original.toLowerCase(java.util.Locale.ROOT));
            if (s != null) return s.meaning() == Lexicon.Meaning.COUNT || s.meaning() == Lexicon.Meaning.POPULATION;
            p = e;
        }
        return false;
    }

    private static boolean whole(Quantity q, boolean money) {
        // a hedge before the first ("omtrent som 10 til 7") says the ratio is rounded, as a fraction is anyway
        return (q.dim() == Dim.PLAIN || q.dim() == Dim.OTHER || money && q.dim() == Dim.MONEY) && q.mid() >= 1
                && q.mid() <= 10_000 && q.mid() == Math.rint(q.mid()) && q.form().equals("digits");
    }

    /**
     * Whether the words between two numbers end in a word for every after at most two short ones ("for every £",
     * "kroner av hver"); currency signs and the first number's money word do not count.
     */
    private static boolean every(Lexicon lex, String between) {
        List<String> words = new ArrayList<>();
        for (String w : between.split(" +")) {
            if (w.isEmpty() || w.chars().allMatch(c -> Lexicon.isCurrencySymbol((char) c))) continue;
            Lexicon.Sense s = words.isEmpty() ? lex.sense(w, w) : null;
            if (s == null || s.meaning() != Lexicon.Meaning.MONEY) words.add(w);
        }
        if (words.isEmpty() || words.size() > 3 || !lex.isPer(words.get(words.size() - 1))) return false;
        for (String w : words.subList(0, words.size() - 1)) if (w.length() > 4 || !w.chars().allMatch(Character::isLetter)) return false;
        return true;
    }
}
