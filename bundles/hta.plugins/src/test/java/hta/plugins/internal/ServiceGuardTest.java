package hta.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.jurisdiction.Jurisdiction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/** Who sees which service: the code bound to its services, the platform's authorities, what plugins may see. */
class ServiceGuardTest {
    final Bundle system = Fakes.bundle(0, null);
    final Bundle platform = Fakes.bundle(5, null);
    final Bundle norway = Fakes.bundle(20, "no");
    final Bundle hijacker = Fakes.bundle(21, "aa");
    final Bundle sweden = Fakes.bundle(22, "se");
    final Map<ServiceReference<?>, Object> services = new HashMap<>();
    final int[] ungets = new int[1];
    final List<String> offences = new ArrayList<>();
    final ServiceGuard guard = new ServiceGuard(Fakes.context(platform, services, ungets), new PluginBundles(),
            (b, why) -> offences.add(b.getBundleId() + ": " + why));

    ServiceReference<?> jurisdiction(Bundle provider, long id, String code) {
        ServiceReference<?> r = Fakes.ref(provider, id, Map.of(), ServiceGuard.JURISDICTION);
        services.put(r, (Jurisdiction) () -> code);
        return r;
    }

    @Test
    void aPluginsJurisdictionIsVisibleOnlyUnderTheCodeItIsInstalledAs() {
        ServiceReference<?> real = jurisdiction(norway, 100, "no");
        ServiceReference<?> hijack = jurisdiction(hijacker, 101, "no");
        assertTrue(guard.visible(platform, real));
        assertFalse(guard.visible(platform, hijack));
        assertFalse(guard.visible(system, hijack), "the system bundle too, should the framework consult the hooks");
        assertTrue(guard.visible(hijacker, hijack), "the plugin still sees its own");
        assertEquals(List.of("21: registers a Jurisdiction service for 'no', but is installed as 'aa'"), offences);
        guard.visible(platform, hijack);
        assertEquals(1, offences.size(), "decided and reported once");
    }

    @Test
    void aJurisdictionWhoseCodeCannotBeReadIsHiddenAndReported() {
        ServiceReference<?> r = Fakes.ref(sweden, 102, Map.of(), ServiceGuard.JURISDICTION);
        services.put(r, (Jurisdiction) () -> {
            throw new IllegalStateException("no code today");
        });
        assertFalse(guard.visible(platform, r));
        assertEquals(List.of("22: registers a Jurisdiction service whose code cannot be read (no code today)"), offences);
        ServiceReference<?> gone = Fakes.ref(sweden, 103, Map.of(), ServiceGuard.JURISDICTION);
        assertFalse(guard.visible(platform, gone), "not there to ask: hidden");
        assertEquals(1, offences.size(), "and not decided yet");
    }

    @Test
    void aPluginCannotOfferWhatOnlyThePlatformMay() {
        for (String c : List.of("hta.plugins.RemovalParticipant", "hta.plugins.PluginManager", "java.util.function.Function",
                "hta.dossier.repository.Workspaces", "org.apache.felix.fileinstall.ArtifactInstaller",
                "org.osgi.framework.hooks.weaving.WeavingHook", "hta.jurisdiction.JurisdictionRegistry")) {
            ServiceReference<?> r = Fakes.ref(norway, 200, Map.of(), c);
            assertFalse(guard.visible(platform, r), c);
            assertTrue(ServiceGuard.authority(c), c);
        }
        assertFalse(ServiceGuard.authority("hta.jurisdiction.Jurisdiction"));
        assertFalse(ServiceGuard.authority("hta.workbench.api.ViewContribution"));
        assertTrue(guard.visible(platform, Fakes.ref(norway, 201, Map.of(), "hta.workbench.api.ViewContribution")));
        assertTrue(guard.visible(platform, Fakes.ref(platform, 202, Map.of(), "java.util.function.Function")),
                "the platform's own application is fine");
    }

    @Test
    void aPluginSeesItsOwnTheFrameworksAndWhatIsOpenedToItNothingElse() {
        assertTrue(guard.visible(norway, Fakes.ref(norway, 300, Map.of(), "x.Own")));
        assertTrue(guard.visible(norway, Fakes.ref(system, 301, Map.of(), "org.osgi.service.packageadmin.PackageAdmin")));
        assertFalse(guard.visible(norway, Fakes.ref(platform, 302, Map.of(), "hta.plugins.PluginManager")));
        assertFalse(guard.visible(norway, Fakes.ref(platform, 303, Map.of(), "hta.dossier.repository.Workspaces")));
        assertTrue(guard.visible(norway, Fakes.ref(platform, 304, Map.of(), "org.osgi.service.condition.Condition")));
        assertTrue(guard.visible(norway, Fakes.ref(platform, 305, Map.of(ServiceGuard.VISIBLE_TO_PLUGINS, "true"), "x.Open")));
        assertTrue(guard.visible(norway, Fakes.ref(platform, 306, Map.of(ServiceGuard.VISIBLE_TO_PLUGINS, Boolean.TRUE), "x.Open")));
        assertFalse(guard.visible(norway, jurisdiction(sweden, 307, "se")), "another plugin's");
        assertTrue(guard.visible(platform, Fakes.ref(platform, 308, Map.of(), "hta.plugins.PluginManager")));
    }

    @Test
    void eventsReachOnlyThoseWhoMaySeeThemAndOffencesAreReportedAsTheyAreRegistered() {
        ServiceReference<?> hook = Fakes.ref(norway, 400, Map.of(), "org.osgi.framework.hooks.service.FindHook");
        guard.event(new org.osgi.framework.ServiceEvent(org.osgi.framework.ServiceEvent.REGISTERED, hook), new HashMap<>());
        assertEquals(List.of("20: registers a org.osgi.framework.hooks.service.FindHook service, which only the platform may"
                + " offer (a framework hook acts even while hidden)"), offences);

        ServiceReference<?> hijack = jurisdiction(hijacker, 401, "no");
        Map<org.osgi.framework.BundleContext, java.util.Collection<org.osgi.framework.hooks.service.ListenerHook.ListenerInfo>>
                listeners = new HashMap<>();
        listeners.put(Fakes.context(platform, Map.of(), new int[1]), List.of());
        listeners.put(Fakes.context(hijacker, Map.of(), new int[1]), List.of());
        guard.event(new org.osgi.framework.ServiceEvent(org.osgi.framework.ServiceEvent.REGISTERED, hijack), listeners);
        assertEquals(1, listeners.size(), "only the hijacker itself hears of it");
        guard.event(new org.osgi.framework.ServiceEvent(org.osgi.framework.ServiceEvent.UNREGISTERING, hijack), new HashMap<>());
        assertEquals(1, ungets[0], "the service asked for its code is given back");

        List<ServiceReference<?>> found = new ArrayList<>(List.of(jurisdiction(norway, 402, "no"), hijack));
        guard.find(Fakes.context(platform, Map.of(), new int[1]), null, null, false, (java.util.Collection) found);
        assertEquals(1, found.size());
    }

    /** A plugin declaring an empty code is plugin code all the same: it sees no platform service, may not claim Norway. */
    @Test
    void aPluginWithAnEmptyCodeIsNoPartOfThePlatform() {
        Bundle empty = Fakes.bundle(23, "");
        assertFalse(guard.visible(empty, Fakes.ref(platform, 400, Map.of(), "hta.dossier.repository.Workspaces")));
        ServiceReference<?> claim = jurisdiction(empty, 401, "no");
        assertFalse(guard.visible(platform, claim));
        assertEquals(List.of("23: registers a Jurisdiction service for 'no', but is installed as ''"), offences);
        assertFalse(PluginManifest.validCode(""));
    }

    /** A jurisdiction or an authority registered under the system bundle is plugin code's doing: hidden from all. */
    @Test
    void whatTheSystemBundleSeemsToOfferOfThePlatformsIsHidden() {
        ServiceReference<?> viaSystem = jurisdiction(system, 500, "no");
        assertFalse(guard.visible(platform, viaSystem));
        assertFalse(guard.visible(norway, viaSystem));
        assertFalse(guard.visible(platform, Fakes.ref(system, 501, Map.of(), "hta.dossier.repository.Workspaces")));
        assertTrue(guard.visible(platform, Fakes.ref(system, 502, Map.of(), "org.osgi.service.packageadmin.PackageAdmin")));
    }
}
