package hta.confidentiality;

import hta.dossier.Classification;
import hta.dossier.PriceKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A jurisdiction's confidentiality practice: which kinds of price are confidential there, which
 * classifications it uses, and how a redaction looks in its public documents.
 */
@ConsumerType
public interface ConfidentialityPolicy {
    /** See {@link #storedOnly()}. */
    ConfidentialityPolicy STORED_ONLY = new ConfidentialityPolicy() {
        @Override
        public Set<PriceKind> confidentialPriceKinds() {
            return Set.of();
        }

        @Override
        public RedactionMark redactionMark() {
            return RedactionMark.blank();
        }
    };

    /** Price kinds that are confidential in this jurisdiction whatever the dossier says. */
    Set<PriceKind> confidentialPriceKinds();

    /** How redacted values are shown in public documents. */
    RedactionMark redactionMark();

    /**
     * The policy of a jurisdiction whose plugin is not installed: only what the dossier itself marks confidential
     * is, and a redaction leaves the place blank.
     *
     * @since 0.4
     */
    static ConfidentialityPolicy storedOnly() {
        return STORED_ONLY;
    }

    /** The classifications this jurisdiction distinguishes; public and confidential by default. */
    default Set<Classification> classificationsUsed() {
        return Set.of(Classification.PUBLIC, Classification.CONFIDENTIAL);
    }

    /**
     * How the jurisdiction's memos write quantities (scale, currency, percent, duration and population words, the
     * languages of spelled-out numbers). By default none: the leak scanner's language-independent fallback alone,
     * which a plugin built for an older contract keeps.
     *
     * @since 0.4
     */
    default NumberWords numberWords() {
        return NumberWords.NONE;
    }

    /**
     * How close a reader's back-calculation must come to a confidential value for the public memo to count as
     * revealing it, as a fraction (0.01: within ±1 %, the default).
     *
     * @since 0.4
     */
    default BigDecimal backCalculationTolerance() {
        return new BigDecimal("0.01");
    }

    /**
     * The value-added tax rates a reader may add to or take out of a price, as fractions (0.25 for 25 %); none by
     * default.
     *
     * @since 0.4
     */
    default List<BigDecimal> vatRates() {
        return List.of();
    }
}
