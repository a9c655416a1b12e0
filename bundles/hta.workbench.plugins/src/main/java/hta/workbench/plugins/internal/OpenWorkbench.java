package hta.workbench.plugins.internal;

import hta.plugins.PluginManager;
import hta.plugins.RemovalParticipant;
import hta.workbench.api.WorkbenchSite;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * While the workbench window is open (its {@link WorkbenchSite} is registered) and a plugin manager runs: plugin
 * failures go to the Error Log — those of this run before the window opened too ({@link PluginFailureLog}) — and
 * open editors are asked before a jurisdiction plugin goes ({@link OpenEditorsParticipant}, registered as a
 * {@link RemovalParticipant}). Both end with the window or the manager.
 */
@Component(immediate = true)
public final class OpenWorkbench {
    private final PluginFailureLog failures;
    private final ServiceRegistration<RemovalParticipant> participant;

    @Activate
    public OpenWorkbench(@Reference WorkbenchSite site, @Reference PluginManager manager, BundleContext context) {
        failures = new PluginFailureLog(manager, site::logError);
        participant = context.registerService(RemovalParticipant.class, new OpenEditorsParticipant(site), null);
    }

    @Deactivate
    void deactivate() {
        failures.close();
        try {
            participant.unregister();
        } catch (IllegalStateException alreadyGone) {
            // unregistered with this bundle
        }
    }
}
