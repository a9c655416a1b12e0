package hta.confidentiality;

import static hta.confidentiality.NumberWords.add;
import static hta.confidentiality.NumberWords.lower;
import static hta.confidentiality.NumberWords.put;
import static hta.confidentiality.NumberWords.union;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of a memo language around a number that change what a reader recovers from it, declared by the
 * jurisdiction with its {@link NumberWords} (the core knows no language). Words are matched in lower case,
 * without a final full stop; hedges may hold up to three words ("i overkant av"). Immutable.
 *
 * @param currencies    names of currencies to their ISO 4217 code ("euro" → EUR, "pounds" → GBP): an amount
 *                      written in another currency than a confidential value's is converted (docs/confidentiality.md)
 * @param exchangeRates words that introduce an exchange rate printed in the memo ("exchange rate", "kurs")
 * @param hedges        words before a number that say how it was rounded ("roughly", "knapt", "just over")
 * @param free          words that make goods free of charge ("free", "gratis"): a volume deal is a discount
 * @param ordinals      ordinal words to their number ("fourth" → 4): "every fourth pack free", "hver tredje uke"
 * @param cycles        treatment-cycle nouns ("cycle", "syklus"), also as the last part of a compound
 *                      ("21-dagarscykel"): a period of a given length, or a count of periods
 * @param vat           words for value added tax ("VAT", "mva", "moms"): a sentence with one may add or remove it
 * @param confidentialPrices names of the prices the jurisdiction keeps confidential, one to four words each
 *                      ("avtaleprisen", "det avtalade priset", "PAS price", "SAIP"): a precise figure in a sentence
 *                      that names one is a figure at that price, derived from it, unless the dossier shows it is
 *                      public (since 0.7)
 * @param hundredths    names of a hundredth of a currency to its ISO 4217 code ("øre" → NOK, "p", "pence" → GBP):
 *                      "30,4 øre per krone", "73p in the pound" say a percentage of the currency (since 0.8)
 * @param numbers       words for a whole number that the language's spelled-out numbers do not hold ("dozen",
 *                      "dussin", "et par"): "a dozen treatments cost £25.2m" states a multiple as "12" does (since 0.9)
 * @param ratios        words that set one whole number against another ("til", "till", "to"): "the list price and what
 *                      is paid stand as 10 to 7" states a share of 70 %, as "10:7" does (since 0.10)
 * @since 0.6
 */
public record ProseWords(Map<String, String> currencies, Set<String> exchangeRates, Map<String, Hedge> hedges,
                         Set<String> free, Map<String, Integer> ordinals, Set<String> cycles, Set<String> vat,
                         Set<String> confidentialPrices, Map<String, String> hundredths, Map<String, Integer> numbers,
                         Set<String> ratios) {
    /** How a hedge says a number was rounded. */
    public enum Hedge {
        /** "roughly", "om lag", "cirka": the number is approximate; a reader's tolerance applies to it. */
        ABOUT,
        /** "just under", "knapt", "i underkant av": the value lies below the number, within its last digit. */
        UNDER,
        /** "just over", "drøyt", "i overkant av": the value lies above the number, within its last digit. */
        OVER
    }

    /** No words. */
    public static final ProseWords NONE = new ProseWords(Map.of(), Set.of(), Map.of(), Set.of(), Map.of(), Set.of(), Set.of(),
            Set.of(), Map.of(), Map.of(), Set.of());

    /** The words of 0.6, without names of confidential prices. */
    public ProseWords(Map<String, String> currencies, Set<String> exchangeRates, Map<String, Hedge> hedges,
                      Set<String> free, Map<String, Integer> ordinals, Set<String> cycles, Set<String> vat) {
        this(currencies, exchangeRates, hedges, free, ordinals, cycles, vat, Set.of(), Map.of());
    }

    /** The words of 0.7, without names of a currency's hundredth. */
    public ProseWords(Map<String, String> currencies, Set<String> exchangeRates, Map<String, Hedge> hedges,
                      Set<String> free, Map<String, Integer> ordinals, Set<String> cycles, Set<String> vat,
                      Set<String> confidentialPrices) {
        this(currencies, exchangeRates, hedges, free, ordinals, cycles, vat, confidentialPrices, Map.of());
    }

    /** The words of 0.8, without number words. */
    public ProseWords(Map<String, String> currencies, Set<String> exchangeRates, Map<String, Hedge> hedges,
                      Set<String> free, Map<String, Integer> ordinals, Set<String> cycles, Set<String> vat,
                      Set<String> confidentialPrices, Map<String, String> hundredths) {
        this(currencies, exchangeRates, hedges, free, ordinals, cycles, vat, confidentialPrices, hundredths, Map.of());
    }

    /** The words of 0.9, without ratio words. */
    public ProseWords(Map<String, String> currencies, Set<String> exchangeRates, Map<String, Hedge> hedges,
                      Set<String> free, Map<String, Integer> ordinals, Set<String> cycles, Set<String> vat,
                      Set<String> confidentialPrices, Map<String, String> hundredths, Map<String, Integer> numbers) {
        this(currencies, exchangeRates, hedges, free, ordinals, cycles, vat, confidentialPrices, hundredths, numbers, Set.of());
    }

    public ProseWords {
        currencies = lower(currencies);
        exchangeRates = lower(exchangeRates);
        hedges = lower(hedges);
        free = lower(free);
        ordinals = lower(ordinals);
        cycles = lower(cycles);
        vat = lower(vat);
        confidentialPrices = lower(confidentialPrices);
        hundredths = lower(hundredths);
        numbers = lower(numbers);
        ratios = lower(ratios);
    }

    ProseWords withCurrency(String isoCode, String... words) {
        return new ProseWords(put(currencies, isoCode.toUpperCase(Locale.ROOT), words), exchangeRates, hedges, free,
                ordinals, cycles, vat, confidentialPrices, hundredths, numbers, ratios);
    }

    ProseWords withExchangeRateWords(String... words) {
        return new ProseWords(currencies, add(exchangeRates, words), hedges, free, ordinals, cycles, vat, confidentialPrices, hundredths, numbers, ratios);
    }

    ProseWords withHedge(Hedge hedge, String... words) {
        return new ProseWords(currencies, exchangeRates, put(hedges, hedge, words), free, ordinals, cycles, vat, confidentialPrices, hundredths, numbers, ratios);
    }

    ProseWords withFreeGoods(String... words) {
        return new ProseWords(currencies, exchangeRates, hedges, add(free, words), ordinals, cycles, vat, confidentialPrices, hundredths, numbers, ratios);
    }

    ProseWords withOrdinal(int n, String... words) {
        if (n < 2) throw new IllegalArgumentException("an ordinal of a repeat is 2 or more");
        return new ProseWords(currencies, exchangeRates, hedges, free, put(ordinals, n, words), cycles, vat, confidentialPrices, hundredths, numbers, ratios);
    }

    ProseWords withCycles(String... words) {
        return new ProseWords(currencies, exchangeRates, hedges, free, ordinals, add(cycles, words), vat, confidentialPrices, hundredths, numbers, ratios);
    }

    ProseWords withVat(String... words) {
        return new ProseWords(currencies, exchangeRates, hedges, free, ordinals, cycles, add(vat, words), confidentialPrices, hundredths, numbers, ratios);
    }

    ProseWords withConfidentialPrices(String... words) {
        return new ProseWords(currencies, exchangeRates, hedges, free, ordinals, cycles, vat, add(confidentialPrices, words), hundredths, numbers, ratios);
    }

    ProseWords withHundredths(String isoCode, String... words) {
        return new ProseWords(currencies, exchangeRates, hedges, free, ordinals, cycles, vat, confidentialPrices,
                put(hundredths, isoCode.toUpperCase(Locale.ROOT), words), numbers, ratios);
    }

    ProseWords withNumbers(int n, String... words) {
        if (n < 1) throw new IllegalArgumentException("a number word stands for 1 or more");
        return new ProseWords(currencies, exchangeRates, hedges, free, ordinals, cycles, vat, confidentialPrices,
                hundredths, put(numbers, n, words), ratios);
    }

    ProseWords withRatios(String... words) {
        return new ProseWords(currencies, exchangeRates, hedges, free, ordinals, cycles, vat, confidentialPrices,
                hundredths, numbers, add(ratios, words));
    }

    /** These words and {@code other}'s together. */
    ProseWords and(ProseWords other) {
        return new ProseWords(union(currencies, other.currencies), union(exchangeRates, other.exchangeRates),
                union(hedges, other.hedges), union(free, other.free), union(ordinals, other.ordinals),
                union(cycles, other.cycles), union(vat, other.vat), union(confidentialPrices, other.confidentialPrices),
                union(hundredths, other.hundredths), union(numbers, other.numbers), union(ratios, other.ratios));
    }

    /** These words without those in {@code known}. */
    ProseWords without(Set<String> known) {
        return new ProseWords(NumberWords.unknown(currencies, known), NumberWords.unknown(exchangeRates, known),
                NumberWords.unknown(hedges, known), NumberWords.unknown(free, known), NumberWords.unknown(ordinals, known),
                NumberWords.unknown(cycles, known), NumberWords.unknown(vat, known),
                NumberWords.unknown(confidentialPrices, known), NumberWords.unknown(hundredths, known), NumberWords.unknown(numbers, known),
                NumberWords.unknown(ratios, known));
    }

    Set<String> allWords() {
        Set<String> all = new HashSet<>(currencies.keySet());
        all.addAll(exchangeRates);
        all.addAll(hedges.keySet());
        all.addAll(free);
        all.addAll(ordinals.keySet());
        all.addAll(cycles);
        all.addAll(vat);
        all.addAll(confidentialPrices);
        all.addAll(hundredths.keySet());
        all.addAll(numbers.keySet());
        all.addAll(ratios);
        return all;
    }
}
