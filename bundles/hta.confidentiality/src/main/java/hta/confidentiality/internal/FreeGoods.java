package hta.confidentiality.internal;

import hta.confidentiality.internal.Quantity.Dim;
import hta.confidentiality.internal.Sentence.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A volume deal written as goods free of charge is a discount: "one pack free for every three" and "buy three,
 * get one free" are a quarter off (one in four is free), "every fourth pack free" and "var fjärde förpackning
 * gratis" too, and "3+1" as well. In a sentence with one of the language's free-goods words, the whole numbers
 * (digits, spelled out or ordinal) give the share that is free: k free for n bought is k / (n + k), and — since
 * "per tre" may also count the free pack — k / n (one number alone only with a goods noun in the sentence: "free
 * for 3 hours" is no deal); an ordinal n is 1 / n (and 1 / (n + 1) after a count: "one free for every third");
 * "n+k" glued is k / (n + k) without a free word. Each share is a fraction (a ratio that stands for its value give or take half a percentage point),
 * which the scanner compares with confidential discounts and what is paid. Stateless.
 */
public final class FreeGoods {
    public static final String FORM = "free goods, read as a fraction of the price";
    /** The largest count in a volume deal ("one free for every twenty"). */
    private static final int MAX = 20;

    private FreeGoods() {
    }

    /** The shares the free-goods wording of {@code t} gives, as quantities. */
    public static List<Quantity> in(PerceivedText t, Lexicon lex) {
        List<Quantity> out = new ArrayList<>();
        java.util.Set<String> free = lex.words().prose().free();
        // most words are turned away by their length and first letter before any string is made
        boolean[] lengths = new boolean[MAX_WORD + 1];
        StringBuilder initials = new StringBuilder();
        for (String w : free) {
            if (w.length() <= MAX_WORD) lengths[w.length()] = true;
            initials.append(w.charAt(0));
        }
        String first = initials.toString();
        int n = t.length();
        int done = -1;
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            int next = i + 1;
            boolean look = false;
            if (Character.isLetter(c)) {
                int e = i;
                while (e < n && Character.isLetter(t.charAt(e))) e++;
                // only a sentence with a free-goods word is read as tokens: most words are turned away by length
                look = e - i <= MAX_WORD && lengths[e - i] && first.indexOf(Character.toLowerCase(c)) >= 0
                        && free.contains(t.substring(i, e).toLowerCase(java.util.Locale.ROOT));
                next = e;
            } else if (c == '+') {
                look = i > 0 && Character.isDigit(t.charAt(i - 1)) && i + 1 < n && Character.isDigit(t.charAt(i + 1));
            }
            if (look && i >= done) {
                int[] b = Sentence.bounds(t, i);
                sentence(Sentence.of(t, lex, b[0], b[1]), lex, !free.isEmpty(), out);
                done = b[1];
            }
            i = next;
        }
        return out;
    }

    /** The longest free-goods word looked for ("vederlagsfritt", "kostnadsfritt"). */
    private static final int MAX_WORD = 24;

    private static void sentence(Sentence s, Lexicon lex, boolean words, List<Quantity> out) {
        List<Token> k = s.tokens;
        for (int i = 0; i + 1 < k.size(); i++) {
            Token a = k.get(i);
            Token b = k.get(i + 1);
            // "3+1", "2+1-avtale": n bought, k free
            if (!a.isWord() && !b.isWord() && "+".equals(a.gap()) && a.number() > b.number() && b.number() >= 1
                    && a.number() <= MAX) {
                add(out, a, (double) b.number() / (a.number() + b.number()), b.end());
            }
        }
        if (!words || !s.has(lex.words().prose().free())) return;
        List<Token> cardinals = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        boolean goods = false;
        boolean ordinals = false;
        for (int i = 0; i < k.size(); i++) {
            Token a = k.get(i);
            if (a.isWord() && a.sense() != null && a.sense().meaning() == Lexicon.Meaning.COUNT) goods = true;
            int number = s.number(i);
            if (number < 1 || number > MAX) continue;
            if (a.ordinal() && number >= 2) {
                ordinals = true;
                add(out, a, 1.0 / number, a.end()); // "every fourth pack free"
                // "one pack free for every third bought": the ordinal counts the packs paid for
                if (!cardinals.isEmpty()) add(out, a, 1.0 / (number + 1), a.end());
            } else if (!a.ordinal()) {
                cardinals.add(a);
                values.add(number);
            }
        }
        // one number alone is a deal only among goods ("a pack free for every three"), not "free for 3 hours"
        if (cardinals.size() == 1 && values.get(0) >= 2 && goods) {
            Token m = cardinals.get(0);
            add(out, m, 1.0 / (values.get(0) + 1), m.end());
            add(out, m, 1.0 / values.get(0), m.end());
        } else if (cardinals.size() >= 2 && !ordinals) {
            Token x = cardinals.get(0);
            Token y = cardinals.get(1);
            int free = Math.min(values.get(0), values.get(1));
            int paid = Math.max(values.get(0), values.get(1));
            if (free == paid) return;
            add(out, x, (double) free / (paid + free), y.end());
            add(out, x, (double) free / paid, y.end());
        }
    }

    private static void add(List<Quantity> out, Token at, double share, int end) {
        out.add(new Quantity(share, share, Dim.PLAIN, at.start(), Math.max(at.end(), end), FORM));
    }
}
