package hta.app;

import static hta.app.PluginsIT.awaitTrue;
import static hta.app.PluginsIT.info;
import static hta.app.PluginsIT.jar;
import static hta.app.PluginsIT.manager;
import static hta.app.PluginsIT.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.plugins.PluginException;
import hta.plugins.PluginInfo;
import hta.plugins.PluginManager;
import hta.plugins.RemovalParticipant;
import hta.plugins.Trust;
import hta.plugins.TrustPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/**
 * Attacks on the signature check and on what is installed, in the real app: a forged certificate chain, an entry
 * added and re-signed, a jar swapped between its check and its installation, state entries that cannot vouch for
 * their jar, unsigned bundled jars. Each test is named after what broke before.
 */
class PluginTrustIT {
    @TempDir
    Path work;

    @Test
    void aForgedChainNamingTheBuildCertificateAsIssuerIsNotTrusted() throws Exception {
        Path forged = Forgery.signWithForgedChain(jar("unsigned-tl-1.0.0.jar"), work, work.resolve("forged-tl.jar"));
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            PluginManager pm = manager(app);
            var v = pm.verify(forged);
            assertNotEquals(Trust.TRUSTED, v.trust(), String.valueOf(v.trustDetail()));
            String refused = refusedInstall(app, pm, forged);
            assertTrue(refused.contains("forged-tl.jar"), refused);
            assertNull(app.bundle("hta.testplugin.tl"), "nothing of the forged plugin is installed");

            // the watched folder takes the same decision
            PluginsIT.drop(app, forged, "forged.jar");
            awaitTrue(() -> pm.history().stream().anyMatch(e -> "refused".equals(e.outcome())
                    && String.valueOf(e.source()).contains("forged.jar")), "the watched forged jar is refused");
            assertNull(app.bundle("hta.testplugin.tl"));
        }
    }

    @Test
    void anEntryAddedAfterSigningAndReSignedWithTheBuildSignatureFirstIsRefusedUnderEveryPolicy() throws Exception {
        Path stranger = Forgery.newKey(work, "stranger", "CN=Mallory, O=Elsewhere");
        Path added = Forgery.withAddedEntry(jar("tl-1.0.0.jar"), work.resolve("added.jar"), "hta/testplugin/payload.txt", "x");
        Forgery.sign(added, stranger, "stranger");
        // the build's signature files before the stranger's, so a check of "the first signer" sees the build
        Path resigned = Forgery.reordered(added, work.resolve("resigned-tl.jar"), n -> n.contains("HTA-BUIL"));
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            PluginManager pm = manager(app);
            var v = pm.verify(resigned);
            assertNotEquals(Trust.TRUSTED, v.trust(), String.valueOf(v.trustDetail()));
            String refused = refusal(() -> pm.install(resigned, TrustPolicy.ALLOW_UNSIGNED, null));
            assertTrue(refused.contains("hta/testplugin/payload.txt"), "the message names the added entry: " + refused);
            assertNull(app.bundle("hta.testplugin.tl"));
        }
    }

    @Test
    void aJarSignedByTheBuildAndASecondKeyIsTrustedWhicheverSignedFirst() throws Exception {
        Path stranger = Forgery.newKey(work, "second", "CN=Second Signer, O=Elsewhere");
        Path buildThenSecond = work.resolve("build-then-second.jar");
        Files.copy(jar("tl-1.0.0.jar"), buildThenSecond);
        Forgery.sign(buildThenSecond, stranger, "second");
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            PluginManager pm = manager(app);
            for (Path dual : List.of(buildThenSecond, jar("dual-tl-1.0.0.jar"))) {
                var v = pm.verify(dual);
                assertEquals(Trust.TRUSTED, v.trust(), dual.getFileName() + ": " + v.trustDetail());
                assertEquals("HTA Workbench build", v.signer());
            }
            var installed = pm.install(jar("dual-tl-1.0.0.jar"), TrustPolicy.REFUSE, null);
            assertEquals(PluginInfo.State.ACTIVE, installed.state());
        }
    }

    @Test
    void aJarReplacedBetweenItsCheckAndItsInstallationIsNotWhatGetsInstalled() throws Exception {
        Path candidate = work.resolve("candidate-tl-1.1.0.jar");
        Files.copy(jar("tl-1.1.0.jar"), candidate);
        Path evil = Forgery.unsigned(jar("tl-1.1.0.jar"), work.resolve("evil.jar"),
                Map.of("hta/testplugin/evil.txt", "unsigned payload".getBytes()));
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            PluginManager pm = manager(app);
            pm.install(jar("tl-1.0.0.jar"), TrustPolicy.REFUSE, null);
            // deterministic race: a participant asked between the check and the installation swaps the file
            AtomicBoolean swapped = new AtomicBoolean();
            RemovalParticipant swapper = code -> {
                try {
                    Files.copy(evil, candidate, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                swapped.set(true);
                return Optional.empty();
            };
            // registered as the workbench's editors are: by the platform, which the manager asks before a removal
            app.bundle("hta.plugins").getBundleContext().registerService(RemovalParticipant.class, swapper, null);

            PluginInfo updated;
            try {
                updated = pm.update(candidate, TrustPolicy.REFUSE, null);
            } catch (PluginException refused) {
                updated = null; // refusing is also fine, as long as the swapped bytes are not installed
            }
            assertTrue(swapped.get(), "the participant ran between the check and the installation");
            Bundle tl = app.bundle("hta.testplugin.tl");
            assertNotNull(tl);
            assertNull(tl.getEntry("hta/testplugin/evil.txt"), "the unsigned replacement was installed");
            if (updated != null) {
                assertEquals("1.1.0", updated.version());
                assertEquals(Trust.TRUSTED, updated.trust());
            }
        }
    }

    @Test
    void aStateEntryWithoutADigestOrWithAWrongOneDoesNotLoadItsJar() throws Exception {
        Path data = Files.createDirectories(work.resolve("data"));
        Path unsignedCopy = Files.copy(jar("unsigned-tl-1.0.0.jar"), work.resolve("planted.jar"));
        Path state = Files.createDirectories(data.resolve("plugin-state")).resolve("state.properties");
        String planted = "tl.origin=INSTALLED\ntl.status=ENABLED\ntl.jar=" + unsignedCopy + "\ntl.source=" + unsignedCopy
                + "\ntl.bundle=hta.testplugin.tl\ntl.version=1.0.0\ntl.signer=HTA Workbench build\n";
        Files.writeString(state, planted);
        try (AppRuntime app = AppRuntime.start(data, Map.of())) {
            PluginManager pm = manager(app);
            assertNull(app.bundle("hta.testplugin.tl"), "a state entry without a digest loaded its jar");
            var tl = info(pm, "tl");
            assertNotNull(tl, "the entry is listed, not silently dropped");
            assertEquals(PluginInfo.State.FAILED, tl.state());
            app.stop();
        }
        Files.createDirectories(state.getParent()); // closing the app removed its data directory
        Files.writeString(state, planted + "tl.sha256=" + "0".repeat(64) + "\n");
        try (AppRuntime app = AppRuntime.start(data, Map.of())) {
            assertNull(app.bundle("hta.testplugin.tl"), "a state entry with a wrong digest loaded its jar");
            assertEquals(PluginInfo.State.FAILED, info(manager(app), "tl").state());
        }
    }

    @Test
    void aGarbledStateFileDoesNotSilentlyDropAdministratorInstalledPlugins() throws Exception {
        Path data = Files.createDirectories(work.resolve("data"));
        AppRuntime first = AppRuntime.start(data, Map.of());
        PluginManager pm = manager(first);
        pm.install(jar("tl-1.0.0.jar"), TrustPolicy.REFUSE, null);
        pm.install(jar("th-1.0.0.jar"), TrustPolicy.REFUSE, null);
        first.stop();
        // junk in the middle of the file: a malformed escape and a record of unknown origin
        Path state = data.resolve("plugin-state/state.properties");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(state, java.nio.charset.StandardCharsets.ISO_8859_1));
        lines.add(lines.size() / 2, "zz.origin=\\u00zz\u0000\u0001garbage");
        lines.add(lines.size() / 2, "th.origin=SOMEWHERE");
        Files.write(state, lines, java.nio.charset.StandardCharsets.ISO_8859_1);
        try (AppRuntime app = AppRuntime.start(data, Map.of())) {
            PluginManager again = manager(app);
            assertEquals(PluginInfo.State.ACTIVE, info(again, "tl").state(), "the intact record still loads");
            var th = info(again, "th");
            assertNotNull(th, "the damaged record is listed, not dropped");
            assertEquals(PluginInfo.State.FAILED, th.state());
            assertTrue(String.valueOf(th.reason()).contains("state.properties"), String.valueOf(th.reason()));
            assertTrue(again.events().stream().anyMatch(e -> e.failure()
                    && String.valueOf(e.message()).contains("state.properties")), "the damage is reported");
        }
    }

    @Test
    void jarsInTheAppsOwnPluginsFolderAreVerifiedToo() throws Exception {
        Path app = HostileRun.appCopy(Files.createDirectories(work.resolve("app")), "plugins");
        Path norway;
        try (Stream<Path> s = Files.list(app.resolve("plugins"))) {
            norway = s.filter(p -> p.getFileName().toString().startsWith("hta.jurisdiction.no_")).findFirst().orElseThrow();
        }
        Path unsignedNorway = Forgery.unsigned(norway, work.resolve("no.jar"), Map.of());
        Files.copy(unsignedNorway, norway, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (AppRuntime rt = AppRuntime.start(Map.of("hta.home", app.toAbsolutePath().toString()))) {
            PluginManager pm = manager(rt);
            assertNull(rt.bundle("hta.jurisdiction.no"), "an unsigned jar in the app's plugins folder was loaded");
            var no = info(pm, "no");
            assertEquals(PluginInfo.State.FAILED, no.state());
            assertTrue(String.valueOf(no.reason()).contains("not signed"), String.valueOf(no.reason()));
            assertEquals(PluginInfo.State.ACTIVE, info(pm, "se").state(), "the signed ones still load");
        }
    }

    @Test
    void aDowngradeAndADifferentBundleWithTheSameCodeAreRefusedByUpdateUnlessAskedFor() throws Exception {
        Path data = work.resolve("data");
        assertEquals(0, HostileRun.hta(data, "plugins", "install", jar("tl-1.1.0.jar").toString()).exitCode());
        HostileRun.Result down = HostileRun.hta(data, "plugins", "update", jar("tl-1.0.0.jar").toString());
        assertEquals(1, down.exitCode(), down.out());
        assertTrue(down.err().contains("--allow-downgrade"), down.err());
        HostileRun.Result other = HostileRun.hta(data, "plugins", "update", jar("other-tl-2.0.0.jar").toString());
        assertEquals(1, other.exitCode(), other.out());
        assertTrue(other.err().contains("hta.testplugin.other") && other.err().contains("--replace"), other.err());
        assertTrue(HostileRun.hta(data, "plugins", "list").out().lines()
                .anyMatch(l -> l.startsWith("tl ") && l.contains("1.1.0")), "nothing changed");

        HostileRun.Result allowed = HostileRun.hta(data, "plugins", "update", jar("tl-1.0.0.jar").toString(), "--allow-downgrade");
        assertEquals(0, allowed.exitCode(), allowed.err());
        HostileRun.Result replaced = HostileRun.hta(data, "plugins", "update", jar("other-tl-2.0.0.jar").toString(), "--replace");
        assertEquals(0, replaced.exitCode(), replaced.err());
        assertTrue(HostileRun.hta(data, "plugins", "list").out().lines()
                .anyMatch(l -> l.startsWith("tl ") && l.contains("Another Testland") && l.contains("2.0.0")));
    }

    /**
     * The fourteenth outside trust test: a build-signed jar whose signed manifest is renamed to another letter case,
     * with an unsigned manifest behind a folder name and unsigned code in a META-INF/SIG-* file; and one whose signed
     * class is taken out, with unsigned bytes under the same name and a trailing /. Both had been accepted as signed
     * by the build and their code ran; both are refused, under every policy, and nothing is installed.
     */
    @Test
    void aManifestSwapAndAClassInAFolderEntryAreRefusedUnderEveryPolicy() throws Exception {
        byte[] manifest = "Manifest-Version: 1.0\r\nBundle-ManifestVersion: 2\r\nBundle-SymbolicName: hta.testplugin.tl\r\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Map<String, byte[]> swapAdded = new java.util.LinkedHashMap<>();
        swapAdded.put("META-INF/MANIFEST.MF/", manifest);
        swapAdded.put("META-INF/SIG-A.jar", "PK".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path swap = Forgery.renamed(jar("tl-1.0.0.jar"), work.resolve("swap-tl.jar"),
                Map.of("META-INF/MANIFEST.MF", "meta-inf/manifest.mf"), swapAdded);
        Map<String, String> out = new java.util.HashMap<>();
        out.put("hta/testplugin/Testland.class", null);
        Path folder = Forgery.renamed(jar("tl-1.0.0.jar"), work.resolve("folder-tl.jar"), out,
                Map.of("hta/testplugin/Testland.class/", new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}));
        Path data = work.resolve("data");
        for (Path forged : List.of(swap, folder)) {
            HostileRun.Result verify = HostileRun.hta(data, "plugins", "verify", forged.toString());
            assertEquals(1, verify.exitCode(), verify.out() + verify.err());
            assertTrue((verify.out() + verify.err()).contains("is malformed"), verify.out() + verify.err());
            HostileRun.Result install = HostileRun.hta(data, "plugins", "install", "--policy", "allow-unsigned",
                    forged.toString());
            assertEquals(1, install.exitCode(), install.out() + install.err());
            assertFalse(install.err().contains("\tat "), install.err());
        }
        assertTrue(HostileRun.hta(data, "plugins", "list").out().lines().noneMatch(l -> l.startsWith("tl ")), "nothing installed");
    }

    /** An update by a jar another signer made (here none) replaces the plugin: refused unless asked for. */
    @Test
    void anUpdateThatChangesTheSignerNeedsReplace() throws Exception {
        Path data = work.resolve("data");
        assertEquals(0, HostileRun.hta(data, "plugins", "install", jar("tl-1.0.0.jar").toString()).exitCode());
        Path unsignedNext = Forgery.unsigned(jar("tl-1.1.0.jar"), work.resolve("tl-1.1.0-unsigned.jar"), Map.of());
        HostileRun.Result update = HostileRun.hta(data, "plugins", "update", "--policy", "allow-unsigned",
                unsignedNext.toString());
        assertEquals(1, update.exitCode(), update.out() + update.err());
        assertTrue(update.err().contains("is not signed; use --replace to change its signer"), update.err());
        HostileRun.Result replaced = HostileRun.hta(data, "plugins", "update", "--policy", "allow-unsigned", "--replace",
                unsignedNext.toString());
        assertEquals(0, replaced.exitCode(), replaced.err());
    }

    /**
     * In safe mode nothing is loaded and a bundled plugin has no record: the bundled jar's signer is the one an update
     * must keep (outside trust test, round 17: another signer's Norway replaced the build's without --replace).
     */
    @Test
    void inSafeModeAnUpdateOfABundledPluginByAnotherSignerNeedsReplace() throws Exception {
        Path norway;
        try (java.util.stream.Stream<Path> s = Files.list(AppRuntime.APP.resolve("plugins"))) {
            norway = s.filter(p -> p.getFileName().toString().startsWith("hta.jurisdiction.no")).findFirst().orElseThrow();
        }
        Path unsigned = Forgery.unsigned(norway, work.resolve("no-unsigned.jar"), Map.of());
        Path data = work.resolve("data");
        HostileRun.Result update = HostileRun.hta(data, "--safe-mode", "plugins", "update", "--policy", "allow-unsigned",
                unsigned.toString());
        assertEquals(1, update.exitCode(), update.out() + update.err());
        assertTrue(update.err().contains("'no' is signed by HTA Workbench build; no-unsigned.jar is not signed; use --replace"
                + " to change its signer"), update.err());
        assertTrue(HostileRun.hta(data, "plugins", "list").out().lines()
                .anyMatch(l -> l.startsWith("no ") && l.contains("HTA Workbench build")), "Norway is still the build's");
    }

    @Test
    void aCorruptTrustStoreIsOneLineWithoutWaitingAndTrustsNothing() throws Exception {
        Path app = HostileRun.appCopy(Files.createDirectories(work.resolve("app")), "security");
        Files.write(app.resolve("security/trusted-plugins.p12"), "not a key store".getBytes());
        Path data = work.resolve("data");
        for (String[] args : List.of(new String[] {"plugins", "list"}, new String[] {"--safe-mode", "plugins", "list"})) {
            HostileRun.Result r = HostileRun.hta(app, data, Map.of(), java.time.Duration.ofSeconds(60), args);
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(r.took().toSeconds() < 15, "took " + r.took());
            assertEquals(1, r.errLines().size(), "one line: " + r.err());
            assertTrue(r.err().contains("trusted-plugins.p12"), r.err());
            assertTrue(!r.err().contains("\tat ") && !r.out().contains("\tat "), "no stack trace: " + r.err());
        }
        HostileRun.Result list = HostileRun.hta(app, data, Map.of(), java.time.Duration.ofSeconds(60), "plugins", "list");
        assertTrue(list.out().lines().filter(l -> l.startsWith("no ")).allMatch(l -> l.contains("failed")),
                "nothing is trusted without a trust store: " + list.out());
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    static String refusedInstall(AppRuntime app, PluginManager pm, Path jar) throws Exception {
        return PluginsIT.refusal(pm, jar, TrustPolicy.REFUSE);
    }
}
