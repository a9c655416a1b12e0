package hta.app;

import static hta.app.PluginsIT.info;
import static hta.app.PluginsIT.jar;
import static hta.app.PluginsIT.manager;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.repository.Workspaces;
import hta.export.pdf.MemoExporter;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import hta.plugins.PluginInfo;
import hta.plugins.PluginManager;
import hta.plugins.TrustPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * What a plugin may do to others in the real app: register another country's jurisdiction (the code hijack),
 * veto another plugin's removal, call the platform's services.
 */
class PluginIsolationIT {
    @TempDir
    Path work;

    @Test
    void aPluginInstalledAsAaCannotRegisterNorwaysJurisdiction() throws Exception {
        Path data = Files.createDirectories(work.resolve("data"));
        AppRuntime first = AppRuntime.start(data, Map.of());
        try {
            PluginManager pm = manager(first);
            pm.install(jar("aa-1.0.0.jar"), TrustPolicy.REFUSE, null);
            assertOnlyNorwayIsNorway(first);
            var aa = info(pm, "aa");
            assertNotNull(aa, "the hijacker is listed: " + pm.plugins());
            assertEquals(PluginInfo.State.FAILED, aa.state(), "the hijacker is listed as failed");
            assertTrue(String.valueOf(aa.reason()).contains("'no'"), String.valueOf(aa.reason()));
            assertEquals(PluginInfo.State.ACTIVE, info(pm, "no").state());
        } finally {
            first.stop(); // keeps the data directory for the restart
        }
        // at the next start the hijacker is installed before Norway ("aa" < "no"): still no takeover
        try (AppRuntime app = AppRuntime.start(data, Map.of())) {
            assertOnlyNorwayIsNorway(app);
            var aa = info(manager(app), "aa");
            assertNotNull(aa, "the hijacker is listed after a restart: " + manager(app).plugins());
            assertEquals(PluginInfo.State.FAILED, aa.state());
        }
    }

    private static void assertOnlyNorwayIsNorway(AppRuntime app) throws Exception {
        JurisdictionRegistry registry = PluginsIT.registry(app);
        PluginsIT.awaitTrue(() -> PluginsIT.registryCodes(app).contains("no"), "Norway is registered");
        List<String> names = new ArrayList<>();
        for (Jurisdiction j : registry.jurisdictions()) {
            if ("no".equals(j.code())) names.add(j.displayName());
        }
        assertEquals(List.of("Norway"), names, "the registry's jurisdictions for 'no'");
        assertEquals("Norway", registry.find("no").orElseThrow().displayName());
        // nobody else in the framework sees the hijacking service either (the system bundle is exempt from hooks)
        for (String consumer : List.of("hta.cli", "hta.workbench.shell", "hta.export.pdf")) {
            org.osgi.framework.BundleContext context = app.bundle(consumer).getBundleContext();
            org.osgi.framework.ServiceReference<?>[] refs = context.getAllServiceReferences("hta.jurisdiction.Jurisdiction", null);
            for (org.osgi.framework.ServiceReference<?> ref : refs == null ? new org.osgi.framework.ServiceReference<?>[0] : refs) {
                // a service unregistered since the lookup (a plugin restarting) no longer names its bundle: its
                // registering bundle's id is still among its properties
                org.osgi.framework.Bundle owner = ref.getBundle();
                Object id = ref.getProperty(org.osgi.framework.Constants.SERVICE_BUNDLEID);
                if (owner == null && id instanceof Long bundleId) owner = context.getBundle(bundleId);
                assertFalse(owner != null && "hta.testplugin.aa".equals(owner.getSymbolicName()), consumer + " sees " + ref);
            }
        }
    }

    @Test
    void aPluginCannotVetoTheUninstallOfAnotherPlugin() throws Exception {
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            PluginManager pm = manager(app);
            var tv = pm.install(jar("tv-1.0.0.jar"), TrustPolicy.REFUSE, null);
            assertEquals(PluginInfo.State.FAILED, tv.state(), "registering a removal participant is an offence");
            assertTrue(String.valueOf(tv.reason()).contains("RemovalParticipant"), String.valueOf(tv.reason()));
            pm.uninstall("no");
            assertNull(app.bundle("hta.jurisdiction.no"), "the plugin's veto stopped the uninstall of Norway");
            assertEquals(PluginInfo.State.AVAILABLE, info(pm, "no").state());
        }
    }

    @Test
    void aPluginPosingAsTheApplicationDoesNotTakeOverTheCommands() throws Exception {
        Path data = work.resolve("data");
        HostileRun.Result install = HostileRun.hta(data, "plugins", "install", jar("tf-1.0.0.jar").toString());
        assertEquals(1, install.exitCode(), "the plugin is failed: " + install.out() + install.err());
        assertTrue(install.out().contains("java.util.function.Function"), install.out());
        // dropped into the watched folder, it is loaded while the command starts, before the launcher looks for
        // the application
        Path other = work.resolve("other");
        Files.createDirectories(other.resolve("plugins"));
        Files.copy(jar("tf-1.0.0.jar"), other.resolve("plugins/tf.jar"));
        HostileRun.Result list = HostileRun.hta(other, "list");
        assertEquals(0, list.exitCode(), "the launcher called the plugin's application: " + list.out() + list.err());
        assertTrue(list.out().contains("hemgenix"), list.out());
    }

    @Test
    void aPluginDoesNotSeeThePlatformsServices() throws Exception {
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            PluginManager pm = manager(app);
            pm.install(jar("tl-1.0.0.jar"), TrustPolicy.REFUSE, null);
            Bundle tl = app.bundle("hta.testplugin.tl");
            BundleContext plugin = tl.getBundleContext();
            for (String hidden : List.of(PluginManager.class.getName(), Workspaces.class.getName(),
                    MemoExporter.class.getName(), JurisdictionRegistry.class.getName(), Function.class.getName(),
                    "org.apache.felix.fileinstall.ArtifactInstaller",
                    "org.osgi.service.component.runtime.ServiceComponentRuntime", Jurisdiction.class.getName())) {
                org.osgi.framework.ServiceReference<?>[] refs = plugin.getAllServiceReferences(hidden, null);
                List<String> from = new ArrayList<>();
                if (refs != null) {
                    for (org.osgi.framework.ServiceReference<?> r : refs) {
                        if (r.getBundle() != tl) from.add(r.getBundle().getSymbolicName());
                    }
                }
                assertEquals(List.of(), from, "a plugin sees " + hidden + " of");
            }
            // its own registration stays visible to itself, and the platform sees it
            assertNotNull(plugin.getServiceReference("hta.jurisdiction.Jurisdiction"));
            assertTrue(PluginsIT.registryCodes(app).contains("tl"));
        }
    }
}
