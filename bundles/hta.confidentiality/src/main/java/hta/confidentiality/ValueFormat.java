package hta.confidentiality;

import java.math.BigDecimal;

/**
 * How a memo writes a value a narrative refers to ({@code {"ref": "no-rhf-aup"}}): the jurisdiction's money and
 * number formats. The projection resolves references with it, so a template only ever sees text or an emptied
 * confidential run. Implementations are stateless and thread-safe.
 *
 * @since 0.4
 */
@FunctionalInterface
public interface ValueFormat {
    /** Plain digits and the unit, for callers without a jurisdiction (tests, tools). */
    ValueFormat PLAIN = (value, unit) -> value.toPlainString() + (unit == null ? ""
            : ReferencedValue.PERCENT.equals(unit) ? " %" : " " + unit);

    /**
     * @param value the value, never null
     * @param unit  an ISO 4217 currency code, {@link ReferencedValue#PERCENT}, a unit word such as {@code years},
     *              or null
     */
    String format(BigDecimal value, String unit);
}
