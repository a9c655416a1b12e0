package hta.jurisdiction.dk.internal;

import hta.confidentiality.NumberWords;
import hta.confidentiality.NumberWords.Duration;
import hta.confidentiality.ProseWords;
import java.math.BigDecimal;
import java.util.List;

/**
 * How Danish memos write quantities, for the leak scanner; spelled-out numbers come from ICU data for da. VAT
 * (moms) on medicines is 25 %.
 */
final class DanishNumberWords {
    static final NumberWords WORDS = NumberWords.spelledOutIn("da")
            .withScale(3, "tusind", "t", "td")
            .withScale(6, "mio", "million", "millioner", "mill", "mln", "millionerne")
            .withScale(9, "mia", "milliard", "milliarder", "mrd")
            .withMoneyScale(3, "tkr", "t.kr", "kkr", "tdkr")
            // banknotes counted: "19.500 tusindkronesedler" (eleventh probe)
            .withMoneyScale(3, "tusindkronesedler", "tusindkroneseddel", "tusindkronesedlen", "tusindkronesedlerne",
                    "tusindlapper", "tusindlap", "tusindlappen", "tusindlapperne")
            .withMoneyScale(2, "hundredkronesedler", "hundredkroneseddel", "hundredlapper", "hundredlap")
            .withMoneyScale(6, "mkr", "mio.kr", "mill.kr")
            .withMoneyScale(9, "mia.kr", "mdkr", "mrd.kr")
            .withMoney("kr", "kroner", "krone")
            // "sparer 25,4 øre pr. krone": a percentage of what is paid
            .withHundredths("DKK", "øre")
            .withPercent("procent", "pct", "procenten")
            .withPercentPoints("procentpoint", "procentpoints", "procentpointene")
            .withDuration(Duration.YEARS, "år", "års", "året", "årene")
            .withDuration(Duration.QUARTERS, "kvartal", "kvartaler", "kvartalet", "kvartals")
            .withPeriod(Duration.QUARTERS, "kvartalsvis")
            .withDuration(Duration.HALF_YEARS, "halvår", "halvåret", "halvårs", "halvårene")
            .withPeriod(Duration.HALF_YEARS, "halvårlig", "halvårligt", "halvårlige", "halvårsvis")
            .withDuration(Duration.MONTHS, "måneder", "måned", "måneders", "mdr", "md", "måneden", "mnd", "mdr.", "månederne")
            .withDuration(Duration.WEEKS, "uger", "uge", "ugers", "ugen", "ugerne")
            .withDuration(Duration.DAYS, "dage", "dag", "døgn", "dages", "dagen", "døgnet", "dagene")
            // a rate: "om måneden", "pr. md.", "om året", "kr./md.", "månedlig"
            .withPer("per", "pr", "om", "i", "hver", "hvert")
            .withPeriod(Duration.MONTHS, "månedlig", "månedligt", "månedlige", "pr.md", "pr.mdr", "p.m")
            .withPeriod(Duration.YEARS, "årlig", "årligt", "årlige", "p.a", "pr.år")
            .withPeriod(Duration.WEEKS, "ugentlig", "ugentligt")
            .withPeriod(Duration.DAYS, "daglig", "dagligt")
            .withFraction(2, "halvdelen", "halvdel", "halvparten", "halv", "halvt", "halve")
            .withFraction(3, "tredjedel", "tredjedele", "tredjedelen", "tredjedels", "tredjedelene")
            .withFraction(4, "fjerdedel", "fjerdedele", "fjerdedelen", "fjerdedels", "fjerdedelene")
            .withFraction(5, "femtedel", "femtedele", "femtedelen", "femtedels")
            .withFraction(6, "sjettedel", "sjettedele", "sjettedelen")
            .withFraction(8, "ottendedel", "ottendedele", "ottendedelen")
            .withFraction(10, "tiendedel", "tiendedele", "tiendedelen")
            .withFraction(7, "syvendedel", "syvendedele", "syvendedelen")
            .withFraction(9, "niendedel", "niendedele", "niendedelen")
            .withFraction(100, "hundrededel", "hundrededele", "hundrededelen")
            .withFraction(1000, "promille", "promillen", "pr. tusind", "per tusind")
            .withFraction(10_000, "basispoint", "basispoints", "basispunkt", "basispunkter")
            .withPopulations("patienterne", "patienter", "befolkningen", "deltagerne", "populationen", "borgerne",
                    "indbyggerne", "danskerne", "personerne", "menneskerne", "børnene", "kvinderne", "mændene")
            .withDiscounts("rabat", "rabatten", "prisnedsættelse", "reduktion", "reduktionen", "nedsættelse")
            // names of the prices kept confidential (JURISDICTIONS.md: SAIP, the hospital price): a precise figure in
            // a sentence that names one is taken as computed from it (issue 14, fifth probe)
            .withConfidentialPrices("SAIP", "SAIP-pris", "SAIP-prisen", "aftalepris", "aftaleprisen", "aftalt pris",
                    "aftalte pris", "rabat", "rabatten", "tilbudspris", "tilbudsprisen", "nettopris", "nettoprisen",
                    "sygehusapotekets indkøbspris",
                    // what the regions pay is the confidential price, however it is called
                    "regionernes pris", "regionernes udgift")
            // the prose around a number (issue 14, fourth probe): another currency, a printed exchange rate, hedges,
            // free goods, ordinals ("hver tredje uge"), treatment cycles, VAT, and costs named by their period
            .withCurrency("EUR", "euro", "euroen", "euros")
            .withCurrency("USD", "dollar", "dollars", "dollaren")
            .withCurrency("GBP", "pund", "pundet", "sterling")
            .withExchangeRateWords("kurs", "kursen", "valutakurs", "valutakursen", "vekselkurs", "vekselkursen")
            .withHedge(ProseWords.Hedge.ABOUT, "cirka", "ca", "omkring", "omtrent", "rundt", "rundt regnet",
                    "i størrelsesordenen", "anslået")
            .withHedge(ProseWords.Hedge.UNDER, "knap", "knapt", "næsten", "lige under", "lidt under",
                    "op mod")
            .withHedge(ProseWords.Hedge.OVER, "godt", "godt og vel", "lige over", "lidt over", "små")
            .withFreeGoods("gratis", "vederlagsfrit", "vederlagsfri", "omkostningsfrit", "omkostningsfri",
                    "gratispakning", "gratispakninger")
            .withOrdinal(2, "anden", "andet").withOrdinal(3, "tredje").withOrdinal(4, "fjerde").withOrdinal(5, "femte")
            .withOrdinal(6, "sjette").withOrdinal(7, "syvende").withOrdinal(8, "ottende").withOrdinal(9, "niende")
            .withOrdinal(10, "tiende").withOrdinal(12, "tolvte")
            // up to the twentieth: "halvtyvende" is the old Danish 19½ (fourteenth probe)
            .withOrdinal(11, "elvte").withOrdinal(13, "trettende").withOrdinal(14, "fjortende").withOrdinal(15, "femtende")
            .withOrdinal(16, "sekstende").withOrdinal(17, "syttende").withOrdinal(18, "attende").withOrdinal(19, "nittende")
            .withOrdinal(20, "tyvende")
            .withNumber(12, "dusin", "dusinet").withNumber(2, "par")
            // "dobbelt så høj som de 9,750 mio. kr.": twice the figure of its sentence (sixteenth probe)
            .withNumber(2, "dobbelt", "dobbelte")
            .withNumber(20, "snes") // "en snes millioner", "en halv snes hætteglas" (twelfth and thirteenth probes)
            .withCycles("cyklus", "cykler", "cyklussen", "cyklusser", "serie", "serier", "behandlingscyklus",
                    "behandlingsserie", "kur", "kure", "kuren")
            .withDuration(Duration.HOURS, "timer", "timen", "timers") // "356 kroner i timen" (eleventh probe; not "time", an English word the core uses)
            .withRatioWords("til", "mod") // "som 10 til 7": a share (eleventh probe)
            // "5,93 kroner i minuttet", "over et årti", "en kvart million" (twelfth probe), and the tens written the
            // long way, alone or in a compound ("otteoghalvfjerdsindstyve procent", 78)
            .withDuration(Duration.MINUTES, "minut", "minutter", "minuttet", "minutters", "minutterne")
            .withDuration(Duration.SECONDS, "sekund", "sekunder", "sekundet", "sekunderne") // fifteenth probe
            .withDuration(Duration.QUARTER_HOURS, "kvarter", "kvarteret", "kvarterer")
            .withDuration(Duration.DECADES, "årti", "årtier", "årtiet", "tiår", "tiåret", "tiårs", "tiårsperiode",
                    "tiårsperioden")
            .withFraction(4, "kvart", "kvarts")
            .withNumber(50, "halvtredsindstyve").withNumber(60, "tresindstyve").withNumber(70, "halvfjerdsindstyve")
            .withNumber(80, "firsindstyve").withNumber(90, "halvfemsindstyve")
            .withVatWords("moms", "momsen", "merværdiafgift")
            .withPeriod(Duration.DAYS, "dagspris", "dagsprisen", "dagsomkostning", "dagsomkostningen", "dagsudgift",
                    "dagsudgiften")
            .withPeriod(Duration.MONTHS, "månedspris", "månedsudgift", "månedsudgiften")
            .withPeriod(Duration.YEARS, "årspris", "årsprisen", "årsomkostning", "årsomkostningen", "årsomkostninger",
                    "årsudgift", "årsudgiften", "patientår", "behandlingsår")
            .withCounts("gange", // a multiple in words: "AIP og tre gange regionernes betaling" (thirteenth probe)
                    "patienter", "recepter", "pakninger", "doser", "behandlinger", "personer", "borgere", "tilfælde",
                    "hætteglas", "hætteglassene", "ampuller", // vials: "for hvert af ti hætteglas" (twelfth probe)
                    "tabletter", "mennesker", "menneske", "indbyggere", "danskere", "individer", "børn", "voksne", "ældre",
                    "kvinder", "mænd", "brugere", "deltagere", "indlæggelser", "sengedage", "konsultationer",
                    "operationer", "folk", "husstande", "leveår", "patientår", "personår",
                    // parts of a payment, and what is given: "for hver af tre rater" (fourteenth probe)
                    "rater", "afdrag", "arbejdsdage", "arbejdsdag", "behandlingsdage", "betalinger", "indbetalinger", "udbetalinger", "infusioner", "injektioner",
                    // singulars too: a title cut short ("45 millioner recept…") still says what is counted
                    "patient", "recept", "pakning", "dosis", "behandling", "person", "indbygger", "borger", "bruger");
    static final List<BigDecimal> VAT = List.of(new BigDecimal("0.25"));

    private DanishNumberWords() {
    }
}
