package hta.jurisdiction.no.internal;

import hta.jurisdiction.Formats;
import hta.jurisdiction.MemoText;
import hta.jurisdiction.StandardFormats;
import java.util.Locale;

/**
 * Norwegian bokmål formats as the price memo writes them: {@code 43 028 738 NOK}, decimal comma
 * ({@code 7,5}), {@code 05.05.2025} and {@code 22. oktober 2025} (JURISDICTIONS.md §2, seed 001). Groups are
 * separated by a no-break space (as CLDR {@code nb-NO}) so an amount never breaks across lines.
 */
final class NorwegianFormats {
    static final Locale LOCALE = Locale.forLanguageTag("nb-NO");

    private NorwegianFormats() {
    }

    static Formats create(MemoText text) {
        return new StandardFormats(LOCALE, '\u00A0', ',', '\u2212', "dd.MM.yyyy", "d. MMMM yyyy",
                (number, currency) -> number + "\u00A0" + currency,
                (page, count) -> text.format("page.label", page, count));
    }
}
