package hta.jurisdiction.se.internal;

import hta.confidentiality.NumberWords;
import hta.confidentiality.NumberWords.Duration;
import hta.confidentiality.ProseWords;
import java.math.BigDecimal;
import java.util.List;

/**
 * How Swedish memos write quantities, for the leak scanner; spelled-out numbers come from ICU data for sv. VAT:
 * 25 % is the general rate (prescription medicines within the benefits are zero-rated, but a writer may still
 * add the general rate; unconfirmed which a reader would use, so the general rate is declared).
 */
final class SwedishNumberWords {
    static final NumberWords WORDS = NumberWords.spelledOutIn("sv")
            .withScale(3, "tusen", "tn", "tkr")
            .withScale(6, "miljon", "miljoner", "mn", "milj", "mio", "mln", "miljonerna")
            .withScale(9, "miljard", "miljarder", "md", "mdr", "mrd")
            .withMoneyScale(3, "tkr", "kkr", "t.kr", "tsek")
            // banknotes counted: "24 500 tusenlappar" (eleventh probe)
            .withMoneyScale(3, "tusenlapp", "tusenlappar", "tusenlappen", "tusenlapparna")
            .withMoneyScale(2, "hundralapp", "hundralappar", "hundralappen", "hundralapparna")
            .withMoneyScale(6, "mkr", "mnkr", "milj.kr", "mn.kr", "msek", "mille") // "mille": million kronor, colloquial (fifteenth probe)
            .withMoneyScale(9, "mdkr", "mdr kr", "mdr.kr", "mrdkr", "mdsek")
            .withMoney("kr", "kronor", "krona", "kronors")
            // "sparar 21,5 öre per krona": a percentage of what is paid
            .withHundredths("SEK", "öre")
            .withPercent("procent", "proc", "procenten")
            .withPercentPoints("procentenheter", "procentenhet", "procentenheten")
            .withDuration(Duration.YEARS, "år", "års", "året", "åren")
            .withDuration(Duration.QUARTERS, "kvartal", "kvartalet", "kvartalen", "kvartals")
            .withPeriod(Duration.QUARTERS, "kvartalsvis")
            .withDuration(Duration.HALF_YEARS, "halvår", "halvåret", "halvårs", "halvåren")
            .withDuration(Duration.TERTIALS, "tertial", "tertialet", "tertialer", "tertialen", "tertials")
            .withPeriod(Duration.HALF_YEARS, "halvårsvis", "halvårligen")
            .withPeriod(Duration.TERTIALS, "tertialvis")
            .withDuration(Duration.MONTHS, "månader", "månad", "månaders", "mån", "månaden", "månaderna")
            .withDuration(Duration.WEEKS, "veckor", "vecka", "veckors", "veckan", "veckorna")
            .withDuration(Duration.DAYS, "dagar", "dag", "dygn", "dagars", "dagen", "dygnet", "dagarna")
            // a rate: "i månaden", "per månad", "/mån", "i veckan", "om året", "månadsvis"
            .withPer("per", "pr", "i", "om", "varje", "à")
            .withPeriod(Duration.MONTHS, "månadsvis", "månatligen", "månatlig", "månatliga", "p.m")
            .withPeriod(Duration.YEARS, "årligen", "årlig", "årliga", "årsvis", "p.a")
            .withPeriod(Duration.WEEKS, "veckovis")
            .withPeriod(Duration.DAYS, "dagligen", "daglig", "dagliga")
            .withFraction(2, "hälften", "halva", "halvdelen", "halv", "halvt")
            .withFraction(3, "tredjedel", "tredjedelar", "tredjedelen", "tredjedels", "tredjedelarna")
            .withFraction(4, "fjärdedel", "fjärdedelar", "fjärdedelen", "fjärdedels", "fjärdedelarna")
            .withFraction(5, "femtedel", "femtedelar", "femtedelen", "femtedels")
            .withFraction(6, "sjättedel", "sjättedelar", "sjättedelen")
            .withFraction(8, "åttondel", "åttondelar", "åttondelen")
            .withFraction(10, "tiondel", "tiondelar", "tiondelen")
            .withFraction(7, "sjundedel", "sjundedelar", "sjundedelen")
            .withFraction(9, "niondel", "niondelar", "niondelen")
            .withFraction(100, "hundradel", "hundradelar", "hundradelen")
            .withFraction(1000, "promille", "promillen", "per tusen")
            .withFraction(10_000, "baspunkt", "baspunkter", "baspunkten", "baspunkterna")
            .withPopulations("patienterna", "patienter", "befolkningen", "deltagarna", "populationen", "invånarna",
                    "personerna", "människorna", "svenskarna", "barnen", "kvinnorna", "männen", "användarna")
            .withDiscounts("rabatt", "rabatten", "prisreduktion", "reduktion", "reduktionen", "prisavdrag")
            // names of the prices kept confidential (JURISDICTIONS.md: rebates of NT-rådet's återbäringsavtal,
            // sidoöverenskommelser): a precise figure in a sentence that names one is taken as computed from it
            .withConfidentialPrices("nettopris", "nettopriset", "nettopriser", "avtalat pris", "avtalade pris",
                    "avtalade priset", "återbäring", "återbäringen", "återbäringsavtal", "återbäringsavtalet",
                    "sidoöverenskommelse", "sidoöverenskommelsen", "rabatt", "rabatten", "priset efter återbäring",
                    // what the regions pay is the confidential price, however it is called
                    "regionernas pris", "regionernas kostnad")
            // the prose around a number (issue 14, fourth probe): another currency, a printed exchange rate, hedges,
            // free goods, ordinals ("var fjärde vecka"), treatment cycles, VAT, and costs named by their period
            .withCurrency("EUR", "euro", "euron", "euros")
            .withCurrency("USD", "dollar", "dollarn")
            .withCurrency("GBP", "pund", "pundet", "sterling")
            .withExchangeRateWords("kurs", "kursen", "växelkurs", "växelkursen", "valutakurs", "valutakursen")
            .withHedge(ProseWords.Hedge.ABOUT, "cirka", "ca", "ungefär", "omkring", "runt", "kring", "i storleksordningen",
                    "uppskattningsvis")
            .withHedge(ProseWords.Hedge.UNDER, "knappt", "knappa", "nästan", "strax under", "närmare", "drygt under")
            .withHedge(ProseWords.Hedge.OVER, "drygt", "dryga", "strax över", "knappt över", "en bit över")
            .withFreeGoods("gratis", "kostnadsfritt", "kostnadsfri", "kostnadsfria", "avgiftsfritt", "gratisförpackning",
                    "gratisförpackningar")
            .withOrdinal(2, "andra", "annan").withOrdinal(3, "tredje").withOrdinal(4, "fjärde").withOrdinal(5, "femte")
            .withOrdinal(6, "sjätte").withOrdinal(7, "sjunde").withOrdinal(8, "åttonde").withOrdinal(9, "nionde")
            .withOrdinal(10, "tionde").withOrdinal(12, "tolfte")
            .withOrdinal(11, "elfte").withOrdinal(13, "trettonde").withOrdinal(14, "fjortonde").withOrdinal(15, "femtonde")
            .withOrdinal(16, "sextonde").withOrdinal(17, "sjuttonde").withOrdinal(18, "artonde").withOrdinal(19, "nittonde")
            .withOrdinal(20, "tjugonde")
            .withNumber(12, "dussin", "dussinet").withNumber(2, "par")
            // "dubbelt så länge som de 57,6 månaderna": twice the figure of its sentence (sixteenth probe)
            .withNumber(2, "dubbelt", "dubbla", "dubbel")
            .withCycles("cykel", "cykler", "cykeln", "cyklerna", "behandlingscykel", "behandlingscykler", "kur", "kurer",
                    "kuren")
            .withDuration(Duration.HOURS, "timmar", "timme", "timmen", "timmars") // "356 kroner i timen" (eleventh probe)
            .withRatioWords("till", "mot") // "som 10 til 7": a share (eleventh probe)
            // "5,93 kronor i minuten", "under ett decennium", "en kvarts miljon" (twelfth probe)
            .withDuration(Duration.MINUTES, "minut", "minuter", "minuten", "minuters", "minuterna")
            // "12,66 öre per sekund" (fifteenth probe); "kvart" alone is left out: it is a quarter ("en kvart miljon")
            // too, but "per kvart" and "kvarten" are a quarter of an hour ("113,91 kronor per kvart", fifteenth probe)
            .withDuration(Duration.SECONDS, "sekund", "sekunder", "sekunden", "sekunderna")
            .withDuration(Duration.QUARTER_HOURS, "kvarten", "kvartar", "kvartarna")
            .withPeriod(Duration.QUARTER_HOURS, "per kvart", "i kvarten")
            .withDuration(Duration.DECADES, "decennium", "decenniet", "decennier", "decennierna", "årtionde", "årtiondet",
                    "årtionden", "tioårsperiod", "tioårsperioden")
            .withFraction(4, "kvarts", "en kvart", "en kvarts")
            .withVatWords("moms", "momsen", "mervärdesskatt", "mervärdesskatten")
            .withPer("var")
            .withPeriod(Duration.DAYS, "dagskostnad", "dagskostnaden", "dygnskostnad", "dygnskostnaden", "dagspris",
                    "dagspriset")
            .withPeriod(Duration.WEEKS, "veckokostnad", "veckokostnaden")
            .withPeriod(Duration.MONTHS, "månadskostnad", "månadskostnaden")
            .withPeriod(Duration.YEARS, "årskostnad", "årskostnaden", "årskostnader", "årskostnaderna", "årspris",
                    "årspriset", "patientår", "behandlingsår")
            .withCounts("gånger", // a multiple in words: "listpriset och tre gånger det regionerna betalar"
                    "patienter", "recept", "förpackningar", "doser", "behandlingar", "personer", "invånare", "fall",
                    "injektionsflaskor", "ampuller", // vials: "för var och en av tio injektionsflaskor" (twelfth probe)
                    "tabletter", "människor", "människa", "svenskar", "individer", "barn", "vuxna", "äldre", "kvinnor",
                    "män", "användare", "deltagare", "vårddagar", "vårdtillfällen", "besök", "konsultationer",
                    "operationer", "folk", "personår", "levnadsår", "patientår", "hushåll", "sjukhusinläggningar",
                    // parts of a payment, and what is given: "för var och en av tre delbetalningar" (fourteenth probe)
                    "delbetalningar", "avbetalningar", "arbetsdagar", "arbetsdag", "behandlingsdagar", "rater", "betalningar", "inbetalningar", "utbetalningar",
                    "infusioner", "injektioner",
                    // singulars too: a title cut short ("45 miljoner recept…") still says what is counted
                    "patient", "förpackning", "dos", "behandling", "person", "invånare", "användare", "deltagare");
    static final List<BigDecimal> VAT = List.of(new BigDecimal("0.25"));

    private SwedishNumberWords() {
    }
}
