package hta.plugins.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.hooks.service.EventListenerHook;
import org.osgi.framework.hooks.service.FindHook;
import org.osgi.framework.hooks.service.ListenerHook.ListenerInfo;

/**
 * Service hooks that bind a plugin's code to what it may register and hide what plugins have no business seeing,
 * enforced by the framework for every bundle (the registry, the workbench, the commands never see what is hidden):
 * <ul>
 * <li>a {@code Jurisdiction} service from a plugin is visible only when its code is the code the plugin is
 * installed as (its {@code hta.jurisdiction} capability): Norway only from the plugin installed as {@code no};</li>
 * <li>a plugin's services that would stand in for the platform's own (plugin manager, removal participants,
 * dossier store, exporter, registry, applications, File Install, component runtime) are visible to nobody else,
 * and a plugin registering a framework hook is reported;</li>
 * <li>a plugin sees its own services and the framework's, plus platform services registered with
 * {@code hta.plugin.visible=true}; nothing of the platform or of other plugins besides;</li>
 * <li>of Configuration Admin, a plugin sees only the service scoped to its own settings ({@link PluginConfigurations})
 * and the platform only the real one; a plugin's managed service asking for another PID is hidden from the
 * configuration service, so it is never handed that configuration.</li>
 * </ul>
 * Offences are reported to the manager, which marks the plugin failed and quarantines it.
 */
final class ServiceGuard implements FindHook, EventListenerHook {
    static final String JURISDICTION = "hta.jurisdiction.Jurisdiction";
    /** A platform service registered with this property set to {@code true} is visible to plugins. */
    static final String VISIBLE_TO_PLUGINS = "hta.plugin.visible";
    /** Platform services every bundle's components may need, e.g. the satisfying condition of DS 1.5. */
    static final List<String> FOR_EVERYONE = List.of("org.osgi.service.condition.Condition",
            "org.osgi.service.log.LoggerFactory", "org.osgi.service.log.LogService");
    /**
     * What a plugin may not offer: each would stand in for one of the platform's authorities. Of the configuration
     * service's: the service itself, and listeners and plugins, which are told of (or handed) every bundle's
     * configuration.
     */
    static final List<String> AUTHORITIES = List.of("hta.plugins.", "hta.dossier.", "hta.export.", "hta.confidentiality.",
            "hta.timeline.", "hta.jurisdiction.JurisdictionRegistry", "java.util.function.Function",
            "org.apache.felix.fileinstall.", "org.osgi.framework.hooks.", "org.osgi.service.component.",
            "org.osgi.service.cm.ConfigurationAdmin", "org.osgi.service.cm.ConfigurationListener",
            "org.osgi.service.cm.SynchronousConfigurationListener", "org.osgi.service.cm.ConfigurationPlugin");
    static final String HOOKS = "org.osgi.framework.hooks.";

    private final BundleContext own;
    private final PluginBundles plugins;
    private final BiConsumer<Bundle, String> offence;
    /** The decision on each plugin Jurisdiction service, by service id, with the object held while it is decided. */
    private final Map<Long, Boolean> decided = new ConcurrentHashMap<>();

    ServiceGuard(BundleContext own, PluginBundles plugins, BiConsumer<Bundle, String> offence) {
        this.own = own;
        this.plugins = plugins;
        this.offence = offence;
    }

    @Override
    public void find(BundleContext context, String name, String filter, boolean allServices,
                     Collection<ServiceReference<?>> references) {
        Bundle consumer = bundleOf(context);
        references.removeIf(r -> !visible(consumer, r));
    }

    @Override
    public void event(ServiceEvent event, Map<BundleContext, Collection<ListenerInfo>> listeners) {
        ServiceReference<?> ref = event.getServiceReference();
        Bundle provider = ref.getBundle();
        if (event.getType() == ServiceEvent.REGISTERED && provider != null && plugins.isPlugin(provider)) {
            String taken = classes(ref).stream().filter(ServiceGuard::authority).findFirst().orElse(null);
            if (taken != null) {
                offence.accept(provider, "registers a " + taken + " service, which only the platform may offer"
                        + (taken.startsWith(HOOKS) ? " (a framework hook acts even while hidden)" : "; it is hidden"));
            }
        }
        if (event.getType() != ServiceEvent.UNREGISTERING && provider != null && plugins.isPlugin(provider)) {
            String foreign = ConfigurationScope.foreignTarget(ref, classes(ref), plugins.codeOf(provider));
            if (foreign != null) {
                offence.accept(provider, "asks for the configuration " + foreign + ", which is not its own; it is hidden");
            }
        }
        listeners.keySet().removeIf(ctx -> !visible(bundleOf(ctx), ref));
        if (event.getType() == ServiceEvent.UNREGISTERING && decided.remove(id(ref)) != null) {
            try {
                own.ungetService(ref);
            } catch (IllegalStateException | IllegalArgumentException gone) {
                // the guard's own context is gone with the framework
            }
        }
    }

    /** Whether {@code consumer} may see the service. */
    boolean visible(Bundle consumer, ServiceReference<?> ref) {
        Bundle provider = ref.getBundle();
        // the system bundle is held to the same rules: the launcher finds the application through it
        if (provider == null || consumer == null || provider.equals(consumer)) return true;
        List<String> classes = classes(ref);
        // the framework registers no jurisdiction and none of the platform's authorities: such a service under the
        // system bundle was registered through its context by plugin code, which any bundle can reach (outside
        // trust test: a Jurisdiction for 'no' that way took Norway's exports); hidden from everyone
        if (provider.getBundleId() == 0 && (classes.contains(JURISDICTION) || classes.stream().anyMatch(ServiceGuard::authority))) {
            return false;
        }
        boolean fromPlugin = plugins.isPlugin(provider);
        if (fromPlugin && classes.contains(JURISDICTION) && !allowed(ref, provider)) return false;
        if (fromPlugin && classes.stream().anyMatch(ServiceGuard::authority)) return false;
        if (fromPlugin && ConfigurationScope.foreignTarget(ref, classes, plugins.codeOf(provider)) != null) return false;
        if (classes.contains(ConfigurationScope.CONFIGURATION_ADMIN)) {
            // plugins see only the service scoped to their own settings, the platform only the real one
            boolean scoped = provider.equals(bundleOf(own)) && ref.getProperty(PluginConfigurations.SCOPED) != null;
            return scoped == plugins.isPlugin(consumer);
        }
        if (!plugins.isPlugin(consumer)) return true;
        // a plugin sees the framework's services, and platform services meant for everyone or opened to plugins
        if (provider.getBundleId() == 0) return true;
        if (fromPlugin) return false;
        return classes.stream().anyMatch(FOR_EVERYONE::contains)
                || "true".equals(String.valueOf(ref.getProperty(VISIBLE_TO_PLUGINS)));
    }

    static boolean authority(String objectClass) {
        return AUTHORITIES.stream().anyMatch(a -> a.endsWith(".") ? objectClass.startsWith(a) : objectClass.equals(a));
    }

    /** Whether a plugin's Jurisdiction service claims the code its plugin is installed as; decided once. */
    private boolean allowed(ServiceReference<?> ref, Bundle provider) {
        Boolean known = decided.get(id(ref));
        if (known != null) return known;
        String declared = plugins.codeOf(provider);
        String claimed;
        String unreadable = null;
        try {
            Object service = own.getService(ref);
            if (service == null) return false; // going away, or not yet there: hidden, decided when it can be asked
            claimed = claimedCode(service);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            claimed = null;
            unreadable = Problems.describe(e);
        }
        boolean ok = declared != null && declared.equals(claimed);
        if (decided.putIfAbsent(id(ref), ok) == null && !ok) {
            offence.accept(provider, claimed == null ? "registers a Jurisdiction service whose code cannot be read ("
                    + (unreadable == null ? "none given" : unreadable) + ")"
                    : "registers a Jurisdiction service for '" + claimed + "', but is installed as '" + declared + "'");
        }
        return ok;
    }

    /** Asks the service its code, through the contract's interface (the class itself may not be public). */
    private static String claimedCode(Object service) throws ReflectiveOperationException {
        for (Class<?> c = service.getClass(); c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (i.getName().equals(JURISDICTION)) {
                    Object value = i.getMethod("code").invoke(service);
                    return value == null ? null : value.toString();
                }
            }
        }
        return null;
    }

    private static Bundle bundleOf(BundleContext context) {
        try {
            return context.getBundle();
        } catch (IllegalStateException invalid) {
            return null;
        }
    }

    private static List<String> classes(ServiceReference<?> ref) {
        Object oc = ref.getProperty(Constants.OBJECTCLASS);
        return oc instanceof String[] a ? List.of(a) : List.of();
    }

    private static long id(ServiceReference<?> ref) {
        Object id = ref.getProperty(Constants.SERVICE_ID);
        return id instanceof Long l ? l : -1L;
    }
}
