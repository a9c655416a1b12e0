package hta.jurisdiction;

import hta.jurisdiction.memo.MemoDocument;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * {@link Formats} put together from a jurisdiction's separators, date patterns, money layout and page labels,
 * so that each jurisdiction states only how it writes things, not how to format them. A number keeps the
 * decimals it was given ({@code 7.5} → {@code 7,5}, {@code 43028738.50} → {@code 43.028.738,50}) because the
 * memos write amounts with or without decimals as their source does. Immutable and thread-safe (number
 * formatters are created per call).
 *
 * @since 1.1
 */
public final class StandardFormats implements Formats {
    /** Places a formatted number and a currency code, e.g. {@code (n, c) -> n + "\u00A0" + c}. */
    @FunctionalInterface
    @ConsumerType
    public interface MoneyLayout {
        String layout(String number, String currency);
    }

    private final Locale locale;
    private final char grouping;
    private final char decimal;
    private final char minus;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter longDate;
    private final MoneyLayout money;
    private final MemoDocument.PageLabels pages;

    /**
     * @param locale           the locale whose month names the long date uses
     * @param grouping         thousands separator, e.g. U+00A0 in Norway and Sweden, {@code .} in Denmark
     * @param decimal          decimal mark
     * @param minus            minus sign, e.g. U+2212 where the language writes it
     * @param shortDatePattern e.g. {@code dd.MM.yyyy}
     * @param longDatePattern  e.g. {@code d. MMMM yyyy}
     * @param money            how an amount and its currency are put together
     * @param pages            how page numbers are written
     */
    public StandardFormats(Locale locale, char grouping, char decimal, char minus, String shortDatePattern,
                           String longDatePattern, MoneyLayout money, MemoDocument.PageLabels pages) {
        this.locale = locale;
        this.grouping = grouping;
        this.decimal = decimal;
        this.minus = minus;
        this.shortDate = DateTimeFormatter.ofPattern(shortDatePattern, locale);
        this.longDate = DateTimeFormatter.ofPattern(longDatePattern, locale);
        this.money = money;
        this.pages = pages;
    }

    public Locale locale() {
        return locale;
    }

    @Override
    public String number(BigDecimal value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(locale);
        symbols.setGroupingSeparator(grouping);
        symbols.setDecimalSeparator(decimal);
        symbols.setMinusSign(minus);
        DecimalFormat f = new DecimalFormat("#,##0", symbols);
        int decimals = Math.max(0, Math.min(value.scale(), 6));
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(value);
    }

    @Override
    public String money(BigDecimal amount, String currency) {
        return money.layout(number(amount), currency);
    }

    @Override
    public String shortDate(LocalDate date) {
        return shortDate.format(date);
    }

    @Override
    public String longDate(LocalDate date) {
        return longDate.format(date);
    }

    @Override
    public String pageNumber(int page, int pageCount) {
        return pages.label(page, pageCount);
    }
}
