package hta.app;

import hta.dossier.repository.Workspaces;
import hta.export.pdf.MemoExporter;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import hta.plugins.PluginManager;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/** The assembled app in a real Felix: every bundle active, the services present, plugins come and go live. */
class RuntimeIT {
    private static AppRuntime app;

    @BeforeAll
    static void start() throws Exception {
        app = AppRuntime.start(Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    @Test
    void everyBundleIsActive() {
        List<String> notActive = new ArrayList<>();
        for (Bundle b : app.context().getBundles()) {
            boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            if (!fragment && b.getState() != Bundle.ACTIVE) notActive.add(b.getSymbolicName() + " state " + b.getState());
        }
        assertTrue(notActive.isEmpty(), "bundles not active: " + notActive);
        assertTrue(app.context().getBundles().length > 20, "expected the whole platform to be installed");
    }

    @Test
    void coreServicesArePresent() throws Exception {
        for (Class<?> service : List.of(Workspaces.class, JurisdictionRegistry.class, MemoExporter.class,
                PluginManager.class, Jurisdiction.class)) {
            assertNotNull(app.service(service), service.getName());
        }
        assertNotNull(app.service("java.util.function.Function", "(hta.application=cli)"));
        assertNotNull(app.service("java.util.function.Function", "(hta.application=workbench)"));
    }

    @Test
    void uninstallingNorwayRemovesItFromTheRegistryAndReinstallingBringsItBack() throws Exception {
        JurisdictionRegistry registry = app.service(JurisdictionRegistry.class);
        awaitCodes(registry, true);
        Bundle norway = app.bundle("hta.jurisdiction.no");
        String location = norway.getLocation();
        norway.uninstall();
        assertEquals(false, codes(registry).contains("no"), "registry still lists Norway after uninstall");
        Bundle again = app.context().installBundle(location);
        again.start();
        awaitCodes(registry, true);
    }

    /** Waits until the registry does (or does not) list Norway; components register asynchronously. */
    private static void awaitCodes(JurisdictionRegistry registry, boolean present) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (codes(registry).contains("no") != present && System.currentTimeMillis() < deadline) Thread.sleep(20);
        assertEquals(present, codes(registry).contains("no"), "registry " + (present ? "lacks" : "still has") + " Norway");
    }

    private static List<String> codes(JurisdictionRegistry registry) {
        return registry.jurisdictions().stream().map(Jurisdiction::code).toList();
    }
}
