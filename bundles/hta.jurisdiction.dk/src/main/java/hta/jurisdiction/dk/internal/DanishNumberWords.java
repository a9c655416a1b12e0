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
            .withMoneyScale(3, "tkr", "t.kr")
            .withMoneyScale(6, "mkr", "mio.kr")
            .withMoney("kr", "kroner", "krone")
            .withPercent("procent", "pct", "procenten")
            .withPercentPoints("procentpoint", "procentpoints", "procentpointene")
            .withDuration(Duration.YEARS, "år", "års", "året", "årene")
            .withDuration(Duration.MONTHS, "måneder", "måned", "måneders", "mdr", "md")
            .withDuration(Duration.WEEKS, "uger", "uge", "ugers")
            .withDuration(Duration.DAYS, "dage", "dag", "døgn", "dages")
            .withPopulations("patienterne", "patienter", "befolkningen", "deltagerne", "populationen")
            .withDiscounts("rabat", "rabatten", "prisnedsættelse")
            .withCounts("patienter", "recepter", "pakninger", "doser", "behandlinger", "personer", "borgere", "tilfælde",
                    "tabletter");
    static final List<BigDecimal> VAT = List.of(new BigDecimal("0.25"));

    private DanishNumberWords() {
    }
}
