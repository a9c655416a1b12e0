package hta.confidentiality;

import hta.confidentiality.NumberWords.Duration;

/**
 * Number words of the Nordic languages and English, as the jurisdiction plugins declare them, for the scanner's
 * unit tests (the core itself knows no language).
 */
final class TestWords {
    static final NumberWords NORDIC_AND_ENGLISH = NumberWords.spelledOutIn("nb", "nn", "sv", "da", "en")
            .withScale(3, "tusen", "tusind", "thousand", "tsd", "tn", "t")
            .withScale(6, "mill", "million", "millioner", "millionar", "millions", "miljoner", "miljon", "mio", "mn", "mil", "m")
            .withScale(9, "mrd", "milliard", "milliarder", "milliardar", "miljard", "miljarder", "md", "mia", "bn", "billion")
            .withMoneyScale(3, "tkr")
            .withMoneyScale(6, "mkr")
            .withMoney("kr", "kroner", "kronor", "krone", "krona", "nkr", "pund", "pounds", "pound")
            .withPercent("prosent", "procent", "pst", "percent", "per cent", "pct", "p.c")
            .withPercentPoints("prosentpoeng", "procentenheter", "procentpoint", "percentage points", "points", "point")
            .withDuration(Duration.YEARS, "år", "års", "years", "year", "årene", "åren")
            .withDuration(Duration.QUARTERS, "kvartal", "kvartalet")
            .withDuration(Duration.MONTHS, "måneder", "månader", "måneders", "månaders", "mnd", "months", "month", "månedene", "månaderna", "månederne")
            .withDuration(Duration.WEEKS, "uker", "veckor", "uger", "weeks")
            .withDuration(Duration.DAYS, "dager", "dagar", "dage", "days")
            .withPopulations("pasientene", "pasienter", "patienterna", "patienter", "patienterne", "patients", "befolkningen",
                    "population")
            .withDiscounts("rabatt", "rabat", "discount", "reduksjon", "reduktion", "reduction")
            .withCounts("resepter", "recept", "prescriptions", "pasienter", "patienter", "patients", "doser", "doses",
                    "människor", "mennesker", "innbyggere", "indbyggere", "invånare", "people", "inhabitants",
                    "residents", "personer", "vuxna", "svenskar", "danskere", "nordmenn", "person-years", "treatments", "behandlinger", "behandlingar")
            .withMoneyScale(3, "kkr", "t.kr")
            .withMoneyScale(9, "mdkr")
            .withDuration(Duration.MONTHS, "måned", "måneden", "månaden", "månad", "month", "mån")
            .withDuration(Duration.WEEKS, "veckan", "week", "uke", "uken", "ukers", "veckors")
            .withDuration(Duration.YEARS, "året")
            .withPer("per", "pr", "i", "om", "a")
            .withHundredths("NOK", "øre")
            .withHundredths("GBP", "p", "pence")
            .withHundredths("USD", "cent", "cents")
            .withMoneyScale(3, "tusenlapper", "tusenlappar", "tusindkronesedler", "tusenlapp", "tusindkroneseddel")
            .withMoneyScale(2, "hundrelapp", "hundralapp")
            .withPeriod(Duration.MONTHS, "pcm")
            .withPeriod(Duration.YEARS, "p.a")
            .withFraction(2, "halvparten", "hälften", "halvdelen", "half", "halv", "halve", "a half", "one half")
            .withFraction(3, "tredjedel", "tredjedeler", "tredjedelar", "tredjedele", "thirds", "a third", "one third")
            .withFraction(4, "fjerdedel", "fjerdedeler", "fjärdedelar", "quarters", "a quarter")
            .withFraction(1000, "promille", "per mille", "permille", "per mil")
            .withFraction(10_000, "basispunkter", "baspunkter", "basispoint", "basis points", "bps")
            .withFraction(9, "niendedele", "ninths")
            .withFraction(5, "fifths", "a fifth", "femtedeler")
            .withFraction(100, "hundredths")
            .withDuration(Duration.HALF_YEARS, "halvår", "halvåret")
            .withDuration(Duration.FORTNIGHTS, "fortnight")
            .withPeriod(Duration.HALF_YEARS, "semi-annually")
            .withScale(3, "grand")
            .withNumber(12, "dozen", "dussin", "dusin").withNumber(2, "par", "couple", "pair", "twice", "double", "twofold", "dobbelt", "dobbelte", "dobbel", "dubbelt", "dubbla", "dubbel").withNumber(3, "thrice", "triple", "threefold")
            // the prose around a number, as the plugins declare it (issue 14, fourth probe)
            .withCurrency("EUR", "euro", "euros", "euron", "euroen")
            .withCurrency("USD", "dollar", "dollars")
            .withCurrency("GBP", "pund", "pundet", "sterling")
            .withExchangeRateWords("kurs", "kursen", "valutakurs", "växelkurs", "vekselkurs", "exchange rate")
            .withHedge(ProseWords.Hedge.ABOUT, "rundt", "om lag", "omtrent", "cirka", "ca", "ungefär", "omkring",
                    "roughly", "about", "around", "approximately")
            .withHedge(ProseWords.Hedge.UNDER, "knapt", "knappt", "knap", "nesten", "i underkant av", "strax under",
                    "just under", "nearly", "almost", "just shy of")
            .withHedge(ProseWords.Hedge.OVER, "drøyt", "drygt", "godt", "i overkant av", "strax över", "just over")
            .withFreeGoods("gratis", "vederlagsfritt", "kostnadsfritt", "free", "free-of-charge")
            .withOrdinal(2, "andre", "andra", "anden", "annen", "annan", "second").withOrdinal(3, "tredje", "third")
            .withOrdinal(4, "fjerde", "fjärde", "fourth").withOrdinal(5, "femte", "fifth")
            .withCycles("syklus", "sykluser", "cykel", "cykler", "cyklus", "cycle", "cycles", "kur", "kurer", "kuren")
            .withVatWords("mva", "merverdiavgift", "moms", "vat")
            .withRatioWords("til", "till", "to", "mot", "mod")
            .withDuration(Duration.HOURS, "timer", "timen", "timmar", "timmen", "hours", "hour")
            .withDuration(Duration.MINUTES, "minutt", "minuttet", "minut", "minuten", "minuttet", "minute", "minutes")
            .withDuration(Duration.DECADES, "tiår", "årti", "decennium", "årtionde", "decade", "decades")
            .withFraction(4, "en kvart", "ei kvart", "kvarts", "en kvarts", "kvart")
            .withNumber(70, "halvfjerdsindstyve").withNumber(80, "firsindstyve")
            .withPer("hver", "hvert", "var", "varje", "every", "each")
            .withDuration(Duration.DAYS, "dagers", "dagars", "dages", "dag", "day", "døgn")
            .withDuration(Duration.WEEKS, "uke", "vecka", "uge", "week")
            .withPeriod(Duration.DAYS, "dagskostnaden", "dagskostnad", "dagspris", "dagsprisen", "daily")
            .withPeriod(Duration.YEARS, "årskostnaden", "årskostnad", "pasientår", "patientår", "annual", "a year")
            // names of the prices kept confidential, as the plugins declare them (issue 14, fifth probe)
            .withConfidentialPrices("avtalepris", "avtaleprisen", "avtalt pris", "avtalte pris", "avtalte prisen",
                    "nettopris", "nettopriset", "avtalade priset", "avtalat pris", "återbäringen", "aftalepris",
                    "aftaleprisen", "SAIP", "PAS", "PAS price", "net price", "rabatten", "rabatt");

    private TestWords() {
    }
}
