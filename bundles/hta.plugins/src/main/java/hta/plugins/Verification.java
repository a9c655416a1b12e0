package hta.plugins;

import java.nio.file.Path;
import java.util.List;

/**
 * What checking a plugin jar found, before anything is installed: identity from the manifest, the signature,
 * and whether it fits this workbench's jurisdiction contract.
 *
 * @param file            the jar
 * @param code            the jurisdiction code it declares, or {@code null} when it declares none
 * @param name            Bundle-Name
 * @param symbolicName    Bundle-SymbolicName
 * @param version         Bundle-Version
 * @param vendor          Bundle-Vendor, or {@code null}
 * @param contractVersion the contract version it declares, or {@code null}
 * @param trust           signature outcome
 * @param signer          the signer's common name, or {@code null} when unsigned
 * @param trustDetail     the signature outcome in a sentence naming the jar (and the entry, when tampered)
 * @param problems        reasons it can never be installed here (not a plugin, unreadable, incompatible,
 *                        tampered); empty when there are none
 */
public record Verification(Path file, String code, String name, String symbolicName, String version,
                           String vendor, String contractVersion, Trust trust, String signer, String trustDetail,
                           List<String> problems) {

    /** Whether nothing but (possibly) the trust policy stands in the way. */
    public boolean installable() {
        return problems.isEmpty();
    }

    /** Whether the policy alone accepts it; {@link TrustPolicy#ASK} needs an answer from the caller. */
    public boolean acceptedBy(TrustPolicy policy) {
        if (!installable()) return false;
        return switch (trust) {
            case TRUSTED, BUNDLED -> true;
            case UNSIGNED, UNTRUSTED_SIGNER -> policy == TrustPolicy.ALLOW_UNSIGNED;
            case TAMPERED, INVALID -> false;
        };
    }

    /** One line for administrators: the first problem, or the trust outcome. */
    public String summary() {
        return problems.isEmpty() ? trustDetail : problems.get(0);
    }
}
