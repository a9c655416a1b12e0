package hta.jurisdiction.smc.internal;

import hta.confidentiality.NumberWords;
import hta.confidentiality.NumberWords.Duration;
import hta.confidentiality.ProseWords;
import java.math.BigDecimal;
import java.util.List;

/**
 * How memos in British English write quantities, for the leak scanner; spelled-out numbers come from ICU data for
 * en. VAT on medicines is 20 % (the standard rate; a reader adds or removes it).
 */
final class ScottishNumberWords {
    static final NumberWords WORDS = NumberWords.spelledOutIn("en")
            .withScale(3, "thousand", "k", "grand", "thou")
            .withScale(6, "million", "millions", "mn", "mil", "mill", "mln")
            .withScale(9, "billion", "billions", "bn", "bln")
            .withMoney("pound", "pounds", "sterling")
            // "pays 81p in the pound": a percentage of the list price
            .withHundredths("GBP", "p", "pence", "penny")
            // "73 cents on the dollar", the idiom for a share whatever the currency (eleventh probe)
            .withHundredths("USD", "cent", "cents")
            .withPercent("percent", "per cent", "pc", "pct", "p.c") // "73 p.c." (thirteenth probe)
            .withPercentPoints("percentage points", "percentage point", "pp", "points", "point") // "the 27-point cut" (eleventh probe)
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
            // "the remaining quarter of the total" (fourteenth probe); "quarter" alone is a period as often
            .withFraction(4, "quarters", "a quarter", "one quarter", "fourths", "a fourth", "one fourth",
                    "remaining quarter")
            .withFraction(5, "fifths", "a fifth", "one fifth")
            .withFraction(6, "sixths", "a sixth", "one sixth")
            .withFraction(8, "eighths", "an eighth", "one eighth")
            .withFraction(10, "tenths", "a tenth", "one tenth")
            .withFraction(7, "sevenths", "a seventh", "one seventh")
            .withFraction(9, "ninths", "a ninth", "one ninth")
            .withFraction(100, "hundredths", "a hundredth", "one hundredth")
            .withFraction(1000, "per mille", "permille", "per mil", "per thousand", "in every thousand")
            .withFraction(10_000, "basis points", "basis point", "bps")
            .withDuration(Duration.FORTNIGHTS, "fortnight", "fortnights")
            .withDuration(Duration.HALF_YEARS, "half-year", "half-years")
            .withPeriod(Duration.FORTNIGHTS, "fortnightly")
            .withPeriod(Duration.HALF_YEARS, "semi-annually", "semiannually", "half-yearly", "biannually", "six-monthly")
            .withPopulations("patients", "people", "population", "participants", "adults", "children", "cohort",
                    "residents", "inhabitants", "individuals", "women", "men", "citizens", "users", "households")
            .withDiscounts("discount", "rebate", "reduction")
            // names of the prices kept confidential (JURISDICTIONS.md: Patient Access Scheme discounts): a precise
            // figure in a sentence that names one is taken as computed from it (issue 14, fifth probe)
            .withConfidentialPrices("PAS", "patient access scheme", "PAS price", "PAS discount", "net price",
                    "simple discount", "confidential discount", "confidential price", "discounted price",
                    "commercial arrangement", "commercial access agreement")
            // the prose around a number (issue 14, fourth probe): another currency, a printed exchange rate, hedges,
            // free goods, ordinals ("every third week"), treatment cycles, VAT, and costs named by their period
            .withCurrency("EUR", "euro", "euros")
            .withCurrency("USD", "dollar", "dollars")
            .withCurrency("SEK", "kronor")
            .withExchangeRateWords("exchange rate", "exchange rates", "conversion rate", "fx rate")
            .withHedge(ProseWords.Hedge.ABOUT, "roughly", "about", "around", "approximately", "approx", "circa",
                    "some", "in the region of", "of the order of", "an estimated")
            .withHedge(ProseWords.Hedge.UNDER, "just under", "nearly", "almost", "just below", "a little under",
                    "just shy of", "shy of", "a shade under", "a touch under",
                    "slightly under", "slightly below", "not quite")
            .withHedge(ProseWords.Hedge.OVER, "just over", "a little over", "slightly over", "just above",
                    "slightly above", "a shade over")
            .withFreeGoods("free", "complimentary", "gratis")
            .withOrdinal(2, "second").withOrdinal(3, "third").withOrdinal(4, "fourth").withOrdinal(5, "fifth")
            .withOrdinal(6, "sixth").withOrdinal(7, "seventh").withOrdinal(8, "eighth").withOrdinal(9, "ninth")
            .withOrdinal(10, "tenth").withOrdinal(12, "twelfth")
            .withNumber(12, "dozen").withNumber(2, "couple", "pair", "twice", "double", "twofold")
            .withNumber(3, "thrice", "triple", "threefold")
            .withCycles("cycle", "cycles", "treatment cycle", "treatment cycles")
            .withDuration(Duration.HOURS, "hours", "hour") // "356 kroner i timen" (eleventh probe)
            .withRatioWords("to", "against", "versus", "vs") // "som 10 til 7": a share (eleventh probe)
            // "£5.93 a minute", "over a decade" (twelfth probe)
            .withDuration(Duration.MINUTES, "minute", "minutes", "mins")
            .withDuration(Duration.QUARTER_HOURS, "quarter-hour", "quarter-hours") // "£88.98 per quarter-hour
            .withDuration(Duration.DECADES, "decade", "decades")
            .withVatWords("vat")
            .withPeriod(Duration.YEARS, "annual", "annualised", "annualized", "patient-year")
            .withCounts("times", // a multiple in words: "the list price plus three times what Boards pay"
                    "patients", "prescriptions", "people", "doses", "packs", "vials", "treatments", "cases",
                    "tablets", "adults", "children", "persons", "individuals", "inhabitants", "residents", "citizens",
                    "women", "men", "users", "participants", "households", "admissions", "consultations", "visits",
                    "procedures", "operations", "Scots", "Britons", "lives", "births", "deaths", "bed-days",
                    "life-years", "patient-years", "person-years", "QALYs", "subjects", "carers", "beneficiaries",
                    // parts of a payment, and what is given: "for each of three instalments" (fourteenth probe)
                    "instalments", "installments", "working days", "workdays", "treatment days", "payments", "tranches", "infusions", "injections", "ampoules",
                    // singulars too: a title cut short ("45 million prescription…") still says what is counted
                    "patient", "prescription", "person", "dose", "pack", "vial", "treatment", "tablet", "adult", "child",
                    "inhabitant", "resident", "individual", "participant", "user", "household", "admission");
    static final List<BigDecimal> VAT = List.of(new BigDecimal("0.20"));

    private ScottishNumberWords() {
    }
}
