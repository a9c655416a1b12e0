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
                if (p < n && Character.isLetter(t.charAt(p))) {
                    int pe = wordEnd(t, p);
                    String w = t.substring(p, pe);
                    Sense s = lex.sense(w, w.toLowerCase(Locale.ROOT));
                    if (s != null && s.meaning() == Meaning.MONEY) {
                        out.add(new Quantity(1, 1, Dim.MONEY, p, pe, FORM, 0, s.currency(), null));
                    }
                }
            }
            i = e;
        }
        return out;
    }

    private static int wordEnd(PerceivedText t, int i) {
        while (i < t.length() && Character.isLetter(t.charAt(i))) i++;
        return i;
    }
}
