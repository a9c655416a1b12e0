package hta.app;

import static hta.app.PluginsIT.get;
import static hta.app.PluginsIT.info;
import static hta.app.PluginsIT.jar;
import static hta.app.PluginsIT.manager;
import static hta.app.PluginsIT.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
            Object pm = manager(first);
            AppRuntime.call(pm, "install", jar("aa-1.0.0.jar"), policy(first, "REFUSE"), null);
            assertOnlyNorwayIsNorway(first);
            Object aa = info(pm, "aa");
            assertNotNull(aa, "the hijacker is listed: " + AppRuntime.call(pm, "plugins"));
            assertEquals("FAILED", String.valueOf(get(aa, "state")), "the hijacker is listed as failed");
            assertTrue(String.valueOf(get(aa, "reason")).contains("'no'"), String.valueOf(get(aa, "reason")));
            assertEquals("ACTIVE", String.valueOf(get(info(pm, "no"), "state")));
        } finally {
            first.stop(); // keeps the data directory for the restart
        }
        // at the next start the hijacker is installed before Norway ("aa" < "no"): still no takeover
        try (AppRuntime app = AppRuntime.start(data, Map.of())) {
            assertOnlyNorwayIsNorway(app);
            Object aa = info(manager(app), "aa");
            assertNotNull(aa, "the hijacker is listed after a restart: " + AppRuntime.call(manager(app), "plugins"));
            assertEquals("FAILED", String.valueOf(get(aa, "state")));
        }
    }

    private static void assertOnlyNorwayIsNorway(AppRuntime app) throws Exception {
        Object registry = app.service("hta.jurisdiction.JurisdictionRegistry", null);
        PluginsIT.awaitTrue(() -> PluginsIT.registryCodes(app).contains("no"), "Norway is registered");
        List<String> names = new ArrayList<>();
        for (Object j : (List<?>) AppRuntime.call(registry, "jurisdictions")) {
            if ("no".equals(AppRuntime.call(j, "code"))) names.add((String) AppRuntime.call(j, "displayName"));
        }
        assertEquals(List.of("Norway"), names, "the registry's jurisdictions for 'no'");
        Object found = ((java.util.Optional<?>) AppRuntime.call(registry, "find", "no")).orElseThrow();
        assertEquals("Norway", AppRuntime.call(found, "displayName"));
        // nobody else in the framework sees the hijacking service either (the system bundle is exempt from hooks)
        for (String consumer : List.of("hta.cli", "hta.workbench.shell", "hta.export.pdf")) {
            org.osgi.framework.ServiceReference<?>[] refs = app.bundle(consumer).getBundleContext()
                    .getAllServiceReferences("hta.jurisdiction.Jurisdiction", null);
            for (org.osgi.framework.ServiceReference<?> ref : refs) {
                assertFalse("hta.testplugin.aa".equals(ref.getBundle().getSymbolicName()), consumer + " sees " + ref);
            }
        }
    }

    @Test
    void aPluginCannotVetoTheUninstallOfAnotherPlugin() throws Exception {
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            Object pm = manager(app);
            Object tv = AppRuntime.call(pm, "install", jar("tv-1.0.0.jar"), policy(app, "REFUSE"), null);
            assertEquals("FAILED", String.valueOf(get(tv, "state")), "registering a removal participant is an offence");
            assertTrue(String.valueOf(get(tv, "reason")).contains("RemovalParticipant"), String.valueOf(get(tv, "reason")));
            AppRuntime.call(pm, "uninstall", "no");
            assertNull(app.bundle("hta.jurisdiction.no"), "the plugin's veto stopped the uninstall of Norway");
            assertEquals("AVAILABLE", String.valueOf(get(info(pm, "no"), "state")));
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
            Object pm = manager(app);
            AppRuntime.call(pm, "install", jar("tl-1.0.0.jar"), policy(app, "REFUSE"), null);
            Bundle tl = app.bundle("hta.testplugin.tl");
            BundleContext plugin = tl.getBundleContext();
            for (String hidden : List.of("hta.plugins.PluginManager", "hta.dossier.repository.Workspaces",
                    "hta.export.pdf.MemoExporter", "hta.jurisdiction.JurisdictionRegistry", "java.util.function.Function",
                    "org.apache.felix.fileinstall.ArtifactInstaller",
                    "org.osgi.service.component.runtime.ServiceComponentRuntime", "hta.jurisdiction.Jurisdiction")) {
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
