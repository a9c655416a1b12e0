package hta.testplugin;

import hta.plugins.RemovalParticipant;
import java.util.Optional;
import org.osgi.framework.BundleContext;

/**
 * The "veto-removal" behaviour: a plugin that tries to stop the removal of every other plugin with a message of
 * its choosing. Loaded only for that behaviour (the other test plugins do not import the plugins API).
 */
final class Veto {
    private Veto() {
    }

    static void register(BundleContext context) {
        RemovalParticipant veto = code -> Optional.of("Testland forbids removing " + code);
        context.registerService(RemovalParticipant.class, veto, null);
    }
}
