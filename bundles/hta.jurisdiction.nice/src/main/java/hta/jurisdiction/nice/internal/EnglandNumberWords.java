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
            .withDuration(Duration.YEARS, "years", "year", "yrs", "yr", "annum")
            .withDuration(Duration.MONTHS, "months", "month", "mth", "mths", "mo")
            .withDuration(Duration.WEEKS, "weeks", "week", "wk", "wks")
            .withDuration(Duration.DAYS, "days", "day")
            // a rate: "a month", "per annum", "pcm", "p.a.", "/month", "monthly"
            .withPer("per", "a", "an", "each", "every")
            .withPeriod(Duration.MONTHS, "pcm", "monthly", "p.c.m")
            .withPeriod(Duration.YEARS, "p.a", "pa", "annually", "yearly", "per annum")
            .withPeriod(Duration.WEEKS, "weekly", "pw", "p.w")
            .withPeriod(Duration.DAYS, "daily")
            // plurals after a numerator ("two thirds", "three-quarters"); a singular needs "a" or "one" before it,
            // since "the third year" and "the first quarter" are no fractions
            .withFraction(2, "half", "halves", "a half", "one half")
            .withFraction(3, "thirds", "a third", "one third")
            .withFraction(4, "quarters", "a quarter", "one quarter", "fourths", "a fourth", "one fourth")
            .withFraction(5, "fifths", "a fifth", "one fifth")
            .withFraction(6, "sixths", "a sixth", "one sixth")
            .withFraction(8, "eighths", "an eighth", "one eighth")
            .withFraction(10, "tenths", "a tenth", "one tenth")
            .withPopulations("patients", "people", "population", "participants", "adults", "children", "cohort",
                    "residents", "inhabitants", "individuals", "women", "men", "citizens", "users", "households")
            .withDiscounts("discount", "rebate", "reduction")
            .withCounts("patients", "prescriptions", "people", "doses", "packs", "vials", "treatments", "cases",
                    "tablets", "adults", "children", "persons", "individuals", "inhabitants", "residents", "citizens",
                    "women", "men", "users", "participants", "households", "admissions", "consultations", "visits",
                    "procedures", "operations", "Scots", "Britons", "lives", "births", "deaths", "bed-days",
                    "life-years", "patient-years", "person-years", "QALYs", "subjects", "carers", "beneficiaries",
                    // singulars too: a title cut short ("45 million prescription…") still says what is counted
                    "patient", "prescription", "person", "dose", "pack", "vial", "treatment", "tablet", "adult", "child",
                    "inhabitant", "resident", "individual", "participant", "user", "household", "admission");
    static final List<BigDecimal> VAT = List.of(new BigDecimal("0.20"));

    private EnglandNumberWords() {
    }
}
