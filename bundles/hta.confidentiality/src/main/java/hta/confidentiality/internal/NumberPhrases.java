package hta.confidentiality.internal;

import hta.confidentiality.internal.Lexicon.Meaning;
import hta.confidentiality.internal.Lexicon.Sense;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Numbers as writers say them rather than write them, for {@link QuantityReader}: a whole and a part ("one and a
 * half", "to og en halv", "en och en halv"), the Nordic "half the second" ("halvannen", "halvanden": one and a
 * half, made of the jurisdiction's fraction word for a half and its ordinal), a number glued to a compound noun
 * that begins with a scale or money word ("18,15-millionersbehandling", "18,15-miljonersbehandling"), a length of
 * time in two units ("4 år og 1,5 måneder"), and two numbers joined by a short word as a range ("mellom 1,17 og
 * 1,195 millioner"). Every word comes from the jurisdiction's {@code NumberWords}; the joining words are taken by
 * their shape (two or three letters: "og", "och", "and", "til", "to"), since no list declares them. Reads the text
 * only; the results of the last call are in its fields. Not thread-safe: one per scan.
 */
final class NumberPhrases {
    /** A word joining a whole and its part, or the ends of a range: "og", "och", "and", "til", "to". */
    private static final int JOINER_MAX = 3;
    /** The article or "one" before a part: "en", "ett", "ei", "a", "one". */
    private static final int ARTICLE_MAX = 3;
    private final PerceivedText t;
    private final Lexicon lex;
    private final WordCursor cursor;
    private final int n;
    /** The jurisdiction's one-word fractions for a half ("halv", "half"), lower case. */
    private final List<String> halves = new ArrayList<>();

    /** The denominator of the part read by {@link #partAfter}. */
    int denominator;
    /** The value and precision, in years, of the smaller unit read by {@link #smallerDuration}. */
    double durationValue;
    double durationPrecision;

    NumberPhrases(PerceivedText t, Lexicon lex, WordCursor cursor) {
        this.t = t;
        this.lex = lex;
        this.cursor = cursor;
        this.n = t.length();
        for (Map.Entry<String, Integer> e : lex.words().fractions().entrySet()) {
            if (e.getValue() == 2 && e.getKey().indexOf(' ') < 0 && e.getKey().length() >= 3) halves.add(e.getKey());
        }
    }

    /**
     * The word {@code text[start, e)} as a half before an ordinal ("halvannen", "halvanden": half the second, 1½;
     * "halvtredje", 2½): the ordinal's number, so the value is that less a half; 0 when it is none.
     */
    int halfBeforeOrdinal(int start, int e) {
        if (halves.isEmpty() || lex.words().prose().ordinals().isEmpty()) return 0;
        for (String h : halves) {
            int rest = e - start - h.length();
            if (rest < 3 || !startsWith(start, h)) continue;
            Integer ordinal = lex.words().prose().ordinals().get(cursor.lower(start + h.length(), e));
            if (ordinal != null && ordinal >= 2) return ordinal;
        }
        return 0;
    }

    /** Whether the text at {@code at} begins with the lower-case word {@code w}, in any case. */
    private boolean startsWith(int at, String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.toLowerCase(t.charAt(at + i)) != w.charAt(i)) return false;
        }
        return true;
    }

    /**
     * A part after a whole number ending at {@code from}: a joining word, an optional article and a fraction word
     * or phrase — " og en halv", " and a half", " och en halv", " and one third". The position after it ({@link
     * #denominator} holds the part's denominator), or 0.
     */
    int partAfter(int from) {
        int q = cursor.gap(from);
        int we = shortWord(q, JOINER_MAX, 2);
        if (we == 0 || we >= n || t.charAt(we) != ' ') return 0;
        int a = we + 1;
        int end = fraction(a);
        if (end > 0) return end;
        int ae = shortWord(a, ARTICLE_MAX, 1);
        if (ae == 0 || ae >= n || t.charAt(ae) != ' ') return 0;
        return fraction(ae + 1);
    }

    /**
     * A part after a whole number in words ("and a half"): its end, or 0. The reading may have taken the joining word
     * already when it is a connector of the language ("one and"), so the part is looked for after either word.
     */
    int partAfterReading(SpelledNumbers.Reading best, List<Integer> ends) {
        if (best.value() != Math.rint(best.value()) || best.value() <= 0) return 0;
        int part = partAfter(ends.get(best.words() - 1));
        if (part == 0 && best.words() >= 2) part = partAfter(ends.get(best.words() - 2));
        return part;
    }

    /**
     * A part after a scale word ending at {@code from} that closes the amount: "nitten millioner og en halv", "two
     * million and a half". Its end ({@link #denominator} holds the part's denominator), or 0 when none follows or a
     * word other than a money word comes after it ("to millioner og en halv time" is no amount).
     */
    int partAfterScale(int from) {
        int end = partAfter(from);
        return end > 0 && closesAmount(end) ? end : 0;
    }

    /** Whether nothing but a money word, punctuation or the end of the text comes after {@code end}. */
    boolean closesAmount(int end) {
        int q = cursor.gap(end);
        if (q >= n || !Character.isLetter(t.charAt(q))) return true;
        Sense s = cursor.sense(q, cursor.wordEnd(q));
        return s != null && s.meaning() == Meaning.MONEY;
    }

    /** A fraction word ("halv", "third") or phrase ("a half") for one part at {@code q}: its end, or 0. */
    private int fraction(int q) {
        if (q >= n || !Character.isLetter(t.charAt(q))) return 0;
        int e = cursor.wordEnd(q);
        Sense s = cursor.sense(q, e);
        if (s != null && s.meaning() == Meaning.FRACTION) {
            denominator = s.power();
            return e;
        }
        String first = cursor.lower(q, e);
        if (e + 1 >= n || t.charAt(e) != ' ' || !lex.startsPhrase(first)) return 0;
        int e2 = cursor.wordEnd(e + 1);
        Sense phrase = lex.phrase(first + " " + cursor.lower(e + 1, e2));
        if (phrase == null || phrase.meaning() != Meaning.FRACTION) return 0;
        denominator = phrase.power();
        return e2;
    }

    /** A lower-case word of {@code min} to {@code max} letters at {@code q}: its end, or 0. */
    private int shortWord(int q, int max, int min) {
        if (q >= n || !Character.isLowerCase(t.charAt(q))) return 0;
        int e = cursor.wordEnd(q);
        return e - q >= min && e - q <= max ? e : 0;
    }

    /**
     * A word glued by a hyphen to a number that begins with a scale or money word, the rest a noun: "18,15-
     * millionersbehandling", "2-milliardkontrakt", "980 000-kronersbehandling". The scale's or money's sense, or
     * null. The noun must have three letters or more; a linking "s" may stand between.
     */
    Sense compoundStart(int q, int we) {
        for (int cut = we - 3; cut >= q + 3; cut--) {
            Sense s = cursor.sense(q, cut);
            if (s == null && cut - q > 3 && Character.toLowerCase(t.charAt(cut - 1)) == 's') s = cursor.sense(q, cut - 1);
            if (s != null && (s.meaning() == Meaning.SCALE || s.meaning() == Meaning.MONEY_SCALE
                    || s.meaning() == Meaning.MONEY)) {
                return s;
            }
        }
        return null;
    }

    /**
     * A smaller unit of time after a duration's unit word ending at {@code from}, joined by a short word, a comma
     * or nothing: "4 år og 1,5 måneder", "4 years and 1.5 months", "2 years, 3 months". The position after its unit
     * word ({@link #durationValue} and {@link #durationPrecision} in years), or 0.
     */
    int smallerDuration(int from, double unitYears) {
        int q = from < n && t.charAt(from) == ',' ? from + 1 : from;
        q = cursor.gap(q);
        int we = shortWord(q, JOINER_MAX, 2);
        // "eit tiår minus fem månader", "ten years less two months": the smaller unit taken off (fourteenth probe)
        int less = we > 0 ? 0 : lessWord(q);
        if (less > 0) we = less;
        if (we > 0) q = cursor.gap(we);
        int end = smallerAfterJoiner(q, unitYears);
        if (end > 0 && less > 0) durationValue = -durationValue;
        return end;
    }

    /** The end of "minus" or "less" at {@code q}, or 0. */
    private int lessWord(int q) {
        if (q >= n || !Character.isLetter(t.charAt(q))) return 0;
        int e = cursor.wordEnd(q);
        String w = cursor.lower(q, e);
        return w.equals("minus") || w.equals("less") ? e : 0;
    }

    private int smallerAfterJoiner(int q, double unitYears) {
        if (q < n && Character.isLetter(t.charAt(q))) return spelledSmallerDuration(q, unitYears);
        if (q >= n || t.charAt(q) < '0' || t.charAt(q) > '9') return 0;
        DigitReader d = new DigitReader(t);
        d.read(q);
        if (d.date) return 0;
        double[] v = new double[8];
        double[] pr = new double[8];
        if (d.readings(v, pr) == 0) return 0;
        int w = cursor.gap(d.end);
        if (w >= n || !Character.isLetter(t.charAt(w))) return 0;
        int ue = cursor.wordEnd(w);
        Sense s = cursor.sense(w, ue);
        if (s == null || s.meaning() != Meaning.DURATION || s.duration().years() >= unitYears) return 0;
        durationValue = v[0] * s.duration().years();
        durationPrecision = pr[0] * s.duration().years();
        return ue < n && t.charAt(ue) == '.' ? ue + 1 : ue;
    }

    /** "ni år og sju måneder": the smaller unit's count spelled in one word; as {@link #smallerDuration}. */
    private int spelledSmallerDuration(int q, double unitYears) {
        int ne = cursor.wordEnd(q);
        int count = Sentence.spelled(t, lex, q, ne);
        if (count < 1) return 0;
        int w = cursor.gap(ne);
        if (w >= n || !Character.isLetter(t.charAt(w))) return 0;
        int ue = cursor.wordEnd(w);
        Sense s = cursor.sense(w, ue);
        if (s == null || s.meaning() != Meaning.DURATION || s.duration().years() >= unitYears) return 0;
        durationValue = count * s.duration().years();
        durationPrecision = s.duration().years();
        return ue < n && t.charAt(ue) == '.' ? ue + 1 : ue;
    }

    /** The decimals read by {@link #decimalsAfter}: their value (0,95) and precision (0,01). */
    double decimals;
    double decimalsPrecision;

    /**
     * Decimals after whole digits ending at {@code from}, with the decimal sign written as the word a memo language
     * says it with ("29 komma 95 millioner", "2 point 1 million"; the word comes from the language's spelled-out
     * numbers): the position after the decimal digits ({@link #decimals}, {@link #decimalsPrecision}), or 0.
     */
    int decimalsAfter(int from) {
        if (from + 1 >= n || t.charAt(from) != ' ' || !Character.isLetter(t.charAt(from + 1))) return 0;
        int we = cursor.wordEnd(from + 1);
        if (we + 1 >= n || t.charAt(we) != ' ' || t.charAt(we + 1) < '0' || t.charAt(we + 1) > '9') return 0;
        boolean sign = false;
        for (SpelledNumbers language : lex.allSpelled()) {
            List<SpelledNumbers.Piece> p = language.split(t, from + 1, we);
            sign |= p != null && p.size() == 1 && p.get(0).role() == SpelledNumbers.Role.DECIMAL;
        }
        if (!sign) return 0;
        int e = we + 1;
        while (e < n && t.charAt(e) >= '0' && t.charAt(e) <= '9') e++;
        // digits grouped or followed by a separator and more digits are a number of their own
        if (e + 1 < n && (t.charAt(e) == ',' || t.charAt(e) == '.' || t.charAt(e) == ' ') && Character.isDigit(t.charAt(e + 1))) {
            return 0;
        }
        decimalsPrecision = Math.pow(10, -(e - we - 1));
        decimals = Double.parseDouble("0." + t.substring(we + 1, e));
        return e;
    }

    /**
     * Where the number after {@code end} and a short word starts, the second end of a range ("1,17 og 1,195
     * millioner", "between £1.9m and £2.3m": past a currency sign); -1 when none follows.
     */
    int rangeEndAfterWord(int end) {
        if (end >= n || t.charAt(end) != ' ') return -1;
        int we = shortWord(end + 1, JOINER_MAX, 2);
        if (we == 0 || we + 1 >= n || t.charAt(we) != ' ') return -1;
        int p = we + 1 < n - 1 && Lexicon.isCurrencySymbol(t.charAt(we + 1)) ? we + 2 : we + 1;
        return t.charAt(p) >= '0' && t.charAt(p) <= '9' ? p : -1;
    }

    /**
     * Whether {@code text[start, e)} is a short word (an article: two or three letters, taken by its shape as the
     * joining words are) before a unit of time of a year or more that a smaller unit joins ("og", "minus").
     */
    boolean articleBeforeCompoundDuration(int start, int e) {
        if (e - start < 2 || e - start > 3 || e >= n || t.charAt(e) != ' ') return false;
        int u = e + 1;
        int ue = cursor.wordEnd(u);
        if (ue == u) return false;
        Lexicon.Sense s = cursor.sense(u, ue);
        if (s == null || s.meaning() != Lexicon.Meaning.DURATION || s.duration().years() < 1) return false;
        return smallerDuration(ue, s.duration().years()) > 0;
    }
}
