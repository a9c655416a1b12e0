package hta.confidentiality.internal;

import hta.confidentiality.NumberWords;

import hta.confidentiality.internal.Lexicon.Sense;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One sentence of a perceived text as a reader takes in its words around an amount: words (with what they mean to
 * a number) and whole numbers up to a thousand (in digits, spelled out in one word, or as an ordinal: "14",
 * "fourteen", "fourth"), each with the characters up to the next token ("-" in "14-cycle", "+" in "3+1"). A
 * sentence ends at a full stop, question or exclamation mark or semicolon followed by a blank and a capital or a
 * digit (so "mva. blir" and "pr. mnd." stay inside), or at a blank line. Immutable.
 */
final class Sentence {
    /** A word or a number; {@code number} is -1 when the token is no whole number (read a word's with number(i)). */
    record Token(int start, int end, String word, Sense sense, int number, boolean ordinal, String gap) {
        boolean isWord() {
            return word != null;
        }
    }

    /** A word's number not read yet. */
    private static final int UNREAD = -2;
    private final PerceivedText text;
    private final Lexicon lex;
    private int[] numbers;

    /** The whole number token {@code i} stands for (digits, an ordinal, a number spelled in one word), or -1. */
    int number(int i) {
        Token k = tokens.get(i);
        if (k.number() != UNREAD) return k.number();
        if (numbers == null) {
            numbers = new int[tokens.size()];
            java.util.Arrays.fill(numbers, UNREAD);
        }
        if (numbers[i] == UNREAD) numbers[i] = spelled(text, lex, k.start(), k.end());
        return numbers[i];
    }

    /** The longest sentence looked at, in characters each side of a quantity. */
    private static final int REACH = 400;
    final int start;
    final int end;
    final List<Token> tokens;

    private Sentence(PerceivedText text, Lexicon lex, int start, int end, List<Token> tokens) {
        this.text = text;
        this.lex = lex;
        this.start = start;
        this.end = end;
        this.tokens = tokens;
    }

    /** The sentence around position {@code at}. */
    static Sentence around(PerceivedText t, Lexicon lex, int at) {
        int[] b = bounds(t, at);
        return of(t, lex, b[0], b[1]);
    }

    /** The sentences of one text read with one lexicon, by where they start and end: each is tokenised once a scan. */
    private record Read(Lexicon lex) {
    }

    /** Where the text's sentences end (a new one starts at each), in order: found once a text. */
    private static final Object BREAKS = new Object();

    /** The sentence {@code [start, end)}, read once a text however many passes ask for it. */
    static Sentence of(PerceivedText t, Lexicon lex, int start, int end) {
        // by where it starts (a sentence cut short at REACH from two places can end in two places: the first is kept)
        java.util.Map<Integer, Sentence> read = t.shared(new Read(lex), java.util.HashMap::new);
        Sentence s = read.get(start);
        if (s != null && s.end == end) return s;
        Sentence made = new Sentence(t, lex, start, end, tokens(t, lex, start, end));
        if (s == null) read.put(start, made);
        return made;
    }

    /**
     * Where the sentence around position {@code at} starts and ends: at the nearest sentence break on each side, no
     * further than {@link #REACH} from it.
     */
    static int[] bounds(PerceivedText t, int at) {
        if (at <= 0 || at >= t.length()) return new int[] {at, at};
        int[] breaks = t.shared(BREAKS, () -> breaks(t));
        int i = java.util.Arrays.binarySearch(breaks, at);
        // a position that is a break itself starts its sentence and ends the one before: the sentence is empty
        if (i >= 0) return new int[] {at, at};
        return new int[] {Math.max(breaks[-i - 2], at - REACH), Math.min(breaks[-i - 1], at + REACH)};
    }

    /** Every position a sentence ends before (0 and the text's length among them), in order. */
    private static int[] breaks(PerceivedText t) {
        int n = t.length();
        int[] out = new int[16];
        int k = 0;
        for (int i = 0; i <= n; i++) {
            if (!endsBefore(t, i)) continue;
            if (k == out.length) out = java.util.Arrays.copyOf(out, k * 2);
            out[k++] = i;
        }
        return java.util.Arrays.copyOf(out, k);
    }

    /**
     * Where the sentence around {@code at} starts, a full stop after a rate word of {@code lex} ("pr. QALY", "p.
     * Patient") not ending it: a sentence never ends in "per".
     */
    static int start(PerceivedText t, Lexicon lex, int at) {
        int s = bounds(t, at)[0];
        while (s > 1 && at - s < REACH && afterRateAbbreviation(t, lex, s)) {
            s = bounds(t, s - 2)[0];
        }
        return s;
    }

    /** Whether the text before the spaces ending at {@code i} is a rate word with its full stop ("pr."). */
    private static boolean afterRateAbbreviation(PerceivedText t, Lexicon lex, int i) {
        int j = i;
        while (j > 0 && t.charAt(j - 1) == ' ') j--;
        if (j < 2 || t.charAt(j - 1) != '.') return false;
        int e = j - 1;
        int b = e;
        while (b > 0 && Character.isLetter(t.charAt(b - 1))) b--;
        if (b == e) return false;
        return lex.isPer(t.substring(b, e));
    }

    /** Whether a sentence ends just before {@code i} (and the next begins at it). */
    private static boolean endsBefore(PerceivedText t, int i) {
        if (i <= 0 || i >= t.length()) return true;
        char prev = t.charAt(i - 1);
        char c = t.charAt(i);
        if (prev == '\n' && i > 1 && t.charAt(i - 2) == '\n') return true;
        if (c != ' ' && c != '\n') return false;
        if (prev != '.' && prev != '!' && prev != '?' && prev != ';') return false;
        int j = i;
        while (j < t.length() && (t.charAt(j) == ' ' || t.charAt(j) == '\n')) j++;
        if (j >= t.length() || Character.isUpperCase(t.charAt(j))) return true;
        // a number after a short abbreviation goes on with the sentence: "ca. 650 kr.", "bl.a. 3 studier"
        return Character.isDigit(t.charAt(j)) && !(prev == '.' && shortAbbreviation(t, i - 1));
    }

    /** Whether the full stop at {@code dot} ends an abbreviation of at most four letters ("ca", "kr", "mill", "Jan"). */
    private static boolean shortAbbreviation(PerceivedText t, int dot) {
        int b = dot;
        while (b > 0 && Character.isLetter(t.charAt(b - 1))) b--;
        int length = dot - b;
        if (length == 0 || length > 4) return false;
        // "ca.", "kr.", "Jan.": lower case after a first letter of either case (an acronym such as "NHS." ends a sentence)
        for (int k = b + 1; k < dot; k++) {
            if (!Character.isLowerCase(t.charAt(k))) return false;
        }
        return length > 1 || Character.isLowerCase(t.charAt(b));
    }

    private static List<Token> tokens(PerceivedText t, Lexicon lex, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                int e = i;
                while (e < to && Character.isLetter(t.charAt(e))) e++;
                String original = t.substring(i, e);
                String lower = original.toLowerCase(Locale.ROOT);
                Integer ordinal = lex.words().prose().ordinals().get(lower);
                if (ordinal == null && lower.length() >= 5) ordinal = spelledOrdinal(lex, lower);
                Integer cardinal = ordinal == null ? lex.words().prose().numbers().get(lower) : null;
                // a spelled number is read when a rule asks for it (number(i)): most words are none
                int number = ordinal != null ? ordinal : cardinal != null ? cardinal : UNREAD;
                out.add(new Token(i, e, lower, lex.sense(original, lower), number, ordinal != null, gap(t, e, to)));
                i = e;
            } else if (c >= '0' && c <= '9') {
                int e = i;
                while (e < to && t.charAt(e) >= '0' && t.charAt(e) <= '9') e++;
                // a decimal or grouped number is no count: "2,5", "1 000" (the reader has it as a quantity)
                boolean whole = !(e + 1 < to && (t.charAt(e) == ',' || t.charAt(e) == '.' || t.charAt(e) == ' ')
                        && t.charAt(e + 1) >= '0' && t.charAt(e + 1) <= '9') && e - i <= 4;
                int number = whole ? Integer.parseInt(t.substring(i, e)) : -1;
                if (whole && e < to && t.charAt(e) == '.' && e + 1 < to && t.charAt(e + 1) == ' ') {
                    // "hver 3. uke": a Nordic ordinal in digits
                    out.add(new Token(i, e + 1, null, null, number > 1000 ? -1 : number, true, gap(t, e + 1, to)));
                    i = e + 1;
                    continue;
                }
                while (e < to && (Character.isDigit(t.charAt(e)) || (t.charAt(e) == ',' || t.charAt(e) == '.' || t.charAt(e) == ' ')
                        && e + 1 < to && Character.isDigit(t.charAt(e + 1)))) e++;
                out.add(new Token(i, e, null, null, number > 1000 ? -1 : number, false, gap(t, e, to)));
                i = e;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The characters between a token's end and the next token, blanks removed ("-", "+", ""). */
    private static String gap(PerceivedText t, int e, int to) {
        StringBuilder sb = new StringBuilder(2);
        for (int i = e; i < to && !Character.isLetterOrDigit(t.charAt(i)) && sb.length() < 3; i++) {
            if (t.charAt(i) != ' ' && t.charAt(i) != '\n') sb.append(t.charAt(i));
        }
        return sb.toString();
    }

    /** An ordinal of the memo's languages beyond those the plugin declares ("fjortende", "fourteenth"), or null. */
    private static Integer spelledOrdinal(Lexicon lex, String lower) {
        for (SpelledNumbers language : lex.spelled()) {
            int n = language.ordinalOf(lower);
            if (n > 1) return n;
        }
        return null;
    }

    /** A whole number spelled in one word ("fourteen", "fjorten", "tre"), or -1. */
    static int spelled(PerceivedText t, Lexicon lex, int from, int to) {
        for (SpelledNumbers language : lex.spelled()) {
            List<SpelledNumbers.Piece> pieces = language.split(t, from, to);
            if (pieces == null) continue;
            SpelledNumbers.Reading r = language.read(List.of(pieces));
            if (r != null && r.words() == 1 && r.value() >= 1 && r.value() <= 1000 && r.value() == Math.rint(r.value())) {
                return (int) r.value();
            }
        }
        return -1;
    }

    /** Whether any word of the sentence is one of {@code words} (lower case). */
    boolean has(java.util.Set<String> words) {
        if (words.isEmpty()) return false;
        for (Token k : tokens) {
            if (k.isWord() && words.contains(k.word())) return true;
        }
        return false;
    }

    /**
     * Whether the sentence names VAT: one of the language's VAT words, or a word made of one and more ("momssatsen",
     * "mva-satsen" is two words).
     */
    boolean namesVat(java.util.Set<String> vat) {
        for (Token k : tokens) {
            if (!k.isWord()) continue;
            for (String w : vat) if (w.length() >= 3 && k.word().startsWith(w)) return true;
        }
        return false;
    }

    /**
     * Whether a rate word stands before a word that is no length of time ("per hetteglass", "a vial", "pr.
     * behandlet pasient"): the sentence divides by a count of something. Generous by design ("i alt" counts too):
     * it only lets a rounder number meet a division the sentence may state.
     */
    boolean perNoun() {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token a = tokens.get(i);
            Token b = tokens.get(i + 1);
            if (isPer(a) && b.isWord() && time(b) == null) return true;
        }
        return false;
    }

    /**
     * Whether the sentence names a period of {@code years} (within 1 %): a rate word before a length of time ("per
     * måned", "a year") or a word that is a period itself ("dagsprisen", "årskostnaden", "månedlig").
     */
    boolean namesPeriod(double years) {
        for (int i = 0; i < tokens.size(); i++) {
            NumberWords.Duration d = periodAt(i);
            if (d != null && Math.abs(d.years() / years - 1) <= 0.01) return true;
        }
        return false;
    }

    /** Whether the sentence names any period (see {@link #namesPeriod}). */
    boolean namesAPeriod() {
        for (int i = 0; i < tokens.size(); i++) {
            if (periodAt(i) != null) return true;
        }
        return false;
    }

    /** The period token {@code i} names, or null. */
    private NumberWords.Duration periodAt(int i) {
        Token a = tokens.get(i);
        NumberWords.Duration d = time(a);
        boolean named = d != null && (a.sense().meaning() == Lexicon.Meaning.PERIOD || i > 0 && isPer(tokens.get(i - 1)));
        return named ? d : null;
    }

    private static boolean isPer(Token k) {
        return k.isWord() && k.sense() != null && k.sense().meaning() == Lexicon.Meaning.PER;
    }

    /** The length of time a word is or names, or null. */
    private static NumberWords.Duration time(Token k) {
        if (!k.isWord() || k.sense() == null) return null;
        Lexicon.Meaning m = k.sense().meaning();
        return m == Lexicon.Meaning.DURATION || m == Lexicon.Meaning.PERIOD ? k.sense().duration() : null;
    }
}
