package hta.plugins.internal;

import java.util.List;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * Which configurations belong to a plugin: those in the namespace of the code it is installed as,
 * {@code hta.jurisdiction.CODE} and {@code hta.jurisdiction.CODE.*} (factory configurations included). The code, not
 * anything the plugin declares (a component's configuration PID, a bundle name), decides: the plugin manager binds
 * each code to one installed plugin, so no plugin can name its way into another's settings. A bundle without a code
 * (one a plugin installed) owns none. Stateless.
 */
final class ConfigurationScope {
    static final String PREFIX = "hta.jurisdiction.";
    static final String CONFIGURATION_ADMIN = "org.osgi.service.cm.ConfigurationAdmin";
    /** Services through which the configuration service delivers a PID's properties to whoever registered them. */
    static final List<String> TARGETED = List.of("org.osgi.service.cm.ManagedService",
            "org.osgi.service.cm.ManagedServiceFactory");

    private ConfigurationScope() {
    }

    /** Whether a plugin installed as {@code code} owns the configuration PID (or factory PID) {@code pid}. */
    static boolean owns(String code, String pid) {
        if (code == null || code.isEmpty() || pid == null) return false;
        String own = PREFIX + code;
        return pid.equals(own) || pid.startsWith(own + ".") || pid.startsWith(own + "~");
    }

    /** Whether a configuration, by its PID and factory PID, belongs to the plugin installed as {@code code}. */
    static boolean owns(String code, String pid, String factoryPid) {
        return factoryPid != null ? owns(code, factoryPid) : owns(code, pid);
    }

    /**
     * The first PID a plugin's managed service asks for that is not its own, or {@code null}: the configuration service
     * would hand that PID's properties to it.
     */
    static String foreignTarget(ServiceReference<?> ref, List<String> classes, String code) {
        if (classes.stream().noneMatch(TARGETED::contains)) return null;
        Object pids = ref.getProperty(Constants.SERVICE_PID);
        List<?> all = pids instanceof String s ? List.of(s) : pids instanceof String[] a ? List.of(a)
                : pids instanceof java.util.Collection<?> c ? List.copyOf(c) : List.of();
        for (Object p : all) {
            if (!owns(code, String.valueOf(p))) return String.valueOf(p);
        }
        return null;
    }

    /** What a plugin is told when it reaches for a configuration that is not its own, or tries to change one. */
    static String refusal(String code, String pid) {
        return code == null ? "a bundle installed by a plugin has no configurations; " + pid + " is not its own"
                : "plugin '" + code + "' may read only its own configurations (" + PREFIX + code + "), not " + pid;
    }
}
