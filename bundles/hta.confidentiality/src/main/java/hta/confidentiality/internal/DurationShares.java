package hta.confidentiality.internal;

import hta.confidentiality.NumberWords.Duration;
import hta.confidentiality.internal.Lexicon.Meaning;
import hta.confidentiality.internal.Lexicon.Sense;
import hta.confidentiality.internal.Quantity.Dim;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lengths of time a reader works out that no single number states (fourteenth probe: "96 prosent av den tiårige
 * analysehorisonten" is 9.6 years):
 * <ul>
 * <li>a length written as one word with its number, as an adjective or the first part of a compound: "tiårige",
 * "femtenårsperioden", "tioåriga", and in digits "10-årige", "10-årsperioden";</li>
 * <li>a share of a length of time: a percentage or a fraction, then, a few words on in its sentence and with no
 * other number, noun of people or things counted between, the length it is a share of ("two thirds of the
 * fifteen-year horizon");</li>
 * <li>two lengths of time of a sentence added up or one less the other, an age among them ("som 40-åring … til fylte
 * 49,6 år"), and a length of time times a whole count before it (fifteenth probe).</li>
 * </ul>
 * Stateless.
 */
public final class DurationShares {
    /** The form of a length of time written as one word with its number. */
    static final String COMPOUND = "a length of time in one word with its number";
    /** The form of a share of a length of time. */
    static final String SHARE = "a share of a length of time of its sentence";
    /** The most words between a share and the length of time it is a share of ("av den", "of the ten-year"). */
    private static final int REACH = 3;

    private DurationShares() {
    }

    /** The lengths of time of a text that {@code read} (the quantities read, in order) does not hold as such. */
    public static List<Quantity> in(PerceivedText t, Lexicon lex, List<Quantity> read) {
        List<Quantity> lengths = new ArrayList<>();
        compounds(t, lex, lengths);
        List<Quantity> out = new ArrayList<>(lengths);
        for (Quantity q : read) if (q.dim() == Dim.DURATION) lengths.add(q);
        lengths.sort(java.util.Comparator.comparingInt(Quantity::start));
        int[] sentences = new int[lengths.size()];
        for (int i = 0; i < sentences.length; i++) sentences[i] = Sentence.bounds(t, lengths.get(i).start())[0];
        sumsAndDifferences(lengths, sentences, out);
        timesACount(t, read, lengths, sentences, out);
        spelledCounts(t, lex, lengths, sentences, out);
        for (Quantity share : read) {
            double f = factor(share);
            if (f <= 0) continue;
            for (int i = Quantity.firstFrom(lengths, share.end()); i < lengths.size(); i++) {
                Quantity d = lengths.get(i);
                if (d.start() - share.end() > NEAR_CHARS) break;
                if (!near(t, lex, share.end(), d.start(), read)) continue;
                double lo = share.lo() / share.mid() * f * d.mid();
                double hi = share.hi() / share.mid() * f * d.mid();
                out.add(new Quantity(lo, hi, Dim.DURATION, share.start(), d.end(), SHARE));
            }
        }
        return out;
    }

    /** The form of two lengths of time of a sentence added up or one taken from the other. */
    static final String SUM = "two lengths of time of its sentence added up or one less the other";
    /** The form of a length of time times a count of its sentence. */
    static final String TIMES = "a length of time times a count of its sentence";

    /**
     * Two lengths of time of a sentence, added up or the one less the other: "5,6 år lenger enn de 48 månedene", "som
     * 40-åring … til fylte 49,6 år" (an age is a length of time: fifteenth probe).
     */
    private static void sumsAndDifferences(List<Quantity> lengths, int[] sentences, List<Quantity> out) {
        for (int a = 0; a < lengths.size(); a++) {
            Quantity x = lengths.get(a);
            for (int b = a + 1; b < lengths.size(); b++) {
                Quantity y = lengths.get(b);
                if (y.start() < x.end()) continue;
                if (sentences[b] != sentences[a]) break;
                out.add(new Quantity(x.lo() + y.lo(), x.hi() + y.hi(), Dim.DURATION, y.start(), y.end(), SUM));
                double lo = Math.abs(y.mid() - x.mid()) - (x.hi() - x.lo() + y.hi() - y.lo()) / 2;
                double hi = Math.abs(y.mid() - x.mid()) + (x.hi() - x.lo() + y.hi() - y.lo()) / 2;
                if (hi > 0) out.add(new Quantity(Math.max(0, lo), hi, Dim.DURATION, y.start(), y.end(), SUM));
            }
        }
    }

    /** A whole count from two to twelve, then a length of time in its sentence: "2 oppfølgingsperioder à 57,6 måneder". */
    private static void timesACount(PerceivedText t, List<Quantity> read, List<Quantity> lengths, int[] sentences,
                                    List<Quantity> out) {
        if (lengths.isEmpty()) return;
        for (Quantity n : read) {
            if (n.dim() != Dim.PLAIN && n.dim() != Dim.OTHER || n.mid() < 2 || n.mid() > 12 || n.mid() != Math.rint(n.mid())
                    || n.hi() - n.lo() > 1) {
                continue;
            }
            int[] bounds = Sentence.bounds(t, n.start());
            int sentence = bounds[0];
            for (int i = Quantity.firstFrom(lengths, n.end()); i < lengths.size(); i++) {
                Quantity d = lengths.get(i);
                if (d.start() >= bounds[1]) break;
                if (sentences[i] != sentence) continue;
                out.add(new Quantity(d.lo() * n.mid(), d.hi() * n.mid(), Dim.DURATION, n.start(), d.end(), TIMES));
            }
        }
    }

    /**
     * A count from two to twelve spelled as one word before a length of time of its sentence, whatever noun it
     * counts: "to oppfølgingsperioder à 57,6 måneder" (fifteenth probe; a spelled small number before a noun that
     * counts nothing is no quantity of its own, an article as often as a number).
     */
    private static void spelledCounts(PerceivedText t, Lexicon lex, List<Quantity> lengths, int[] sentences,
                                      List<Quantity> out) {
        for (int i = 0; i < lengths.size(); i++) {
            Quantity d = lengths.get(i);
            int p = d.start();
            while (p > sentences[i]) {
                int e = p;
                while (e > sentences[i] && !Character.isLetter(t.charAt(e - 1))) e--;
                int b = e;
                while (b > sentences[i] && Character.isLetter(t.charAt(b - 1))) b--;
                if (b == e) break;
                int n = smallCount(t, lex, b, e);
                if (n > 0) out.add(new Quantity(d.lo() * n, d.hi() * n, Dim.DURATION, b, d.end(), TIMES));
                p = b;
            }
        }
    }

    /** The number 2–12 the word {@code t[b, e)} spells in one of the memo's languages, else 0. */
    private static int smallCount(PerceivedText t, Lexicon lex, int b, int e) {
        if (e - b > 8) return 0;
        for (SpelledNumbers s : lex.spelled()) {
            List<SpelledNumbers.Piece> pieces = s.split(t, b, e);
            SpelledNumbers.Reading r = pieces == null || pieces.size() != 1 ? null : s.read(List.of(pieces));
            if (r != null && r.value() >= 2 && r.value() <= 12 && r.value() == Math.rint(r.value())) return (int) r.value();
        }
        return 0;
    }

    /** The most characters between a share and its length of time: a few words. */
    private static final int NEAR_CHARS = 80;


    /** What a quantity takes of a whole: a percentage up to 100 or a fraction below one; else 0. */
    private static double factor(Quantity q) {
        if (q.mid() <= 0 || q.period() > 0) return 0;
        if (q.dim() == Dim.PERCENT) return q.mid() <= 100 ? q.mid() / 100 : 0;
        return q.dim() == Dim.PLAIN && q.mid() < 1 && q.form().contains("fraction") ? q.mid() : 0;
    }

    /** Whether at most {@link #REACH} words, none a number or a thing counted, and no clause break lie between. */
    private static boolean near(PerceivedText t, Lexicon lex, int from, int to, List<Quantity> read) {
        int k = Quantity.firstFrom(read, from);
        if (k < read.size() && read.get(k).start() < to) return false;
        int words = 0;
        int i = from;
        while (i < to) {
            char c = t.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '.' || c == '(' || c == ')' || c == '\n') return false;
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int e = i;
            while (e < to && Character.isLetter(t.charAt(e))) e++;
            String w = t.substring(i, e);
            Sense s = lex.sense(w, w.toLowerCase(Locale.ROOT));
            if (s != null && (s.meaning() == Meaning.COUNT || s.meaning() == Meaning.POPULATION
                    || s.meaning() == Meaning.MONEY)) {
                return false;
            }
            // the unit word of the percentage ("prosent av"), read with it, is not counted
            if (!(words == 0 && s != null && s.meaning() == Meaning.PERCENT) && ++words > REACH + 1) return false;
            i = e;
        }
        return true;
    }

    /** Words that begin with a spelled number, or follow digits and a hyphen, then a duration word. */
    private static void compounds(PerceivedText t, Lexicon lex, List<Quantity> out) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
            if (!Character.isLetter(t.charAt(i)) || i > 0 && Character.isLetter(t.charAt(i - 1))) continue;
            int e = i;
            while (e < n && Character.isLetter(t.charAt(e))) e++;
            String w = t.substring(i, e).toLowerCase(Locale.ROOT);
            if (i >= 2 && t.charAt(i - 1) == '-' && Character.isDigit(t.charAt(i - 2))) {
                Duration d = durationStart(lex, w, 0);
                int s = i - 1;
                while (s > 0 && Character.isDigit(t.charAt(s - 1))) s--;
                boolean alone = s == 0 || !Character.isLetterOrDigit(t.charAt(s - 1)) && t.charAt(s - 1) != ','
                        && t.charAt(s - 1) != '.';
                if (d != null && alone && i - 1 - s <= 3) {
                    double v = Integer.parseInt(t.substring(s, i - 1)) * d.years();
                    out.add(new Quantity(v, v, Dim.DURATION, s, e, COMPOUND));
                }
            } else if (e - i >= 5) {
                for (SpelledNumbers language : lex.spelled()) {
                    int cut = language.numberPrefix(t, i, e);
                    Duration d = cut >= 2 ? durationStart(lex, w, cut) : null;
                    if (d == null) continue;
                    int number = Sentence.spelled(t, lex, i, i + cut);
                    if (number < 2) continue;
                    double v = number * d.years();
                    out.add(new Quantity(v, v, Dim.DURATION, i, e, COMPOUND));
                    break;
                }
            }
            i = e;
        }
    }

    /**
     * The unit of the longest duration word of two letters or more that {@code w} continues with at {@code from},
     * followed by more letters (an adjective's or a compound's ending), or null.
     */
    private static Duration durationStart(Lexicon lex, String w, int from) {
        Duration best = null;
        int longest = 0;
        for (Map.Entry<String, Duration> e : lex.words().durations().entrySet()) {
            String d = e.getKey();
            if (d.length() >= 2 && d.length() > longest && w.length() > from + d.length() && w.startsWith(d, from)) {
                best = e.getValue();
                longest = d.length();
            }
        }
        return best;
    }
}
