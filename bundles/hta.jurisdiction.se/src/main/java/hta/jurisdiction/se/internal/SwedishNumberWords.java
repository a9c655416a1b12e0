package hta.jurisdiction.se.internal;

import hta.confidentiality.NumberWords;
import hta.confidentiality.NumberWords.Duration;
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
            .withScale(6, "miljon", "miljoner", "mn", "milj", "mio")
            .withScale(9, "miljard", "miljarder", "md", "mdr", "mrd")
            .withMoneyScale(3, "tkr")
            .withMoneyScale(6, "mkr", "mnkr")
            .withMoneyScale(9, "mdkr", "mdr kr")
            .withMoney("kr", "kronor", "krona", "kronors")
            .withPercent("procent", "proc", "procenten")
            .withPercentPoints("procentenheter", "procentenhet", "procentenheten")
            .withDuration(Duration.YEARS, "år", "års", "året", "åren")
            .withDuration(Duration.MONTHS, "månader", "månad", "månaders", "mån")
            .withDuration(Duration.WEEKS, "veckor", "vecka", "veckors")
            .withDuration(Duration.DAYS, "dagar", "dag", "dygn", "dagars")
            .withPopulations("patienterna", "patienter", "befolkningen", "deltagarna", "populationen")
            .withDiscounts("rabatt", "rabatten", "prisreduktion")
            .withCounts("patienter", "recept", "förpackningar", "doser", "behandlingar", "personer", "invånare", "fall",
                    "tabletter");
    static final List<BigDecimal> VAT = List.of(new BigDecimal("0.25"));

    private SwedishNumberWords() {
    }
}
