package hta.app;

import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * The five jurisdiction plugins in the assembled app: each can be installed and uninstalled on its own in a
 * running framework and the registry follows; no plugin imports another jurisdiction's package.
 */
class JurisdictionPluginsIT {
    private static final List<String> CODES = List.of("dk", "nice", "no", "se", "smc");
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
    void eachPluginAloneInARunningFrameworkAndTheRegistryFollows() throws Exception {
        JurisdictionRegistry registry = app.service(JurisdictionRegistry.class);
        awaitCodes(registry, CODES);
        Map<String, String> locations = new LinkedHashMap<>();
        for (String code : CODES) {
            Bundle b = app.bundle("hta.jurisdiction." + code);
            assertNotNull(b, "plugin " + code + " is not installed in the app");
            locations.put(code, b.getLocation());
        }
        // each one away while the others stay
        for (String code : CODES) {
            app.bundle("hta.jurisdiction." + code).uninstall();
            List<String> others = CODES.stream().filter(c -> !c.equals(code)).toList();
            awaitCodes(registry, others);
            Bundle again = app.context().installBundle(locations.get(code));
            again.start();
            awaitCodes(registry, CODES);
        }
        // none installed, then each one on its own
        for (String code : CODES) app.bundle("hta.jurisdiction." + code).uninstall();
        awaitCodes(registry, List.of());
        for (String code : CODES) {
            Bundle alone = app.context().installBundle(locations.get(code));
            alone.start();
            assertEquals(Bundle.ACTIVE, alone.getState(), code + " does not start on its own");
            awaitCodes(registry, List.of(code));
            Jurisdiction found = registry.find(code).orElseThrow();
            // it works alone: its process rules are there and consistent
            assertEquals(List.of(), found.processRules().inconsistencies(), code);
            alone.uninstall();
            awaitCodes(registry, List.of());
        }
        for (String code : CODES) app.context().installBundle(locations.get(code)).start();
        awaitCodes(registry, CODES);
    }

    @Test
    void noPluginImportsAnotherJurisdiction() throws Exception {
        List<Path> plugins = AppRuntime.jars(AppRuntime.APP.resolve("plugins"));
        List<String> names = new ArrayList<>();
        for (Path jar : plugins) {
            Manifest m;
            try (JarFile f = new JarFile(jar.toFile())) {
                m = f.getManifest();
            }
            String name = m.getMainAttributes().getValue("Bundle-SymbolicName").split(";")[0].trim();
            if (!name.startsWith("hta.jurisdiction.")) continue;
            names.add(name);
            String code = name.substring("hta.jurisdiction.".length());
            String imports = m.getMainAttributes().getValue("Import-Package");
            for (String p : packages(imports)) {
                // the contract packages hta.jurisdiction and hta.jurisdiction.memo are shared; a country's are not
                boolean otherCountry = p.startsWith("hta.jurisdiction.") && !p.equals("hta.jurisdiction.memo");
                assertFalse(otherCountry, name + " imports " + p);
            }
            assertNull(m.getMainAttributes().getValue("Require-Bundle"), name + " requires a bundle");
            assertNull(m.getMainAttributes().getValue("Export-Package"), name + " exports packages");
            String capability = m.getMainAttributes().getValue("Provide-Capability");
            assertTrue(capability != null && capability.contains("code=" + code) && capability.contains("contract:Version"),
                    name + " does not declare which contract it implements: " + capability);
            assertTrue(m.getMainAttributes().getValue("Require-Capability").contains("hta.jurisdiction.contract"), name);
        }
        assertEquals(CODES.stream().map(c -> "hta.jurisdiction." + c).sorted().toList(), names.stream().sorted().toList());
    }

    /** Package names of an Import-Package header (attributes dropped; commas inside quotes ignored). */
    static List<String> packages(String header) {
        List<String> result = new ArrayList<>();
        if (header == null) return result;
        boolean quoted = false;
        StringBuilder clause = new StringBuilder();
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') quoted = !quoted;
            if (c == ',' && !quoted) {
                result.add(clause.toString().split(";")[0].trim());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return result;
    }

    /** Waits until the registry lists exactly these codes; components come and go asynchronously. */
    private static void awaitCodes(JurisdictionRegistry registry, List<String> expected) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        List<String> sorted = expected.stream().sorted().toList();
        while (!codes(registry).equals(sorted) && System.currentTimeMillis() < deadline) Thread.sleep(20);
        assertEquals(sorted, codes(registry));
    }

    private static List<String> codes(JurisdictionRegistry registry) {
        return registry.jurisdictions().stream().map(Jurisdiction::code).toList();
    }
}
