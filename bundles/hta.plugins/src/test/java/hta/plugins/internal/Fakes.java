package hta.plugins.internal;

import java.lang.reflect.Proxy;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

/**
 * Test support: minimal stand-ins for the framework's own interfaces (bundles, service references, a bundle
 * context), made with {@link Proxy}, for the decisions of the service guard. None of our code is replaced.
 */
final class Fakes {
    private Fakes() {
    }

    /** A bundle with this id; a plugin declaring {@code code} when it is not {@code null}. */
    static Bundle bundle(long id, String code) {
        BundleCapability cap = code == null ? null : proxy(BundleCapability.class, (m, a) ->
                m.equals("getAttributes") ? Map.of("code", code) : null);
        BundleRevision rev = proxy(BundleRevision.class, (m, a) -> m.equals("getDeclaredCapabilities")
                ? (cap == null ? List.of() : List.of(cap)) : null);
        Bundle[] self = new Bundle[1];
        self[0] = proxy(Bundle.class, (m, a) -> switch (m) {
            case "getBundleId" -> id;
            case "getState" -> Bundle.ACTIVE;
            case "adapt" -> a[0] == BundleRevision.class ? rev : null;
            case "getSymbolicName" -> "bundle" + id;
            case "getVersion" -> new org.osgi.framework.Version(1, (int) id, 0);
            default -> null;
        });
        return self[0];
    }

    static ServiceReference<?> ref(Bundle provider, long id, Map<String, Object> props, String... classes) {
        Map<String, Object> all = new HashMap<>(props);
        all.put(Constants.OBJECTCLASS, classes);
        all.put(Constants.SERVICE_ID, id);
        return proxy(ServiceReference.class, (m, a) -> switch (m) {
            case "getBundle" -> provider;
            case "getProperty" -> all.get((String) a[0]);
            default -> null;
        });
    }

    /** A context that knows these bundles (for what asks the framework which bundle declares a code). */
    static BundleContext withBundles(Bundle... bundles) {
        return proxy(BundleContext.class, (m, a) -> m.equals("getBundles") ? bundles : null);
    }

    /** The guard's own context: {@code services} answers getService, ungets are counted. */
    static BundleContext context(Bundle own, Map<ServiceReference<?>, Object> services, int[] ungets) {
        return proxy(BundleContext.class, (m, a) -> switch (m) {
            case "getBundle" -> own;
            case "getService" -> services.get(a[0]);
            case "ungetService" -> {
                ungets[0]++;
                yield true;
            }
            default -> null;
        });
    }

    static Dictionary<String, Object> none() {
        return new Hashtable<>();
    }

    interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(Fakes.class.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
            switch (m.getName()) {
                case "equals": return p == a[0];
                case "hashCode": return System.identityHashCode(p);
                case "toString": return type.getSimpleName() + "@" + System.identityHashCode(p);
                default: return answer.answer(m.getName(), a);
            }
        });
    }
}
