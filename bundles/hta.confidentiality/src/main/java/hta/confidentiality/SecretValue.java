package hta.confidentiality;

import java.math.BigDecimal;

/**
 * A confidential value the leak scanner looks for.
 *
 * @param id    where the value lives in the dossier, e.g. a price id; used in findings instead of the value
 * @param value the value itself; never printed
 * @param kind  how it is usually written
 * @param unit  the figure's unit ({@code NOK}, {@code years}, {@code percent} …) or null; a value written with
 *              fewer than three significant digits (e.g. {@code 9,6}) is only reported when a word of this unit
 *              follows it ({@code 9,6 år})
 */
public record SecretValue(String id, BigDecimal value, Kind kind, String unit) {
    public enum Kind { AMOUNT, PERCENTAGE, NUMBER }

    public SecretValue(String id, BigDecimal value, Kind kind) {
        this(id, value, kind, null);
    }

    @Override
    public String toString() {
        // never reveal the value in logs or messages
        return "SecretValue[" + id + "]";
    }
}
