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
}
