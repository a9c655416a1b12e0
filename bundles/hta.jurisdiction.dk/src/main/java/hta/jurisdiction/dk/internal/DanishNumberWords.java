package hta.jurisdiction.dk.internal;

import hta.confidentiality.NumberWords;
import hta.confidentiality.NumberWords.Duration;
import java.math.BigDecimal;
import java.util.List;

/**
 * How Danish memos write quantities, for the leak scanner; spelled-out numbers come from ICU data for da. VAT
 * (moms) on medicines is 25 %.
 */
final class DanishNumberWords {
    static final NumberWords WORDS = NumberWords.spelledOutIn("da")
            .withScale(3, "tusind", "t", "td")
            .withScale(6, "mio", "million", "millioner", "mill")
            .withScale(9, "mia", "milliard", "milliarder", "mrd")
            .withMoneyScale(3, "tkr", "t.kr", "kkr", "tdkr")
            .withMoneyScale(6, "mkr", "mio.kr", "mill.kr")
            .withMoneyScale(9, "mia.kr", "mdkr", "mrd.kr")
            .withMoney("kr", "kroner", "krone")
            .withPercent("procent", "pct", "procenten")
            .withPercentPoints("procentpoint", "procentpoints", "procentpointene")
            .withDuration(Duration.YEARS, "år", "års", "året", "årene")
            .withDuration(Duration.MONTHS, "måneder", "måned", "måneders", "mdr", "md", "måneden", "mnd", "mdr.")
            .withDuration(Duration.WEEKS, "uger", "uge", "ugers", "ugen")
            .withDuration(Duration.DAYS, "dage", "dag", "døgn", "dages", "dagen", "døgnet")
            // a rate: "om måneden", "pr. md.", "om året", "kr./md.", "månedlig"
            .withPer("per", "pr", "om", "i", "hver", "hvert")
            .withPeriod(Duration.MONTHS, "månedlig", "månedligt", "månedlige", "pr.md", "pr.mdr", "p.m")
            .withPeriod(Duration.YEARS, "årlig", "årligt", "årlige", "p.a", "pr.år")
            .withPeriod(Duration.WEEKS, "ugentlig", "ugentligt")
            .withPeriod(Duration.DAYS, "daglig", "dagligt")
            .withFraction(2, "halvdelen", "halvdel", "halvparten", "halv", "halvt")
            .withFraction(3, "tredjedel", "tredjedele", "tredjedelen", "tredjedels", "tredjedelene")
            .withFraction(4, "fjerdedel", "fjerdedele", "fjerdedelen", "fjerdedels", "fjerdedelene")
            .withFraction(5, "femtedel", "femtedele", "femtedelen", "femtedels")
            .withFraction(6, "sjettedel", "sjettedele", "sjettedelen")
            .withFraction(8, "ottendedel", "ottendedele", "ottendedelen")
            .withFraction(10, "tiendedel", "tiendedele", "tiendedelen")
            .withPopulations("patienterne", "patienter", "befolkningen", "deltagerne", "populationen", "borgerne",
                    "indbyggerne", "danskerne", "personerne", "menneskerne", "børnene", "kvinderne", "mændene")
            .withDiscounts("rabat", "rabatten", "prisnedsættelse")
            .withCounts("patienter", "recepter", "pakninger", "doser", "behandlinger", "personer", "borgere", "tilfælde",
                    "tabletter", "mennesker", "menneske", "indbyggere", "danskere", "individer", "børn", "voksne", "ældre",
                    "kvinder", "mænd", "brugere", "deltagere", "indlæggelser", "sengedage", "konsultationer",
                    "operationer", "folk", "husstande", "leveår", "patientår", "personår",
                    // singulars too: a title cut short ("45 millioner recept…") still says what is counted
                    "patient", "recept", "pakning", "dosis", "behandling", "person", "indbygger", "borger", "bruger");
    static final List<BigDecimal> VAT = List.of(new BigDecimal("0.25"));

    private DanishNumberWords() {
    }
}
