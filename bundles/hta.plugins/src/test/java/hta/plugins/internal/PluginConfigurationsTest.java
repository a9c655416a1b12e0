package hta.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Settings scoped per plugin: which configurations a plugin owns, what the Configuration Admin it is given shows
 * and refuses, what a delivery to it keeps, and who sees which Configuration Admin service.
 */
class PluginConfigurationsTest {
    final Bundle platform = Fakes.bundle(5, null);
    final Bundle norway = Fakes.bundle(20, "no");
    final Bundle spy = Fakes.bundle(21, "tk");
    final List<String> offences = new ArrayList<>();
    final ServiceGuard guard = new ServiceGuard(Fakes.context(platform, new HashMap<>(), new int[1]), new PluginBundles(),
            (b, why) -> offences.add(b.getBundleId() + ": " + why));
    /** The real service's configurations, by PID: Norway's, the spy's own, a factory one of the spy's, the platform's. */
    final Map<String, Hashtable<String, Object>> stored = new HashMap<>();
    final List<String> changed = new ArrayList<>();

    PluginConfigurationsTest() {
        stored.put("hta.jurisdiction.no", props("hta.jurisdiction.no", null, "prisnotat.target.days", 150));
        stored.put("hta.jurisdiction.tk", props("hta.jurisdiction.tk", null, "probe.days", 7));
        stored.put("hta.jurisdiction.tk.extra~a", props("hta.jurisdiction.tk.extra~a", "hta.jurisdiction.tk.extra", "x", 1));
        stored.put("hta.jurisdiction.tkx", props("hta.jurisdiction.tkx", null, "y", 2));
        stored.put("org.apache.felix.fileinstall~x", props("org.apache.felix.fileinstall~x", "org.apache.felix.fileinstall", "felix.fileinstall.dir", "/secret"));
    }

    @Test
    void aPluginOwnsTheConfigurationsNamedAfterItsCodeOnly() {
        assertTrue(ConfigurationScope.owns("no", "hta.jurisdiction.no"));
        assertTrue(ConfigurationScope.owns("no", "hta.jurisdiction.no.templates"));
        assertTrue(ConfigurationScope.owns("no", "hta.jurisdiction.no~factory"));
        assertFalse(ConfigurationScope.owns("no", "hta.jurisdiction.nox"), "a longer code is another plugin's");
        assertFalse(ConfigurationScope.owns("n", "hta.jurisdiction.no"));
        assertFalse(ConfigurationScope.owns("no", "hta.jurisdiction"));
        assertFalse(ConfigurationScope.owns(null, "hta.jurisdiction.no"), "a bundle a plugin installed owns nothing");
        assertFalse(ConfigurationScope.owns("", "hta.jurisdiction."));
        assertFalse(ConfigurationScope.owns("no", null));
        assertTrue(ConfigurationScope.owns("tk", "hta.jurisdiction.tk.extra~a", "hta.jurisdiction.tk.extra"));
        assertFalse(ConfigurationScope.owns("tk", "hta.jurisdiction.tk~a", "hta.jurisdiction.no"),
                "a factory configuration belongs to whoever owns its factory");
    }

    @Test
    void theConfigurationAdminAPluginIsGivenShowsItsOwnConfigurationsReadOnlyAndNothingElse() throws Exception {
        ConfigurationAdmin scoped = new ScopedConfigurationAdmin("tk", this::real);
        List<String> listed = Arrays.stream(scoped.listConfigurations(null)).map(Configuration::getPid).sorted().toList();
        assertEquals(List.of("hta.jurisdiction.tk", "hta.jurisdiction.tk.extra~a"), listed);
        assertNull(scoped.listConfigurations("(service.pid=hta.jurisdiction.no)"), "none, as if there were none");

        Configuration own = scoped.getConfiguration("hta.jurisdiction.tk");
        assertEquals(7, own.getProperties().get("probe.days"));
        own.getProperties().put("probe.days", 8);
        assertEquals(7, stored.get("hta.jurisdiction.tk").get("probe.days"), "its copy, not the stored properties");
        for (Runnable change : List.<Runnable>of(() -> call(() -> own.update(new Hashtable<>())), () -> call(own::update),
                () -> call(own::delete), () -> own.setBundleLocation("x"), () -> call(() -> own.updateIfDifferent(new Hashtable<>())),
                () -> call(() -> own.addAttributes(Configuration.ConfigurationAttribute.READ_ONLY)),
                () -> call(() -> own.removeAttributes(Configuration.ConfigurationAttribute.READ_ONLY)))) {
            SecurityException e = assertThrows(SecurityException.class, change::run);
            assertEquals("plugin 'tk' may not change the configuration hta.jurisdiction.tk; settings are set by an"
                    + " administrator (hta config)", e.getMessage());
        }
        assertEquals(List.of(), changed, "nothing reached the real service");

        for (String foreign : List.of("hta.jurisdiction.no", "hta.jurisdiction.tkx", "org.apache.felix.fileinstall~x")) {
            SecurityException e = assertThrows(SecurityException.class, () -> scoped.getConfiguration(foreign, "?"));
            assertEquals("plugin 'tk' may read only its own configurations (hta.jurisdiction.tk), not " + foreign,
                    e.getMessage());
            assertThrows(SecurityException.class, () -> scoped.getConfiguration(foreign));
        }
        assertThrows(SecurityException.class, () -> scoped.getFactoryConfiguration("hta.jurisdiction.no", "a"));
        assertEquals(1, scoped.getFactoryConfiguration("hta.jurisdiction.tk.extra", "a").getProperties().get("x"));
        SecurityException create = assertThrows(SecurityException.class,
                () -> scoped.createFactoryConfiguration("hta.jurisdiction.tk.more"));
        assertEquals("plugin 'tk' may not create the configuration hta.jurisdiction.tk.more; settings are set by an"
                + " administrator (hta config)", create.getMessage());
        assertThrows(SecurityException.class, () -> scoped.getConfiguration("hta.jurisdiction.tk.unset"),
                "creating its own is changing the settings too");
        assertNull(new ScopedConfigurationAdmin(null, this::real).listConfigurations(null), "a code-less bundle sees none");
    }

    @Test
    void aDeliveryToAPluginOfAConfigurationNotItsOwnIsEmptied() {
        PluginConfigurations filter = new PluginConfigurations(null, new PluginBundles());
        Hashtable<String, Object> foreign = props("hta.jurisdiction.no", null, "prisnotat.target.days", 150);
        filter.modifyConfiguration(Fakes.ref(spy, 1, Map.of(), "org.osgi.service.cm.ManagedService"), foreign);
        assertEquals(Map.of("service.pid", "hta.jurisdiction.no"), foreign, "only what names it is left");

        Hashtable<String, Object> own = props("hta.jurisdiction.tk", null, "probe.days", 7);
        filter.modifyConfiguration(Fakes.ref(spy, 2, Map.of(), "org.osgi.service.cm.ManagedService"), own);
        assertEquals(7, own.get("probe.days"));
        Hashtable<String, Object> toNorway = props("hta.jurisdiction.no", null, "prisnotat.target.days", 150);
        filter.modifyConfiguration(Fakes.ref(norway, 3, Map.of(), "org.osgi.service.cm.ManagedService"), toNorway);
        assertEquals(150, toNorway.get("prisnotat.target.days"));
        Hashtable<String, Object> toPlatform = props("hta.jurisdiction.no", null, "prisnotat.target.days", 150);
        filter.modifyConfiguration(Fakes.ref(platform, 4, Map.of(), "org.osgi.service.cm.ManagedService"), toPlatform);
        assertEquals(150, toPlatform.get("prisnotat.target.days"), "the platform is handed what it asks for");
    }

    @Test
    void pluginsSeeOnlyTheScopedConfigurationAdminAndThePlatformOnlyTheRealOne() {
        ServiceReference<?> real = Fakes.ref(Fakes.bundle(9, null), 50, Map.of(), ConfigurationScope.CONFIGURATION_ADMIN);
        ServiceReference<?> scoped = Fakes.ref(platform, 51, Map.of(PluginConfigurations.SCOPED, true),
                ConfigurationScope.CONFIGURATION_ADMIN);
        ServiceReference<?> pretender = Fakes.ref(Fakes.bundle(10, null), 52, Map.of(PluginConfigurations.SCOPED, true),
                ConfigurationScope.CONFIGURATION_ADMIN);
        assertFalse(guard.visible(spy, real));
        assertTrue(guard.visible(spy, scoped));
        assertFalse(guard.visible(spy, pretender), "only the plugin manager's own is the scoped one");
        assertTrue(guard.visible(Fakes.bundle(6, null), real));
        assertFalse(guard.visible(Fakes.bundle(6, null), scoped));
        assertTrue(guard.visible(Fakes.bundle(6, null), pretender), "a platform bundle's service is the platform's");
    }

    @Test
    void aPluginsManagedServiceForAnotherPidIsHiddenFromTheConfigurationServiceAndReported() {
        Bundle cm = Fakes.bundle(9, null);
        ServiceReference<?> foreign = Fakes.ref(spy, 60, Map.of("service.pid", "hta.jurisdiction.no"),
                "org.osgi.service.cm.ManagedService");
        assertFalse(guard.visible(cm, foreign));
        guard.event(new org.osgi.framework.ServiceEvent(org.osgi.framework.ServiceEvent.REGISTERED, foreign), new HashMap<>());
        assertEquals(List.of("21: asks for the configuration hta.jurisdiction.no, which is not its own; it is hidden"),
                offences);
        ServiceReference<?> several = Fakes.ref(spy, 61, Map.of("service.pid", new String[] {"hta.jurisdiction.tk",
                "hta.jurisdiction.se"}), "org.osgi.service.cm.ManagedServiceFactory");
        assertFalse(guard.visible(cm, several));
        assertTrue(guard.visible(cm, Fakes.ref(spy, 62, Map.of("service.pid", "hta.jurisdiction.tk"),
                "org.osgi.service.cm.ManagedService")), "its own");
        // the component runtime registers one without a PID in the plugin's name, to ask for processed properties
        ServiceReference<?> runtimes = Fakes.ref(spy, 63, Map.of(), "org.osgi.service.cm.ManagedService");
        assertTrue(guard.visible(cm, runtimes));
        guard.event(new org.osgi.framework.ServiceEvent(org.osgi.framework.ServiceEvent.REGISTERED, runtimes), new HashMap<>());
        assertEquals(1, offences.size());
        for (String listener : List.of("ConfigurationListener", "SynchronousConfigurationListener", "ConfigurationPlugin",
                "ConfigurationAdmin")) {
            assertTrue(ServiceGuard.authority("org.osgi.service.cm." + listener), listener);
            assertFalse(guard.visible(cm, Fakes.ref(spy, 64, Map.of(), "org.osgi.service.cm." + listener)), listener);
        }
    }

    interface Call {
        void run() throws Exception;
    }

    private static void call(Call c) {
        try {
            c.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Hashtable<String, Object> props(String pid, String factoryPid, String key, Object value) {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("service.pid", pid);
        if (factoryPid != null) p.put("service.factoryPid", factoryPid);
        p.put(key, value);
        return p;
    }

    /** The real service: answers listings from {@link #stored} by the filter, as the framework's filter matches. */
    private ConfigurationAdmin real() {
        return Fakes.proxy(ConfigurationAdmin.class, (m, a) -> {
            if (!m.equals("listConfigurations")) {
                changed.add(m);
                return null;
            }
            List<Configuration> found = new ArrayList<>();
            for (Hashtable<String, Object> p : stored.values()) {
                if (a[0] == null || matches((String) a[0], p)) found.add(configuration(p));
            }
            return found.isEmpty() ? null : found.toArray(Configuration[]::new);
        });
    }

    private Configuration configuration(Hashtable<String, Object> p) {
        return Fakes.proxy(Configuration.class, (m, a) -> switch (m) {
            case "getPid" -> p.get("service.pid");
            case "getFactoryPid" -> p.get("service.factoryPid");
            case "getProperties" -> new Hashtable<>(p);
            default -> {
                changed.add(m);
                yield null;
            }
        });
    }

    private static boolean matches(String filter, Dictionary<String, Object> p) {
        try {
            return FrameworkUtil.createFilter(filter).match(p);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
