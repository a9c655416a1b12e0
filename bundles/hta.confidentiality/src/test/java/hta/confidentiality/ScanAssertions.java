package hta.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Harmful and harmless twins against one index: what is caught names the value, what passes finds nothing. */
final class ScanAssertions {
    private final LeakIndex index;

    ScanAssertions(LeakIndex index) {
        this.index = index;
    }

    /**
     * An index over these values, public values, derivations and divisors, in every memo language's words, with the
     * VAT rates {@code vat} (comma-separated).
     */
    static ScanAssertions of(List<SecretValue> secrets, List<PublicValue> publics, List<Derivation> derivations,
                             List<String> divisors, String vat) {
        List<BigDecimal> d = new ArrayList<>();
        for (String s : divisors) d.add(new BigDecimal(s));
        return new ScanAssertions(LeakIndex.of(new LeakModel(secrets, publics, derivations, d, TestWords.NORDIC_AND_ENGLISH,
                new BigDecimal("0.01"), java.util.Arrays.stream(vat.split(",")).map(BigDecimal::new).toList(), true)));
    }

    /**
     * The outside probes' model: the demo gene therapy's confidential prices in five countries (Norway's agreed
     * price and comparator cost, England's discount, Scotland's PAS price, Sweden's and Denmark's net prices, and how
     * far each price lies below its list price), their public list prices and shares, and {@code more} secrets; VAT
     * 25 %.
     */
    static ScanAssertions fiveCountries(SecretValue... more) {
        List<SecretValue> secrets = new ArrayList<>(List.of(amount("no-agreed", "29950000", "NOK"),
                amount("no-comparator", "3120000", "NOK"),
                new SecretValue("uk-discount", new BigDecimal("27"), SecretValue.Kind.PERCENTAGE, "percent"),
                amount("smc-pas", "2100000", "GBP"), amount("se-net", "24500000", "SEK"), amount("dk-saip", "19500000", "DKK"),
                // what each confidential price lies below its list price, as the dossier's analysis adds it
                amount("no-agreed:below", "13078738", "NOK"), amount("smc-pas:below", "500000", "GBP"),
                amount("se-net:below", "8500000", "SEK"), amount("dk-saip:below", "5500000", "DKK")));
        secrets.addAll(List.of(more));
        return of(secrets, List.of(listPrice("no-list", "43028738"), listPrice("uk-list", "2600000"),
                        listPrice("se-list", "33000000"), listPrice("dk-aip", "25000000")),
                List.of(share("no-agreed", "43028738"), share("se-net", "33000000"), share("dk-saip", "25000000"),
                        share("smc-pas", "2600000"),
                        new Derivation("uk-discount", "list price × (1 − discount), the net price",
                                new BigDecimal("-26000"), new BigDecimal("2600000"), SecretValue.Kind.AMOUNT)),
                List.of(), "0.25");
    }

    static SecretValue amount(String id, String value, String currency) {
        return new SecretValue(id, new BigDecimal(value), SecretValue.Kind.AMOUNT, currency);
    }

    /** A confidential price as a percentage of a public one {@code of}, as the dossier derives it. */
    static Derivation share(String id, String of) {
        return new Derivation(id, "the price as a share of the public price",
                new BigDecimal(100).divide(new BigDecimal(of), java.math.MathContext.DECIMAL64), BigDecimal.ZERO,
                SecretValue.Kind.PERCENTAGE);
    }

    static PublicValue listPrice(String id, String value) {
        return new PublicValue("price:" + id, new BigDecimal(value), SecretValue.Kind.AMOUNT);
    }

    List<String> forms(String text) {
        return index.scan("t", text).stream().map(f -> f.valueId() + ": " + f.form()).distinct().collect(Collectors.toList());
    }

    List<String> found(String text) {
        return index.scan("t", text).stream().map(LeakFinding::valueId).distinct().collect(Collectors.toList());
    }

    void caught(String id, String... texts) {
        for (String text : texts) assertTrue(found(text).contains(id), "«" + text + "» found " + found(text));
    }

    /** Each text is refused, naming whichever confidential value. */
    void refused(String... texts) {
        for (String text : texts) assertTrue(!found(text).isEmpty(), "«" + text + "» found nothing");
    }

    void passed(String... texts) {
        for (String text : texts) assertEquals(List.of(), found(text), "«" + text + "»");
    }
}
