package hta.jurisdiction.nice.internal;

import hta.confidentiality.NumberWords;
import hta.confidentiality.NumberWords.Duration;
import java.math.BigDecimal;
import java.util.List;

/**
 * How memos in British English write quantities, for the leak scanner; spelled-out numbers come from ICU data for
 * en. VAT on medicines is 20 % (the standard rate; a reader adds or removes it).
 */
final class EnglandNumberWords {
    static final NumberWords WORDS = NumberWords.spelledOutIn("en")
            .withScale(3, "thousand", "k")
            .withScale(6, "million", "millions", "mn", "mil")
            .withScale(9, "billion", "billions", "bn")
            .withMoney("pound", "pounds", "sterling")
            .withPercent("percent", "per cent", "pc", "pct")
            .withPercentPoints("percentage points", "percentage point", "pp")
            .withDuration(Duration.YEARS, "years", "year", "yrs", "yr")
            .withDuration(Duration.MONTHS, "months", "month")
            .withDuration(Duration.WEEKS, "weeks", "week", "wk")
            .withDuration(Duration.DAYS, "days", "day")
            .withPopulations("patients", "people", "population", "participants", "adults", "children", "cohort")
            .withDiscounts("discount", "rebate", "reduction")
            .withCounts("patients", "prescriptions", "people", "doses", "packs", "vials", "treatments", "cases",
                    "tablets", "adults", "children");
    static final List<BigDecimal> VAT = List.of(new BigDecimal("0.20"));

    private EnglandNumberWords() {
    }
}
