package hta.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.plugins.PluginInfo.Origin;
import hta.plugins.internal.PluginState.Entry;
import hta.plugins.internal.PluginState.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a state record asks for, and every way a record cannot vouch for a jar. */
class DesiredTest {
    @TempDir
    Path dir;
    Path store;
    BundledPlugins bundled;
    final Path stateFile = Path.of("/data/plugin-state/state.properties");

    @BeforeEach
    void setUp() throws Exception {
        store = Files.createDirectories(dir.resolve("store"));
        Path app = Files.createDirectories(dir.resolve("app"));
        Jars.plugin(app.resolve("no.jar"), "no", "0.1.0", Jars.content());
        bundled = BundledPlugins.scan(app, Limits.DEFAULT, new RunLog(new AuditLog(dir.resolve("h.tsv"))));
    }

    Entry installed(String jar, String sha) {
        return new Entry("tl", Origin.INSTALLED, Status.ENABLED, jar, "/src/tl.jar", "t.tl", "1.0.0", null, sha, null, false);
    }

    Desired of(PluginState s, String code) {
        return Desired.of(s, code, bundled, store, stateFile);
    }

    @Test
    void aBundledPluginIsLoadedUnlessRemovedAndKeepsItsStatus() {
        Desired d = of(PluginState.empty(), "no");
        assertTrue(d.bundled() && d.loadable());
        assertEquals("0.1.0", d.version());
        assertNull(of(PluginState.empty().with(new Entry("no", Origin.BUNDLED, Status.REMOVED, null, "bundled", "n", "0.1.0",
                null, null, null, false)), "no"));
        Desired disabled = of(PluginState.empty().with(new Entry("no", Origin.BUNDLED, Status.DISABLED, null, "bundled", "n",
                "0.1.0", null, null, null, false)), "no");
        assertEquals(Status.DISABLED, disabled.status());
        Desired quarantined = of(PluginState.empty().with(new Entry("no", Origin.BUNDLED, Status.ENABLED, null, "bundled",
                "n", "0.1.0", null, null, null, false).quarantined("hung")), "no");
        assertFalse(quarantined.loadable(), "a quarantined plugin is not loaded");
        assertNull(of(PluginState.empty(), "zz"), "nothing for an unknown code");
    }

    @Test
    void aStoredCopyIsLoadedOnlyWhenItsRecordVouchesForIt() throws Exception {
        String sha = "ab".repeat(32);
        Path copy = Files.writeString(store.resolve(sha + ".jar"), "jar");
        Desired ok = of(PluginState.empty().with(installed(copy.toString(), sha)), "tl");
        assertTrue(ok.loadable() && !ok.bundled());
        assertEquals(sha, ok.sha256());
        assertEquals(copy, ok.jar());

        assertTrue(of(PluginState.empty().with(installed(copy.toString(), null)), "tl").problem()
                .startsWith("its record in the plugin state has no digest of its jar"));
        assertTrue(of(PluginState.empty().with(installed(copy.toString(), "not-hex")), "tl").problem()
                .startsWith("its record in the plugin state has no digest of its jar"));
        Path outside = Files.writeString(dir.resolve("planted.jar"), "jar");
        assertTrue(of(PluginState.empty().with(installed(outside.toString(), sha)), "tl").problem()
                .startsWith("its record in the plugin state points outside the plugin store"));
        assertTrue(of(PluginState.empty().with(installed(store.resolve("../store/x/../" + sha + ".jar").toString(), sha)), "tl")
                .loadable(), "a path is compared normalised");
        assertTrue(of(PluginState.empty().with(installed(store.resolve("gone.jar").toString(), sha)), "tl").problem()
                .startsWith("its stored copy "));
        assertTrue(of(PluginState.empty().with(installed(null, sha)), "tl").problem().startsWith("its record in the plugin state names no stored copy"));
    }

    @Test
    void aDamagedRecordLoadsNothingAndSaysWhereToLook() {
        PluginState s = StateFile.parse("no.origin=\\u00zz\n");
        Desired d = of(s, "no");
        assertFalse(d.loadable());
        assertEquals("its record in " + stateFile + " is damaged (line 1: malformed \\uxxxx escape); reinstall or enable it"
                + " to write it anew", d.problem());
        assertEquals(Set.of("no", "se"), Desired.codes(s, bundled, Set.of("se")));
    }
}
