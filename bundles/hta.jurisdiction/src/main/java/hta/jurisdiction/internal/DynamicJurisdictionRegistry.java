package hta.jurisdiction.internal;

import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Tracks {@link Jurisdiction} services dynamically: a plugin appears and disappears without a restart. */
@Component(service = JurisdictionRegistry.class)
public final class DynamicJurisdictionRegistry implements JurisdictionRegistry {
    private final List<Jurisdiction> active = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addJurisdiction(Jurisdiction j) {
        active.add(j);
    }

    void removeJurisdiction(Jurisdiction j) {
        active.remove(j);
    }

    @Override
    public List<Jurisdiction> jurisdictions() {
        return active.stream().sorted(Comparator.comparing(Jurisdiction::code)).toList();
    }

    @Override
    public Optional<Jurisdiction> find(String code) {
        return active.stream().filter(j -> j.code().equals(code)).findFirst();
    }
}
