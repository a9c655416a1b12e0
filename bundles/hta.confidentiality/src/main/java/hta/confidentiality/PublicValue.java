package hta.confidentiality;

import java.math.BigDecimal;

/**
 * A value of the dossier every reader may know (a list price, a patient number, a public figure). A printed
 * quantity that is a rendering of one reveals nothing new.
 *
 * @param key   where it lives ({@code price:<id>}, {@code figure:<id>}, {@code patients:1} …)
 * @param value the value
 * @param kind  how it is written (a percentage, an amount or another number); null when unknown
 * @param currency the ISO code of an amount's currency (a public price's), null when unknown or none: another
 *                 country's public price at the rate a sentence prints is a reader's arithmetic too (since 0.13)
 * @since 0.4
 */
public record PublicValue(String key, BigDecimal value, SecretValue.Kind kind, String currency) {
    /** A public value whose currency is not known. */
    public PublicValue(String key, BigDecimal value, SecretValue.Kind kind) {
        this(key, value, kind, null);
    }
}
