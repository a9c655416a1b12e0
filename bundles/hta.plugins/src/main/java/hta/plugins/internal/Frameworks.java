package hta.plugins.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * What the running framework says about plugins: which bundle declares a code, what it contributes, whether a
 * declarative-services component of it failed, which jurisdiction contracts the workbench provides. Plugins are
 * found by their {@code hta.jurisdiction} capability, so nothing of the jurisdiction API is needed here.
 */
final class Frameworks {
    static final String NAMESPACE = "hta.jurisdiction";

    private final BundleContext context;

    Frameworks(BundleContext context) {
        this.context = context;
    }

    BundleContext context() {
        return context;
    }

    Bundle bundleFor(String code) {
        for (Bundle b : context.getBundles()) {
            Map<String, Object> cap = capability(b);
            if (cap != null && code.equals(String.valueOf(cap.get("code")))) return b;
        }
        return null;
    }

    /** The codes of the plugin bundles installed now. */
    Set<String> codes() {
        Set<String> out = new TreeSet<>();
        for (Bundle b : context.getBundles()) {
            Map<String, Object> cap = capability(b);
            if (cap != null) out.add(String.valueOf(cap.get("code")));
        }
        return out;
    }

    static Map<String, Object> capability(Bundle b) {
        BundleRevision revision = b.adapt(BundleRevision.class);
        if (revision == null) return null;
        List<BundleCapability> caps = revision.getDeclaredCapabilities(NAMESPACE);
        return caps.isEmpty() ? null : caps.get(0).getAttributes();
    }

    /** The attributes of every jurisdiction contract capability in the framework. */
    List<Map<String, Object>> contracts() {
        List<Map<String, Object>> provided = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            BundleRevision rev = b.adapt(BundleRevision.class);
            if (rev == null) continue;
            for (BundleCapability c : rev.getDeclaredCapabilities(ContractCheck.CONTRACT_NAMESPACE)) provided.add(c.getAttributes());
        }
        return provided;
    }

    /** What a bundle contributes while active, e.g. {@code Jurisdiction service}. */
    static List<String> contributions(Bundle b) {
        ServiceReference<?>[] refs = b.getRegisteredServices();
        if (refs == null) return List.of();
        Set<String> out = new TreeSet<>();
        for (ServiceReference<?> r : refs) {
            for (String cls : (String[]) r.getProperty(Constants.OBJECTCLASS)) {
                out.add(cls.substring(cls.lastIndexOf('.') + 1) + " service");
            }
        }
        return List.copyOf(out);
    }

    /**
     * A declarative-services component of the bundle that threw while activating: the bundle itself is active, but
     * it contributes nothing. Read from Felix SCR's runtime service when it is there.
     */
    String componentFailure(Bundle b) {
        ServiceReference<ServiceComponentRuntime> ref;
        try {
            ref = context.getServiceReference(ServiceComponentRuntime.class);
        } catch (NoClassDefFoundError e) {
            return null; // no SCR runtime API: nothing to ask
        }
        if (ref == null) return null;
        ServiceComponentRuntime scr = context.getService(ref);
        if (scr == null) return null;
        try {
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
                for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                    if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                        String failure = c.failure == null ? "" : c.failure.lines().findFirst().orElse("");
                        return "component " + d.name + " threw on activation: " + failure;
                    }
                }
            }
            return null;
        } finally {
            context.ungetService(ref);
        }
    }
}
