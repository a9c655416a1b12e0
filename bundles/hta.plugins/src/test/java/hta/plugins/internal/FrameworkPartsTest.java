package hta.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.plugins.Plan;
import hta.plugins.PluginException;
import hta.plugins.PluginInfo;
import hta.plugins.Trust;
import hta.plugins.TrustPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/**
 * The parts that drive the framework — {@link Loader}, {@link Changes}, {@link Administration}, {@link Planner} —
 * in a real embedded Felix with real bundles: plugin jars written and signed by the test, a trust store of the
 * test's build key in the installation, and a bundle providing the jurisdiction contract the plugins require.
 */
class FrameworkPartsTest {
    @TempDir
    Path dir;
    /** The framework, as the bundle it is (its launch API is not imported by this bundle, so not compiled against). */
    private Bundle framework;
    private Parts p;

    /** Starts Felix with an installation whose {@code plugins/} folder holds {@code bundled} (code → jar). */
    private Parts start(Map<String, Path> bundled) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.createDirectories(home.resolve("plugins"));
        Files.createDirectories(home.resolve("security"));
        Files.copy(Jars.trustStore(Files.createDirectories(dir.resolve("keys")), Installation.TRUST_STORE_PASSWORD,
                Keys.build()), home.resolve(Installation.TRUST_STORE));
        for (Map.Entry<String, Path> b : bundled.entrySet()) {
            Files.copy(b.getValue(), home.resolve("plugins").resolve("test.plugin." + b.getKey() + "_1.0.0.jar"));
        }
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, dir.resolve("cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put("hta.home", home.toString());
        config.put("hta.data.dir", dir.resolve("data").toString());
        framework = newFramework(config);
        framework.start();
        BundleContext context = framework.getBundleContext();
        Map<String, String> contract = new LinkedHashMap<>();
        contract.put("Bundle-ManifestVersion", "2");
        contract.put("Bundle-SymbolicName", "test.contract");
        contract.put("Provide-Capability", "hta.jurisdiction.contract;version:Version=\"1.4\"");
        context.installBundle(Jars.jar(dir.resolve("contract.jar"), contract, Map.of()).toUri().toString()).start();
        p = new Parts(context);
        return p;
    }

    @AfterEach
    void stop() throws Exception {
        if (p != null) p.shutdown();
        if (framework != null) {
            framework.stop();
            framework.getClass().getMethod("waitForStop", long.class).invoke(framework, 10_000L);
        }
    }

    /** Felix, found as the launch API says (a service loader of FrameworkFactory), without compiling against it. */
    private static Bundle newFramework(Map<String, String> config) throws Exception {
        Class<?> type = Class.forName("org.osgi.framework.launch.FrameworkFactory");
        Object factory = ServiceLoader.load(type).findFirst().orElseThrow();
        return (Bundle) type.getMethod("newFramework", Map.class).invoke(factory, config);
    }

    private static Path signed(String code, String version) throws Exception {
        return Keys.jar("parts-" + code + "-" + version + ".jar", d -> {
            Path j = Jars.plugin(d.resolve(code + ".jar"), code, version, Jars.content());
            Jars.sign(j, Keys.build());
            return j;
        });
    }

    private Path unsigned(String code) throws Exception {
        return Jars.plugin(dir.resolve("unsigned-" + code + ".jar"), code, "1.0.0", Jars.content());
    }

    private void load(String code) {
        PluginState s = p.store.current();
        p.loader.apply(code, Desired.of(s, code, p.bundled, p.inst.store(), p.inst.stateFile()));
    }

    @Test
    void theLoaderInstallsABundledPluginFromItsCheckedCopyAndStartsIt() throws Exception {
        start(Map.of("za", signed("za", "1.0.0")));
        load("za");
        Bundle b = p.fw.bundleFor("za");
        assertNotNull(b, "installed: " + p.log.failure("za"));
        assertEquals(Bundle.ACTIVE, b.getState());
        assertTrue(b.getLocation().startsWith(p.inst.store().toUri().toString()),
                "installed from the stored copy, not the installation's folder: " + b.getLocation());
        assertEquals(Trust.TRUSTED, p.loader.checked("za").trust());
        load("za");
        assertEquals(b.getBundleId(), p.fw.bundleFor("za").getBundleId(), "already in line: left as it is");
    }

    @Test
    void theLoaderRefusesAnUnsignedBundledPluginAndSaysWhy() throws Exception {
        start(Map.of("zu", unsigned("zu")));
        load("zu");
        assertNull(p.fw.bundleFor("zu"));
        assertTrue(p.log.failure("zu").contains("a bundled plugin must be signed by a trusted signer"),
                p.log.failure("zu"));
    }

    @Test
    void changesInstallRecordAndAdministrationDisablesEnablesAndUninstalls() throws Exception {
        start(Map.of());
        Inspector.Inspected in = p.inspector.take(p.intake, signed("zc", "1.0.0"));
        p.changes.accepted(in, TrustPolicy.REFUSE, null, "install", "test");
        PluginInfo installed = p.changes.install(in, hta.plugins.PluginInfo.Origin.INSTALLED, "test");
        assertEquals(PluginInfo.State.ACTIVE, installed.state());
        PluginState.Entry e = p.store.current().get("zc");
        assertEquals(in.stored().sha256(), e.sha256(), "the state vouches for the installed bytes");
        assertThrows(PluginException.class, () -> p.changes.install(p.inspector.take(p.intake, signed("zc", "1.0.0")),
                hta.plugins.PluginInfo.Origin.INSTALLED, "test"), "installed already");

        p.admin.toggle("zc", false);
        assertFalse(p.fw.bundleFor("zc").getState() == Bundle.ACTIVE, "disabled: stopped");
        assertEquals(PluginState.Status.DISABLED, p.store.current().get("zc").status());
        p.admin.toggle("zc", true);
        assertEquals(Bundle.ACTIVE, p.fw.bundleFor("zc").getState());

        p.admin.uninstall("zc");
        assertNull(p.fw.bundleFor("zc"), "uninstalled from the framework");
        assertNull(p.store.current().get("zc"), "and from the state");
    }

    @Test
    void thePlannerRefusesAnUnsignedJarUnderRefuseAndChangesNothing() throws Exception {
        start(Map.of());
        Path jar = unsigned("zp");
        Plan plan = p.planner.plan(Plan.Action.INSTALL, jar.toString(), TrustPolicy.REFUSE, Set.of());
        assertFalse(plan.possible(), String.valueOf(plan.changes()));
        assertTrue(plan.refusal().contains("not signed"), plan.refusal());
        assertNull(p.fw.bundleFor("zp"));
        assertNull(p.store.current().get("zp"));
        Plan allowed = p.planner.plan(Plan.Action.INSTALL, jar.toString(), TrustPolicy.ALLOW_UNSIGNED, Set.of());
        assertTrue(allowed.possible(), allowed.refusal());
        assertNull(p.fw.bundleFor("zp"), "a plan installs nothing");
    }
    /**
     * The framework's own reading of a stored copy must be the plugin that was checked: a jar read as another code,
     * as two jurisdictions, as none or as a fragment is uninstalled again and refused (defence in depth behind the
     * manifest checks, which refuse such jars before install).
     */
    @Test
    void theLifecycleRefusesAJarTheFrameworkReadsOtherwiseThanItsCheck() throws Exception {
        start(Map.of());
        Lifecycle life = p.life;
        Map<String, String> two = new LinkedHashMap<>(pluginHeaders("zt"));
        two.put("Provide-Capability", "hta.jurisdiction;code=zt;contract:Version=\"1.0\",hta.jurisdiction;code=no;contract:Version=\"1.0\"");
        Map<String, String> none = new LinkedHashMap<>(pluginHeaders("zn"));
        none.remove("Provide-Capability");
        Map<String, String> fragment = new LinkedHashMap<>(pluginHeaders("zf"));
        fragment.put("Fragment-Host", "test.contract");
        Map<String, Map<String, String>> refused = new LinkedHashMap<>();
        refused.put("another code", pluginHeaders("zo"));
        refused.put("two jurisdictions", two);
        refused.put("no jurisdiction", none);
        refused.put("a fragment", fragment);
        int bundlesBefore = framework.getBundleContext().getBundles().length;
        for (Map.Entry<String, Map<String, String>> c : refused.entrySet()) {
            StoredJar jar = stored(Jars.jar(dir.resolve(c.getKey().replace(' ', '-') + ".jar"), c.getValue(), Jars.content()));
            JarProblem e = assertThrows(JarProblem.class, () -> life.install(jar, "zx"), c.getKey());
            assertTrue(e.getMessage().contains("not installed"), e.getMessage());
            assertNull(framework.getBundleContext().getBundle(Lifecycle.location(jar)), c.getKey() + ": uninstalled again");
        }
        assertEquals(bundlesBefore, framework.getBundleContext().getBundles().length, "nothing of the refused jars stays installed");
        StoredJar good = stored(Jars.plugin(dir.resolve("good.jar"), "zx", "1.0.0", Jars.content()));
        assertNotNull(life.install(good, "zx"), "a jar read as the code that was checked is installed");
    }

    private static Map<String, String> pluginHeaders(String code) throws Exception {
        try (java.util.jar.JarFile j = new java.util.jar.JarFile(Jars.plugin(Files.createTempFile("h", ".jar"), code, "1.0.0",
                Map.of()).toFile())) {
            Map<String, String> h = new LinkedHashMap<>();
            j.getManifest().getMainAttributes().forEach((k, v) -> h.put(k.toString(), v.toString()));
            h.remove("Manifest-Version");
            return h;
        }
    }

    private static StoredJar stored(Path jar) throws Exception {
        String sha = java.util.HexFormat.of().formatHex(JarIntake.sha256().digest(Files.readAllBytes(jar)));
        return new StoredJar(jar, sha, jar.getFileName().toString());
    }
}
