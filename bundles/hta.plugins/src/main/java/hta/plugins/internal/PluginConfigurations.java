package hta.plugins.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationPlugin;

/**
 * Settings scoped per plugin. The real Configuration Admin service keeps every bundle's configuration and, without a
 * security manager, enforces none of its permissions; so plugins never see it ({@link ServiceGuard}). Instead:
 * <ul>
 * <li>each plugin bundle gets its own {@link ScopedConfigurationAdmin} from this service factory (registered with
 * {@link #SCOPED}; only plugins see it): its own configurations, read-only — which is all the component runtime
 * needs to hand a jurisdiction its settings;</li>
 * <li>as a {@link ConfigurationPlugin} ({@link #modifyConfiguration}) it empties what the configuration service delivers to a plugin for a PID that
 * is not the plugin's own (a component declaring another country's configuration PID, a managed service asking for
 * it): the delivery paths that do not go through the service the plugin sees.</li>
 * </ul>
 */
final class PluginConfigurations implements ServiceFactory<ConfigurationAdmin> {
    /** The property that marks the scoped service, visible to plugins only. */
    static final String SCOPED = "hta.plugins.scoped";
    /** Properties a delivery keeps for a PID that is not the plugin's own: only what names it. */
    private static final List<String> NAMING = List.of(Constants.SERVICE_PID, "service.factoryPid",
            "service.bundleLocation");

    private final BundleContext own;
    private final PluginBundles plugins;
    private volatile ServiceReference<ConfigurationAdmin> realRef;
    private volatile ConfigurationAdmin real;

    PluginConfigurations(BundleContext own, PluginBundles plugins) {
        this.own = own;
        this.plugins = plugins;
    }

    /** Registers the scoped service and the delivery filter; both end with the returned registrations. */
    List<ServiceRegistration<?>> register() {
        Hashtable<String, Object> scoped = new Hashtable<>();
        scoped.put(SCOPED, Boolean.TRUE);
        scoped.put(Constants.SERVICE_DESCRIPTION, "a plugin's own configurations, read-only");
        Hashtable<String, Object> filter = new Hashtable<>();
        // the highest ranking whose changes count: the configuration service hands a plugin ranked outside 0-1000 an
        // unmodifiable copy (the specification's convention), so it would empty nothing
        filter.put(ConfigurationPlugin.CM_RANKING, 1000);
        return List.of(own.registerService(ConfigurationAdmin.class.getName(), this, scoped),
                // not this object: registered as it is, the framework would call it as the factory of both services
                own.registerService(ConfigurationPlugin.class, this::modifyConfiguration, filter));
    }

    @Override
    public ConfigurationAdmin getService(Bundle bundle, ServiceRegistration<ConfigurationAdmin> registration) {
        // a platform bundle that reaches this (it is hidden from them) gets a scope of nothing
        String code = plugins.isPlugin(bundle) ? plugins.codeOf(bundle) : null;
        return new ScopedConfigurationAdmin(code, this::real);
    }

    @Override
    public void ungetService(Bundle bundle, ServiceRegistration<ConfigurationAdmin> registration,
                             ConfigurationAdmin service) {
        // nothing held per bundle
    }

    /** As a {@link ConfigurationPlugin}: what a plugin is handed of a configuration not its own is emptied. */
    void modifyConfiguration(ServiceReference<?> reference, Dictionary<String, Object> properties) {
        Bundle consumer = reference == null ? null : reference.getBundle();
        if (consumer == null || !plugins.isPlugin(consumer)) return;
        Object pid = properties.get(Constants.SERVICE_PID);
        Object factoryPid = properties.get("service.factoryPid");
        if (ConfigurationScope.owns(plugins.codeOf(consumer), pid == null ? null : pid.toString(),
                factoryPid == null ? null : factoryPid.toString())) {
            return;
        }
        for (String key : java.util.Collections.list(properties.keys())) {
            if (!NAMING.contains(key)) properties.remove(key);
        }
    }

    /** The framework's Configuration Admin service (not this one), held while it stays registered. */
    private ConfigurationAdmin real() {
        ServiceReference<ConfigurationAdmin> ref = realRef;
        if (ref != null && ref.getBundle() != null && real != null) return real;
        try {
            ServiceReference<ConfigurationAdmin> best = null;
            for (ServiceReference<ConfigurationAdmin> r : own.getServiceReferences(ConfigurationAdmin.class,
                    "(!(" + SCOPED + "=*))")) {
                if (best == null || r.compareTo(best) > 0) best = r;
            }
            if (best == null) return null;
            ConfigurationAdmin admin = own.getService(best);
            realRef = best;
            real = admin;
            return admin;
        } catch (InvalidSyntaxException | IllegalStateException e) {
            return null;
        }
    }
}
