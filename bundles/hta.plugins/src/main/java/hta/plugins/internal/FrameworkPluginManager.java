package hta.plugins.internal;

import hta.plugins.PluginInfo;
import hta.plugins.PluginManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Finds jurisdiction plugins by the {@code hta.jurisdiction} capability in their manifests, so it needs
 * nothing from the jurisdiction API and works even when a plugin cannot resolve.
 */
@Component(service = PluginManager.class)
public final class FrameworkPluginManager implements PluginManager {
    static final String NAMESPACE = "hta.jurisdiction";
    private final BundleContext context;

    @Activate
    public FrameworkPluginManager(BundleContext context) {
        this.context = context;
    }

    @Override
    public List<PluginInfo> plugins() {
        List<PluginInfo> result = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            BundleRevision revision = b.adapt(BundleRevision.class);
            if (revision == null) continue;
            for (BundleCapability cap : revision.getDeclaredCapabilities(NAMESPACE)) {
                Map<String, Object> attrs = cap.getAttributes();
                PluginInfo.State state = state(b);
                String reason = state == PluginInfo.State.INSTALLED ? "not resolved: a required package or"
                        + " the jurisdiction contract it needs is missing" : null;
                result.add(new PluginInfo(String.valueOf(attrs.get("code")), b.getHeaders().get("Bundle-Name"),
                        b.getSymbolicName(), b.getVersion().toString(), String.valueOf(attrs.get("contract")),
                        state, reason));
            }
        }
        result.sort(Comparator.comparing(PluginInfo::code));
        return result;
    }

    private static PluginInfo.State state(Bundle b) {
        return switch (b.getState()) {
            case Bundle.ACTIVE -> PluginInfo.State.ACTIVE;
            case Bundle.STARTING -> PluginInfo.State.STARTING;
            case Bundle.STOPPING -> PluginInfo.State.STOPPING;
            case Bundle.RESOLVED -> PluginInfo.State.RESOLVED;
            default -> PluginInfo.State.INSTALLED;
        };
    }
}
