package hta.app;

import static hta.app.PluginsIT.awaitTrue;
import static hta.app.PluginsIT.info;
import static hta.app.PluginsIT.jar;
import static hta.app.PluginsIT.manager;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.jurisdiction.JurisdictionRegistry;
import hta.plugins.PluginInfo;
import hta.plugins.PluginManager;
import hta.plugins.TrustPolicy;
import hta.settings.Settings;
import hta.timeline.TimeTarget;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * Settings scoped per plugin, against hostile plugins in the real app: a plugin reads only its own configuration
 * ({@code hta.jurisdiction.CODE}), changes none, and is handed no other bundle's by any path of the configuration
 * service — the Configuration Admin it sees, its components' configuration, a managed service — while the
 * jurisdictions' own settings keep reaching them. The spies (test plugins {@code tk}, {@code tn}) leave what they
 * got in system properties ({@code hta.test.CODE.*}): the framework runs in this JVM.
 */
class PluginSettingsIT {
    private static final String NORWAY_DAYS = "no.prisnotat.target.days";
    private static final String CM = "org.osgi.service.cm.";

    @BeforeEach
    void forgetWhatSpiesSaw() {
        System.getProperties().keySet().removeIf(k -> String.valueOf(k).startsWith("hta.test."));
    }

    @Test
    void aPluginReadsOnlyItsOwnSettingsAndChangesNone() throws Exception {
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            Settings settings = app.service(Settings.class);
            settings.set(NORWAY_DAYS, "150", "admin");
            PluginManager pm = manager(app);
            PluginInfo tk = pm.install(jar("tk-1.0.0.jar"), TrustPolicy.REFUSE, null);
            assertEquals(PluginInfo.State.ACTIVE, tk.state(), String.valueOf(tk.reason()));

            // through the Configuration Admin it can find: one, scoped; nothing of Norway's listed, read, changed
            assertEquals("1", System.getProperty("hta.test.tk.admins"), "the Configuration Admin services it sees");
            String listed = System.getProperty("hta.test.tk.listed");
            assertTrue(Arrays.stream(listed.split(",")).allMatch(p -> p.isEmpty() || p.startsWith("hta.jurisdiction.tk")),
                    "it lists other bundles' configurations: " + listed);
            assertEquals("refused: plugin 'tk' may read only its own configurations (hta.jurisdiction.tk), not "
                    + "hta.jurisdiction.no", System.getProperty("hta.test.tk.read"));
            assertTrue(System.getProperty("hta.test.tk.written").startsWith("refused: "),
                    System.getProperty("hta.test.tk.written"));
            assertTrue(System.getProperty("hta.test.tk.created").startsWith("refused: plugin 'tk' may not create"),
                    System.getProperty("hta.test.tk.created"));
            assertEquals("150", settings.get(NORWAY_DAYS).orElseThrow().value(), "Norway's setting is unchanged");

            // a change of Norway's setting reaches Norway, not the spy's component declaring Norway's PID; the spy's
            // own setting reaches its own component (set after Norway's: the configuration service keeps the order)
            settings.set(NORWAY_DAYS, "120", "admin");
            settings.set("tk.probe.days", "7", "admin");
            awaitTrue(() -> "7".equals(String.valueOf(componentProperty(app, "own", "probe.days"))),
                    "the spy's own component has its own setting");
            awaitTrue(() -> norwaysPriceMemoTarget(app) == 120, "Norway has its setting");
            assertEquals("foreign", componentProperty(app, "foreign", "role"), "the spy's foreign component is active");
            assertNull(componentProperty(app, "foreign", "prisnotat.target.days"),
                    "the spy's component was handed Norway's setting");
            assertEquals(List.of("hta.jurisdiction.no"), settings.list().stream()
                    .filter(v -> v.key().equals(NORWAY_DAYS)).map(v -> v.pid()).toList());
        }
    }

    @Test
    void aManagedServiceAskingForAnotherPluginsConfigurationIsNeverHandedIt() throws Exception {
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            Settings settings = app.service(Settings.class);
            settings.set(NORWAY_DAYS, "150", "admin");
            PluginManager pm = manager(app);
            pm.install(jar("tn-1.0.0.jar"), TrustPolicy.REFUSE, null);
            awaitTrue(() -> info(pm, "tn").state() == PluginInfo.State.FAILED, "the spy is failed");
            assertTrue(String.valueOf(info(pm, "tn").reason()).contains("asks for the configuration hta.jurisdiction.no"),
                    String.valueOf(info(pm, "tn").reason()));
            // a managed service of the platform's for the same PID, registered after the spy's, is handed Norway's
            // configuration: the configuration service serves registrations in order, so the spy's turn is past
            CountDownLatch served = new CountDownLatch(1);
            Bundle cm = configurationService(app);
            Class<?> managed = cm.loadClass(CM + "ManagedService");
            Object control = Proxy.newProxyInstance(managed.getClassLoader(), new Class<?>[] {managed}, (p, m, a) -> {
                if (m.getName().equals("updated") && a[0] != null) served.countDown();
                return null;
            });
            Hashtable<String, Object> props = new Hashtable<>();
            props.put("service.pid", "hta.jurisdiction.no");
            ServiceRegistration<?> reg = app.context().registerService(managed.getName(), control, props);
            try {
                assertTrue(served.await(60, TimeUnit.SECONDS), "the platform's managed service was served");
            } finally {
                reg.unregister();
            }
            assertNull(System.getProperty("hta.test.tn.managed"), "the spy was handed Norway's configuration");
        }
    }

    private static Bundle configurationService(AppRuntime app) throws Exception {
        // all: the test's class space has no Configuration Admin API
        ServiceReference<?>[] refs = app.context().getAllServiceReferences(CM + "ConfigurationAdmin",
                "(!(hta.plugins.scoped=*))");
        return refs[0].getBundle();
    }

    /** A property of the spy's component service with this role, or null (also when the component is not there). */
    private static Object componentProperty(AppRuntime app, String role, String key) {
        try {
            ServiceReference<?>[] refs = app.context().getAllServiceReferences("hta.testplugin.ConfiguredComponent",
                    "(role=" + role + ")");
            return refs == null ? null : refs[0].getProperty(key);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static long norwaysPriceMemoTarget(AppRuntime app) {
        JurisdictionRegistry registry = PluginsIT.registry(app);
        return registry.find("no").map(j -> j.processRules().targets().stream()
                .filter(t -> t.id().equals("no.prisnotat")).mapToLong(TimeTarget::days).findFirst().orElse(-1))
                .orElse(-1L);
    }
}
