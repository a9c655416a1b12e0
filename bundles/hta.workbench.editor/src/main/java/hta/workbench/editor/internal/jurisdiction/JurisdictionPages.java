package hta.workbench.editor.internal.jurisdiction;

import hta.jurisdiction.Jurisdiction;
import hta.workbench.api.EditorPageContribution;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * One editor page per installed jurisdiction: for every {@link Jurisdiction} service, a
 * {@link JurisdictionPageContribution} is registered as an {@link EditorPageContribution} service — the same way
 * any bundle adds a page — and unregistered when the jurisdiction's service goes, so that nothing of an
 * uninstalled jurisdiction stays in the workbench. (Jurisdiction bundles import only the jurisdiction contract,
 * never the workbench, so their page is made here from what they declare.)
 */
@Component(immediate = true)
public final class JurisdictionPages {
    private final BundleContext context;
    private final Map<Jurisdiction, ServiceRegistration<EditorPageContribution>> pages = new ConcurrentHashMap<>();

    @Activate
    public JurisdictionPages(BundleContext context) {
        this.context = context;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addJurisdiction(Jurisdiction j) {
        pages.computeIfAbsent(j, x -> context.registerService(EditorPageContribution.class,
                new JurisdictionPageContribution(x), null));
    }

    void removeJurisdiction(Jurisdiction j) {
        ServiceRegistration<EditorPageContribution> r = pages.remove(j);
        if (r != null) unregister(r);
    }

    @Deactivate
    void deactivate() {
        pages.values().forEach(JurisdictionPages::unregister);
        pages.clear();
    }

    private static void unregister(ServiceRegistration<?> r) {
        try {
            r.unregister();
        } catch (IllegalStateException alreadyGone) {
            // unregistered with this bundle
        }
    }
}
