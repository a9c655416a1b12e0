package hta.jurisdiction.no.internal;

import hta.confidentiality.NumberWords;
import hta.confidentiality.NumberWords.Duration;
import hta.confidentiality.ProseWords;
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
            .withScale(6, "mill", "million", "millioner", "millionar", "mio", "mln", "millionene", "millionane")
            .withScale(9, "mrd", "milliard", "milliarder", "milliardar", "mia", "milliardene", "milliardane")
            .withMoneyScale(3, "tkr", "tnkr", "kkr", "t.kr", "tusen kr")
            // banknotes counted: "29 950 tusenlapper" (eleventh probe)
            .withMoneyScale(3, "tusenlapp", "tusenlapper", "tusenlappar", "tusenlappen", "tusenlappene")
            .withMoneyScale(2, "hundrelapp", "hundrelapper", "hundrelappar", "hundrelappen", "hundrelappene")
            .withMoneyScale(6, "mkr", "mnkr", "mill.kr", "mio.kr", "mln.kr")
            .withMoneyScale(9, "mrdkr", "mrd.kr", "mdkr", "mia.kr")
            .withMoney("kr", "kroner", "krone", "kronar", "nkr")
            // "sparer 30,4 øre per krone": a percentage of what is paid
            .withHundredths("NOK", "øre")
            .withPercent("prosent", "pst", "prosenten")
            .withPercentPoints("prosentpoeng", "prosentpoenget", "prosentpoint")
            .withDuration(Duration.YEARS, "år", "års", "året", "åra", "årene")
            .withDuration(Duration.QUARTERS, "kvartal", "kvartaler", "kvartalet", "kvartala", "kvartals")
            .withPeriod(Duration.QUARTERS, "kvartalsvis")
            .withDuration(Duration.HALF_YEARS, "halvår", "halvåret", "halvårs", "halvåra", "halvårene")
            .withDuration(Duration.TERTIALS, "tertial", "tertialet", "tertialer", "tertiala", "tertials")
            .withPeriod(Duration.HALF_YEARS, "halvårlig", "halvårleg", "halvårlige", "halvårsvis")
            .withPeriod(Duration.TERTIALS, "tertialvis")
            .withDuration(Duration.MONTHS, "måneder", "måned", "måneders", "månader", "månad", "mnd", "md", "måneden",
                    "månaden", "mndr", "mån", "månedene", "månadene")
            .withDuration(Duration.WEEKS, "uker", "uke", "ukers", "veker", "veke", "uka", "uken", "veka", "ukene", "vekene")
            .withDuration(Duration.DAYS, "dager", "dag", "dagar", "døgn", "dagers", "dagen", "døgnet", "dagene", "dagane")
            // a rate: "i måneden", "pr. mnd.", "per år", "om året", "kr/mnd", "månedlig"
            .withPer("per", "pr", "i", "om", "hver", "hvert", "kvar", "kvart")
            .withPeriod(Duration.MONTHS, "månedlig", "månadleg", "månedlige", "pr.mnd", "p.m")
            .withPeriod(Duration.YEARS, "årlig", "årleg", "årlige", "p.a", "pr.år")
            .withPeriod(Duration.WEEKS, "ukentlig", "vekentleg")
            .withPeriod(Duration.DAYS, "daglig", "dagleg")
            .withFraction(2, "halvparten", "halvdelen", "halvpart", "halvdel", "halv", "halve")
            .withFraction(3, "tredjedel", "tredjedeler", "tredjedelen", "tredjedelar", "tredjepart", "tredjeparten")
            .withFraction(4, "fjerdedel", "fjerdedeler", "fjerdedelen", "fjerdedelar", "fjerdepart", "fjerdeparten")
            .withFraction(5, "femtedel", "femtedeler", "femtedelen", "femtedelar", "femdel", "femdeler")
            .withFraction(6, "sjettedel", "sjettedeler", "sjettedelen")
            .withFraction(8, "åttendedel", "åttendedeler", "åttedel", "åttedeler")
            .withFraction(10, "tidel", "tideler", "tiendedel", "tiendedeler", "tidelen")
            .withFraction(7, "sjuendedel", "sjuendedeler", "syvendedel", "syvendedeler")
            .withFraction(9, "niendedel", "niendedeler", "niendedelen")
            .withFraction(100, "hundredel", "hundredeler", "hundredelen", "hundredels")
            .withFraction(1000, "promille", "promillen", "per tusen")
            .withFraction(10_000, "basispunkt", "basispunkter", "basispunktene", "basispoeng")
            .withPopulations("pasientene", "pasientane", "pasienter", "pasientar", "befolkningen", "befolkninga",
                    "brukerne", "brukarane", "deltakerne", "deltakarane", "populasjonen", "innbyggerne", "innbyggjarane",
                    "personene", "menneskene", "nordmenn", "barna", "kvinnene", "mennene", "pasientgruppen")
            .withDiscounts("rabatt", "rabatten", "prisreduksjon", "avslag", "reduksjon", "reduksjonen", "prisavslag")
            // names of the prices kept confidential (JURISDICTIONS.md: RHF-AUP/LIS-AUP, "avtalepris"): a precise
            // figure in a sentence that names one is taken as computed from it (issue 14, fifth probe)
            .withConfidentialPrices("avtalepris", "avtaleprisen", "avtaleprisene", "avtalt pris", "avtalte pris",
                    "avtalte prisen", "avtalte priser", "RHF-AUP", "LIS-AUP", "LIS-pris", "LIS-prisen", "rabatt", "rabatten",
                    "rabattert pris", "rabatterte pris", "rabatterte prisen", "nettopris", "nettoprisen",
                    "konfidensiell pris", "konfidensielle prisen", "tilbudt pris", "tilbudte pris", "tilbudte prisen",
                    // what the hospitals pay is the confidential price, however it is called
                    "helseforetakenes pris", "sykehusenes pris", "helseforetakenes innkjøpspris")
            // the prose around a number (issue 14, fourth probe): another currency, a printed exchange rate, hedges,
            // free goods, ordinals ("hver tredje uke"), treatment cycles, VAT, and costs named by their period
            .withCurrency("EUR", "euro", "euroen", "euros")
            .withCurrency("USD", "dollar", "dollars", "dollaren")
            .withCurrency("GBP", "pund", "pundet", "sterling")
            .withExchangeRateWords("kurs", "kursen", "valutakurs", "valutakursen", "vekslingskurs", "vekslingskursen")
            .withHedge(ProseWords.Hedge.ABOUT, "rundt", "om lag", "omlag", "omtrent", "cirka", "ca", "anslagsvis",
                    "omkring", "tilnærmet", "rundt regnet", "i størrelsesorden")
            .withHedge(ProseWords.Hedge.UNDER, "knapt", "knappe", "snaut", "snaue", "nesten", "i underkant av",
                    "like under", "litt under", "opp mot")
            .withHedge(ProseWords.Hedge.OVER, "drøyt", "drøye", "vel", "i overkant av", "like over", "litt over")
            .withFreeGoods("gratis", "vederlagsfritt", "vederlagsfri", "kostnadsfritt", "kostnadsfri", "gratispakning",
                    "gratispakninger")
            .withOrdinal(2, "annen", "annet", "andre").withOrdinal(3, "tredje").withOrdinal(4, "fjerde")
            .withOrdinal(5, "femte").withOrdinal(6, "sjette").withOrdinal(7, "sjuende", "syvende")
            .withOrdinal(8, "åttende").withOrdinal(9, "niende").withOrdinal(10, "tiende").withOrdinal(12, "tolvte")
            .withOrdinal(11, "ellevte").withOrdinal(13, "trettende").withOrdinal(14, "fjortende").withOrdinal(15, "femtende")
            .withOrdinal(16, "sekstende").withOrdinal(17, "syttende").withOrdinal(18, "attende").withOrdinal(19, "nittende")
            .withOrdinal(20, "tjuende", "tyvende")
            .withNumber(12, "dusin", "dusinet").withNumber(2, "par")
            // "dobbelt så lenge som de 57,6 månedene": twice the figure of its sentence (sixteenth probe)
            .withNumber(2, "dobbelt", "dobbelte", "dobbel")
            .withNumber(20, "snes") // "en snes millioner" (thirteenth probe, in Danish)
            .withCycles("syklus", "sykluser", "syklusen", "syklusar", "kur", "kurer", "kuren", "behandlingssyklus",
                    "behandlingssykluser")
            .withDuration(Duration.HOURS, "timer", "timen", "timers", "timar") // "356 kroner i timen" (eleventh probe; not "time", an English word the core uses)
            .withRatioWords("til", "mot") // "som 10 til 7": a share (eleventh probe)
            // "5,93 kroner i minuttet", "over et tiår" (twelfth probe); "en kvart million" (not "kvart" alone: in
            // Nynorsk it is "every")
            .withDuration(Duration.MINUTES, "minutt", "minutter", "minuttet", "minutta", "minuttene", "minutts")
            // "9,89 øre i sekundet", "88,98 kroner per kvarter" (a quarter of an hour; a quarter of a year is "kvartal"):
            // fifteenth probe
            .withDuration(Duration.SECONDS, "sekund", "sekunder", "sekundet", "sekunda", "sekundene")
            .withDuration(Duration.QUARTER_HOURS, "kvarter", "kvarteret", "kvarterer", "kvartera")
            .withDuration(Duration.DECADES, "tiår", "tiåret", "tiårs", "tiårene", "tiåra", "årti", "årtiet", "tiårsperiode",
                    "tiårsperioden")
            .withFraction(4, "en kvart", "ei kvart", "ein kvart")
            .withVatWords("mva", "merverdiavgift", "merverdiavgiften", "moms", "meirverdiavgift")
            .withPeriod(Duration.DAYS, "dagskostnad", "dagskostnaden", "døgnkostnad", "døgnkostnaden", "dagspris",
                    "dagsprisen", "dagskostnader")
            .withPeriod(Duration.WEEKS, "ukeskostnad", "ukeskostnaden", "vekekostnad")
            .withPeriod(Duration.MONTHS, "månedskostnad", "månedskostnaden", "månadskostnad", "månedskostnader",
                    "månedspris", "månedsprisen", "månadspris", "månadsprisen")
            .withPeriod(Duration.YEARS, "årskostnad", "årskostnaden", "årskostnader", "årskostnadene", "årspris",
                    "årsprisen", "årsbehandling", "pasientår", "behandlingsår")
            .withCounts("ganger", "gonger", // a multiple in words: "tre ganger det sykehusene betaler"
                    "pasienter", "pasientar", "resepter", "reseptar", "pakninger", "pakningar", "doser", "behandlinger",
                    "personer", "innbyggere", "innbyggjarar", "tilfeller", "tabletter", "hetteglass", "mennesker",
                    "menneske", "folk", "nordmenn", "individer", "barn", "voksne", "vaksne", "eldre", "kvinner", "menn",
                    "brukere", "brukarar", "deltakere", "deltakarar", "husstander", "innleggelser", "konsultasjoner",
                    "liggedøgn", "operasjoner", "forsikrede", "pasientår", "tilfelle", "leveår", "kvalitetsjusterte",
                    // parts of a payment, and what is given: "for hvert av tre avdrag" (fourteenth probe)
                    "avdrag", "rater", "arbeidsdager", "arbeidsdagar", "behandlingsdager", "behandlingsdagar", "arbeidsdag", "innbetalinger", "innbetalingar", "utbetalinger", "utbetalingar", "betalinger",
                    "infusjoner", "infusjonar", "injeksjoner", "injeksjonar", "ampuller",
                    // singulars too: a title cut short ("45 millioner resept…") still says what is counted
                    "pasient", "resept", "pakning", "dose", "behandling", "person", "innbygger", "bruker", "deltaker");
    static final List<BigDecimal> VAT = List.of(new BigDecimal("0.25"));

    private NorwegianNumberWords() {
    }
}
