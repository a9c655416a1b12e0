package hta.jurisdiction;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.osgi.annotation.versioning.ConsumerType;

/** Numbers, money, dates and page numbers as a jurisdiction writes them. Thread-safe. */
@ConsumerType
public interface Formats {
    /** A plain number, e.g. {@code 7,5} in Norway. */
    String number(BigDecimal value);

    /** An amount of money, e.g. {@code 43 028 738 NOK}. */
    String money(BigDecimal amount, String currency);

    /** The short date form, e.g. {@code 05.05.2025}. */
    String shortDate(LocalDate date);

    /** The long date form, e.g. {@code 22. oktober 2025}. */
    String longDate(LocalDate date);

    /** A page number, e.g. {@code Side 2 av 5} or {@code 8 (22)}. */
    String pageNumber(int page, int pageCount);
}
