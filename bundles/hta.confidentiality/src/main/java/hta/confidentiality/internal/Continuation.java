package hta.confidentiality.internal;

import hta.confidentiality.internal.Lexicon.Meaning;
import hta.confidentiality.internal.Lexicon.Sense;

/**
 * The number that goes on after a scale word, smaller than that scale: "11 millioner 837 tusen 265 kroner" reads
 * 837 tusen 265 after "millioner". Stateless.
 */
final class Continuation {
    /** The value the continuation adds, its precision, and where it ends. */
    record Part(double value, double precision, int end) {
    }

    private static final int MAX_READINGS = 24;

    private Continuation() {
    }

    /** The continuation of a chain at {@code p} after a scale of {@code scale}, or null. */
    static Part after(PerceivedText t, WordCursor cursor, int p, double scale) {
        int n = t.length();
        int q = cursor.gap(p);
        if (q >= n) return null;
        char c = t.charAt(q);
        if (c < '0' || c > '9') return null;
        DigitReader d = new DigitReader(t);
        d.read(q);
        if (d.date) return null;
        double[] v = new double[MAX_READINGS];
        double[] pr = new double[MAX_READINGS];
        int k = d.readings(v, pr);
        if (k == 0 || v[0] >= scale) return null;
        // the continuation may carry its own smaller scale word: "837 tusen"
        int e = d.end;
        int w = cursor.gap(e);
        double value = v[0];
        double precision = pr[0];
        if (w < n && Character.isLetter(t.charAt(w))) {
            int we = cursor.wordEnd(w);
            Sense s = cursor.sense(w, we);
            if (s != null && s.meaning() == Meaning.SCALE && Math.pow(10, s.power()) < scale) {
                double m = Math.pow(10, s.power());
                value *= m;
                precision *= m;
                e = we < n && t.charAt(we) == '.' ? we + 1 : we;
                Part more = after(t, cursor, e, m);
                if (more != null) {
                    value += more.value();
                    precision = more.precision();
                    e = more.end();
                }
            }
        }
        return value >= scale ? null : new Part(value, precision, e);
    }
}
