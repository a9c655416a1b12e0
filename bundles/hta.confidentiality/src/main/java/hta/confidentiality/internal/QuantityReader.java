package hta.confidentiality.internal;

import hta.confidentiality.NumberWords;
import hta.confidentiality.ProseWords;
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
    private static final String FOOTNOTE_MARKS = "*\u2020\u2021";
    private final PerceivedText t;
    private final Lexicon lex;
    private final int n;
    private final DigitReader digits;
    private final BrokenDigits broken;
    /** The words around a number: senses, word ends, blanks, rates and hedges. */
    private final WordCursor cursor;
    /** Numbers as writers say them: "one and a half", "halvannen", "18,15-millionersbehandling", "4 år og 1,5 måneder". */
    private final NumberPhrases phrases;
    /** A number joined across an irregular break starts before this: its first piece is not joined again. */
    private int joinedBreak = -1;
    /** Whether the number being chained is a fraction (a ratio, or a share when a population noun follows). */
    private boolean fraction;
    /** The unit of the rate the number being chained is (per month …), null when it is none. */
    private NumberWords.Duration period;
    /** The currency the number being chained is written in, when a code, symbol or name says it; else null. */
    private String currency;
    /** Whether that currency was read before the number (a currency after it, the number's own, wins). */
    private boolean currencyBefore;
    private final double[] values = new double[MAX_READINGS];
    private final double[] precisions = new double[MAX_READINGS];
    private final List<Quantity> out = new ArrayList<>();
    private final Ranges ranges;

    public QuantityReader(PerceivedText t, Lexicon lex) {
        this.t = t;
        this.lex = lex;
        this.n = t.length();
        this.digits = new DigitReader(t);
        this.broken = new BrokenDigits(t);
        this.cursor = new WordCursor(t, lex);
        this.phrases = new NumberPhrases(t, lex, cursor);
        this.ranges = new Ranges(out, cursor, phrases);
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
        ranges.flush(null, lastDurationYears);
        return out;
    }

    /** A number written in digits at {@code start}. */
    private int number(int start) {
        digits.read(start);
        int end = digits.end;
        if (digits.date) return end;
        int reference = cursor.caseReference(start, end);
        if (reference > 0) return reference;
        // glued to letters (a case reference such as ID2022) it is an identifier; after '_' (a file name's
        // separator, ID2022_075) it is read like any number
        if (start > 0 && Character.isLetter(t.charAt(start - 1)) && !cursor.moneyWordEndingAt(start)) {
            return cursor.skipIdentifier(end);
        }
        int k = digits.readings(values, precisions);
        // a rounded number keeps saying so when it is split ("2 100\n000": trailing zeros are its precision)
        String form = digits.exponentWritten ? "with an exponent" : digits.groups > 1 && digits.sep[1] == 'B'
                ? (digits.rounded ? ROUNDED_SPLIT : SPLIT) : digits.rounded ? "rounded digits" : "digits";
        boolean yearLike = k == 1 && digits.groups == 1 && end - start == 4 && values[0] >= 1900 && values[0] <= 2100
                && !digits.exponentWritten;
        boolean plain = !digits.exponentWritten && digits.decimalFrom < 0 && !hasBreak();
        // "224.6\n25.000": what reads as decimals before the break may be a group cut short
        // (also after a break before a whole group: "28 \n700 0\n00" breaks there and inside a group)
        boolean joinable = !digits.exponentWritten && start >= joinedBreak;
        Fractions.Fraction f = plain && digits.groups == 1 ? Fractions.at(t, start) : null;
        if (f != null) {
            // a fraction alone: "2/3", "⅔", "⁷⁄₁₀"
            values[0] = f.value();
            precisions[0] = Fractions.RELATIVE_WIDTH * f.value();
            fraction = true;
            int p = chain(start, f.end(), 1, "a fraction", false);
            fraction = false;
            return p;
        }
        f = plain && !t.raised(start) ? Fractions.after(t, end) : null;
        if (f != null) {
            // a whole number and a fraction: "2¼ million", "28⁷⁄₁₀ millioner", "2 1/2 mill."
            values[0] += f.value();
            precisions[0] = 2 * Fractions.mixedHalfWidth(values[0]);
            return chain(start, f.end(), 1, "digits with a fraction", false);
        }
        int part = plain && digits.groups == 1 && k == 1 && !t.raised(start) ? phrases.partAfter(end) : 0;
        if (part > 0) {
            // a whole and a part in words: "2 og en halv million"
            values[0] += 1.0 / phrases.denominator;
            precisions[0] = Fractions.partPrecision(phrases.denominator);
            return chain(start, part, 1, "digits with a fraction", false);
        }
        int decimals = plain && digits.groups == 1 && k == 1 && !yearLike ? phrases.decimalsAfter(end) : 0;
        if (decimals > 0) {
            values[0] += phrases.decimals; // "29 komma 95 millioner"
            precisions[0] = phrases.decimalsPrecision;
            return chain(start, decimals, 1, "digits with the decimal sign in words", false);
        }
        int p = chain(start, end, k, form, yearLike);
        if (joinable && broken.join(start)) {
            // the number goes on after an irregular break: read joined too (the pieces are read alone as well)
            joinedBreak = broken.breakAt;
            System.arraycopy(broken.values, 0, values, 0, broken.readings);
            System.arraycopy(broken.precisions, 0, precisions, 0, broken.readings);
            chain(start, broken.end, broken.readings, broken.rounded ? ROUNDED_SPLIT : SPLIT, false);
        }
        return p;
    }

    /** The per-mille sign, and the denominator of a per-mille word a language declares as a fraction. */
    private static final char PER_MILLE_SIGN = '‰';
    private static final char PER_TEN_THOUSAND_SIGN = '\u2031';
    private static final int PER_MILLE = 1000;
    /** The denominator of a basis-point word ("bps", "baspunkter"), a language declares it as a fraction. */
    private static final int BASIS_POINTS = 10_000;

    private static final String SPLIT = "split across a line, page or cell break";
    private static final String ROUNDED_SPLIT = "rounded digits, " + SPLIT;

    private boolean hasBreak() {
        for (int g = 1; g < digits.groups; g++) {
            if (digits.sep[g] == 'B') return true;
        }
        return false;
    }

    /** A word at {@code start}: the start of a spelled-out number, or nothing. */
    private int word(int start) {
        int e = cursor.wordEnd(start);
        int phrase = fractionPhrase(start, e);
        if (phrase > 0) return phrase;
        int ordinal = phrases.halfBeforeOrdinal(start, e);
        if (ordinal > 0) {
            // "halvannen", "halvanden": half the second, one and a half
            values[0] = ordinal - 0.5;
            precisions[0] = Fractions.partPrecision(2);
            return chain(start, e, 1, SPOKEN_PART, false);
        }
        SpelledRun best = SpelledRun.longest(t, lex, cursor, start, e);
        if (best == null && phrases.articleBeforeCompoundDuration(start, e)) {
            // "eit tiår minus fem månader", "et år og seks måneder": an article before a unit of time that a smaller
            // unit joins is one of that unit (fourteenth probe); an article alone stays no number
            values[0] = 1;
            precisions[0] = 1;
            return chain(start, e, 1, "spelled out", false);
        }
        if (best == null) return numberWord(start, e);
        values[0] = best.reading().value();
        precisions[0] = best.reading().precision();
        SpelledRun.Part part = best.part(phrases);
        if (part != null) {
            // "one and a half million", "to og en halv million", "nitten millioner og en halv"
            values[0] = part.value();
            precisions[0] = part.precision();
            return chain(start, part.end(), 1, SPOKEN_PART, false);
        }
        // a lone small word ("en", "to", "ein") is an article or a pronoun as often as a number
        return chainWeak(start, best.end(), best.reading().pieces() < 2);
    }

    private static final String SPOKEN_PART = "spelled out with a fraction";

    /** A fraction written as two words ("a third", "one-third"), read from its first word: the end, or 0. */
    private int fractionPhrase(int start, int e) {
        if (e + 1 >= n || t.charAt(e) != ' ' && t.charAt(e) != '-' || !Character.isLetter(t.charAt(e + 1))) return 0;
        String first = cursor.lower(start, e);
        if (!lex.startsPhrase(first)) return 0;
        int e2 = cursor.wordEnd(e + 1);
        Sense s = lex.phrase(first + " " + cursor.lower(e + 1, e2));
        return s == null || s.meaning() != Meaning.FRACTION ? 0 : onePart(start, e2, s.power());
    }

    /** A word declared for a whole number ("dozen", "par") before what it counts, as digits; else a lone fraction. */
    private int numberWord(int start, int e) {
        Integer number = lex.words().prose().numbers().get(cursor.lower(start, e));
        if (number == null) return loneFraction(start, e);
        values[0] = number;
        precisions[0] = 1;
        int p = cursor.gap(e);
        int made = out.size();
        int end = p < n && Lexicon.isCurrencySymbol(t.charAt(p)) ? e : chainWeak(start, e, true);
        // "twice £949,000", "double the £949,000": a multiplier of what follows (not "double-blind")
        if (out.size() == made && (e >= n || t.charAt(e) != '-')) out.add(new Quantity(number, number, Dim.OTHER, start, e, "a number in words"));
        return end;
    }

    /** A fraction word alone ("halvparten", "tredjedelen"): one part of its denominator. */
    private int loneFraction(int start, int e) {
        Sense s = cursor.sense(start, e);
        return s == null || s.meaning() != Meaning.FRACTION ? e : onePart(start, e, s.power());
    }

    /** One part of a whole in words, {@code text[start, end)}, chained with what follows it. */
    private int onePart(int start, int end, int denominator) {
        values[0] = 1.0 / denominator;
        precisions[0] = Fractions.RELATIVE_WIDTH * values[0];
        fraction = true;
        int p = chain(start, end, 1, "a fraction in words", false);
        fraction = false;
        return p;
    }

    private int chainWeak(int start, int end, boolean weak) {
        if (!weak) return chain(start, end, 1, "spelled out", false);
        // only with a unit, percent, scale or fraction word right after it ("two-thirds")
        int p = end < n && t.charAt(end) == '-' ? end + 1 : cursor.gap(end);
        if (p < n && (Lexicon.isPercentSign(t.charAt(p)) || Lexicon.isCurrencySymbol(t.charAt(p)))) {
            return chain(start, end, 1, "spelled out", false);
        }
        if (p < n && Character.isLetter(t.charAt(p))) {
            Sense s = cursor.sense(p, cursor.wordEnd(p));
            Sense phrase = s == null || s.meaning() == Meaning.PER ? cursor.phraseAt(p) : null;
            s = phrase != null ? phrase : s; // "five per cent"
            if (s == null && cursor.durationAfterAdjective(p, cursor.wordEnd(p)) > 0) return chain(start, end, 1, "spelled out", false);
            if (s != null && s.meaning() != Meaning.POPULATION && s.meaning() != Meaning.COUNT
                    && s.meaning() != Meaning.PER) {
                return chain(start, end, 1, "spelled out", false);
            }
            if (s == null && values[0] >= 2 && values[0] <= 100 && end - start > 2 && countPerPeriod(p) > 0) {
                return chain(start, end, 1, "spelled out", false); // "fyra färre blödningar per år"
            }
            // a small count of patients or treatments in words states a multiple as digits do ("För tio patienter …
            // 245 Mkr"); not one (an article), nor a scale word alone ("per tusen innbyggere" is a rate). A word of
            // two letters counts only right before the noun ("to rater", "to pasienter": fourteenth probe); English
            // "to" is a preposition, and the memo reads another language's short words only when quoted
            boolean shortWord = end - start <= 2;
            if (values[0] >= 2 && values[0] <= 100 && (!shortWord || p == end + 1 && s != null
                    && s.meaning() == Meaning.COUNT) && cursor.countsAt(p, s)) {
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
        period = null;
        currency = null;
        currencyBefore = false;
        // before: "kr 31 234 567", "MNOK 43", "£43m", "€ 1,2 Mio."
        Sense before = cursor.senseBefore(start);
        if (before != null) {
            // a year after the memo's own money word is the year of the amount before it: "34,8 miljarder kronor 2024"
            if (before.meaning() == Meaning.MONEY && !(yearLike && before.currency() == null)) money = true;
            currency = before.currency();
            currencyBefore = currency != null;
            if (before.meaning() == Meaning.MONEY_SCALE) {
                money = true;
                mult = Math.pow(10, before.power());
                how += " with a scale word";
            }
        }
        if (before == null && cursor.percentBeforeColon(start)) dim = Dim.PERCENT; // "in per cent: 27"
        int p = end;
        int numberEnd = end;
        double extraPrecision = -1;
        double added = 0;
        int lastPower = Integer.MAX_VALUE;
        // a footnote mark glued to the number is no end of it ("19,5* mio. kr.", "£2.1† million"; "19,5*2" is a product)
        while (p < n && FOOTNOTE_MARKS.indexOf(t.charAt(p)) >= 0 && !(p + 1 < n && Character.isDigit(t.charAt(p + 1)))) p++;
        for (int guard = 0; guard < 8 && p < n; guard++) {
            int q = p;
            boolean attached = q < n && Character.isLetter(t.charAt(q));
            boolean hyphened = !attached && t.charAt(q) == '-';
            boolean compound = false;
            if (!attached && q < n && t.charAt(q) == '-') q++;
            else if (!attached) q = cursor.gap(q);
            if (q >= n) break;
            char c = t.charAt(q);
            if (Lexicon.isPercentSign(c)) {
                dim = Dim.PERCENT;
                if (c == PER_MILLE_SIGN) mult /= 10; // "304 ‰" is 30,4 %
                if (c == PER_TEN_THOUSAND_SIGN) mult /= 100; // "2 700 ‱" (basis points) is 27 %
                p = q + 1;
                break;
            }
            if (Lexicon.isCurrencySymbol(c)) {
                money = true;
                if (currency == null) currency = Lexicon.currencyOfSymbol(c);
                p = q + 1;
                continue;
            }
            if (c == '/') {
                p = periodWord(q + 1, p); // a rate: "kr/mnd", "£/month", "/år"
                break;
            }
            if (c == '(' && cursor.toleranceEnd(q) > 0) {
                p = cursor.toleranceEnd(q); // "29,95 (± 0,05) mill.": the scale after a tolerance
                continue;
            }
            if (!Character.isLetter(c)) break;
            if (fraction && lastPower == Integer.MAX_VALUE) q = cursor.scaleAfterArticle(q); // "half a million"
            int we = cursor.wordEnd(q);
            int after = we < n && t.charAt(we) == '.' ? we + 1 : we;
            Integer counted = fraction && lastPower == Integer.MAX_VALUE ? lex.words().prose().numbers().get(cursor.lower(q, we)) : null;
            if (counted != null && counted > 2) {
                mult *= counted; // "en halv snes", "half a dozen": a part of a word for a number
                lastPower = 0;
                how = form + " of a word for a number";
                p = after;
                continue;
            }
            int dottedEnd = cursor.dottedEnd(q, we);
            Sense s = dottedEnd > 0 ? cursor.sense(q, dottedEnd) : null;
            if (s != null) {
                // an abbreviation with a full stop inside: "t.kr.", "mio.kr", "p.a."
                we = dottedEnd;
                after = we < n && t.charAt(we) == '.' ? we + 1 : we;
            } else {
                s = cursor.sense(q, we);
                int whole = cursor.compoundEnd(we);
                Sense compoundSense = whole > 0 ? cursor.sense(q, whole) : null;
                if (compoundSense != null) {
                    // "17 million life-years", "per patient-year": the compound is the word, not its first part
                    s = compoundSense;
                    we = whole;
                    after = we < n && t.charAt(we) == '.' ? we + 1 : we;
                }
            }
            // "per cent", and joined by hyphens too: "a 27-per-cent discount"
            if ((s == null || s.meaning() == Meaning.PER) && lex.startsPhrase(cursor.lower(q, we)) && we < n
                    && (t.charAt(we) == ' ' || t.charAt(we) == '-')) {
                int we2 = cursor.wordEnd(we + 1);
                Sense phrase = we2 > we + 1 ? lex.phrase(cursor.lower(q, we) + " " + cursor.lower(we + 1, we2)) : null;
                if (phrase != null) {
                    s = phrase;
                    after = we2 < n && t.charAt(we2) == '.' ? we2 + 1 : we2;
                }
            }
            if (attached && (s == null || money && s.meaning() == Meaning.UNIT)) {
                // "GBP 1.9MM": glued to an amount of money, finance's "MM" is no millimetre
                Sense scale = WordCursor.attachedScale(cursor.lower(q, we), money || cursor.moneyFollows(we)); // "29,95M NOK"
                if (scale != null || s == null) s = scale;
            }
            // "EUR 2 560 k", "£ 2.1 m": the same letters after an amount of money, a space between
            if ((s == null || s.meaning() == Meaning.UNIT) && money && lastPower == Integer.MAX_VALUE && we - q <= 2
                    && (we >= n || !Character.isLetter(t.charAt(we)))) {
                Sense scale = WordCursor.attachedScale(cursor.lower(q, we), true); // "GBP 1.898 MM"
                if (scale != null || s == null) s = scale;
            }
            if (s == null) {
                int je = cursor.brokenWordEnd(we);
                if (je > 0) {
                    s = cursor.joinedSense(q, we, je);
                    if (s != null) after = je;
                }
            }
            if (s == null && cursor.cutShort(we)) s = lex.cutShort(cursor.lower(q, we));
            if (s == null && hyphened && lastPower == Integer.MAX_VALUE) {
                // "18,15-millionersbehandling": a compound noun that begins with a scale or money word
                s = phrases.compoundStart(q, we);
                compound = s != null;
            }
            int de = s == null && !money && dim == null && !attached ? cursor.durationAfterAdjective(q, we) : -1;
            s = de > 0 ? cursor.sense(cursor.gap(we), de) : s; // "de fem første årene": the unit after a describing word
            after = de > 0 ? de : after;
            if (s == null) {
                // pence or cents glued to a number ("65.4p for every pound", "35c") are a number, not an identifier
                if (attached && we - q == 1 && (t.charAt(q) == 'p' || t.charAt(q) == 'c')) {
                    p = we;
                    break;
                }
                if (attached) return cursor.skipIdentifier(we);
                if (!money && dim == null && cursor.countAfterAdjective(q, we)) dim = Dim.OTHER;
                int perPeriod = !money && dim == null ? countPerPeriod(q) : 0;
                if (perPeriod > 0) {
                    dim = Dim.OTHER; // "fyra färre blödningar per år": so many of something a period
                    p = perPeriod;
                }
                break;
            }
            switch (s.meaning()) {
                case SCALE:
                case MONEY_SCALE:
                    // one scale per number, the chain's own read below ("11 millioner 837 tusen"); but scales
                    // stacked upwards multiply: "24 hundred thousand pounds", "3 hundre tusen", "2 tusen millioner"
                    // (fifteenth probe)
                    boolean stacked = lastPower != Integer.MAX_VALUE;
                    if (stacked && (s.power() <= lastPower || compound)) break;
                    double m = Math.pow(10, s.power());
                    mult *= m;
                    lastPower = s.power();
                    how = form + " with a scale word";
                    if (s.meaning() == Meaning.MONEY_SCALE) {
                        money = true;
                        if (currency == null) currency = s.currency();
                    }
                    p = after;
                    numberEnd = attached ? we : numberEnd;
                    Continuation.Part cont = compound ? null : Continuation.after(t, cursor, p, m);
                    int part = cont == null && !compound && values[0] == Math.rint(values[0]) ? phrases.partAfterScale(p) : 0;
                    if (cont != null) {
                        added += cont.value();
                        extraPrecision = cont.precision();
                        how = "partly spelled out";
                        p = cont.end();
                        numberEnd = cont.end();
                    } else if (part > 0) {
                        added += m / phrases.denominator; // "nitten millioner og en halv"
                        extraPrecision = Fractions.partPrecision(phrases.denominator) * m;
                        how = SPOKEN_PART;
                        p = part;
                        numberEnd = part;
                    }
                    continue;
                case BANKNOTE:
                    // "59 900 femhundrelapper": so many notes of that value
                    money = true;
                    mult *= s.power();
                    how = form + " counted in banknotes";
                    p = after;
                    continue;
                case HUNDREDTH:
                    // "30,4 øre per krone", "73p in the pound": hundredths of the currency that follows say a percentage
                    if (cursor.moneyWordWithin(after, 5)) {
                        dim = Dim.PERCENT;
                        how = form + ", hundredths of a currency unit";
                        p = after;
                        break;
                    }
                    money = true;
                    mult /= 100;
                    if (currency == null) currency = s.currency();
                    p = after;
                    continue;
                case MONEY:
                    money = true;
                    // the currency written right after the number is its own: "SEK. 3 977 sterling" is in pounds
                    if (s.currency() != null && (currency == null || currencyBefore)) currency = s.currency();
                    currencyBefore = false;
                    p = after;
                    continue;
                case FRACTION:
                    if ((s.power() == PER_MILLE || s.power() == BASIS_POINTS) && !fraction && !money) {
                        // "304 promille", "3 040 basispunkter": thousandths and ten-thousandths, read as the
                        // percentage they are, to their digits
                        dim = Dim.PERCENT;
                        mult /= s.power() / 100.0;
                        // "3 040 basispunkter" for 30,395 %: basis points are rounded to tens as often as not
                        if (s.power() == BASIS_POINTS && values[0] >= 100 && values[0] % 10 == 0) {
                            extraPrecision = 10 * mult;
                        }
                        p = after;
                        break;
                    }
                    // "to tredjedeler", "2 thirds", "three quarters": the number counts parts of a whole
                    if (fraction || lastPower != Integer.MAX_VALUE || money) break;
                    mult /= s.power();
                    extraPrecision = Fractions.RELATIVE_WIDTH * values[0] * mult;
                    how = form + " as a fraction";
                    fraction = true;
                    p = after;
                    continue;
                case PER:
                    p = periodWord(cursor.gap(after), p);
                    break;
                case PERIOD:
                    period = s.duration();
                    p = after;
                    break;
                case PERCENT:
                case PERCENT_POINTS:
                    dim = Dim.PERCENT;
                    int points = s.meaning() == Meaning.PERCENT ? cursor.pointsAfter(after) : -1; // "percentage points"
                    how = s.meaning() == Meaning.PERCENT_POINTS || points > 0 ? how + SentenceArithmetic.POINTS : how;
                    p = points > 0 ? points : after;
                    break;
                case DURATION:
                    dim = Dim.DURATION;
                    mult *= s.duration().years();
                    lastDurationYears = s.duration().years();
                    how = how + " in " + s.duration().name().toLowerCase(Locale.ROOT);
                    p = after;
                    int smaller = phrases.smallerDuration(p, s.duration().years());
                    if (smaller > 0) {
                        // "4 år og 1,5 måneder" is one length of time, as precise as its smaller unit
                        added += phrases.durationValue;
                        extraPrecision = phrases.durationPrecision;
                        how += " and a smaller unit";
                        p = smaller;
                    }
                    break;
                default:
                    dim = Dim.OTHER;
                    p = after;
                    // so many things a period ("250 arbeidsdager i året", fourteenth probe), as after a describing word
                    if (s.meaning() == Meaning.COUNT && period == null) period = cursor.periodAfter(after);
                    break;
            }
            break;
        }
        if (period == null && dim == null) period = cursor.periodBefore(start);
        if (period == null && dim == null) period = cursor.periodAfter(p);
        emit(start, numberEnd, readings, mult, added, extraPrecision, dim, money, how, yearLike, p);
        fraction = false;
        return p;
    }

    /** So many of something a period ("fyra färre blödningar per år"): the end of the period's word, or 0. */
    private int countPerPeriod(int q) {
        int w = cursor.periodAfterCount(q);
        return w < 0 ? 0 : periodWord(w, 0);
    }

    /** The duration word at {@code q} that makes a rate (after "per", "i", "a" or "/"), consumed; else where it was. */
    private int periodWord(int q, int unchanged) {
        if (q >= n || !Character.isLetter(t.charAt(q))) return unchanged;
        int we = cursor.wordEnd(q);
        Sense s = cursor.sense(q, we);
        if (s == null || s.meaning() != Meaning.DURATION && s.meaning() != Meaning.PERIOD) return unchanged;
        period = s.duration();
        return we < n && t.charAt(we) == '.' ? we + 1 : we;
    }

    private double lastDurationYears;

    /** Relative half-width above which a rate's amount is rounded (fewer than four significant digits). */
    private static final double ROUNDED_RATE = 0.0005;

    private void emit(int start, int end, int readings, double mult, double added, double extraPrecision, Dim dim,
                      boolean money, String how, boolean yearLike, int after) {
        Dim d = dim != null ? dim : money ? Dim.MONEY : cursor.countInParentheses(start) ? Dim.OTHER : Dim.PLAIN;
        if (d == Dim.PERCENT) d = cursor.shareOrPercent(after);
        // "a third of the patients", "2/3 av pasientene": a share of a population, not of a price
        if (d == Dim.PLAIN && fraction && cursor.shareOrPercent(after) == Dim.SHARE) d = Dim.SHARE;
        if (d == Dim.PLAIN && yearLike) {
            ranges.flush(null, lastDurationYears);
            return;
        }
        double years = period == null ? 0 : period.years();
        String cur = d == Dim.MONEY ? currency : null;
        ProseWords.Hedge hedge = cursor.hedgeBefore(start);
        List<Quantity> made = new ArrayList<>(readings);
        for (int r = 0; r < readings; r++) {
            double v = values[r] * mult + added;
            double half = (extraPrecision >= 0 ? extraPrecision : precisions[r] * mult) / 2;
            Quantity q = new Quantity(v - half, v + half, d, start, end, how, years, cur, hedge);
            made.add(q);
            if (d == Dim.PLAIN && v > 0 && v < 1 && cursor.multiplied(start, end)) {
                // "£2.6m × 0.73": a ratio an amount is multiplied by is the share of it that is paid
                made.add(new Quantity((v - half) * 100, (v + half) * 100, Dim.PERCENT, start, end, how + ", a multiplier",
                        0, null, hedge));
            }
            if (hedge == ProseWords.Hedge.UNDER || hedge == ProseWords.Hedge.OVER) made.add(q.hedgeRounded());
            if (years > 0 && years < 1 && (d == Dim.MONEY || d == Dim.PLAIN) && half > ROUNDED_RATE * v) {
                // a rounded amount per month, week or day, taken over a year: "2,2 miljoner kronor i månaden" gives
                // a yearly price to within 2 %, which its monthly reading (two digits, divided by 12) cannot show;
                // an amount printed to four digits or more meets the writer's exact arithmetic per period instead
                double perYear = 1 / years;
                made.add(new Quantity((v - half) * perYear, (v + half) * perYear, d, start, end,
                        how + ", per " + unitName(period) + " over a year", 1, cur, hedge));
            }
        }
        ranges.add(made, start, after, d, mult, how, lastDurationYears);
    }

    private static String unitName(NumberWords.Duration unit) {
        String plural = unit.name().toLowerCase(Locale.ROOT);
        return plural.substring(0, plural.length() - 1);
    }
}
