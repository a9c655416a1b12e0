package hta.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.plugins.Trust;
import hta.plugins.TrustPolicy;
import hta.plugins.UpdateOption;
import hta.plugins.Verification;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The decisions on a change: trust policy, downgrade, replacement by another bundle. */
class RulesTest {
    static Verification v(Trust trust, String bsn, String version, List<String> problems) {
        return new Verification(Path.of("/x/tl-" + version + ".jar"), "tl", "Testland", bsn, version, null, "1.0", trust,
                trust == Trust.UNSIGNED ? null : "Signer", "tl.jar: " + trust.words(), problems);
    }

    static Verification v(Trust trust) {
        return v(trust, "t.tl", "1.0.0", List.of());
    }

    @Test
    void aTrustedJarIsAcceptedUnderEveryPolicy() {
        for (TrustPolicy p : TrustPolicy.values()) assertNull(Rules.trustRefusal(v(Trust.TRUSTED), p, null), p.name());
    }

    @Test
    void unsignedAndUnknownSignersAreRefusedUnlessAllowedOrTheAdministratorAgrees() {
        for (Trust t : List.of(Trust.UNSIGNED, Trust.UNTRUSTED_SIGNER)) {
            assertEquals("tl.jar: " + t.words() + "; the trust policy 'refuse' refuses it", Rules.trustRefusal(v(t), TrustPolicy.REFUSE, null));
            assertNull(Rules.trustRefusal(v(t), TrustPolicy.ALLOW_UNSIGNED, null));
            assertEquals("tl.jar: " + t.words() + "; the administrator declined it", Rules.trustRefusal(v(t), TrustPolicy.ASK, x -> false));
            assertEquals("tl.jar: " + t.words() + "; the administrator declined it", Rules.trustRefusal(v(t), TrustPolicy.ASK, null));
            assertNull(Rules.trustRefusal(v(t), TrustPolicy.ASK, x -> true));
            assertEquals("tl.jar: " + t.words() + "; the trust policy of the watched folder refuses it",
                    Rules.trustRefusal(v(t), TrustPolicy.REFUSE, null, "the trust policy of the watched folder"));
        }
    }

    @Test
    void tamperedInvalidAndIncompatibleJarsAreRefusedEvenWhenTheAdministratorAgrees() {
        for (Trust t : List.of(Trust.TAMPERED, Trust.INVALID)) {
            Verification bad = v(t, "t.tl", "1.0.0", List.of("tl.jar: " + t.words()));
            for (TrustPolicy p : TrustPolicy.values()) assertEquals("tl.jar: " + t.words(), Rules.trustRefusal(bad, p, x -> true));
            assertFalse(bad.acceptedBy(TrustPolicy.ALLOW_UNSIGNED));
        }
        Verification incompatible = v(Trust.TRUSTED, "t.tl", "1.0.0", List.of("Incompatible: …"));
        assertEquals("Incompatible: …", Rules.trustRefusal(incompatible, TrustPolicy.ALLOW_UNSIGNED, x -> true));
    }

    @Test
    void anOlderVersionNeedsAllowDowngradeAndAnotherBundleNeedsReplace() {
        Rules.Installed now = new Rules.Installed("t.tl", "1.1.0");
        String down = Rules.replaceRefusal(v(Trust.TRUSTED, "t.tl", "1.0.0", List.of()), now, Set.of());
        assertEquals("'tl' 1.1.0 is installed; tl-1.0.0.jar has the older version 1.0.0; use --allow-downgrade to go"
                + " back to it", down);
        assertNull(Rules.replaceRefusal(v(Trust.TRUSTED, "t.tl", "1.0.0", List.of()), now, Set.of(UpdateOption.ALLOW_DOWNGRADE)));
        assertNull(Rules.replaceRefusal(v(Trust.TRUSTED, "t.tl", "1.1.0", List.of()), now, Set.of()), "the same version is no downgrade");
        assertNull(Rules.replaceRefusal(v(Trust.TRUSTED, "t.tl", "1.2.0", List.of()), now, Set.of()));
        String other = Rules.replaceRefusal(v(Trust.TRUSTED, "t.other", "2.0.0", List.of()), now, Set.of(UpdateOption.ALLOW_DOWNGRADE));
        assertEquals("'tl' is installed as t.tl 1.1.0; tl-2.0.0.jar is another bundle (t.other) declaring the same code;"
                + " use --replace to replace it", other);
        assertNull(Rules.replaceRefusal(v(Trust.TRUSTED, "t.other", "0.1.0", List.of()), now, Set.of(UpdateOption.REPLACE)),
                "versions of two bundles do not compare");
    }

    @Test
    void versionsCompareAsOsgiVersionsAndUnreadableOnesAreNotOlder() {
        assertTrue(Rules.older("1.0.0", "1.0.1"));
        assertTrue(Rules.older("1.9", "1.10"));
        assertTrue(Rules.older("1.0.0.a", "1.0.0.b"));
        assertFalse(Rules.older("1.0.0", "1.0.0"));
        assertFalse(Rules.older("2.0", "1.99"));
        assertFalse(Rules.older("not a version", "1.0"));
        assertFalse(Rules.older(null, "1.0"));
    }

    @Test
    void whatIsInstalledComesFromTheFrameworkThenTheStateThenTheBundledPlugins() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("rules");
        java.nio.file.Path app = java.nio.file.Files.createDirectories(dir.resolve("app"));
        Jars.plugin(app.resolve("no.jar"), "no", "0.1.0", Jars.content());
        BundledPlugins bundled = BundledPlugins.scan(app, Limits.DEFAULT, new RunLog(new AuditLog(dir.resolve("h.tsv"))));
        Rules rules = new Rules(new Frameworks(Fakes.withBundles(Fakes.bundle(7, "tl"))), bundled);
        PluginState empty = PluginState.empty();

        assertEquals("plugin 'tl' is already installed (version 1.7.0); use update", rules.presentRefusal(empty, "tl"));
        assertNull(rules.presentRefusal(empty, "zz"));
        PluginState recorded = empty.with(new PluginState.Entry("zz", hta.plugins.PluginInfo.Origin.INSTALLED,
                PluginState.Status.DISABLED, "/j", "/s", "t.zz", "2.0.0", null, "ab", null, false));
        assertEquals("plugin 'zz' is already installed; use update", rules.presentRefusal(recorded, "zz"),
                "a plugin another process installed counts too");
        assertNull(rules.presentRefusal(empty.with(recorded.get("zz").withStatus(PluginState.Status.REMOVED)), "zz"));

        assertEquals(new Rules.Installed("bundle7", "1.7.0"), rules.installed(empty, "tl"));
        assertEquals(new Rules.Installed("t.zz", "2.0.0"), rules.installed(recorded, "zz"));
        assertEquals(new Rules.Installed("test.plugin.no", "0.1.0"), rules.installed(empty, "no"));
        assertNull(rules.installed(empty.with(new PluginState.Entry("no", hta.plugins.PluginInfo.Origin.BUNDLED,
                PluginState.Status.REMOVED, null, "bundled", "n", "0.1.0", null, null, null, false)), "no"));
        Verification qq = new Verification(Path.of("/x/qq.jar"), "qq", "Q", "t.qq", "1.0.0", null, "1.0", Trust.TRUSTED, "S",
                "ok", List.of());
        assertEquals("plugin 'qq' is not installed; use install", rules.updateRefusal(empty, qq, Set.of()));
        Verification newer = new Verification(Path.of("/x/tl.jar"), "tl", "T", "bundle7", "1.8.0", null, "1.0",
                Trust.TRUSTED, "S", "ok", List.of());
        assertNull(rules.updateRefusal(empty, newer, Set.of()));
        Verification older = new Verification(Path.of("/x/tl.jar"), "tl", "T", "bundle7", "1.6.0", null, "1.0",
                Trust.TRUSTED, "S", "ok", List.of());
        assertTrue(rules.updateRefusal(empty, older, Set.of()).contains("--allow-downgrade"));
    }

    /** Another signer's jar of the same bundle replaces the plugin: only with --replace. */
    @Test
    void anUpdateByAnotherSignerNeedsReplace() {
        Verification team = v(Trust.TRUSTED, "t.tl", "1.2.0", List.of());
        String refusal = Rules.signerRefusal(team, "HTA Workbench build", Set.of());
        assertTrue(refusal.contains("'tl' is signed by HTA Workbench build;") && refusal.contains("--replace"), refusal);
        assertNull(Rules.signerRefusal(team, "HTA Workbench build", Set.of(UpdateOption.REPLACE)));
        assertNull(Rules.signerRefusal(team, team.signer(), Set.of()), "the same signer: an update");
        assertNull(Rules.signerRefusal(team, null, Set.of()), "not known: nothing to compare");
    }
}
