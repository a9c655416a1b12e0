package hta.jurisdiction.testkit;

import hta.confidentiality.LeakFinding;
import hta.confidentiality.LeakIndex;
import hta.confidentiality.LeakModel;
import hta.confidentiality.NumberWords;
import hta.confidentiality.PublicValue;
import hta.confidentiality.SecretValue;
import java.math.BigDecimal;
import java.util.List;

/**
 * The leak scanner reading with a jurisdiction's own words, for a plugin's tests of how its memos' wordings are read:
 * which confidential values a sentence reveals, at a tolerance of 1 %, with the dossier's arithmetic on.
 *
 * <pre>{@code
 * WordsScan scan = WordsScan.of(MyNumberWords.WORDS, MyNumberWords.VAT,
 *         List.of(new SecretValue("agreed", new BigDecimal("19500000"), SecretValue.Kind.AMOUNT, "DKK")),
 *         List.of(new PublicValue("price:list", new BigDecimal("25000000"), SecretValue.Kind.AMOUNT)));
 * assertEquals(List.of("agreed"), scan.found("Regionerne betaler nitten millioner og en halv."));
 * }</pre>
 */
public final class WordsScan {
    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");
    private final LeakIndex index;

    private WordsScan(LeakIndex index) {
        this.index = index;
    }

    /**
     * @param words   the jurisdiction's number words
     * @param vat     its VAT rates (fractions: 0.25 for 25 %)
     * @param secrets the confidential values
     * @param publics the public values; a public price's id begins with {@code price:}
     */
    public static WordsScan of(NumberWords words, List<BigDecimal> vat, List<SecretValue> secrets, List<PublicValue> publics) {
        return new WordsScan(LeakIndex.of(new LeakModel(secrets, publics, List.of(), List.of(), words, TOLERANCE, vat, true)));
    }

    /** The ids of the confidential values {@code text} reveals, each once, in the order found. */
    public List<String> found(String text) {
        return index.scan("t", text).stream().map(LeakFinding::valueId).distinct().toList();
    }
}
