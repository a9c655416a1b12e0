package hta.jurisdiction.no.internal;

import hta.confidentiality.NumberWords;
import hta.confidentiality.NumberWords.Duration;
import java.math.BigDecimal;
import java.util.List;

/**
 * How Norwegian memos (bokmål and nynorsk) write quantities, for the leak scanner: scale and currency
 * abbreviations, percent and duration words, population nouns; spelled-out numbers come from ICU data for nb and
 * nn. VAT on medicines is 25 % (merverdiavgiftsloven § 5-1, general rate).
 */
final class NorwegianNumberWords {
    static final NumberWords WORDS = NumberWords.spelledOutIn("nb", "nn")
            .withScale(3, "tusen")
            .withScale(6, "mill", "million", "millioner", "millionar", "mio", "mln")
            .withScale(9, "mrd", "milliard", "milliarder", "milliardar", "mia")
            .withMoneyScale(3, "tkr", "tnkr")
            .withMoneyScale(6, "mkr", "mnkr")
            .withMoney("kr", "kroner", "krone", "kronar", "nkr")
            .withPercent("prosent", "pst", "prosenten")
            .withPercentPoints("prosentpoeng", "prosentpoenget", "prosentpoint")
            .withDuration(Duration.YEARS, "år", "års", "året", "åra", "årene")
            .withDuration(Duration.MONTHS, "måneder", "måned", "måneders", "månader", "månad", "mnd", "md")
            .withDuration(Duration.WEEKS, "uker", "uke", "ukers", "veker", "veke")
            .withDuration(Duration.DAYS, "dager", "dag", "dagar", "døgn", "dagers")
            .withPopulations("pasientene", "pasientane", "pasienter", "pasientar", "befolkningen", "brukerne",
                    "deltakerne", "populasjonen")
            .withDiscounts("rabatt", "rabatten", "prisreduksjon", "avslag")
            .withCounts("pasienter", "pasientar", "resepter", "reseptar", "pakninger", "pakningar", "doser", "behandlinger",
                    "personer", "innbyggere", "innbyggjarar", "tilfeller", "tabletter", "hetteglass");
    static final List<BigDecimal> VAT = List.of(new BigDecimal("0.25"));

    private NorwegianNumberWords() {
    }
}
