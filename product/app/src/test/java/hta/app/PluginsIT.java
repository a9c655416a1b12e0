package hta.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import hta.plugins.AuditEntry;
import hta.plugins.CatalogueEntry;
import hta.plugins.PluginException;
import hta.plugins.PluginInfo;
import hta.plugins.PluginManager;
import hta.plugins.RemovalParticipant;
import hta.plugins.Trust;
import hta.plugins.TrustPolicy;
import java.lang.ref.WeakReference;
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
            PluginManager pm = manager(app);
            String tampered = refusal(pm, jar("tampered-tl-1.0.0.jar"), TrustPolicy.REFUSE);
            assertTrue(tampered.contains("tampered-tl-1.0.0.jar was modified after signing"), tampered);
            assertTrue(tampered.contains("hta/testplugin/about.txt"), "the message names the changed entry: " + tampered);
            // a tampered jar is refused even when unsigned plugins are allowed
            assertTrue(refusal(pm, jar("tampered-tl-1.0.0.jar"), TrustPolicy.ALLOW_UNSIGNED)
                    .contains("modified after signing"));

            String unsigned = refusal(pm, jar("unsigned-tl-1.0.0.jar"), TrustPolicy.REFUSE);
            assertTrue(unsigned.contains("unsigned-tl-1.0.0.jar is not signed"), unsigned);

            String stranger = refusal(pm, jar("untrusted-tl-1.0.0.jar"), TrustPolicy.REFUSE);
            assertTrue(stranger.contains("signed by Someone Else, who is not in this installation's trust store"), stranger);

            String incompatible = refusal(pm, jar("ti-1.0.0.jar"), TrustPolicy.ALLOW_UNSIGNED);
            assertTrue(incompatible.startsWith("Incompatible: Testland ti (ti) 1.0.0 implements jurisdiction contract 2.0"),
                    incompatible);
            assertTrue(incompatible.contains("this workbench provides contract 1.4"), incompatible);

            assertNull(info(pm, "tl"), "nothing of the refused plugins is installed");
            assertNull(info(pm, "ti"));
            assertNull(app.bundle("hta.testplugin.tl"));
            assertNull(app.bundle("hta.testplugin.ti"));

            // the history says who refused what, from where, and the signer
            List<AuditEntry> history = pm.history();
            long refused = history.stream().filter(e -> "refused".equals(e.outcome())).count();
            assertEquals(5, refused, "five refusals recorded: " + history);
            AuditEntry last = history.get(history.size() - 1);
            assertEquals(System.getProperty("user.name"), last.user());
            assertTrue(String.valueOf(last.source()).endsWith("ti-1.0.0.jar"));
            assertEquals("HTA Workbench build", last.signer());

            // allow-unsigned accepts the unsigned copy, and says so in the list
            var installed = pm.install(jar("unsigned-tl-1.0.0.jar"), TrustPolicy.ALLOW_UNSIGNED, null);
            assertEquals(PluginInfo.State.ACTIVE, installed.state());
            assertEquals(Trust.UNSIGNED, installed.trust());
            assertTrue(registryCodes(app).contains("tl"));
            // and an unknown signer accepted under allow-unsigned is listed as that signer, not as trusted
            var stranger2 = pm.update(jar("untrusted-tl-1.0.0.jar"), TrustPolicy.ALLOW_UNSIGNED, null);
            assertEquals(Trust.UNTRUSTED_SIGNER, stranger2.trust());
            assertEquals("Someone Else", stranger2.signer());
        }
    }

    @Test
    void aPluginThatThrowsOnStartIsMarkedFailedAndOneThatHangsInRenderingTimesOutWhileTheOthersKeepWorking() throws Exception {
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            PluginManager pm = manager(app);
            var failed = pm.install(jar("tx-1.0.0.jar"), TrustPolicy.REFUSE, null);
            assertEquals(PluginInfo.State.FAILED, failed.state());
            assertTrue(String.valueOf(failed.reason()).contains("threw on start: Testland refuses to start"),
                    String.valueOf(failed.reason()));
            assertEquals(PluginInfo.State.ACTIVE, info(pm, "no").state(), "Norway keeps working");

            pm.install(jar("th-1.0.0.jar"), TrustPolicy.REFUSE, null);
            awaitTrue(() -> registryCodes(app).contains("th"), "the hanging plugin registers its jurisdiction");
            JurisdictionRegistry registry = registry(app);
            Object template = registry.find("th").orElseThrow().memoTemplates().get(0);
            Method render = method(template, "render");
            long t0 = System.nanoTime();
            Callable<Object> rendering = () -> render.invoke(template, null, null);
            String message = refusal(() -> pm.call("th", Duration.ofMillis(400), rendering));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 5_000, "the caller got control back after the time limit, not " + ms + " ms");
            assertTrue(message.contains("Testland th (th) 1.0.0 did not return within 400 ms"), message);
            var thInfo = info(pm, "th");
            assertEquals(PluginInfo.State.FAILED, thInfo.state());
            assertTrue(String.valueOf(thInfo.reason()).contains("did not return within 400 ms"));
            awaitTrue(() -> !registryCodes(app).contains("th"), "the failed plugin is stopped");
            assertTrue(pm.events().stream().anyMatch(e -> e.failure()
                    && String.valueOf(e.message()).contains("did not return")), "a failure event for the Error Log");

            // the other jurisdictions keep working through the same guard
            Jurisdiction no = registry.find("no").orElseThrow();
            Callable<String> name = no::displayName;
            assertEquals("Norway", pm.call("no", Duration.ofSeconds(5), name));
            assertEquals(PluginInfo.State.ACTIVE, info(pm, "no").state());
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
            PluginManager pm = manager(app);

            pm.install(jar("tl-1.0.0.jar"), TrustPolicy.REFUSE, null);
            var updated = pm.update(jar("tl-1.1.0.jar"), TrustPolicy.REFUSE, null);
            assertEquals("1.1.0", updated.version());
            assertEquals(PluginInfo.State.ACTIVE, updated.state());
            Bundle norway = app.bundle("hta.jurisdiction.no");
            long untouched = app.bundle("hta.jurisdiction.se").getBundleId();

            pm.setInteractivePolicy(TrustPolicy.REFUSE);
            pm.disable("dk");
            assertFalse(registryCodes(app).contains("dk"));
            pm.uninstall("no");
            assertFalse(registryCodes(app).contains("no"));
            assertEquals(Bundle.UNINSTALLED, norway.getState());
            assertEquals(PluginInfo.State.AVAILABLE, info(pm, "no").state(), "a bundled plugin stays offered");
            assertEquals(Bundle.ACTIVE, app.context().getBundle(untouched).getState(), "Sweden was not refreshed away");
            assertArrayEquals(before, Files.readAllBytes(dossier), "uninstalling never touches dossier files");

            // restart on the same data directory: the administrator's changes stay, the bundled plugin is not forced back
            first.stop();
            AppRuntime second = AppRuntime.start(data, Map.of());
            app = second;
            pm = manager(second);
            assertEquals("1.1.0", info(pm, "tl").version());
            assertEquals(PluginInfo.State.ACTIVE, info(pm, "tl").state());
            assertEquals(PluginInfo.State.DISABLED, info(pm, "dk").state());
            assertEquals(PluginInfo.State.AVAILABLE, info(pm, "no").state());
            assertNull(app.bundle("hta.jurisdiction.no"));
            assertEquals(TrustPolicy.REFUSE, pm.interactivePolicy(),
                    "the trust policy an administrator set for the Plugins view stays");

            // reinstall from the product's plugin repository: signed by the build, so the default policy accepts it
            var norwayOffer = catalogueEntry(pm, "no");
            assertEquals(CatalogueEntry.Offer.INSTALL, norwayOffer.offer());
            pm.install(norwayOffer.jar(), TrustPolicy.REFUSE, null);
            var norwayBack = info(pm, "no");
            assertEquals(Trust.TRUSTED, norwayBack.trust());
            assertEquals("HTA Workbench build", norwayBack.signer());
            assertTrue(String.valueOf(norwayBack.source()).contains("repository"), String.valueOf(norwayBack.source()));
            pm.enable("dk");
            awaitTrue(() -> registryCodes(second).containsAll(List.of("no", "dk", "tl")), "all back");
            assertArrayEquals(before, Files.readAllBytes(dossier), "uninstall and reinstall leave the dossier byte-identical");

            // a bad change, then one command back to the last known good set
            pm.install(jar("tx-1.0.0.jar"), TrustPolicy.REFUSE, null);
            assertEquals(PluginInfo.State.FAILED, info(pm, "tx").state());
            List<PluginInfo> restored = pm.restoreLastGood();
            assertTrue(restored.stream().noneMatch(p -> "tx".equals(p.code())), "the failing plugin is gone: " + restored);
            assertNull(app.bundle("hta.testplugin.tx"));
            assertTrue(registryCodes(app).containsAll(List.of("no", "dk", "tl", "se", "smc", "nice")));

            Path export = data.resolve("history.csv");
            pm.exportHistory(export);
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
            PluginManager pm = manager(app);
            List<CatalogueEntry> catalogue = pm.catalogue();
            // the five of this build, bundled; the EU JCA and Germany of the separate build (an outside team's), offered
            assertEquals(List.of("de", "dk", "jca", "nice", "no", "se", "smc"), catalogue.stream().map(CatalogueEntry::code).toList());
            for (CatalogueEntry e : catalogue) {
                if (List.of("de", "jca").contains(e.code())) {
                    assertEquals(CatalogueEntry.Offer.INSTALL, e.offer(), "offered, not bundled: " + e);
                    continue;
                }
                assertEquals(CatalogueEntry.Offer.INSTALLED, e.offer(), "bundled and installed: " + e);
                assertTrue(String.valueOf(e.description()).length() > 30, "described: " + e);
                Path jar = e.jar();
                assertTrue(jar.startsWith(repository.toAbsolutePath()), jar.toString());
                var v = pm.verify(jar);
                assertEquals(Trust.TRUSTED, v.trust(), "signed by the build: " + v.trustDetail());
                String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(jar)));
                assertTrue(Files.readString(repository.resolve("artifacts.xml")).contains("value='" + sha + "'"),
                        "the p2 metadata has the checksum of the signed " + jar.getFileName());
            }
            assertTrue(String.valueOf(catalogueEntry(pm, "no").description()).startsWith("Norway:"));
        }
        try (AppRuntime app = AppRuntime.start(Map.of("hta.plugins.repository", PLUGINS.resolve("repository").toString()))) {
            PluginManager pm = manager(app);
            var tl = catalogueEntry(pm, "tl");
            assertEquals("1.1.0", tl.version(), "the newest version is offered");
            assertEquals(CatalogueEntry.Offer.INSTALL, tl.offer());
            assertEquals("A test jurisdiction, with a newer memo template.", tl.description());
            var ti = catalogueEntry(pm, "ti");
            assertEquals(CatalogueEntry.Offer.UNAVAILABLE, ti.offer());
            assertTrue(String.valueOf(ti.note()).startsWith("Incompatible: Testland ti (ti) 1.0.0 implements"
                    + " jurisdiction contract 2.0.0"), String.valueOf(ti.note()));

            pm.install(jar("tl-1.0.0.jar"), TrustPolicy.REFUSE, null);
            tl = catalogueEntry(pm, "tl");
            assertEquals(CatalogueEntry.Offer.UPDATE, tl.offer());
            assertEquals("replaces the installed version 1.0.0", tl.note());
            var updated = pm.update(tl.jar(), TrustPolicy.REFUSE, null);
            assertEquals("1.1.0", updated.version());
            assertEquals(PluginInfo.State.ACTIVE, updated.state());
            assertEquals(CatalogueEntry.Offer.INSTALLED, catalogueEntry(pm, "tl").offer());
            assertTrue(registryCodes(app).contains("tl"));
        }
    }

    @Test
    void anOpenEditorWithUnsavedChangesStopsTheUninstallUntilItIsSaved() throws Exception {
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            PluginManager pm = manager(app);
            java.util.concurrent.atomic.AtomicReference<String> unsaved =
                    new java.util.concurrent.atomic.AtomicReference<>("the Hemgenix dossier has unsaved changes");
            List<String> asked = new ArrayList<>();
            RemovalParticipant editor = code -> {
                asked.add(code);
                return java.util.Optional.ofNullable(unsaved.get());
            };
            // registered as the workbench would: a whiteboard service the manager asks before removing a plugin
            app.bundle("hta.plugins").getBundleContext().registerService(RemovalParticipant.class, editor, null);

            String stopped = refusal(() -> pm.uninstall("no"));
            assertEquals("the uninstall of 'no' was stopped: the Hemgenix dossier has unsaved changes", stopped);
            assertEquals(List.of("no"), asked);
            assertEquals(PluginInfo.State.ACTIVE, info(pm, "no").state(), "nothing was changed");
            assertTrue(registryCodes(app).contains("no"));

            unsaved.set(null); // saved
            pm.uninstall("no");
            assertFalse(registryCodes(app).contains("no"));
        }
    }

    @Test
    void theClassLoaderOfAnUninstalledPluginCanBeCollected() throws Exception {
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            PluginManager pm = manager(app);
            pm.install(jar("tl-1.0.0.jar"), TrustPolicy.REFUSE, null);
            WeakReference<ClassLoader> loader = new WeakReference<>(
                    app.bundle("hta.testplugin.tl").loadClass("hta.testplugin.Testland").getClassLoader());
            pm.uninstall("tl");
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
            PluginManager pm = manager(app);
            Path good = drop(app, jar("tl-1.0.0.jar"), "tl-1.0.0.jar");
            awaitTrue(() -> info(pm, "tl") != null && PluginInfo.State.ACTIVE == info(pm, "tl").state(),
                    "the watched plugin is installed and active");
            assertEquals(PluginInfo.Origin.WATCHED, info(pm, "tl").origin());
            assertTrue(registryCodes(app).contains("tl"));

            drop(app, jar("tampered-tl-1.0.0.jar"), "tampered.jar");
            awaitTrue(() -> pm.history().stream().anyMatch(e -> "refused".equals(e.outcome())
                    && String.valueOf(e.detail()).contains("tampered.jar was modified after signing")),
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
            assertTrue(dryInstall.out().contains("install the bundled plugin Scotland (SMC)")
                    && dryInstall.out().contains("signed by HTA Workbench build, a trusted signer"), dryInstall.out());
            Commands.Result offered = Commands.hta(data, "plugins", "catalogue", "--json");
            assertTrue(offered.out().replaceAll("\\s", "").contains("\"code\":\"smc\",\"name\":\"Scotland(SMC)\""),
                    offered.out());
            assertTrue(offered.out().replaceAll("\\s", "").matches("(?s).*\"code\":\"smc\"[^}]*\"offer\":\"install\".*"),
                    offered.out());
            Commands.Result back = Commands.hta(data, "plugins", "install", "smc");
            assertEquals(0, back.exitCode(), back.err());
            assertTrue(back.out().contains("Installed: Scotland (SMC)"), back.out());
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

    static PluginManager manager(AppRuntime app) throws Exception {
        return app.service(PluginManager.class);
    }

    static CatalogueEntry catalogueEntry(PluginManager pm, String code) {
        for (CatalogueEntry e : pm.catalogue()) {
            if (code.equals(e.code())) return e;
        }
        return fail("the catalogue offers no '" + code + "'");
    }

    static PluginInfo info(PluginManager pm, String code) {
        for (PluginInfo p : pm.plugins()) {
            if (code.equals(p.code())) return p;
        }
        return null;
    }

    static JurisdictionRegistry registry(AppRuntime app) {
        try {
            return app.service(JurisdictionRegistry.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static List<String> registryCodes(AppRuntime app) {
        return registry(app).jurisdictions().stream().map(Jurisdiction::code).toList();
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
        void run() throws Exception;
    }

    /** Runs an action that must be refused with a PluginException and returns its message. */
    static String refusal(Action action) {
        try {
            action.run();
        } catch (PluginException e) {
            return e.getMessage();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return fail("expected a refusal");
    }

    static String refusal(PluginManager pm, Path jar, TrustPolicy policy) {
        return refusal(() -> pm.install(jar, policy, null));
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
