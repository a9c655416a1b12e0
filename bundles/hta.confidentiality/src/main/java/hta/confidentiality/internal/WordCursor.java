package hta.confidentiality.internal;

import hta.confidentiality.NumberWords;
import hta.confidentiality.ProseWords;
import hta.confidentiality.internal.Lexicon.Meaning;
import hta.confidentiality.internal.Lexicon.Sense;
import hta.confidentiality.internal.Quantity.Dim;
import java.util.Locale;

/**
 * The words around a number, for {@link QuantityReader}: what a word means, where it ends (also across a line
 * break a page made), the blanks between words as a PDF reads back, and the words before and after an amount that
 * make it a rate, a share, a hedged or a ranged figure. Reads the text only; holds no state of the reading.
 */
final class WordCursor {
    /** How many words after an amount a rate's words may stand ("31 000 kroner per pasient i måneden"). */
    private static final int RATE_REACH = 4;
    private final PerceivedText t;
    private final Lexicon lex;
    private final int n;

    WordCursor(PerceivedText t, Lexicon lex) {
        this.t = t;
        this.lex = lex;
        this.n = t.length();
    }

    /**
     * The sense of a two-word phrase starting at the word at {@code q}, joined by a space or a hyphen ("per cent",
     * "per-cent", "a third"), or null.
     */
    Sense phraseAt(int q) {
        int e = wordEnd(q);
        if (e + 1 >= n || t.charAt(e) != ' ' && t.charAt(e) != '-' || !lex.startsPhrase(lower(q, e))) return null;
        int e2 = wordEnd(e + 1);
        return e2 > e + 1 ? lex.phrase(lower(q, e) + " " + lower(e + 1, e2)) : null;
    }

    /**
     * Whether the word ending at {@code we} may have been cut short: an ellipsis after it ("…", read as "..."), or
     * the end of the text or line with no continuation (a title or bookmark shortened to its length).
     */
    boolean cutShort(int we) {
        if (we + 2 < n && t.charAt(we) == '.' && t.charAt(we + 1) == '.' && t.charAt(we + 2) == '.') return true;
        return (we >= n || t.charAt(we) == '\n' || t.charAt(we) == '\r') && brokenWordEnd(we) == 0;
    }

    /**
     * A rate a few words after an amount, in the same clause: "per pasient i måneden", "for each patient a year".
     * Another number, a sentence's end or a comma ends the search.
     */
    NumberWords.Duration periodAfter(int from) {
        int p = from;
        boolean per = false;
        for (int words = 0; words < RATE_REACH && p < n; words++) {
            int q = gap(p);
            if (q >= n || !Character.isLetter(t.charAt(q))) return null;
            int we = wordEnd(q);
            Sense s = sense(q, we);
            int compound = compoundEnd(we);
            if (compound > 0) {
                // "person-years", "patient-year": the compound is the word ("a person-years a month" is a monthly
                // rate); a compound the words do not know is read as its parts ("patient-måned": a month)
                Sense whole = sense(q, compound);
                if (whole != null) {
                    s = whole;
                    we = compound;
                }
            }
            int after = we < n && t.charAt(we) == '.' && we + 1 < n && t.charAt(we + 1) != ' ' ? we + 1 : we;
            if (s != null && s.meaning() == Meaning.PERIOD) return s.duration();
            // "per patient och månad", "per pasient og år": a per-word governs the list after it
            if (s != null && s.meaning() == Meaning.DURATION && per) return s.duration();
            if (s != null && s.meaning() == Meaning.PER) {
                per = true;
                int r = gap(we < n && t.charAt(we) == '.' ? we + 1 : we);
                if (r < n && Character.isLetter(t.charAt(r))) {
                    Sense d = sense(r, wordEnd(r));
                    if (d != null && (d.meaning() == Meaning.DURATION || d.meaning() == Meaning.PERIOD)) return d.duration();
                }
            }
            if (s != null && (s.meaning() == Meaning.MONEY || s.meaning() == Meaning.SCALE || s.meaning() == Meaning.PERCENT)) {
                return null;
            }
            p = after < n && t.charAt(after) == '.' ? after + 1 : after;
            if (p + 1 < n && t.charAt(p) == '-' && Character.isLetter(t.charAt(p + 1))) p++;
            if (p < n && (t.charAt(p) == ',' || t.charAt(p) == ';' || t.charAt(p) == ':')) return null;
        }
        return null;
    }

    /** The end of a compound joined by a hyphen at {@code we} ("person-years"), or 0 when no letter follows one. */
    int compoundEnd(int we) {
        if (we + 1 >= n || t.charAt(we) != '-' || !Character.isLetter(t.charAt(we + 1))) return 0;
        return wordEnd(we + 1);
    }

    /** The rate words just before a number: "per måned 986 439 kr", "i måneden: 2,2 mill.", "p.a. £2.1m". */
    NumberWords.Duration periodBefore(int start) {
        int p = gapBefore(start);
        if (p > 0 && t.charAt(p - 1) == ':') p = gapBefore(p - 1);
        if (p > 0 && t.charAt(p - 1) == '.') p--;
        int e = p;
        while (p > 0 && Character.isLetter(t.charAt(p - 1))) p--;
        if (p == e) return null;
        Sense last = sense(p, e);
        if (last == null) return null;
        if (last.meaning() == Meaning.PERIOD) return last.duration();
        if (last.meaning() != Meaning.DURATION) return null;
        int q = gapBefore(p);
        if (q > 0 && t.charAt(q - 1) == '.') q--;
        int we = q;
        while (q > 0 && Character.isLetter(t.charAt(q - 1))) q--;
        if (q == we) return null;
        Sense per = sense(q, we);
        return per != null && per.meaning() == Meaning.PER ? last.duration() : null;
    }

    /**
     * Whether a count or population noun follows one describing word ("2,2 miljoner vuxna svenskar", "1,7
     * millioner ældre danskere"): a word of five letters or more in lower case, then the noun. Short words
     * (prepositions: "til", "for", "per") never stand between a number and what it counts.
     */
    boolean countAfterAdjective(int q, int we) {
        if (we - q < 5 || !Character.isLowerCase(t.charAt(q))) return false;
        int q2 = gap(we);
        if (q2 >= n || !Character.isLetter(t.charAt(q2))) return false;
        Sense s = sense(q2, wordEnd(q2));
        return s != null && (s.meaning() == Meaning.COUNT || s.meaning() == Meaning.POPULATION);
    }

    /** Whether a scale, fraction, percent or money word follows the word ending at {@code p}. */
    boolean unitAfter(int p) {
        if (p + 1 >= n || t.charAt(p) != ' ' || !Character.isLetter(t.charAt(p + 1))) return false;
        Sense s = sense(p + 1, wordEnd(p + 1));
        return s != null && switch (s.meaning()) {
            case SCALE, MONEY_SCALE, FRACTION, PERCENT, PERCENT_POINTS, MONEY -> true;
            default -> false;
        };
    }

    /** The end of a word for points right after {@code p} ("percentage points" read from "percentage"); else -1. */
    int pointsAfter(int p) {
        if (p + 1 >= n || t.charAt(p) != ' ' || !Character.isLetter(t.charAt(p + 1))) return -1;
        int e = wordEnd(p + 1);
        Sense s = sense(p + 1, e);
        return s != null && s.meaning() == Meaning.PERCENT_POINTS ? e : -1;
    }

    /**
     * After a tolerance in brackets at {@code q} ("(± 0,05)", "(+/- 0.1)"), where a number's scale or currency may
     * still follow; else -1.
     */
    int toleranceEnd(int q) {
        int close = -1;
        for (int i = q + 1; i < n && i <= q + 16 && close < 0; i++) if (t.charAt(i) == ')') close = i;
        if (close < 0) return -1;
        String inside = t.substring(q + 1, close).replace(" ", "");
        return inside.matches("(±|\\+/?-|\\+/−)[0-9.,]+%?") ? close + 1 : -1;
    }

    /**
     * The end of a duration word after one describing word ("de fem første årene", "de tre siste åren", "fem
     * kommende år"): a word of five letters or more in lower case between a number and its unit of time; else -1.
     * A number word of any language the memo reads is no describing word: in "equivalent to thirty years", Norwegian
     * "to" (two) does not take the years of an English "thirty" (thirteenth probe).
     */
    int durationAfterAdjective(int q, int we) {
        if (we - q < 5 || !Character.isLowerCase(t.charAt(q))) return -1;
        for (SpelledNumbers language : lex.allSpelled()) if (language.split(t, q, we) != null) return -1;
        int q2 = gap(we);
        if (q2 >= n || !Character.isLetter(t.charAt(q2))) return -1;
        int e2 = wordEnd(q2);
        Sense s = sense(q2, e2);
        return s != null && s.meaning() == Meaning.DURATION ? e2 : -1;
    }

    /**
     * Whether the word at {@code p} (of sense {@code s}), or one after at most two short words ("a couple of
     * treatments", "a dozen of the patients", "et par av behandlingene"), is a noun of patients or treatments.
     */
    boolean countsAt(int p, Sense s) {
        for (int words = 0; ; words++) {
            if (s != null && (s.meaning() == Meaning.POPULATION || s.meaning() == Meaning.COUNT)) return true;
            int e = wordEnd(p);
            if (words == 2 || s != null || e - p > 3) return false;
            p = gap(e);
            if (p >= n || !Character.isLetter(t.charAt(p))) return false;
            s = sense(p, wordEnd(p));
        }
    }

    /**
     * The start of a scale word or a word for a number after an article of three letters or less at {@code q} ("half
     * a million", "half a dozen"), else {@code q}.
     */
    int scaleAfterArticle(int q) {
        int e = wordEnd(q);
        if (e - q > 3 || e + 1 >= n || t.charAt(e) != ' ' || !Character.isLetter(t.charAt(e + 1))) return q;
        int e2 = wordEnd(e + 1);
        Sense s = sense(e + 1, e2);
        boolean number = lex.words().prose().numbers().containsKey(lower(e + 1, e2));
        return number || s != null && (s.meaning() == Meaning.SCALE || s.meaning() == Meaning.MONEY_SCALE) ? e + 1 : q;
    }

    /** The end of a word, a full stop and letters at once ("t.kr", "mio.kr", "p.a") from {@code q}, or 0. */
    int dottedEnd(int q, int we) {
        if (we + 1 >= n || t.charAt(we) != '.' || !Character.isLetter(t.charAt(we + 1))) return 0;
        return wordEnd(we + 1);
    }

    /**
     * So many of something, in one or two words from {@code q}, per a period: "fyra färre blödningar per år", "four
     * fewer bleeds a year" (thirteenth probe). The start of the period's word after the per word, or -1.
     */
    int periodAfterCount(int q) {
        for (int words = 0; words < 2; words++) {
            if (q >= n || !Character.isLowerCase(t.charAt(q))) return -1;
            int we = wordEnd(q);
            if (we + 1 >= n || t.charAt(we) != ' ' || !Character.isLetter(t.charAt(we + 1))) return -1;
            q = we + 1;
            int e = wordEnd(q);
            Sense s = sense(q, e);
            if (s != null) return s.meaning() == Meaning.PER ? gap(e) : -1;
        }
        return -1;
    }

    /** Whether money is named right after {@code we}: "29,95M NOK", "2.1M GBP", "29,95M kroner". */
    boolean moneyFollows(int we) {
        int p = gap(we);
        if (p >= n) return false;
        if (Lexicon.isCurrencySymbol(t.charAt(p))) return true;
        if (!Character.isLetter(t.charAt(p))) return false;
        Sense s = sense(p, wordEnd(p));
        return s != null && s.meaning() == Meaning.MONEY;
    }

    /**
     * Whether the number at {@code start} stands in parentheses right after a noun of patients or people it counts
     * ("per 1000 innbyggere (5,5 millioner)", "invånare (10,5 miljoner)"): a count, not money.
     */
    boolean countInParentheses(int start) {
        int b = start - 1;
        while (b >= 0 && t.charAt(b) == ' ') b--;
        if (b < 0 || t.charAt(b) != '(') return false;
        b--;
        while (b >= 0 && t.charAt(b) == ' ') b--;
        int e = b + 1;
        while (b >= 0 && Character.isLetter(t.charAt(b))) b--;
        if (e - b - 1 < 3) return false;
        Sense s = sense(b + 1, e);
        return s != null && (s.meaning() == Meaning.COUNT || s.meaning() == Meaning.POPULATION);
    }

    /** The hedge in the one to three words just before {@code start} ("knapt", "just under", "i overkant av"). */
    ProseWords.Hedge hedgeBefore(int start) {
        if (lex.words().prose().hedges().isEmpty()) return null;
        int p = start;
        // a currency before the number stands between the hedge and it: "roughly £1¾ million", "om lag NOK 2,1 mill."
        p = gapBefore(p);
        if (p > 0 && Lexicon.isCurrencySymbol(t.charAt(p - 1))) p = gapBefore(p - 1);
        else if (p > 0 && Character.isUpperCase(t.charAt(p - 1))) {
            int w = p;
            while (w > 0 && Character.isLetter(t.charAt(w - 1))) w--;
            Sense s = sense(w, p);
            if (s != null && (s.meaning() == Meaning.MONEY || s.meaning() == Meaning.MONEY_SCALE)) p = gapBefore(w);
        }
        String phrase = "";
        for (int words = 0; words < 3; words++) {
            if (p > 0 && t.charAt(p - 1) == '.') p--;
            int e = p;
            while (p > 0 && Character.isLetter(t.charAt(p - 1))) p--;
            if (p == e || e - p > 16) return null;
            String w = lower(p, e);
            if (words == 0 && !lex.endsHedge(w)) return null;
            phrase = phrase.isEmpty() ? w : w + " " + phrase;
            ProseWords.Hedge h = lex.hedge(phrase);
            if (h != null) return h;
            int before = gapBefore(p);
            if (before == p) return null;
            p = before;
        }
        return null;
    }

    /** A percentage followed, before the sentence ends, by a population noun is a share; by a discount word, not. */
    Dim shareOrPercent(int end) {
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
            // a population noun cut short where a title or bookmark was shortened ("77,5 % befolkninge…"): a word of
            // six letters or more that begins one is that noun
            if (s == null && (we - p >= 6 || cutShort(we))) s = lex.cutShort(lower(p, we));
            if (s != null && s.meaning() == Meaning.DISCOUNT) return Dim.PERCENT;
            if (s != null && s.meaning() == Meaning.POPULATION) return Dim.SHARE;
            words++;
            p = we;
        }
        return Dim.PERCENT;
    }

    boolean rangeFollows(int end) {
        int p = end;
        if (p < n && t.charAt(p) == ' ') p++;
        if (p >= n || t.charAt(p) != '-' && t.charAt(p) != PLUS_MINUS) return false;
        p++;
        if (p < n && t.charAt(p) == ' ') p++;
        return p < n && t.charAt(p) >= '0' && t.charAt(p) <= '9';
    }

    static final char PLUS_MINUS = '\u00B1';

    /** Whether "±" follows {@code end} (after a space at most): the number after it is an uncertainty of this one. */
    boolean plusMinusFollows(int end) {
        int p = end;
        if (p < n && t.charAt(p) == ' ') p++;
        return p < n && t.charAt(p) == PLUS_MINUS;
    }

    Sense senseBefore(int start) {
        int p = start;
        if (p > 0 && t.charAt(p - 1) == '-') p--;
        p = gapBefore(p);
        if (p > 0 && t.charAt(p - 1) == '-') p--;
        if (p > 0 && t.charAt(p - 1) == ' ' && p > 1 && t.charAt(p - 2) == '-') p -= 2;
        if (p <= 0) return null;
        char c = t.charAt(p - 1);
        if (Lexicon.isCurrencySymbol(c)) {
            // "k£1,898", "m€2.1": a thousand or a million glued before the sign, no letter before it (fourteenth probe)
            char prefix = p > 1 ? t.charAt(p - 2) : ' ';
            boolean alone = p < 3 || !Character.isLetterOrDigit(t.charAt(p - 3));
            if (alone && (prefix == 'k' || prefix == 'K')) return new Sense(Meaning.MONEY_SCALE, 3, null, Lexicon.currencyOfSymbol(c));
            if (alone && (prefix == 'm' || prefix == 'M')) return new Sense(Meaning.MONEY_SCALE, 6, null, Lexicon.currencyOfSymbol(c));
            return new Sense(Meaning.MONEY, 0, null, Lexicon.currencyOfSymbol(c));
        }
        if (c == '.' && p > 1 && Character.isLetter(t.charAt(p - 2))) p--;
        if (!Character.isLetter(t.charAt(p - 1))) return null;
        int e = p;
        while (p > 0 && Character.isLetter(t.charAt(p - 1))) p--;
        Sense s = sense(p, e);
        // a money scale with dots between its letters: "t.kr. 19.500", "mio.kr. 19,5" (eleventh probe)
        int d = p;
        while (d > 1 && t.charAt(d - 1) == '.' && Character.isLetter(t.charAt(d - 2))) {
            d--;
            while (d > 0 && Character.isLetter(t.charAt(d - 1))) d--;
            Sense dotted = sense(d, e);
            if (dotted != null && dotted.meaning() == Meaning.MONEY_SCALE) return dotted;
        }
        return s != null && (s.meaning() == Meaning.MONEY || s.meaning() == Meaning.MONEY_SCALE) ? s : null;
    }

    /**
     * Whether a percent sign or word heads the number at {@code start}, a colon between: "in per cent: 27", "Rabatt i
     * prosent: 27", "Reduction (%): 27" (thirteenth probe).
     */
    boolean percentBeforeColon(int start) {
        int p = gapBefore(start);
        if (p < 2 || t.charAt(p - 1) != ':') return false;
        p = gapBefore(p - 1);
        if (p > 0 && t.charAt(p - 1) == ')') p--;
        if (p > 0 && Lexicon.isPercentSign(t.charAt(p - 1))) return true;
        int e = p;
        while (p > 0 && Character.isLetter(t.charAt(p - 1))) p--;
        if (p == e) return false;
        Sense s = sense(p, e);
        if ((s == null || s.meaning() != Meaning.PERCENT) && p > 1 && (t.charAt(p - 1) == ' ' || t.charAt(p - 1) == '-')) {
            int f = p - 1;
            while (f > 0 && Character.isLetter(t.charAt(f - 1))) f--;
            s = f < p - 1 ? phraseAt(f) : null; // "per cent"
        }
        return s != null && s.meaning() == Meaning.PERCENT;
    }

    boolean moneyWordEndingAt(int start) {
        int p = start;
        while (p > 0 && Character.isLetter(t.charAt(p - 1))) p--;
        Sense s = sense(p, start);
        return s != null && (s.meaning() == Meaning.MONEY || s.meaning() == Meaning.MONEY_SCALE);
    }

    /** k, m, mm, bn glued to an amount of money ("£43m", "€1.2bn", "£27k", "USD 1.9MM"). */
    static Sense attachedScale(String w, boolean money) {
        if (w.equals("k")) return new Sense(Meaning.SCALE, 3, null); // the SI prefix, in any language
        if (!money) return null;
        switch (w) {
            case "m": case "mn": case "mm": return new Sense(Meaning.SCALE, 6, null); // "GBP 1.9MM", finance's MM
            case "b": case "bn": return new Sense(Meaning.SCALE, 9, null);
            default: return null;
        }
    }

    /** Whether a multiplication sign stands right before {@code [start, end)} or right after it ("× 0.73", "0,73 *"). */
    boolean multiplied(int start, int end) {
        int b = start - 1;
        while (b >= 0 && t.charAt(b) == ' ') b--;
        if (b >= 0 && isTimes(t.charAt(b)) && (b == 0 || !Character.isLetterOrDigit(t.charAt(b - 1)) || t.charAt(b) != 'x')) {
            return true;
        }
        int a = gap(end);
        return a < t.length() && isTimes(t.charAt(a)) && (a + 1 >= t.length() || !Character.isLetter(t.charAt(a + 1)));
    }

    private static boolean isTimes(char c) {
        return c == '×' || c == '*' || c == '·' || c == 'x' || c == '⋅';
    }

    Sense sense(int from, int to) {
        String original = t.substring(from, to);
        return lex.sense(original, original.toLowerCase(Locale.ROOT));
    }

    String lower(int from, int to) {
        boolean latin1 = true;
        for (int i = from; i < to && latin1; i++) latin1 = t.charAt(i) < 0x100;
        // Latin-1 letters lower-case one by one as Character does (and a word in lower case already is not copied)
        if (latin1) return t.substring(from, to).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) sb.append(Character.toLowerCase(t.charAt(i)));
        return sb.toString();
    }

    /**
     * The end of the word at {@code p}; a lower-case letter followed by a capital ends it too, because text read
     * back from a PDF can glue a word to the next one ("behandlingerKanarifugl") where the page shows a space.
     */
    int wordEnd(int p) {
        int start = p;
        while (p < n && Character.isLetter(t.charAt(p))) {
            if (p > start && Character.isUpperCase(t.charAt(p)) && Character.isLowerCase(t.charAt(p - 1))
                    && !prefixedCode(start, p)) break;
            p++;
        }
        return p;
    }

    /** Whether a prefix of one or two letters is followed by a three-capital code that ends the word ("tNOK", "kEUR"). */
    private boolean prefixedCode(int start, int p) {
        if (p - start > 2 || p + 3 > n) return false;
        for (int i = p; i < p + 3; i++) if (!Character.isUpperCase(t.charAt(i))) return false;
        return p + 3 == n || !Character.isLetter(t.charAt(p + 3));
    }

    /**
     * When the word ending at {@code we} is continued after a line break (a narrow table cell breaks words, with
     * or without a hyphen): the end of the continuation; 0 otherwise.
     */
    int brokenWordEnd(int we) {
        int j = we;
        if (j < n && t.charAt(j) == '-') j++;
        while (j < n && j - we < 4 && t.charAt(j) == ' ') j++;
        if (j < n && t.charAt(j) == '\r') j++;
        if (j >= n || t.charAt(j) != '\n') return 0;
        j++;
        return j < n && Character.isLetter(t.charAt(j)) ? wordEnd(j) : 0;
    }

    /** The meaning of a word broken across a line: its two pieces joined. */
    Sense joinedSense(int from, int we, int je) {
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
    int gap(int p) {
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
    int gapBefore(int p) {
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
    int skipIdentifier(int p) {
        while (p < n && Character.isLetterOrDigit(t.charAt(p))) p++;
        return p;
    }

    /**
     * A case or file number written "1234/2024", "2024/05123": digits, a slash and digits, one side of three digits
     * or more and no space — no quantity (a fraction is "2/3", "7/10"). The end of the reference, or 0.
     */
    int caseReference(int start, int end) {
        if (end + 1 >= n || t.charAt(end) != '/' || !Character.isDigit(t.charAt(end + 1))) return 0;
        int b = end + 1;
        while (b < n && Character.isDigit(t.charAt(b))) b++;
        for (int i = start; i < end; i++) if (!Character.isDigit(t.charAt(i))) return 0;
        if (end - start < 3 && b - end - 1 < 3) return 0;
        if (end - start < 3 && b - end - 1 <= 3 && Fractions.ofFollows(t, b)) return 0; // "73/100 of the list price"
        return skipIdentifier(b);
    }

    /** Whether a money word or currency symbol stands among the {@code words} words from {@code from} ("per krone", "in the pound"). */
    boolean moneyWordWithin(int from, int words) {
        int p = from;
        for (int k = 0; k < words && p < n; k++) {
            while (p < n && !Character.isLetter(t.charAt(p))) {
                char c = t.charAt(p);
                if (Lexicon.isCurrencySymbol(c)) return true;
                // an abbreviation's full stop goes on ("øre pr. krone"); one before a capital ends the sentence
                boolean sentenceEnd = c == '.' && !(p + 2 < n && t.charAt(p + 1) == ' ' && Character.isLowerCase(t.charAt(p + 2)));
                if (sentenceEnd || c == ';' || c == '\n' || Character.isDigit(c)) return false;
                p++;
            }
            int e = wordEnd(p);
            if (e <= p) return false;
            Lexicon.Sense s = lex.sense(t.substring(p, e), lower(p, e));
            if (s != null && s.meaning() == Lexicon.Meaning.MONEY) return true;
            p = e;
        }
        return false;
    }
}
