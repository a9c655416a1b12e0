package hta.workbench.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Says why a jurisdiction a dossier has a submission in is not installed — disabled by an administrator, not loaded
 * in safe mode, failed — in words the workbench's views show beside its code (registered as a service, e.g. by the
 * plugin administration). Without one, or when it does not know, the views say "plugin not installed". Called from
 * any thread (a background check of problems too); must be quick and thread-safe.
 *
 * @since 0.4
 */
@ConsumerType
public interface JurisdictionStatus {
    /** Why the jurisdiction {@code code} is not installed, e.g. {@code plugin disabled}; empty when not known. */
    Optional<String> whyMissing(String code);

    /**
     * The name of the jurisdiction {@code code} in words while its plugin is not installed, as the plugin
     * administration knows it (a disabled or failed plugin's name, one offered in the plugin repository), e.g.
     * {@code Norway}; empty when not known.
     *
     * @since 0.7
     */
    default Optional<String> name(String code) {
        return Optional.empty();
    }

    /**
     * What the writer can do to have the jurisdiction {@code code} back, in words that complete "To edit, check or
     * export this submission, …", e.g. {@code enable its plugin in the Plugins view (Installed tab)}; empty when not
     * known.
     *
     * @since 0.7
     */
    default Optional<String> remedy(String code) {
        return Optional.empty();
    }

    /**
     * Who signed the installed plugin of the jurisdiction {@code code} and whether this installation trusts them,
     * in words, as Help › About lists it, e.g. {@code HTA Workbench build (signed by a trusted signer)}; empty when
     * not known.
     *
     * @since 0.8
     */
    default Optional<String> signer(String code) {
        return Optional.empty();
    }
}
