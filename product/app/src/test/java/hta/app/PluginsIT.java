package hta.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.ref.WeakReference;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * Plugin administration in the real app (embedded Felix, the signed bundled plugins, the trust store the build
 * made) with the test plugins the build assembled: refusals, containment, round trips with a dossier present,
 * persistence across restarts, the last known good set, the watched folder and class-loader release.
 */
class PluginsIT {
    static final Path PLUGINS = Path.of(System.getProperty("hta.test.plugins", "target/test-plugins"));

    @Test
    void tamperedUnsignedUnknownSignerAndIncompatiblePluginsAreRefusedWithAClearReasonAndNothingIsInstalled() throws Exception {
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            Object pm = manager(app);
            String tampered = refusal(app, pm, "install", jar("tampered-tl-1.0.0.jar"), "REFUSE");
            assertTrue(tampered.contains("tampered-tl-1.0.0.jar was modified after signing"), tampered);
            assertTrue(tampered.contains("hta/testplugin/about.txt"), "the message names the changed entry: " + tampered);
            // a tampered jar is refused even when unsigned plugins are allowed
            assertTrue(refusal(app, pm, "install", jar("tampered-tl-1.0.0.jar"), "ALLOW_UNSIGNED")
                    .contains("modified after signing"));

            String unsigned = refusal(app, pm, "install", jar("unsigned-tl-1.0.0.jar"), "REFUSE");
            assertTrue(unsigned.contains("unsigned-tl-1.0.0.jar is not signed"), unsigned);

            String stranger = refusal(app, pm, "install", jar("untrusted-tl-1.0.0.jar"), "REFUSE");
            assertTrue(stranger.contains("signed by Someone Else, who is not in this installation's trust store"), stranger);

            String incompatible = refusal(app, pm, "install", jar("ti-1.0.0.jar"), "ALLOW_UNSIGNED");
            assertTrue(incompatible.startsWith("Incompatible: Testland ti (ti) 1.0.0 implements jurisdiction contract 2.0"),
                    incompatible);
            assertTrue(incompatible.contains("this workbench provides contract 1.4"), incompatible);

            assertNull(info(pm, "tl"), "nothing of the refused plugins is installed");
            assertNull(info(pm, "ti"));
            assertNull(app.bundle("hta.testplugin.tl"));
            assertNull(app.bundle("hta.testplugin.ti"));

            // the history says who refused what, from where, and the signer
            List<?> history = (List<?>) AppRuntime.call(pm, "history");
            long refused = history.stream().filter(e -> "refused".equals(get(e, "outcome"))).count();
            assertEquals(5, refused, "five refusals recorded: " + history);
            Object last = history.get(history.size() - 1);
            assertEquals(System.getProperty("user.name"), get(last, "user"));
            assertTrue(String.valueOf(get(last, "source")).endsWith("ti-1.0.0.jar"));
            assertEquals("HTA Workbench build", get(last, "signer"));

            // allow-unsigned accepts the unsigned copy, and says so in the list
            Object installed = AppRuntime.call(pm, "install", jar("unsigned-tl-1.0.0.jar"), policy(app, "ALLOW_UNSIGNED"), null);
            assertEquals("ACTIVE", String.valueOf(get(installed, "state")));
            assertEquals("UNSIGNED", String.valueOf(get(installed, "trust")));
            assertTrue(registryCodes(app).contains("tl"));
            // and an unknown signer accepted under allow-unsigned is listed as that signer, not as trusted
            Object stranger2 = AppRuntime.call(pm, "update", jar("untrusted-tl-1.0.0.jar"), policy(app, "ALLOW_UNSIGNED"), null);
            assertEquals("UNTRUSTED_SIGNER", String.valueOf(get(stranger2, "trust")));
            assertEquals("Someone Else", get(stranger2, "signer"));
        }
    }

    @Test
    void aPluginThatThrowsOnStartIsMarkedFailedAndOneThatHangsInRenderingTimesOutWhileTheOthersKeepWorking() throws Exception {
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            Object pm = manager(app);
            Object failed = AppRuntime.call(pm, "install", jar("tx-1.0.0.jar"), policy(app, "REFUSE"), null);
            assertEquals("FAILED", String.valueOf(get(failed, "state")));
            assertTrue(String.valueOf(get(failed, "reason")).contains("threw on start: Testland refuses to start"),
                    String.valueOf(get(failed, "reason")));
            assertEquals("ACTIVE", String.valueOf(get(info(pm, "no"), "state")), "Norway keeps working");

            AppRuntime.call(pm, "install", jar("th-1.0.0.jar"), policy(app, "REFUSE"), null);
            awaitTrue(() -> registryCodes(app).contains("th"), "the hanging plugin registers its jurisdiction");
            Object registry = app.service("hta.jurisdiction.JurisdictionRegistry", null);
            Object th = ((java.util.Optional<?>) AppRuntime.call(registry, "find", "th")).orElseThrow();
            Object template = ((List<?>) AppRuntime.call(th, "memoTemplates")).get(0);
            Method render = method(template, "render");
            long t0 = System.nanoTime();
            Callable<Object> rendering = () -> render.invoke(template, null, null);
            String message = refusal(() -> AppRuntime.call(pm, "call", "th", Duration.ofMillis(400), rendering));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 5_000, "the caller got control back after the time limit, not " + ms + " ms");
            assertTrue(message.contains("Testland th (th) 1.0.0 did not return within 400 ms"), message);
            Object thInfo = info(pm, "th");
            assertEquals("FAILED", String.valueOf(get(thInfo, "state")));
            assertTrue(String.valueOf(get(thInfo, "reason")).contains("did not return within 400 ms"));
            awaitTrue(() -> !registryCodes(app).contains("th"), "the failed plugin is stopped");
            assertTrue(((List<?>) AppRuntime.call(pm, "events")).stream().anyMatch(e -> (Boolean) get(e, "failure")
                    && String.valueOf(get(e, "message")).contains("did not return")), "a failure event for the Error Log");

            // the other jurisdictions keep working through the same guard
            Object no = ((java.util.Optional<?>) AppRuntime.call(registry, "find", "no")).orElseThrow();
            Callable<Object> name = () -> AppRuntime.call(no, "displayName");
            assertEquals("Norway", AppRuntime.call(pm, "call", "no", Duration.ofSeconds(5), name));
            assertEquals("ACTIVE", String.valueOf(get(info(pm, "no"), "state")));
        }
    }

    @Test
    void roundTripsWithADossierPresentSurviveRestartsAndLeaveTheDossierByteIdentical() throws Exception {
        Path data = Files.createTempDirectory("hta-it-plugins");
        AppRuntime first = AppRuntime.start(data, Map.of());
        AppRuntime app = first;
        try {
            Path dossier = app.workspace().resolve("hemgenix.json");
            byte[] before = Files.readAllBytes(dossier);
            Object pm = manager(app);

            AppRuntime.call(pm, "install", jar("tl-1.0.0.jar"), policy(app, "REFUSE"), null);
            Object updated = AppRuntime.call(pm, "update", jar("tl-1.1.0.jar"), policy(app, "REFUSE"), null);
            assertEquals("1.1.0", get(updated, "version"));
            assertEquals("ACTIVE", String.valueOf(get(updated, "state")));
            Bundle norway = app.bundle("hta.jurisdiction.no");
            long untouched = app.bundle("hta.jurisdiction.se").getBundleId();

            AppRuntime.call(pm, "setInteractivePolicy", policy(app, "REFUSE"));
            AppRuntime.call(pm, "disable", "dk");
            assertFalse(registryCodes(app).contains("dk"));
            AppRuntime.call(pm, "uninstall", "no");
            assertFalse(registryCodes(app).contains("no"));
            assertEquals(Bundle.UNINSTALLED, norway.getState());
            assertEquals("AVAILABLE", String.valueOf(get(info(pm, "no"), "state")), "a bundled plugin stays offered");
            assertEquals(Bundle.ACTIVE, app.context().getBundle(untouched).getState(), "Sweden was not refreshed away");
            assertArrayEquals(before, Files.readAllBytes(dossier), "uninstalling never touches dossier files");

            // restart on the same data directory: the administrator's changes stay, the bundled plugin is not forced back
            first.stop();
            AppRuntime second = AppRuntime.start(data, Map.of());
            app = second;
            pm = manager(second);
            assertEquals("1.1.0", get(info(pm, "tl"), "version"));
            assertEquals("ACTIVE", String.valueOf(get(info(pm, "tl"), "state")));
            assertEquals("DISABLED", String.valueOf(get(info(pm, "dk"), "state")));
            assertEquals("AVAILABLE", String.valueOf(get(info(pm, "no"), "state")));
            assertNull(app.bundle("hta.jurisdiction.no"));
            assertEquals("REFUSE", String.valueOf(AppRuntime.call(pm, "interactivePolicy")),
                    "the trust policy an administrator set for the Plugins view stays");

            // reinstall from the product's plugin repository: signed by the build, so the default policy accepts it
            Object norwayOffer = catalogueEntry(pm, "no");
            assertEquals("INSTALL", String.valueOf(get(norwayOffer, "offer")));
            AppRuntime.call(pm, "install", get(norwayOffer, "jar"), policy(app, "REFUSE"), null);
            Object norwayBack = info(pm, "no");
            assertEquals("TRUSTED", String.valueOf(get(norwayBack, "trust")));
            assertEquals("HTA Workbench build", get(norwayBack, "signer"));
            assertTrue(String.valueOf(get(norwayBack, "source")).contains("repository"), String.valueOf(get(norwayBack, "source")));
            AppRuntime.call(pm, "enable", "dk");
            awaitTrue(() -> registryCodes(second).containsAll(List.of("no", "dk", "tl")), "all back");
            assertArrayEquals(before, Files.readAllBytes(dossier), "uninstall and reinstall leave the dossier byte-identical");

            // a bad change, then one command back to the last known good set
            AppRuntime.call(pm, "install", jar("tx-1.0.0.jar"), policy(app, "REFUSE"), null);
            assertEquals("FAILED", String.valueOf(get(info(pm, "tx"), "state")));
            List<?> restored = (List<?>) AppRuntime.call(pm, "restoreLastGood");
            assertTrue(restored.stream().noneMatch(p -> "tx".equals(get(p, "code"))), "the failing plugin is gone: " + restored);
            assertNull(app.bundle("hta.testplugin.tx"));
            assertTrue(registryCodes(app).containsAll(List.of("no", "dk", "tl", "se", "smc", "nice")));

            Path export = data.resolve("history.csv");
            AppRuntime.call(pm, "exportHistory", export);
            String csv = Files.readString(export);
            assertTrue(csv.startsWith("time,user,action,code,version,source,signer,outcome,detail"), csv);
            for (String action : List.of(",install,tl,1.0.0,", ",update,tl,1.1.0,", ",trust-policy,", ",disable,dk,",
                    ",uninstall,no,", ",install,no,", ",enable,dk,", ",restore-last-good,")) {
                assertTrue(csv.contains(action), "history has " + action + ":\n" + csv);
            }
        } finally {
            app.close();
        }
    }

    @Test
    void theProductRepositoryIsACatalogueOfSignedPluginsWithDescriptionsAndATestRepositoryOffersInstallUpdateAndRefusals()
            throws Exception {
        // the repository that ships with the app: every jurisdiction, described, signed, its p2 checksums still right
        Path repository = AppRuntime.APP.resolve("repository");
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            Object pm = manager(app);
            List<?> catalogue = (List<?>) AppRuntime.call(pm, "catalogue");
            assertEquals(List.of("dk", "nice", "no", "se", "smc"), catalogue.stream().map(e -> get(e, "code")).toList());
            for (Object e : catalogue) {
                assertEquals("INSTALLED", String.valueOf(get(e, "offer")), "bundled and installed: " + e);
                assertTrue(String.valueOf(get(e, "description")).length() > 30, "described: " + e);
                Path jar = (Path) get(e, "jar");
                assertTrue(jar.startsWith(repository.toAbsolutePath()), jar.toString());
                Object v = AppRuntime.call(pm, "verify", jar);
                assertEquals("TRUSTED", String.valueOf(get(v, "trust")), "signed by the build: " + get(v, "trustDetail"));
                String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(jar)));
                assertTrue(Files.readString(repository.resolve("artifacts.xml")).contains("value='" + sha + "'"),
                        "the p2 metadata has the checksum of the signed " + jar.getFileName());
            }
            assertTrue(String.valueOf(get(catalogueEntry(pm, "no"), "description")).startsWith("Norway:"));
        }
        try (AppRuntime app = AppRuntime.start(Map.of("hta.plugins.repository", PLUGINS.resolve("repository").toString()))) {
            Object pm = manager(app);
            Object tl = catalogueEntry(pm, "tl");
            assertEquals("1.1.0", get(tl, "version"), "the newest version is offered");
            assertEquals("INSTALL", String.valueOf(get(tl, "offer")));
            assertEquals("A test jurisdiction, with a newer memo template.", get(tl, "description"));
            Object ti = catalogueEntry(pm, "ti");
            assertEquals("UNAVAILABLE", String.valueOf(get(ti, "offer")));
            assertTrue(String.valueOf(get(ti, "note")).startsWith("Incompatible: Testland ti (ti) 1.0.0 implements"
                    + " jurisdiction contract 2.0.0"), String.valueOf(get(ti, "note")));

            AppRuntime.call(pm, "install", jar("tl-1.0.0.jar"), policy(app, "REFUSE"), null);
            tl = catalogueEntry(pm, "tl");
            assertEquals("UPDATE", String.valueOf(get(tl, "offer")));
            assertEquals("replaces the installed version 1.0.0", get(tl, "note"));
            Object updated = AppRuntime.call(pm, "update", get(tl, "jar"), policy(app, "REFUSE"), null);
            assertEquals("1.1.0", get(updated, "version"));
            assertEquals("ACTIVE", String.valueOf(get(updated, "state")));
            assertEquals("INSTALLED", String.valueOf(get(catalogueEntry(pm, "tl"), "offer")));
            assertTrue(registryCodes(app).contains("tl"));
        }
    }

    @Test
    void anOpenEditorWithUnsavedChangesStopsTheUninstallUntilItIsSaved() throws Exception {
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            Object pm = manager(app);
            Bundle plugins = app.bundle("hta.plugins");
            Class<?> participant = plugins.loadClass("hta.plugins.RemovalParticipant");
            java.util.concurrent.atomic.AtomicReference<String> unsaved =
                    new java.util.concurrent.atomic.AtomicReference<>("the Hemgenix dossier has unsaved changes");
            List<String> asked = new ArrayList<>();
            Object editor = java.lang.reflect.Proxy.newProxyInstance(participant.getClassLoader(), new Class<?>[] {participant},
                    (proxy, method, args) -> {
                        if (!method.getName().equals("beforeRemoval")) return method.invoke(this, args);
                        asked.add((String) args[0]);
                        return java.util.Optional.ofNullable(unsaved.get());
                    });
            // registered as the workbench would: a whiteboard service the manager asks before removing a plugin
            plugins.getBundleContext().registerService(participant.getName(), editor, null);

            String stopped = refusal(() -> AppRuntime.call(pm, "uninstall", "no"));
            assertEquals("the uninstall of 'no' was stopped: the Hemgenix dossier has unsaved changes", stopped);
            assertEquals(List.of("no"), asked);
            assertEquals("ACTIVE", String.valueOf(get(info(pm, "no"), "state")), "nothing was changed");
            assertTrue(registryCodes(app).contains("no"));

            unsaved.set(null); // saved
            AppRuntime.call(pm, "uninstall", "no");
            assertFalse(registryCodes(app).contains("no"));
        }
    }

    @Test
    void theClassLoaderOfAnUninstalledPluginCanBeCollected() throws Exception {
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            Object pm = manager(app);
            AppRuntime.call(pm, "install", jar("tl-1.0.0.jar"), policy(app, "REFUSE"), null);
            WeakReference<ClassLoader> loader = new WeakReference<>(
                    app.bundle("hta.testplugin.tl").loadClass("hta.testplugin.Testland").getClassLoader());
            AppRuntime.call(pm, "uninstall", "tl");
            assertNull(app.bundle("hta.testplugin.tl"));
            for (int i = 0; i < 50 && loader.get() != null; i++) {
                System.gc();
                Thread.sleep(50);
            }
            assertNull(loader.get(), "the uninstalled plugin's class loader is still reachable");
        }
    }

    @Test
    void aJarDroppedIntoTheWatchedFolderIsCheckedAndInstalledAndDeletingItUninstallsIt() throws Exception {
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            Object pm = manager(app);
            Path good = drop(app, jar("tl-1.0.0.jar"), "tl-1.0.0.jar");
            awaitTrue(() -> info(pm, "tl") != null && "ACTIVE".equals(String.valueOf(get(info(pm, "tl"), "state"))),
                    "the watched plugin is installed and active");
            assertEquals("WATCHED", String.valueOf(get(info(pm, "tl"), "origin")));
            assertTrue(registryCodes(app).contains("tl"));

            drop(app, jar("tampered-tl-1.0.0.jar"), "tampered.jar");
            awaitTrue(() -> ((List<?>) call(pm, "history")).stream().anyMatch(e -> "refused".equals(get(e, "outcome"))
                    && String.valueOf(get(e, "detail")).contains("tampered.jar was modified after signing")),
                    "the tampered jar in the watched folder is refused and recorded");

            Files.delete(good);
            awaitTrue(() -> info(pm, "tl") == null, "deleting the jar uninstalls the plugin");
            assertNull(app.bundle("hta.testplugin.tl"));
        }
    }

    @Test
    void commandsInstallListAndRecordAcrossProcessesAndSafeModeLoadsNoPlugin() throws Exception {
        Path data = Files.createTempDirectory("hta-it-cli-plugins");
        try {
            Commands.Result verify = Commands.hta(data, "plugins", "verify", jar("tampered-tl-1.0.0.jar").toString(), "--json");
            assertEquals(1, verify.exitCode(), verify.err());
            assertTrue(verify.out().replaceAll("\\s", "").contains("\"trust\":\"tampered\""), verify.out());

            Commands.Result refused = Commands.hta(data, "plugins", "install", jar("unsigned-tl-1.0.0.jar").toString());
            assertEquals(1, refused.exitCode());
            assertEquals("hta: unsigned-tl-1.0.0.jar is not signed; the trust policy 'refuse' refuses it", refused.err().strip());

            Commands.Result install = Commands.hta(data, "plugins", "install", jar("tl-1.0.0.jar").toString());
            assertEquals(0, install.exitCode(), install.err());
            assertTrue(install.out().contains("Installed: Testland tl (tl) 1.0.0, active"), install.out());

            Commands.Result list = Commands.hta(data, "plugins", "list", "--json");
            assertEquals(0, list.exitCode(), list.err());
            assertTrue(list.out().replaceAll("\\s", "").contains("\"code\":\"tl\""), "installed in one process, listed in the next: " + list.out());

            Commands.Result catalogue = Commands.hta(data, "plugins", "catalogue");
            assertEquals(0, catalogue.exitCode(), catalogue.err());
            assertTrue(catalogue.out().lines().anyMatch(l -> l.startsWith("no ") && l.contains("installed")
                    && l.contains("Norway: DMP")), catalogue.out());
            Commands.Result dryUninstall = Commands.hta(data, "plugins", "uninstall", "smc", "--dry-run");
            assertEquals(0, dryUninstall.exitCode(), dryUninstall.err());
            assertTrue(dryUninstall.out().contains("Dry run: uninstall smc") && dryUninstall.out().contains("Nothing was changed."),
                    dryUninstall.out());
            assertEquals(0, Commands.hta(data, "plugins", "uninstall", "smc").exitCode());
            Commands.Result dryInstall = Commands.hta(data, "plugins", "install", "smc", "--dry-run");
            assertEquals(0, dryInstall.exitCode(), dryInstall.err());
            assertTrue(dryInstall.out().contains("install the bundled plugin HTA Workbench Jurisdiction Scotland (SMC)")
                    && dryInstall.out().contains("signed by HTA Workbench build, a trusted signer"), dryInstall.out());
            Commands.Result offered = Commands.hta(data, "plugins", "catalogue", "--json");
            assertTrue(offered.out().replaceAll("\\s", "").contains("\"code\":\"smc\",\"name\":\"HTAWorkbenchJurisdictionScotland(SMC)\""),
                    offered.out());
            assertTrue(offered.out().replaceAll("\\s", "").matches("(?s).*\"code\":\"smc\"[^}]*\"offer\":\"install\".*"),
                    offered.out());
            Commands.Result back = Commands.hta(data, "plugins", "install", "smc");
            assertEquals(0, back.exitCode(), back.err());
            assertTrue(back.out().contains("Installed: HTA Workbench Jurisdiction Scotland (SMC)"), back.out());
            Commands.Result noUpdate = Commands.hta(data, "plugins", "update", "smc");
            assertEquals(1, noUpdate.exitCode());
            assertTrue(noUpdate.err().contains("the plugin repository offers no update of 'smc'"), noUpdate.err());

            Commands.Result safe = Commands.hta(data, "--safe-mode", "plugins", "list");
            assertEquals(0, safe.exitCode(), safe.err());
            assertTrue(safe.out().lines().filter(l -> l.startsWith("tl ") || l.startsWith("no "))
                    .allMatch(l -> l.contains("not loaded (safe mode")), safe.out());

            Commands.Result history = Commands.hta(data, "plugins", "history", "--json");
            assertEquals(0, history.exitCode(), history.err());
            String h = history.out().replaceAll("\\s", "");
            assertTrue(h.contains("\"action\":\"install\",\"code\":\"tl\"") && h.contains("\"outcome\":\"refused\""), history.out());
        } finally {
            AppRuntime.deleteTree(data);
        }
    }

    // ---------------------------------------------------------------- support

    /** Puts a jar into the watched folder in one step, as a finished file. */
    static Path drop(AppRuntime app, Path jar, String name) throws java.io.IOException {
        Path staging = app.dataDir().resolve("staging-" + name);
        Files.copy(jar, staging, StandardCopyOption.REPLACE_EXISTING);
        return Files.move(staging, app.dataDir().resolve("plugins").resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    static Path jar(String name) {
        Path p = PLUGINS.resolve(name).toAbsolutePath();
        assertTrue(Files.isRegularFile(p), "test plugin " + p + " was not built");
        return p;
    }

    static Object manager(AppRuntime app) throws Exception {
        return app.service("hta.plugins.PluginManager", null);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object policy(AppRuntime app, String name) throws Exception {
        Class<? extends Enum> c = (Class<? extends Enum>) app.bundle("hta.plugins").loadClass("hta.plugins.TrustPolicy");
        return Enum.valueOf(c, name);
    }

    static Object catalogueEntry(Object pm, String code) {
        for (Object e : (List<?>) call(pm, "catalogue")) {
            if (code.equals(get(e, "code"))) return e;
        }
        return fail("the catalogue offers no '" + code + "'");
    }

    static Object info(Object pm, String code) {
        for (Object p : (List<?>) call(pm, "plugins")) {
            if (code.equals(get(p, "code"))) return p;
        }
        return null;
    }

    static List<String> registryCodes(AppRuntime app) {
        try {
            Object registry = app.service("hta.jurisdiction.JurisdictionRegistry", null);
            List<String> codes = new ArrayList<>();
            for (Object j : (List<?>) AppRuntime.call(registry, "jurisdictions")) codes.add((String) AppRuntime.call(j, "code"));
            return codes;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static Object get(Object target, String accessor) {
        return call(target, accessor);
    }

    static Object call(Object target, String method, Object... args) {
        try {
            return AppRuntime.call(target, method, args);
        } catch (Exception e) {
            throw new AssertionError(method + " failed", e);
        }
    }

    /**
     * The interface method named {@code name} that the plugin's own class implements: since contract 1.4 a
     * template has two {@code render} methods (for the read-only view and, deprecated, for the model), and a
     * test plugin implements one of them.
     */
    static Method method(Object target, String name) {
        for (Method own : target.getClass().getDeclaredMethods()) {
            if (!own.getName().equals(name)) continue;
            for (Class<?> c : target.getClass().getInterfaces()) {
                try {
                    return c.getMethod(name, own.getParameterTypes());
                } catch (NoSuchMethodException notThisInterface) {
                    // try the next one
                }
            }
        }
        throw new AssertionError("no method " + name + " on " + target.getClass());
    }

    interface Action {
        Object run() throws Exception;
    }

    /** Runs an action that must be refused with a PluginException and returns its message. */
    static String refusal(Action action) {
        try {
            action.run();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            assertNotNull(cause);
            assertEquals("hta.plugins.PluginException", cause.getClass().getName(), "refused with a readable exception");
            return cause.getMessage();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return fail("expected a refusal");
    }

    static String refusal(AppRuntime app, Object pm, String method, Path jar, String policy) throws Exception {
        Object p = policy(app, policy);
        return refusal(() -> AppRuntime.call(pm, method, jar, p, null));
    }

    /**
     * Waits for a condition the framework reaches on its own threads (File Install polls the watched folder, SCR
     * activates components): polled, with a deadline generous enough for a loaded 2-core machine; returns as soon
     * as it holds.
     */
    static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) fail("timed out: " + what);
            Thread.sleep(50);
        }
    }
}
