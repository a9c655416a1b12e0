package hta.confidentiality;

import java.math.BigDecimal;

/**
 * A value of the dossier every reader may know (a list price, a patient number, a public figure). A printed
 * quantity that is a rendering of one reveals nothing new.
 *
 * @param key   where it lives ({@code price:<id>}, {@code figure:<id>}, {@code patients:1} …)
 * @param value the value
 * @param kind  how it is written (a percentage, an amount or another number); null when unknown
 * @since 0.4
 */
public record PublicValue(String key, BigDecimal value, SecretValue.Kind kind) {
}
