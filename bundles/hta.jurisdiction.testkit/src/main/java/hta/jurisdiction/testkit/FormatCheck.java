package hta.jurisdiction.testkit;

import hta.jurisdiction.Formats;
import hta.jurisdiction.Jurisdiction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Format round-trips: numbers, amounts and dates as the jurisdiction writes them read back as the value they were
 * written from. A number is read with the decimal mark the jurisdiction uses (found from how it writes a fraction)
 * and any grouping; an amount must carry its currency; a date must read back with one pattern in the jurisdiction's
 * locale for every day of a sample spanning every month (so day and month are never swapped or lost). Page labels
 * must name the page. Stateless.
 */
public final class FormatCheck {
    static final List<BigDecimal> NUMBERS = List.of(new BigDecimal("0"), new BigDecimal("7.5"), new BigDecimal("12"),
            new BigDecimal("999"), new BigDecimal("1000"), new BigDecimal("43028738"), new BigDecimal("1234567.89"),
            new BigDecimal("-1234.5"), new BigDecimal("0.125"), new BigDecimal("1000000"), new BigDecimal("-0.5"));
    /** Patterns a memo writes dates in; one of them must read back every date of the sample. */
    static final List<String> DATE_PATTERNS = List.of("dd.MM.yyyy", "d.M.yyyy", "dd.MM.yy", "d. MMMM yyyy",
            "d MMMM yyyy", "dd MMMM yyyy", "MMMM d, yyyy", "d MMM yyyy", "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd",
            "dd-MM-yyyy", "d. MMM yyyy", "d.MMMM yyyy", "dd. MMMM yyyy", "d'.' MMMM yyyy");

    private FormatCheck() {
    }

    public static List<String> check(Jurisdiction j) {
        List<String> problems = new ArrayList<>();
        Formats f = j.formats();
        char decimal = decimalMark(f.number(new BigDecimal("1.25")));
        for (BigDecimal v : NUMBERS) {
            String written = f.number(v);
            BigDecimal read = read(written, decimal);
            if (read == null || read.compareTo(v) != 0) {
                problems.add("number " + v.toPlainString() + " is written '" + written + "', which reads back as " + read);
            }
            String code = j.currency().getCurrencyCode();
            String symbol = j.currency().getSymbol(j.locale());
            String money = f.money(v, code);
            BigDecimal readMoney = read(money.replace(code, " ").replace(symbol, " "), decimal);
            if (!money.contains(code) && !money.contains(symbol)) {
                problems.add("amount " + v.toPlainString() + " " + code + " is written '" + money + "' without its currency");
            }
            if (readMoney == null || readMoney.compareTo(v) != 0) {
                problems.add("amount " + v.toPlainString() + " " + code + " is written '" + money + "', which reads back as " + readMoney);
            }
        }
        dates(problems, "short", j.locale(), f::shortDate);
        dates(problems, "long", j.locale(), f::longDate);
        String page = f.pageNumber(3, 17);
        if (!page.contains("3") || !page.contains("17")) problems.add("page 3 of 17 is written '" + page + "'");
        return problems;
    }

    /** The mark before the fraction of a written 1.25, e.g. {@code ,} in Norway. */
    private static char decimalMark(String written) {
        int i = written.lastIndexOf("25");
        return i > 0 ? written.charAt(i - 1) : '.';
    }

    /** The number in {@code written}: digits, one decimal mark, any grouping, a minus of any kind; else null. */
    static BigDecimal read(String written, char decimal) {
        StringBuilder sb = new StringBuilder();
        boolean negative = false;
        for (char c : written.toCharArray()) {
            if (Character.isDigit(c)) {
                sb.append(c);
            } else if (c == decimal && !sb.isEmpty()) {
                sb.append('.');
            } else if ((c == '-' || c == '\u2212' || c == '\u2013') && sb.isEmpty()) {
                negative = true;
            } else if (Character.isLetter(c) && !sb.isEmpty()) {
                break; // a unit or currency after the number
            }
        }
        try {
            BigDecimal v = new BigDecimal(sb.toString());
            return negative ? v.negate() : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private interface DateWriter {
        String write(LocalDate d);
    }

    private static void dates(List<String> problems, String which, Locale locale, DateWriter writer) {
        List<LocalDate> sample = new ArrayList<>();
        for (int m = 1; m <= 12; m++) sample.add(LocalDate.of(2025, m, m == 2 ? 28 : m + 3));
        sample.add(LocalDate.of(2031, 1, 31));
        sample.add(LocalDate.of(2024, 2, 29));
        Set<String> seen = new HashSet<>();
        for (LocalDate d : sample) {
            if (!seen.add(writer.write(d))) problems.add("the " + which + " date form writes two days the same: '" + writer.write(d) + "'");
        }
        for (String pattern : DATE_PATTERNS) {
            DateTimeFormatter p = DateTimeFormatter.ofPattern(pattern, locale);
            if (sample.stream().allMatch(d -> readsBack(p, writer.write(d), d))) return;
        }
        problems.add("the " + which + " date form ('" + writer.write(sample.get(9)) + "' for " + sample.get(9)
                + ") reads back with none of the usual patterns in " + locale.toLanguageTag());
    }

    private static boolean readsBack(DateTimeFormatter p, String written, LocalDate d) {
        try {
            return LocalDate.parse(written.replace('\u00A0', ' '), p).equals(d);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
