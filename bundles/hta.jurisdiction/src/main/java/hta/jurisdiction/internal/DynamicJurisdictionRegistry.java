package hta.jurisdiction.internal;

import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Tracks {@link Jurisdiction} services dynamically: a plugin appears and disappears without a restart. A
 * jurisdiction is bound to the code it gives when it arrives (a plugin cannot answer otherwise later), and a
 * plugin's service is bound only when that code is the one its bundle declares ({@code hta.jurisdiction}
 * capability): the plugin manager's service hooks hide a hijacking service before it gets here, this is the
 * registry's own check should they be absent.
 */
@Component(service = JurisdictionRegistry.class)
public final class DynamicJurisdictionRegistry implements JurisdictionRegistry {
    /** A jurisdiction with the code it was bound under, handed out with that code fixed. */
    private record Bound(BoundJurisdiction jurisdiction, String code) {
    }

    private final List<Bound> active = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addJurisdiction(Jurisdiction j, ServiceReference<Jurisdiction> ref) {
        String code = j.code();
        String declared = declaredCode(ref.getBundle());
        if (code == null || declared != null && !declared.equals(code)) return; // another plugin's code: not bound
        active.add(new Bound(new BoundJurisdiction(j, code), code));
    }

    void removeJurisdiction(Jurisdiction j) {
        active.removeIf(b -> b.jurisdiction().plugin() == j);
    }

    /** The code the bundle declares as a jurisdiction plugin, or {@code null} for a bundle that is not one. */
    static String declaredCode(Bundle bundle) {
        BundleRevision rev = bundle == null ? null : bundle.adapt(BundleRevision.class);
        if (rev == null) return null;
        List<BundleCapability> caps = rev.getDeclaredCapabilities(Jurisdiction.CAPABILITY_NAMESPACE);
        Object code = caps.isEmpty() ? null : caps.get(0).getAttributes().get("code");
        return code == null ? null : code.toString();
    }

    @Override
    public List<Jurisdiction> jurisdictions() {
        return active.stream().sorted(Comparator.comparing(Bound::code)).map(b -> (Jurisdiction) b.jurisdiction()).toList();
    }

    @Override
    public Optional<Jurisdiction> find(String code) {
        return active.stream().filter(b -> b.code().equals(code)).map(b -> (Jurisdiction) b.jurisdiction()).findFirst();
    }
}
