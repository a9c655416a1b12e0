package hta.plugins.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

/**
 * Which bundles are plugin code: those declaring a jurisdiction ({@code hta.jurisdiction} capability), and any
 * bundle that plugin code installed in turn (the framework says who caused an installation). Everything else is
 * the platform. Answers are cached per bundle and forgotten when a bundle is updated or uninstalled.
 */
final class PluginBundles implements SynchronousBundleListener {
    static final String NAMESPACE = "hta.jurisdiction";

    private final Set<Long> installedByPlugins = ConcurrentHashMap.newKeySet();
    private final Map<Long, String> codes = new ConcurrentHashMap<>();
    /** Declares no jurisdiction capability (a code never holds this character). */
    private static final String NONE = "\u0000";

    /**
     * Whether {@code b} is plugin code: it declares the capability, whatever its code says (an empty or missing code
     * made a plugin count as the platform, which sees every service: outside trust test), or plugin code installed it.
     */
    boolean isPlugin(Bundle b) {
        long id = b.getBundleId();
        return id != 0 && (installedByPlugins.contains(id) || !NONE.equals(code(b)));
    }

    /** The code a plugin bundle declares ("" when it declares the capability without one), or {@code null}. */
    String codeOf(Bundle b) {
        String c = code(b);
        return NONE.equals(c) ? null : c;
    }

    private String code(Bundle b) {
        String c = codes.get(b.getBundleId());
        if (c == null) {
            c = NONE;
            BundleRevision rev = b.adapt(BundleRevision.class);
            List<BundleCapability> caps = rev == null ? List.of() : rev.getDeclaredCapabilities(NAMESPACE);
            if (!caps.isEmpty()) {
                Object declared = caps.get(0).getAttributes().get("code");
                c = declared == null ? "" : String.valueOf(declared);
            }
            if (b.getState() != Bundle.UNINSTALLED) codes.put(b.getBundleId(), c);
        }
        return c;
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle b = event.getBundle();
        switch (event.getType()) {
            case BundleEvent.INSTALLED -> {
                Bundle origin = event.getOrigin();
                if (origin != null && origin.getBundleId() != b.getBundleId() && isPlugin(origin)) {
                    installedByPlugins.add(b.getBundleId());
                }
            }
            case BundleEvent.UPDATED, BundleEvent.UNRESOLVED -> codes.remove(b.getBundleId());
            case BundleEvent.UNINSTALLED -> {
                codes.remove(b.getBundleId());
                installedByPlugins.remove(b.getBundleId());
            }
            default -> { }
        }
    }
}
