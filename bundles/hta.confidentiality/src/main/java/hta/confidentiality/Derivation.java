package hta.confidentiality;

import java.math.BigDecimal;

/**
 * One way a reader recovers a confidential value from a printed quantity, particular to the dossier: the printed
 * quantity x relates to the confidential value s as {@code x = slope × s + offset}, with slope and offset made
 * of public values (a discount from the list price L: {@code x = −100/L × s + 100}). The scanner adds the
 * operations that need no dossier knowledge itself (VAT, per month/week/day, multiples, per pack or patient).
 *
 * @param secretId the confidential value's id
 * @param form     the derivation in words, for the finding ("discount from the list price", "list price − net")
 * @param slope    factor on the confidential value; never zero
 * @param offset   constant added
 * @param printed  how the result is written: {@link SecretValue.Kind#PERCENTAGE} for a percentage, otherwise an
 *                 amount or number
 * @param currency the ISO 4217 code of an amount's currency (the list price's, the budget's), or null (since 0.6)
 * @since 0.4
 */
public record Derivation(String secretId, String form, BigDecimal slope, BigDecimal offset, SecretValue.Kind printed,
                         String currency) {
    /** A derivation whose result's currency is not known (it is then never compared across currencies). */
    public Derivation(String secretId, String form, BigDecimal slope, BigDecimal offset, SecretValue.Kind printed) {
        this(secretId, form, slope, offset, printed, null);
    }

    public Derivation {
        if (slope == null || slope.signum() == 0) throw new IllegalArgumentException("a derivation needs a slope other than 0");
        offset = offset == null ? BigDecimal.ZERO : offset;
    }
}
