package hta.plugins.internal;

import hta.plugins.RemovalParticipant;
import java.util.Collection;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Asks the {@link RemovalParticipant}s (the workbench's open editors) before a plugin goes away. Only the
 * platform's participants are asked: those a plugin registers are hidden by the {@link ServiceGuard}, so no
 * plugin can stop another's removal.
 */
final class Participants {
    private final BundleContext context;

    Participants(BundleContext context) {
        this.context = context;
    }

    /** Why the {@code action} of {@code code} must not happen, in a sentence for the administrator; or empty. */
    Optional<String> veto(String action, String code) {
        Collection<ServiceReference<RemovalParticipant>> refs;
        try {
            refs = context.getServiceReferences(RemovalParticipant.class, null);
        } catch (InvalidSyntaxException e) {
            return Optional.empty();
        }
        for (ServiceReference<RemovalParticipant> ref : refs) {
            RemovalParticipant p = context.getService(ref);
            if (p == null) continue;
            try {
                Optional<String> veto = p.beforeRemoval(code);
                if (veto.isPresent()) return Optional.of("the " + action + " of '" + code + "' was stopped: " + veto.get());
            } finally {
                context.ungetService(ref);
            }
        }
        return Optional.empty();
    }
}
