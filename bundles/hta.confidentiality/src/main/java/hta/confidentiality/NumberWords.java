package hta.confidentiality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How one memo language writes quantities, declared by a jurisdiction (through
 * {@link ConfidentialityPolicy#numberWords()}) so that the leak scanner knows no language itself. The scanner
 * always adds a language-independent fallback (digits in every grouping and decimal style, exponents, the percent
 * sign, currency symbols, ISO 4217 codes with an SI-like prefix such as {@code M}+code, SI unit symbols), so words
 * declared here can only make it see more, never less. Words are matched case-insensitively, with or without a
 * final full stop ({@code mill} matches "mill." and "Mill"); a key may hold two words ("per cent"). Immutable.
 *
 * @param spellOut        languages whose spelled-out numbers are read (ICU rule-based number format data), e.g.
 *                        the BCP 47 tags {@code nb} and {@code nn}
 * @param scales          scale words and abbreviations written after a number, to their power of ten
 *                        ("thousand" → 3); spelled-out scales of {@code spellOut} are known without listing them
 * @param moneyScales     words that are a scale and a currency at once, before or after a number (e.g. a
 *                        thousands-of-currency abbreviation) → power of ten
 * @param money           words for money or a currency (the currency's name, its abbreviations)
 * @param percent         words that make a number a percentage ("percent", "per cent"); a word that begins with
 *                        one of them counts too (inflections, compounds)
 * @param percentPoints   words for percentage points (a difference of percentages, read like a percentage)
 * @param durations       words for a length of time to their unit
 * @param populations     nouns that make a percentage a share of a population ("36.9 % of the patients"), not a
 *                        price reduction
 * @param discounts       nouns that make a percentage a price reduction whatever follows ("a 27 % discount")
 * @param counts          nouns of things that are counted, not paid ("2.5 million prescriptions"), people
 *                        among them ("2.2 million inhabitants"): a number with one is never money
 * @param fractions       words for a fraction to its denominator ("third", "thirds" → 3, "quarter" → 4), after a
 *                        numerator in digits or words or alone ("a third"); a word that is a whole fraction
 *                        ("half" → 2) is listed the same way; a word for thousandths (1000: "promille") makes the
 *                        number before it a percentage to its digits ("304 promille" is 30,4 %)
 * @param per             words that make a rate of the duration word after them ("per", "a" in "£14,170 a month")
 * @param periods         words or abbreviations that are a rate by themselves ("pcm" → months, "p.a." → years)
 * @param prose           the words of the writer's prose around a number: currency names, exchange-rate words,
 *                        hedges, free-goods wording, ordinals and treatment cycles ({@link ProseWords}, since 0.6)
 * @since 0.4
 */
public record NumberWords(List<Locale> spellOut, Map<String, Integer> scales, Map<String, Integer> moneyScales,
                          Set<String> money, Set<String> percent, Set<String> percentPoints,
                          Map<String, Duration> durations, Set<String> populations, Set<String> discounts,
                          Set<String> counts, Map<String, Integer> fractions, Set<String> per,
                          Map<String, Duration> periods, ProseWords prose) {
    /**
     * A length of time as a memo writes it; {@link #years} converts. {@code QUARTERS}, {@code FORTNIGHTS} (14 days),
     * {@code TERTIALS} (four months) and {@code HALF_YEARS} since 0.9, {@code HOURS} since 0.10, {@code MINUTES} and
     * {@code DECADES} since 0.11.
     */
    public enum Duration {
        SECONDS(1 / (365.25 * 24 * 3600)), MINUTES(1 / (365.25 * 24 * 60)), QUARTER_HOURS(1 / (365.25 * 96)), HOURS(1 / (365.25 * 24)), DAYS(1 / 365.25), WEEKS(7 / 365.25), FORTNIGHTS(14 / 365.25), MONTHS(1 / 12.0), QUARTERS(0.25),
        TERTIALS(1 / 3.0), HALF_YEARS(0.5), YEARS(1), DECADES(10);

        private final double years;

        Duration(double years) {
            this.years = years;
        }

        /** Years in one of this unit. */
        public double years() {
            return years;
        }
    }

    /** No words: the scanner's language-independent fallback alone (a plugin built for an older contract). */
    public static final NumberWords NONE = new NumberWords(List.of(), Map.of(), Map.of(), Set.of(), Set.of(), Set.of(),
            Map.of(), Set.of(), Set.of(), Set.of());

    /** The words of a declaration without fractions and rates (contract 0.4). */
    public NumberWords(List<Locale> spellOut, Map<String, Integer> scales, Map<String, Integer> moneyScales,
                       Set<String> money, Set<String> percent, Set<String> percentPoints, Map<String, Duration> durations,
                       Set<String> populations, Set<String> discounts, Set<String> counts) {
        this(spellOut, scales, moneyScales, money, percent, percentPoints, durations, populations, discounts, counts,
                Map.of(), Set.of(), Map.of());
    }

    /** The words of a declaration without the prose around numbers (contract 0.5). */
    public NumberWords(List<Locale> spellOut, Map<String, Integer> scales, Map<String, Integer> moneyScales,
                       Set<String> money, Set<String> percent, Set<String> percentPoints, Map<String, Duration> durations,
                       Set<String> populations, Set<String> discounts, Set<String> counts, Map<String, Integer> fractions,
                       Set<String> per, Map<String, Duration> periods) {
        this(spellOut, scales, moneyScales, money, percent, percentPoints, durations, populations, discounts, counts,
                fractions, per, periods, ProseWords.NONE);
    }

    public NumberWords {
        prose = prose == null ? ProseWords.NONE : prose;
        spellOut = List.copyOf(spellOut);
        scales = lower(scales);
        moneyScales = lower(moneyScales);
        money = lower(money);
        percent = lower(percent);
        percentPoints = lower(percentPoints);
        durations = lower(durations);
        populations = lower(populations);
        discounts = lower(discounts);
        counts = lower(counts);
        fractions = lower(fractions);
        per = lower(per);
        periods = lower(periods);
    }

    /**
     * These words and {@code other}'s together (a memo quoting another language, or two languages of a country).
     * A word these words already know, in whatever sense, keeps its sense: another language's sense of it is left
     * out (Danish "md" is a month where Swedish writes "md" for a billion; in a Danish memo it stays a month).
     */
    public NumberWords and(NumberWords other) {
        List<Locale> locales = new ArrayList<>(spellOut);
        other.spellOut.forEach(l -> {
            if (!locales.contains(l)) locales.add(l);
        });
        Set<String> known = allWords();
        return new NumberWords(locales, union(scales, unknown(other.scales, known)),
                union(moneyScales, unknown(other.moneyScales, known)), union(money, unknown(other.money, known)),
                union(percent, unknown(other.percent, known)), union(percentPoints, unknown(other.percentPoints, known)),
                union(durations, unknown(other.durations, known)), union(populations, unknown(other.populations, known)),
                union(discounts, unknown(other.discounts, known)), union(counts, unknown(other.counts, known)),
                union(fractions, unknown(other.fractions, known)), union(per, unknown(other.per, known)),
                union(periods, unknown(other.periods, known)), prose.and(other.prose.without(known)));
    }

    /**
     * The same words without spelled-out numbers: for reading a memo's text also in another language's words, whose
     * number words would be ordinary words here (Danish "to" is two, English "to" is not).
     *
     * @since 0.8
     */
    public NumberWords withoutSpellingOut() {
        return new NumberWords(List.of(), scales, moneyScales, money, percent, percentPoints, durations, populations,
                discounts, counts, fractions, per, periods, prose);
    }

    /**
     * The same words with their spelled-out numbers marked as quoted: for reading a memo's text also in another
     * language's words, where only a number of two words or more, or one word of five letters or more, is read as one
     * ("seventy-three per cent" in a Norwegian memo that quotes an English decision; Danish "to" stays a word).
     *
     * @since 0.9
     */
    public NumberWords quoted() {
        List<Locale> marked = new ArrayList<>();
        for (Locale l : spellOut) marked.add(new Locale.Builder().setLocale(l).setExtension(Locale.PRIVATE_USE_EXTENSION,
                QUOTED).build());
        return new NumberWords(marked, scales, moneyScales, money, percent, percentPoints, durations, populations,
                discounts, counts, fractions, per, periods, prose);
    }

    /** The private-use subtag of a locale whose spelled-out numbers are read as quoted ({@link #quoted()}). */
    public static final String QUOTED = "quoted";

    static Set<String> unknown(Set<String> words, Set<String> known) {
        Set<String> s = new HashSet<>(words);
        s.removeAll(known);
        return s;
    }

    static <V> Map<String, V> unknown(Map<String, V> words, Set<String> known) {
        Map<String, V> m = new HashMap<>(words);
        m.keySet().removeAll(known);
        return m;
    }

    /** The same words; a builder-style start for a declaration: {@code NumberWords.spelledOutIn("nb")…}. */
    public static NumberWords spelledOutIn(String... languageTags) {
        List<Locale> l = new ArrayList<>();
        for (String t : languageTags) l.add(Locale.forLanguageTag(t));
        return new NumberWords(l, Map.of(), Map.of(), Set.of(), Set.of(), Set.of(), Map.of(), Set.of(), Set.of(), Set.of());
    }

    public NumberWords withScale(int powerOfTen, String... words) {
        return new NumberWords(spellOut, put(scales, powerOfTen, words), moneyScales, money, percent, percentPoints,
                durations, populations, discounts, counts, fractions, per, periods, prose);
    }

    public NumberWords withMoneyScale(int powerOfTen, String... words) {
        return new NumberWords(spellOut, scales, put(moneyScales, powerOfTen, words), money, percent, percentPoints,
                durations, populations, discounts, counts, fractions, per, periods, prose);
    }

    public NumberWords withMoney(String... words) {
        return new NumberWords(spellOut, scales, moneyScales, add(money, words), percent, percentPoints, durations,
                populations, discounts, counts, fractions, per, periods, prose);
    }

    public NumberWords withPercent(String... words) {
        return new NumberWords(spellOut, scales, moneyScales, money, add(percent, words), percentPoints, durations,
                populations, discounts, counts, fractions, per, periods, prose);
    }

    public NumberWords withPercentPoints(String... words) {
        return new NumberWords(spellOut, scales, moneyScales, money, percent, add(percentPoints, words), durations,
                populations, discounts, counts, fractions, per, periods, prose);
    }

    public NumberWords withDuration(Duration unit, String... words) {
        return new NumberWords(spellOut, scales, moneyScales, money, percent, percentPoints, put(durations, unit, words),
                populations, discounts, counts, fractions, per, periods, prose);
    }

    public NumberWords withPopulations(String... words) {
        return new NumberWords(spellOut, scales, moneyScales, money, percent, percentPoints, durations,
                add(populations, words), discounts, counts, fractions, per, periods, prose);
    }

    public NumberWords withDiscounts(String... words) {
        return new NumberWords(spellOut, scales, moneyScales, money, percent, percentPoints, durations, populations,
                add(discounts, words), counts, fractions, per, periods, prose);
    }

    public NumberWords withCounts(String... words) {
        return new NumberWords(spellOut, scales, moneyScales, money, percent, percentPoints, durations, populations,
                discounts, add(counts, words), fractions, per, periods, prose);
    }

    /** Words for a fraction with this denominator ("third", "thirds", "tredjedel"). @since 0.5 */
    public NumberWords withFraction(int denominator, String... words) {
        if (denominator < 2) throw new IllegalArgumentException("a fraction's denominator is 2 or more");
        return new NumberWords(spellOut, scales, moneyScales, money, percent, percentPoints, durations, populations,
                discounts, counts, put(fractions, denominator, words), per, periods, prose);
    }

    /** Words that make a rate of the duration word after them ("per", "a", "i" in "i måneden"). @since 0.5 */
    public NumberWords withPer(String... words) {
        return new NumberWords(spellOut, scales, moneyScales, money, percent, percentPoints, durations, populations,
                discounts, counts, fractions, add(per, words), periods, prose);
    }

    /** Words or abbreviations that are a rate by themselves ("pcm", "p.a.", "monthly"). @since 0.5 */
    public NumberWords withPeriod(Duration unit, String... words) {
        return new NumberWords(spellOut, scales, moneyScales, money, percent, percentPoints, durations, populations,
                discounts, counts, fractions, per, put(periods, unit, words), prose);
    }

    /** The currency named by these words ("euro" → EUR), for an amount written in another currency. @since 0.6 */
    public NumberWords withCurrency(String isoCode, String... words) {
        return withProse(prose.withCurrency(isoCode, words));
    }

    /**
     * Names of a hundredth of a currency ("øre" of NOK, "p" and "pence" of GBP): "30,4 øre per krone" and "73p in the
     * pound" are percentages of what is paid or saved. @since 0.8
     */
    public NumberWords withHundredths(String isoCode, String... words) {
        return withProse(prose.withHundredths(isoCode, words));
    }

    /** Words that introduce an exchange rate printed in a memo ("exchange rate", "kurs"). @since 0.6 */
    public NumberWords withExchangeRateWords(String... words) {
        return withProse(prose.withExchangeRateWords(words));
    }

    /** Hedges before a number ("roughly", "knapt", "i overkant av"): how the number was rounded. @since 0.6 */
    public NumberWords withHedge(ProseWords.Hedge hedge, String... words) {
        return withProse(prose.withHedge(hedge, words));
    }

    /** Words that make goods free of charge ("free", "gratis"): volume deals are discounts. @since 0.6 */
    public NumberWords withFreeGoods(String... words) {
        return withProse(prose.withFreeGoods(words));
    }

    /** Ordinal words ("fourth", "fjerde") for "every fourth pack free", "every third week". @since 0.6 */
    public NumberWords withOrdinal(int n, String... words) {
        return withProse(prose.withOrdinal(n, words));
    }

    /**
     * Words for a whole number that the language's spelled-out numbers do not hold ("dozen", "dussin", "par"): a
     * count before what it counts, as digits are ("a dozen treatments cost £25.2m"). @since 0.9
     */
    public NumberWords withNumber(int n, String... words) {
        return withProse(prose.withNumbers(n, words));
    }

    /**
     * Words that set one whole number against another ("til", "till", "to"): "listeprisen og det sykehusene betaler
     * forholder seg som 10 til 7" states a share of 70 %, as "10:7" does in any language. @since 0.10
     */
    public NumberWords withRatioWords(String... words) {
        return withProse(prose.withRatios(words));
    }

    /** Treatment-cycle nouns ("cycle", "syklus"): a period with its length, or a count of periods. @since 0.6 */
    public NumberWords withCycles(String... words) {
        return withProse(prose.withCycles(words));
    }

    /** Words for value added tax ("VAT", "mva", "moms"): only a sentence with one adds or removes it. @since 0.6 */
    public NumberWords withVatWords(String... words) {
        return withProse(prose.withVat(words));
    }

    /**
     * Names of the prices the jurisdiction keeps confidential, one to four words each, in every form a memo uses
     * ("avtaleprisen", "avtalt pris", "PAS price"): a precise figure in a sentence that names one is refused unless
     * the dossier shows it is public (docs/confidentiality.md). @since 0.7
     */
    public NumberWords withConfidentialPrices(String... words) {
        return withProse(prose.withConfidentialPrices(words));
    }

    private NumberWords withProse(ProseWords p) {
        return new NumberWords(spellOut, scales, moneyScales, money, percent, percentPoints, durations, populations,
                discounts, counts, fractions, per, periods, p);
    }

    /** Every word declared, for checks such as "no language word in the core". */
    public Set<String> allWords() {
        Set<String> all = new HashSet<>();
        all.addAll(scales.keySet());
        all.addAll(moneyScales.keySet());
        all.addAll(money);
        all.addAll(percent);
        all.addAll(percentPoints);
        all.addAll(durations.keySet());
        all.addAll(populations);
        all.addAll(discounts);
        all.addAll(counts);
        all.addAll(fractions.keySet());
        all.addAll(per);
        all.addAll(periods.keySet());
        all.addAll(prose.allWords());
        return all;
    }

    static String key(String w) {
        String k = w.strip().toLowerCase(Locale.ROOT);
        return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
    }

    static Set<String> lower(Collection<String> words) {
        Set<String> s = new HashSet<>();
        for (String w : words) s.add(key(w));
        return Set.copyOf(s);
    }

    static <V> Map<String, V> lower(Map<String, V> words) {
        Map<String, V> m = new HashMap<>();
        words.forEach((w, v) -> m.put(key(w), v));
        return Map.copyOf(m);
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new HashSet<>(a);
        s.addAll(b);
        return s;
    }

    static <V> Map<String, V> union(Map<String, V> a, Map<String, V> b) {
        Map<String, V> m = new HashMap<>(b);
        m.putAll(a);
        return m;
    }

    static Set<String> add(Set<String> a, String... words) {
        Set<String> s = new HashSet<>(a);
        for (String w : words) s.add(w);
        return s;
    }

    static <V> Map<String, V> put(Map<String, V> a, V value, String... words) {
        Map<String, V> m = new HashMap<>(a);
        for (String w : words) m.put(w, value);
        return m;
    }
}
