package hta.confidentiality;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the leak scanner needs to decide whether a text reveals a confidential value: the values, what a
 * reader already knows, the dossier's own derivations, the words of the memo language and the jurisdiction's
 * tolerance and VAT rates. Immutable.
 *
 * @param secrets      the confidential values (derived ones included)
 * @param publicValues values a reader may know
 * @param derivations  dossier-specific ways back to a confidential value (discount ↔ net price, budget sums …)
 * @param divisors     public numbers a writer divides or multiplies by (pack sizes, patients, durations)
 * @param words        the memo language's words
 * @param tolerance    how close a back-calculation must come, as a fraction (0.01 for ±1 %)
 * @param vatRates     VAT rates as fractions (0.25)
 * @param arithmetic   whether to look for the writer's arithmetic at all; false looks for written forms only
 * @since 0.4
 */
public record LeakModel(List<SecretValue> secrets, List<PublicValue> publicValues, List<Derivation> derivations,
                        List<BigDecimal> divisors, NumberWords words, BigDecimal tolerance, List<BigDecimal> vatRates,
                        boolean arithmetic) {
    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.01");

    public LeakModel {
        secrets = List.copyOf(secrets);
        publicValues = List.copyOf(publicValues);
        derivations = List.copyOf(derivations);
        divisors = List.copyOf(divisors);
        words = words == null ? NumberWords.NONE : words;
        tolerance = tolerance == null ? DEFAULT_TOLERANCE : tolerance;
        vatRates = List.copyOf(vatRates);
    }

    /** Written forms only, no arithmetic, no language words: what {@link LeakIndex#of(java.util.Collection, java.util.Collection)} used to do. */
    public static LeakModel writtenForms(List<SecretValue> secrets, List<PublicValue> publicValues, NumberWords words) {
        return new LeakModel(secrets, publicValues, List.of(), List.of(), words, DEFAULT_TOLERANCE, List.of(), false);
    }
}
