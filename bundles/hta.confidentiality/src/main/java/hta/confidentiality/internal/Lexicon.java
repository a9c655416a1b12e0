package hta.confidentiality.internal;

import hta.confidentiality.NumberWords;
import hta.confidentiality.ProseWords;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the words next to a number mean: the words a jurisdiction declared ({@link NumberWords}) on top of a
 * fallback that needs no language — ISO 4217 currency codes (upper case, alone or after an SI-like prefix:
 * K/T thousands, M millions, B/G billions), currency symbols, the percent and per-mille signs, and SI unit
 * symbols (mg, kg, ml …). Immutable and thread-safe.
 */
public final class Lexicon {
    /** What a word next to a number says about it. */
    public enum Meaning {
        SCALE, MONEY_SCALE, MONEY, PERCENT, PERCENT_POINTS, DURATION, POPULATION, DISCOUNT, COUNT, UNIT,
        /** A fraction word ("third", "tredjedeler", "half"); {@link Sense#power} holds the denominator. */
        FRACTION,
        /** A word that makes a rate of the duration word after it ("per", "i" in "i måneden"). */
        PER,
        /** A rate by itself ("pcm", "p.a."); {@link Sense#duration} holds the period. */
        PERIOD,
        /** A hundredth of a currency ("øre", "pence", "p"); {@link Sense#currency} holds its code. */
        HUNDREDTH,
        /** A banknote of the money ("femhundrelapper", "femhundredkronesedler"); {@link Sense#power} holds its value. */
        BANKNOTE
    }

    /** A word's meaning, with the power of ten of a scale (a fraction's denominator) or the unit of a duration. */
    public record Sense(Meaning meaning, int power, NumberWords.Duration duration, String currency) {
        public Sense(Meaning meaning, int power, NumberWords.Duration duration) {
            this(meaning, power, duration, null);
        }
    }

    private static final Set<String> ISO_CODES = isoCodes();
    /** SI and pharmacological unit symbols: a number with one of these is a measurement, not money. */
    private static final Set<String> UNIT_SYMBOLS = Set.of("mg", "g", "kg", "µg", "μg", "mcg", "ng", "ml", "l", "dl", "cl",
            "µl", "mmol", "µmol", "nmol", "mol", "iu", "ie", "cm", "mm", "km", "kcal", "kj", "gy", "msv", "mbq", "kbq",
            "mmhg", "bpm", "dpi", "°c", "kda", "ms", "nm", "µm", "m2", "m²", "mg/kg", "mg/m2", "mg/m²", "ml/min");

    private static final Sense NOTHING = new Sense(null, 0, null);
    /** Meanings looked up before: the same few words stand next to numbers again and again. */
    private final java.util.concurrent.ConcurrentHashMap<String, Sense> known = new java.util.concurrent.ConcurrentHashMap<>();
    /** The duration each word asked about ends in (a compound such as "pasientår"), or NO_DURATION; by word. */
    private final java.util.concurrent.ConcurrentHashMap<String, Object> endings = new java.util.concurrent.ConcurrentHashMap<>();
    /** Whether each word asked about starts with a duration word ("årsperioden"); by word. */
    private final java.util.concurrent.ConcurrentHashMap<String, Boolean> beginnings = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Object NO_DURATION = new Object();
    private final NumberWords words;
    private final List<SpelledNumbers> spelled = new ArrayList<>();
    /** Other languages' spelled-out numbers, read only as a number of two words or a long word (quoted text). */
    private final List<SpelledNumbers> quoted = new ArrayList<>();
    /** The memo's own languages, then the quoted ones. */
    private final List<SpelledNumbers> allSpelled = new ArrayList<>();
    /** The first words of the two-word phrases declared ("per" of "per cent"). */
    private final Set<String> phraseStarts;
    /** The last words of the hedges declared ("under" of "just under"). */
    private final Set<String> hedgeEnds;
    /**
     * What the declared period compounds put after their duration word ("kostnaden" of "dagskostnaden", "prisen" of
     * "årsprisen"): the same ending after any other duration word makes a period of that length ("halvårskostnaden",
     * "kvartalsprisen"), so a plugin need not list every compound.
     */
    private final Set<String> periodEndings;
    /** The names of the currencies the scanner converts, in the memo's languages. */
    private final CurrencyNames currencyNames;
    /**
     * What the declared banknote scales put after their spelled number ("lapper" of "tusenlapper", "kronesedler" of
     * "hundredkronesedler"): the same ending after any other spelled number is a banknote of that value
     * ("femhundrelapper", "tohundrelapper", "femhundredkronesedler": fifteenth probe), so a plugin need not list
     * every note.
     */
    private final Set<String> banknoteEndings;

    public Lexicon(NumberWords words) {
        this.words = words == null ? NumberWords.NONE : words;
        List<Locale> own = new ArrayList<>();
        List<Locale> quotedToo = new ArrayList<>();
        for (Locale l : this.words.spellOut()) {
            boolean isQuoted = NumberWords.QUOTED.equals(l.getExtension(Locale.PRIVATE_USE_EXTENSION));
            Locale bare = l.stripExtensions();
            if (!(isQuoted ? quotedToo : own).contains(bare)) (isQuoted ? quotedToo : own).add(bare);
        }
        // the plugin's tens words are its own languages' ("halvfjerdsindstyve"); a language the memo writes in is
        // read as its own, even when it is quoted too
        for (Locale l : own) spelled.add(SpelledNumbers.of(l).withTens(this.words.prose().numbers()));
        for (Locale l : quotedToo) if (!own.contains(l)) quoted.add(SpelledNumbers.of(l));
        allSpelled.addAll(spelled);
        allSpelled.addAll(quoted);
        List<Locale> languages = new ArrayList<>(own);
        languages.addAll(quotedToo);
        currencyNames = CurrencyNames.of(languages, ExchangeRates.codes());
        Set<String> starts = new HashSet<>(currencyNames.phraseStarts());
        for (Set<String> set : List.of(this.words.percent(), this.words.percentPoints(), this.words.money(),
                this.words.scales().keySet(), this.words.periods().keySet(), this.words.fractions().keySet())) {
            for (String w : set) {
                int space = w.indexOf(' ');
                if (space > 0) starts.add(w.substring(0, space));
            }
        }
        phraseStarts = Set.copyOf(starts);
        Set<String> ends = new HashSet<>();
        for (String h : this.words.prose().hedges().keySet()) ends.add(h.substring(h.lastIndexOf(' ') + 1));
        hedgeEnds = Set.copyOf(ends);
        Set<String> endings = new HashSet<>();
        for (String p : this.words.periods().keySet()) {
            String d = durationStart(p);
            if (d != null) endings.add(p.substring(d.length()));
        }
        periodEndings = Set.copyOf(endings);
        Set<String> notes = new HashSet<>();
        for (Map.Entry<String, Integer> scale : this.words.moneyScales().entrySet()) {
            String w = scale.getKey();
            PerceivedText word = PerceivedText.of(w);
            for (SpelledNumbers s : spelled) {
                int k = s.numberPrefix(word, 0, w.length());
                if (k == 0 || w.length() - k < 3) continue;
                List<SpelledNumbers.Piece> pieces = s.split(word, 0, k);
                SpelledNumbers.Reading r = pieces == null ? null : s.read(List.of(pieces));
                if (r != null && r.value() == Math.pow(10, scale.getValue())) notes.add(w.substring(k));
            }
        }
        banknoteEndings = Set.copyOf(notes);
    }

    /** The value of a banknote the word {@code key} names: a spelled number and a declared banknote ending; else 0. */
    private int banknote(String key) {
        for (String ending : banknoteEndings) {
            if (!key.endsWith(ending) || key.length() == ending.length()) continue;
            String head = key.substring(0, key.length() - ending.length());
            // a compound may drop the number's last "e" ("femhundredkronesedler" of "femhundrede")
            for (PerceivedText number : List.of(PerceivedText.of(head), PerceivedText.of(head + "e"))) {
                for (SpelledNumbers s : spelled) {
                    List<SpelledNumbers.Piece> pieces = s.split(number, 0, number.length());
                    SpelledNumbers.Reading r = pieces == null ? null : s.read(List.of(pieces));
                    if (r != null && r.value() >= 1 && r.value() <= 100_000 && r.value() == Math.rint(r.value())) {
                        return (int) r.value();
                    }
                }
            }
        }
        return 0;
    }

    /** The shortest duration word of three letters or more that {@code w} begins with, then a linking "s" if any,
     * leaving four letters or more; else null. */
    private String durationStart(String w) {
        for (int cut = 3; cut <= w.length() - 4; cut++) {
            if (words.durations().containsKey(w.substring(0, cut))) {
                return w.charAt(cut) == 's' && w.length() - cut > 4 ? w.substring(0, cut + 1) : w.substring(0, cut);
            }
        }
        return null;
    }

    /** A compound of a duration word and the ending of a declared period compound: its period, else null. */
    private NumberWords.Duration periodCompound(String key) {
        for (int cut = key.length() - 4; cut >= 3; cut--) {
            if (!periodEndings.contains(key.substring(cut))) continue;
            String head = key.substring(0, cut);
            NumberWords.Duration d = words.durations().get(head);
            if (d == null && head.endsWith("s")) d = words.durations().get(head.substring(0, head.length() - 1));
            if (d != null) return d;
        }
        return null;
    }

    public NumberWords words() {
        return words;
    }

    /** The languages whose spelled-out numbers are read. */
    public List<SpelledNumbers> spelled() {
        return spelled;
    }

    /** The spelled-out numbers of languages the memo quotes ({@link NumberWords#quoted()}). */
    public List<SpelledNumbers> quoted() {
        return quoted;
    }

    /** The spelled-out numbers of the memo's own languages, then of those it quotes. */
    public List<SpelledNumbers> allSpelled() {
        return allSpelled;
    }

    /** Whether a word is one the language says "per" or "every" with ("hver", "var", "each"). */
    public boolean isPer(String original) {
        Sense s = sense(original, original.toLowerCase(Locale.ROOT));
        return s != null && s.meaning() == Meaning.PER;
    }

    /**
     * The meaning of a word as written ({@code original}, case kept for ISO codes) and in lower case without a
     * final full stop ({@code key}); null when it says nothing about a number.
     */
    /**
     * The duration a compound word ends in, four letters or more after its start ("pasientår", "behandlingsår"), or
     * null; worked out once per word (a memo repeats its words, and every sentence is read for its factors).
     */
    NumberWords.Duration durationEnding(String w) {
        Object known = endings.get(w);
        if (known == null) {
            NumberWords.Duration found = null;
            for (java.util.Map.Entry<String, NumberWords.Duration> e : words.durations().entrySet()) {
                String d = e.getKey();
                if (d.length() >= 2 && w.length() >= d.length() + 4 && w.endsWith(d)) {
                    found = e.getValue();
                    break;
                }
            }
            known = found == null ? NO_DURATION : found;
            if (endings.size() < 20_000) endings.put(w, known);
        }
        return known == NO_DURATION ? null : (NumberWords.Duration) known;
    }

    /** Whether a word starts with a duration word of two letters or more ("årsperioden", "year"); once per word. */
    boolean startsWithDuration(String w) {
        Boolean known = beginnings.get(w);
        if (known == null) {
            known = false;
            for (String d : words.durations().keySet()) {
                if (d.length() >= 2 && w.startsWith(d)) {
                    known = true;
                    break;
                }
            }
            if (beginnings.size() < 20_000) beginnings.put(w, known);
        }
        return known;
    }

    public Sense sense(String original, String key) {
        Sense cached = known.get(original);
        if (cached != null) return cached == NOTHING ? null : cached;
        Sense s = look(original, key);
        if (known.size() < 20_000) known.put(original, s == null ? NOTHING : s);
        return s;
    }

    private Sense look(String original, String key) {
        Integer p = words.moneyScales().get(key);
        if (p != null) return new Sense(Meaning.MONEY_SCALE, p, null);
        if (ISO_CODES.contains(original)) return new Sense(Meaning.MONEY, 0, null, original);
        int prefixed = prefixedCode(original);
        if (prefixed > 0) return new Sense(Meaning.MONEY_SCALE, prefixed, null, original.substring(original.length() - 3));
        String hundredth = words.prose().hundredths().get(key);
        if (hundredth != null) return new Sense(Meaning.HUNDREDTH, 0, null, hundredth);
        if (words.money().contains(key)) return new Sense(Meaning.MONEY, 0, null);
        String named = words.prose().currencies().get(key);
        if (named != null) return new Sense(Meaning.MONEY, 0, null, named);
        named = currencyNames.word(key);
        if (named != null && !words.scales().containsKey(key)) return new Sense(Meaning.MONEY, 0, null, named);
        p = words.scales().get(key);
        if (p != null) return new Sense(Meaning.SCALE, p, null);
        for (SpelledNumbers s : spelled) {
            int e = s.scaleOf(key);
            if (e > 0) return new Sense(Meaning.SCALE, e, null);
        }
        if (words.percentPoints().contains(key)) return new Sense(Meaning.PERCENT_POINTS, 0, null);
        if (startsWithAny(key, words.percentPoints())) return new Sense(Meaning.PERCENT_POINTS, 0, null);
        if (words.percent().contains(key) || startsWithAny(key, words.percent())) return new Sense(Meaning.PERCENT, 0, null);
        NumberWords.Duration d = words.durations().get(key);
        if (d != null) return new Sense(Meaning.DURATION, 0, d);
        if (words.populations().contains(key)) return new Sense(Meaning.POPULATION, 0, null);
        if (words.discounts().contains(key)) return new Sense(Meaning.DISCOUNT, 0, null);
        if (words.counts().contains(key)) return new Sense(Meaning.COUNT, 0, null);
        Integer denominator = words.fractions().get(key);
        if (denominator != null) return new Sense(Meaning.FRACTION, denominator, null);
        if (words.per().contains(key)) return new Sense(Meaning.PER, 0, null);
        NumberWords.Duration period = words.periods().get(key);
        if (period != null) return new Sense(Meaning.PERIOD, 0, period);
        if (UNIT_SYMBOLS.contains(key)) return new Sense(Meaning.UNIT, 0, null);
        period = periodEndings.isEmpty() ? null : periodCompound(key);
        if (period != null) return new Sense(Meaning.PERIOD, 0, period);
        int note = banknoteEndings.isEmpty() ? 0 : banknote(key);
        if (note > 0) return new Sense(Meaning.BANKNOTE, note, null);
        // last, so that a word of the memo's languages keeps its own meaning
        prefixed = lowerCasePrefixedCode(original);
        if (prefixed > 0) {
            return new Sense(Meaning.MONEY_SCALE, prefixed, null, original.substring(original.length() - 3).toUpperCase(Locale.ROOT));
        }
        int mistyped = mistypedScale(key);
        return mistyped > 0 ? new Sense(Meaning.SCALE, mistyped, null) : null;
    }

    /**
     * A scale word of six letters or more mistyped by one letter — one left out, added, changed or two swapped
     * ("millinoer", "miljonier", "milioner", "millon"): a reader still reads the scale (eleventh probe). Its power of
     * ten, or 0.
     */
    private int mistypedScale(String key) {
        if (key.length() < 5 || !Character.isLetter(key.charAt(0))) return 0;
        for (Map.Entry<String, Integer> e : words.scales().entrySet()) {
            String w = e.getKey();
            if (w.length() >= 6 && oneEditApart(key, w)) return e.getValue();
        }
        return 0;
    }

    /** Whether two different words are one insertion, deletion, substitution or swap of neighbours apart. */
    static boolean oneEditApart(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) return false;
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) i++;
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) return true; // one changed
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2)); // two swapped
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    /** A two-word phrase ("per cent", "percentage points"): its meaning or null. */
    public Sense phrase(String key) {
        if (words.percentPoints().contains(key)) return new Sense(Meaning.PERCENT_POINTS, 0, null);
        if (words.percent().contains(key)) return new Sense(Meaning.PERCENT, 0, null);
        Integer p = words.scales().get(key);
        if (p != null) return new Sense(Meaning.SCALE, p, null);
        if (words.money().contains(key)) return new Sense(Meaning.MONEY, 0, null);
        NumberWords.Duration period = words.periods().get(key);
        if (period != null) return new Sense(Meaning.PERIOD, 0, period);
        Integer denominator = words.fractions().get(key);
        if (denominator != null) return new Sense(Meaning.FRACTION, denominator, null);
        String currency = currencyNames.phrase(key);
        return currency == null ? null : new Sense(Meaning.MONEY, 0, null, currency); // "svenske kroner"
    }

    /**
     * A word cut short where a title or bookmark was shortened ("admissio…"): a count or population noun it begins
     * (four letters at least), else null.
     */
    public Sense cutShort(String key) {
        if (key.length() < 4) return null;
        for (String w : words.counts()) {
            if (w.startsWith(key)) return new Sense(Meaning.COUNT, 0, null);
        }
        for (String w : words.populations()) {
            if (w.startsWith(key)) return new Sense(Meaning.POPULATION, 0, null);
        }
        return null;
    }

    /** Whether a two-word phrase could start with this word (so a reader looks at the next word too). */
    public boolean startsPhrase(String key) {
        return phraseStarts.contains(key);
    }

    /** The power of ten of an ISO code with an SI-like prefix (MNOK, TEUR, kGBP, BUSD), 0 when it is not one. */
    private static int prefixedCode(String w) {
        if (w.length() < 4 || w.length() > 5) return 0;
        String code = w.substring(w.length() - 3);
        if (!ISO_CODES.contains(code)) return 0;
        String prefix = w.substring(0, w.length() - 3);
        switch (prefix) {
            case "K": case "k": case "T": case "t": return 3;
            case "M": case "m": case "MN": case "Mn": return 6;
            case "B": case "G": case "BN": case "Bn": return 9;
            default: return 0;
        }
    }

    /**
     * "29,95 mnok", "24,5 msek", "0,03 mrdnok": an ISO code with its prefix, typed all in lower case (sixteenth probe).
     * The prefix is k, t, m, mn or bn, or a scale word of the memo's languages ("mrd", "mio"). Only the
     * codes of the currencies the scanner converts count, so that a word which merely ends in the letters of some
     * other code ("tall" of ALL, "mars" of ARS) stays a word. Its power of ten, or 0.
     */
    private int lowerCasePrefixedCode(String w) {
        if (w.length() < 4 || w.length() > 7 || !w.equals(w.toLowerCase(Locale.ROOT))) return 0;
        String code = w.substring(w.length() - 3).toUpperCase(Locale.ROOT);
        if (!ExchangeRates.codes().contains(code)) return 0;
        String prefix = w.substring(0, w.length() - 3);
        // a lone b or g would make words of money ("9600 baud")
        int si = prefix.equals("b") || prefix.equals("g") ? 0 : prefixedCode(prefix.toUpperCase(Locale.ROOT) + code);
        if (si > 0) return si;
        Integer scale = words.scales().get(prefix);
        return scale != null && scale >= 3 ? scale : 0;
    }

    /**
     * Whether {@code key} is an inflection or compound of one of the words ("prosenten", "procentenheter"). Only a
     * whole word of five letters or more is a stem: an abbreviation begins too many words ("proc" of "procedures",
     * "pst" of "pstn"), so "2 procedures" was read as 2 % (LeakCorpusIT, a stated count of procedures).
     */
    private static boolean startsWithAny(String key, Set<String> set) {
        for (String w : set) {
            if (w.length() >= STEM && key.length() > w.length() && key.startsWith(w) && !w.contains(" ")) return true;
        }
        return false;
    }

    private static final int STEM = 5;

    /**
     * The currency a symbol names where it names one: the euro, pound and dollar signs (the dollar is the US
     * dollar's unless a code says otherwise), the yen and the rupee. Null for a symbol that names none or many.
     */
    public static String currencyOfSymbol(char c) {
        return switch (c) {
            case '\u20AC' -> "EUR";
            case '\u00A3' -> "GBP";
            case '$' -> "USD";
            case '\u00A5' -> "JPY";
            case '\u20B9' -> "INR";
            default -> null;
        };
    }

    /** The hedge the words ending at a number say, as declared (one to three words, lower case), or null. */
    public ProseWords.Hedge hedge(String phrase) {
        return words.prose().hedges().get(phrase);
    }

    /** Whether a hedge can end with this word (lower case): the word just before a number is looked up first. */
    public boolean endsHedge(String word) {
        return hedgeEnds.contains(word);
    }

    /** Whether a word is a currency's name, an ISO code or the memo's own money word. */
    public boolean isMoneyWord(String original, String key) {
        Sense s = sense(original, key);
        return s != null && (s.meaning() == Meaning.MONEY || s.meaning() == Meaning.MONEY_SCALE);
    }

    /** Whether a character is a currency symbol (£, €, $, ¥, ₹ …): Unicode category Sc. */
    public static boolean isCurrencySymbol(char c) {
        return Character.getType(c) == Character.CURRENCY_SYMBOL;
    }

    /** %, ‰ (per mille), ‱ (per ten thousand, a basis point) and the Arabic percent sign. */
    public static boolean isPercentSign(char c) {
        return c == '%' || c == '‰' || c == '\u2031' || c == '\u066A';
    }

    private static Set<String> isoCodes() {
        Set<String> s = new HashSet<>();
        for (Currency c : Currency.getAvailableCurrencies()) s.add(c.getCurrencyCode());
        // codes that are also everyday upper-case abbreviations in memos would be false alarms only with digits
        return Set.copyOf(s);
    }
}
