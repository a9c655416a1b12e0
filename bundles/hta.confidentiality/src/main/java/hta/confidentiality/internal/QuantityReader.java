package hta.confidentiality.internal;

import hta.confidentiality.internal.Lexicon.Meaning;
import hta.confidentiality.internal.Lexicon.Sense;
import hta.confidentiality.internal.Quantity.Dim;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds every quantity in a perceived text: digits ({@link DigitReader}) or spelled-out words
 * ({@link SpelledNumbers}), alone or chained with scale words ("11 millioner 837 tusen 265", "11 mill. 837 265",
 * "11,837265 mill."), with the currency, percent, duration or unit words and symbols around them deciding what
 * it measures ({@link Lexicon}). A range's first number takes the unit of its second ("10–12 år"). Numbers glued
 * to letters (case references such as ID2022_075) and dates are not quantities. Not thread-safe: one per scan.
 */
public final class QuantityReader {
    private static final int MAX_READINGS = 24;
    private final PerceivedText t;
    private final Lexicon lex;
    private final int n;
    private final DigitReader digits;
    private final double[] values = new double[MAX_READINGS];
    private final double[] precisions = new double[MAX_READINGS];
    private final List<Quantity> out = new ArrayList<>();
    /** A range's first number waiting for the unit of its second. */
    private final List<Quantity> pendingRange = new ArrayList<>();

    public QuantityReader(PerceivedText t, Lexicon lex) {
        this.t = t;
        this.lex = lex;
        this.n = t.length();
        this.digits = new DigitReader(t);
    }

    /** Every quantity of the text, in text order (several readings of one number may share a place). */
    public List<Quantity> readAll() {
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                i = number(i);
            } else if (Character.isLetter(c)) {
                i = word(i);
            } else {
                i++;
            }
        }
        flushRange(null);
        return out;
    }

    /** A number written in digits at {@code start}. */
    private int number(int start) {
        digits.read(start);
        int end = digits.end;
        if (digits.date) return end;
        // glued to letters (a case reference such as ID2022) it is an identifier; after '_' (a file name's
        // separator, ID2022_075) it is read like any number
        if (start > 0 && Character.isLetter(t.charAt(start - 1)) && !moneyWordEndingAt(start)) {
            return skipIdentifier(end);
        }
        int k = digits.readings(values, precisions);
        String form = digits.exponentWritten ? "with an exponent" : digits.groups > 1 && digits.sep[1] == 'B'
                ? "split across a line, page or cell break" : digits.rounded ? "rounded digits" : "digits";
        boolean yearLike = k == 1 && digits.groups == 1 && end - start == 4 && values[0] >= 1900 && values[0] <= 2100
                && !digits.exponentWritten;
        return chain(start, end, k, form, yearLike);
    }

    /** A word at {@code start}: the start of a spelled-out number, or nothing. */
    private int word(int start) {
        int e = wordEnd(start);
        if (lex.spelled().isEmpty()) return e;
        SpelledNumbers.Reading best = null;
        int bestEnd = e;
        for (SpelledNumbers language : lex.spelled()) {
            List<SpelledNumbers.Piece> firstPieces = language.split(t, start, e);
            if (firstPieces == null) continue;
            List<List<SpelledNumbers.Piece>> run = new ArrayList<>();
            List<Integer> ends = new ArrayList<>();
            int p = start;
            while (p < n && Character.isLetter(t.charAt(p)) && run.size() < 24) {
                int we = wordEnd(p);
                List<SpelledNumbers.Piece> pieces = p == start ? firstPieces : language.split(t, p, we);
                if (pieces == null) break;
                run.add(pieces);
                ends.add(we);
                if (we + 1 < n && (t.charAt(we) == ' ' || t.charAt(we) == '-') && Character.isLetter(t.charAt(we + 1))) {
                    p = we + 1;
                } else {
                    break;
                }
            }
            if (run.isEmpty()) continue;
            SpelledNumbers.Reading r = language.read(run);
            if (r == null) continue;
            if (best == null || r.words() > best.words() || (r.words() == best.words() && r.pieces() > best.pieces())) {
                best = r;
                bestEnd = ends.get(r.words() - 1);
            }
        }
        if (best == null) return e;
        values[0] = best.value();
        precisions[0] = best.precision();
        // a lone small word ("en", "to", "ein") is an article or a pronoun as often as a number
        return chainWeak(start, bestEnd, best.pieces() < 2);
    }

    private int chainWeak(int start, int end, boolean weak) {
        if (!weak) return chain(start, end, 1, "spelled out", false);
        // only with a unit, percent or scale word right after it
        int p = gap(end);
        if (p < n && (Lexicon.isPercentSign(t.charAt(p)) || Lexicon.isCurrencySymbol(t.charAt(p)))) {
            return chain(start, end, 1, "spelled out", false);
        }
        if (p < n && Character.isLetter(t.charAt(p))) {
            Sense s = sense(p, wordEnd(p));
            if (s != null && s.meaning() != Meaning.POPULATION && s.meaning() != Meaning.COUNT) {
                return chain(start, end, 1, "spelled out", false);
            }
        }
        return end;
    }

    /**
     * The words and symbols around a number: a currency or money scale before it, scale words after it (with the
     * numbers that continue a chain), then what it measures. Emits one quantity per reading.
     */
    private int chain(int start, int end, int readings, String form, boolean yearLike) {
        boolean money = false;
        double mult = 1;
        Dim dim = null;
        String how = form;
        // before: "kr 31 234 567", "MNOK 43", "£43m", "€ 1,2 Mio."
        Sense before = senseBefore(start);
        if (before != null) {
            if (before.meaning() == Meaning.MONEY) money = true;
            if (before.meaning() == Meaning.MONEY_SCALE) {
                money = true;
                mult = Math.pow(10, before.power());
                how += " with a scale word";
            }
        }
        int p = end;
        int numberEnd = end;
        double extraPrecision = -1;
        double added = 0;
        int lastPower = Integer.MAX_VALUE;
        for (int guard = 0; guard < 8 && p < n; guard++) {
            int q = p;
            boolean attached = q < n && Character.isLetter(t.charAt(q));
            if (!attached && q < n && t.charAt(q) == '-') q++;
            else if (!attached) q = gap(q);
            if (q >= n) break;
            char c = t.charAt(q);
            if (Lexicon.isPercentSign(c)) {
                dim = Dim.PERCENT;
                p = q + 1;
                break;
            }
            if (Lexicon.isCurrencySymbol(c)) {
                money = true;
                p = q + 1;
                continue;
            }
            if (!Character.isLetter(c)) break;
            int we = wordEnd(q);
            Sense s = sense(q, we);
            int after = we < n && t.charAt(we) == '.' ? we + 1 : we;
            if (s == null && lex.startsPhrase(lower(q, we)) && we < n && t.charAt(we) == ' ') {
                int we2 = wordEnd(we + 1);
                s = we2 > we + 1 ? lex.phrase(lower(q, we) + " " + lower(we + 1, we2)) : null;
                if (s != null) after = we2 < n && t.charAt(we2) == '.' ? we2 + 1 : we2;
            }
            if (s == null && attached) s = attachedScale(lower(q, we), money);
            if (s == null) {
                int je = brokenWordEnd(we);
                if (je > 0) {
                    s = joinedSense(q, we, je);
                    if (s != null) after = je;
                }
            }
            if (s == null) {
                if (attached) return skipIdentifier(we);
                break;
            }
            switch (s.meaning()) {
                case SCALE:
                case MONEY_SCALE:
                    if (lastPower != Integer.MAX_VALUE) break; // one scale per number; the chain's own are read below
                    double m = Math.pow(10, s.power());
                    mult *= m;
                    lastPower = s.power();
                    how = form + " with a scale word";
                    if (s.meaning() == Meaning.MONEY_SCALE) money = true;
                    p = after;
                    numberEnd = attached ? we : numberEnd;
                    int cont = continuation(p, m);
                    if (cont > 0) {
                        added += contValue;
                        extraPrecision = contPrecision;
                        how = "partly spelled out";
                        p = cont;
                        numberEnd = cont;
                    }
                    continue;
                case MONEY:
                    money = true;
                    p = after;
                    continue;
                case PERCENT:
                case PERCENT_POINTS:
                    dim = Dim.PERCENT;
                    p = after;
                    break;
                case DURATION:
                    dim = Dim.DURATION;
                    mult *= s.duration().years();
                    lastDurationYears = s.duration().years();
                    how = how + " in " + s.duration().name().toLowerCase(Locale.ROOT);
                    p = after;
                    break;
                default:
                    dim = Dim.OTHER;
                    p = after;
                    break;
            }
            break;
        }
        emit(start, numberEnd, readings, mult, added, extraPrecision, dim, money, how, yearLike, p);
        return p;
    }

    private double contValue;
    private double lastDurationYears;
    private double contPrecision;

    /** A number continuing a chain after a scale word, smaller than that scale: its end, or 0. */
    private int continuation(int p, double scale) {
        int q = gap(p);
        if (q >= n) return 0;
        char c = t.charAt(q);
        if (c >= '0' && c <= '9') {
            DigitReader d = new DigitReader(t);
            d.read(q);
            if (d.date) return 0;
            double[] v = new double[MAX_READINGS];
            double[] pr = new double[MAX_READINGS];
            int k = d.readings(v, pr);
            if (k == 0 || v[0] >= scale) return 0;
            // the continuation may carry its own smaller scale word: "837 tusen"
            int e = d.end;
            int w = gap(e);
            double value = v[0];
            double precision = pr[0];
            if (w < n && Character.isLetter(t.charAt(w))) {
                int we = wordEnd(w);
                Sense s = sense(w, we);
                if (s != null && (s.meaning() == Meaning.SCALE) && Math.pow(10, s.power()) < scale) {
                    double m = Math.pow(10, s.power());
                    value *= m;
                    precision *= m;
                    e = we < n && t.charAt(we) == '.' ? we + 1 : we;
                    int more = continuation(e, m);
                    if (more > 0) {
                        value += contValue;
                        precision = contPrecision;
                        e = more;
                    }
                }
            }
            if (value >= scale) return 0;
            contValue = value;
            contPrecision = precision;
            return e;
        }
        return 0;
    }

    private void emit(int start, int end, int readings, double mult, double added, double extraPrecision, Dim dim,
                      boolean money, String how, boolean yearLike, int after) {
        Dim d = dim != null ? dim : money ? Dim.MONEY : Dim.PLAIN;
        if (d == Dim.PERCENT) d = shareOrPercent(after);
        if (d == Dim.PLAIN && yearLike) {
            flushRange(null);
            return;
        }
        List<Quantity> made = new ArrayList<>(readings);
        for (int r = 0; r < readings; r++) {
            double v = values[r] * mult + added;
            double half = (extraPrecision >= 0 ? extraPrecision : precisions[r] * mult) / 2;
            made.add(new Quantity(v - half, v + half, d, start, end, how));
        }
        flushRange(d);
        out.addAll(made);
        if (d == Dim.PLAIN && rangeFollows(after)) {
            pendingRange.addAll(made);
            out.removeAll(made);
        }
    }

    /** A percentage followed, before the sentence ends, by a population noun is a share; by a discount word, not. */
    private Dim shareOrPercent(int end) {
        int p = end;
        for (int words = 0; words < 4 && p < n; ) {
            char c = t.charAt(p);
            // a line break inside a sentence is where the page wrapped it
            if (c == '.' || c == ';' || c == ':' || c == '!' || c == '?') break;
            if (!Character.isLetter(c)) {
                p++;
                continue;
            }
            int we = wordEnd(p);
            Sense s = sense(p, we);
            int je = s == null ? brokenWordEnd(we) : 0;
            if (je > 0) {
                s = joinedSense(p, we, je);
                if (s != null) we = je;
            }
            if (s != null && s.meaning() == Meaning.DISCOUNT) return Dim.PERCENT;
            if (s != null && s.meaning() == Meaning.POPULATION) return Dim.SHARE;
            words++;
            p = we;
        }
        return Dim.PERCENT;
    }

    private boolean rangeFollows(int end) {
        int p = end;
        if (p < n && t.charAt(p) == ' ') p++;
        if (p >= n || t.charAt(p) != '-') return false;
        p++;
        if (p < n && t.charAt(p) == ' ') p++;
        return p < n && t.charAt(p) >= '0' && t.charAt(p) <= '9';
    }

    /** Emits a waiting range start with the unit of the range's end (or as plain when the end has none). */
    private void flushRange(Dim endDim) {
        if (pendingRange.isEmpty()) return;
        for (Quantity q : pendingRange) {
            Dim d = endDim == null ? Dim.PLAIN : endDim;
            // a duration's unit was applied to the range's end only; the start is in the same unit
            double f = d == Dim.DURATION && lastDurationYears > 0 ? lastDurationYears : 1;
            out.add(new Quantity(q.lo() * f, q.hi() * f, d, q.start(), q.end(), q.form()));
        }
        pendingRange.clear();
    }

    private Sense senseBefore(int start) {
        int p = start;
        if (p > 0 && t.charAt(p - 1) == '-') p--;
        p = gapBefore(p);
        if (p > 0 && t.charAt(p - 1) == '-') p--;
        if (p > 0 && t.charAt(p - 1) == ' ' && p > 1 && t.charAt(p - 2) == '-') p -= 2;
        if (p <= 0) return null;
        char c = t.charAt(p - 1);
        if (Lexicon.isCurrencySymbol(c)) return new Sense(Meaning.MONEY, 0, null);
        if (c == '.' && p > 1 && Character.isLetter(t.charAt(p - 2))) p--;
        if (!Character.isLetter(t.charAt(p - 1))) return null;
        int e = p;
        while (p > 0 && Character.isLetter(t.charAt(p - 1))) p--;
        Sense s = sense(p, e);
        return s != null && (s.meaning() == Meaning.MONEY || s.meaning() == Meaning.MONEY_SCALE) ? s : null;
    }

    private boolean moneyWordEndingAt(int start) {
        int p = start;
        while (p > 0 && Character.isLetter(t.charAt(p - 1))) p--;
        Sense s = sense(p, start);
        return s != null && (s.meaning() == Meaning.MONEY || s.meaning() == Meaning.MONEY_SCALE);
    }

    /** k, m, bn glued to an amount of money ("£43m", "€1.2bn", "£27k"). */
    private static Sense attachedScale(String w, boolean money) {
        if (w.equals("k")) return new Sense(Meaning.SCALE, 3, null); // the SI prefix, in any language
        if (!money) return null;
        switch (w) {
            case "m": case "mn": return new Sense(Meaning.SCALE, 6, null);
            case "b": case "bn": return new Sense(Meaning.SCALE, 9, null);
            default: return null;
        }
    }

    private Sense sense(int from, int to) {
        String original = t.substring(from, to);
        return lex.sense(original, original.toLowerCase(Locale.ROOT));
    }

    private String lower(int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) sb.append(Character.toLowerCase(t.charAt(i)));
        return sb.toString();
    }

    /**
     * The end of the word at {@code p}; a lower-case letter followed by a capital ends it too, because text read
     * back from a PDF can glue a word to the next one ("behandlingerKanarifugl") where the page shows a space.
     */
    private int wordEnd(int p) {
        int start = p;
        while (p < n && Character.isLetter(t.charAt(p))) {
            if (p > start && Character.isUpperCase(t.charAt(p)) && Character.isLowerCase(t.charAt(p - 1))) break;
            p++;
        }
        return p;
    }

    /**
     * When the word ending at {@code we} is continued after a line break (a narrow table cell breaks words, with
     * or without a hyphen): the end of the continuation; 0 otherwise.
     */
    private int brokenWordEnd(int we) {
        int j = we;
        if (j < n && t.charAt(j) == '-') j++;
        while (j < n && j - we < 4 && t.charAt(j) == ' ') j++;
        if (j < n && t.charAt(j) == '\r') j++;
        if (j >= n || t.charAt(j) != '\n') return 0;
        j++;
        return j < n && Character.isLetter(t.charAt(j)) ? wordEnd(j) : 0;
    }

    /** The meaning of a word broken across a line: its two pieces joined. */
    private Sense joinedSense(int from, int we, int je) {
        int start2 = je;
        while (start2 > we && Character.isLetter(t.charAt(start2 - 1))) start2--;
        String joined = t.substring(from, we) + t.substring(start2, je);
        return lex.sense(joined, joined.toLowerCase(Locale.ROOT));
    }

    /**
     * After the blank between two words (a page wraps prose anywhere): spaces and at most one line break, as a
     * PDF's text reads back — "millionar \nbehandlinger" keeps the space before the break, justified lines widen
     * it; the next position. A blank line (a new paragraph or cell) ends it.
     */
    private int gap(int p) {
        int q = p;
        boolean broken = false;
        while (q < n && q - p < 8) {
            char c = t.charAt(q);
            if (c == ' ' || c == '\t') {
                q++;
            } else if ((c == '\r' || c == '\n') && !broken) {
                broken = true;
                q += c == '\r' && q + 1 < n && t.charAt(q + 1) == '\n' ? 2 : 1;
            } else {
                break;
            }
        }
        return q;
    }

    /** Before {@code p}: the blank between two words, as {@link #gap} reads it forwards; its start. */
    private int gapBefore(int p) {
        int q = p;
        boolean broken = false;
        while (q > 0 && p - q < 8) {
            char c = t.charAt(q - 1);
            if (c == ' ' || c == '\t') {
                q--;
            } else if ((c == '\n' || c == '\r') && !broken) {
                broken = true;
                q -= c == '\n' && q > 1 && t.charAt(q - 2) == '\r' ? 2 : 1;
            } else {
                break;
            }
        }
        return q;
    }

    /** Past an identifier's letters and digits; '_' ends it (a file name's separator: ID2022_075_29950000). */
    private int skipIdentifier(int p) {
        while (p < n && Character.isLetterOrDigit(t.charAt(p))) p++;
        return p;
    }
}
