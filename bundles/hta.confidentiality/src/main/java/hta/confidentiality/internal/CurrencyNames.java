package hta.confidentiality.internal;

import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names of the currencies the reference rates list, in the memo's languages, from ICU's locale data: "yen",
 * "zloty", "sveitsiske franc", "svenska kronor", "Japanese yen". A plugin declares the few currency words its writers
 * use most ({@code NumberWords.withCurrency}); an amount in any other currency the scanner converts was read as
 * the memo's own money or as a bare number ("423,4 mio. yen", fourteenth probe). A name of one word counts only when
 * it names one currency in all those languages ("franc", not "kroner" or "dollar"); a name of two words
 * ("danske kroner", "kanadiske dollar") always does. Immutable.
 */
final class CurrencyNames {
    private static final String[] PLURAL_FORMS = {"one", "other"};
    private final Map<String, String> words;
    private final Map<String, String> phrases;

    private CurrencyNames(Map<String, String> words, Map<String, String> phrases) {
        this.words = Map.copyOf(words);
        this.phrases = Map.copyOf(phrases);
    }

    /** Built once per set of languages: a pure function of ICU's data and the reference rates' currencies. */
    private static final Map<List<Locale>, CurrencyNames> BUILT = new java.util.concurrent.ConcurrentHashMap<>();

    /** The names in {@code languages} of the currencies in {@code codes} (the same codes on every call). */
    static CurrencyNames of(List<Locale> languages, Set<String> codes) {
        return BUILT.computeIfAbsent(List.copyOf(languages), l -> build(l, codes));
    }

    private static CurrencyNames build(List<Locale> languages, Set<String> codes) {
        Map<String, String> words = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Map<String, String> phrases = new HashMap<>();
        for (Locale l : languages) {
            ULocale u = ULocale.forLocale(l);
            for (String code : codes) {
                Currency c;
                try {
                    c = Currency.getInstance(code);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                Set<String> names = new HashSet<>();
                names.add(c.getName(u, Currency.LONG_NAME, null));
                for (String form : PLURAL_FORMS) names.add(c.getName(u, Currency.PLURAL_LONG_NAME, form, null));
                for (String name : names) {
                    String n = name.toLowerCase(l).trim();
                    if (n.equals(code.toLowerCase(Locale.ROOT))) continue; // no name in this language
                    String[] parts = n.split(" ");
                    if (parts.length == 2) phrases.put(n, code);
                    String last = parts[parts.length - 1];
                    if (last.length() < 3) continue;
                    String before = words.putIfAbsent(last, code);
                    if (before != null && !before.equals(code)) ambiguous.add(last);
                }
            }
        }
        words.keySet().removeAll(ambiguous);
        return new CurrencyNames(words, phrases);
    }

    /** The ISO code a word names by itself ("yen"), or null. */
    String word(String key) {
        return words.get(key);
    }

    /** The ISO code a name of two words names ("svenske kroner"), or null. */
    String phrase(String key) {
        return phrases.get(key);
    }

    /** The first words of the names of two words. */
    Set<String> phraseStarts() {
        Set<String> out = new HashSet<>();
        for (String p : phrases.keySet()) out.add(p.substring(0, p.indexOf(' ')));
        return out;
    }
}
