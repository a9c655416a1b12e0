package hta.confidentiality;

import hta.dossier.Classification;
import hta.dossier.PriceKind;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A jurisdiction's confidentiality practice: which kinds of price are confidential there, which
 * classifications it uses, and how a redaction looks in its public documents.
 */
@ConsumerType
public interface ConfidentialityPolicy {

    /** Price kinds that are confidential in this jurisdiction whatever the dossier says. */
    Set<PriceKind> confidentialPriceKinds();

    /** How redacted values are shown in public documents. */
    RedactionMark redactionMark();

    /** The classifications this jurisdiction distinguishes; public and confidential by default. */
    default Set<Classification> classificationsUsed() {
        return Set.of(Classification.PUBLIC, Classification.CONFIDENTIAL);
    }
}
