package hta.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.plugins.PluginInfo.Origin;
import hta.plugins.internal.PluginState.Entry;
import hta.plugins.internal.PluginState.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quarantining a plugin and telling the user once; the state store under it (re-read on every change). */
class QuarantineTest {
    @TempDir
    Path dir;
    Installation inst;
    RunLog log;
    StateStore store;
    Quarantine quarantine;

    @BeforeEach
    void setUp() throws Exception {
        Path app = Files.createDirectories(dir.resolve("app/plugins"));
        Jars.plugin(app.resolve("no.jar"), "no", "0.1.0", Jars.content());
        inst = new Installation(app, null, null, dir.resolve("data/plugin-state"), dir.resolve("data/plugins"), false,
                hta.plugins.TrustPolicy.REFUSE, Limits.DEFAULT);
        log = new RunLog(new AuditLog(inst.historyFile()));
        store = new StateStore(inst, new AdminLock(inst.lockFile(), Duration.ofSeconds(5)), log);
        quarantine = new Quarantine(store, BundledPlugins.scan(app, Limits.DEFAULT, log), log);
    }

    @Test
    void aQuarantinedPluginIsToldOnceWithHowToReEnableIt() throws Exception {
        store.change(s -> s.with(new Entry("te", Origin.INSTALLED, Status.ENABLED, "/j", "/s", "t.te", "1", null, "ab", null, false)));
        quarantine.recover(List.of(new Recovery.Culprit("te", "starting", Instant.now())));
        assertEquals(Status.QUARANTINED, StateFile.read(inst.stateFile()).get("te").status());
        assertTrue(log.failure("te").startsWith("quarantined: ended the process while starting;"), log.failure("te"));
        assertEquals(List.of("plugin 'te' ended the process while starting; it is quarantined and not loaded until you"
                + " re-enable it with 'hta plugins enable te'"), quarantine.untold());
        assertEquals(List.of(), quarantine.untold(), "told once");
        assertTrue(StateFile.read(inst.stateFile()).get("te").told(), "across runs too");
        assertTrue(log.history().read().stream().anyMatch(a -> a.action().equals("quarantine") && a.code().equals("te")));
    }

    @Test
    void aBundledPluginWithoutARecordGetsOneAndARemovedOneStaysRemoved() throws Exception {
        quarantine.put("no", "did not start within 5 s", true);
        Entry no = StateFile.read(inst.stateFile()).get("no");
        assertEquals(Origin.BUNDLED, no.origin());
        assertEquals(Status.QUARANTINED, no.status());
        assertEquals("did not start within 5 s", no.note());
        assertEquals(List.of(), quarantine.untold(), "the operation told the user itself");
        assertEquals(Status.ENABLED, no.withStatus(Status.ENABLED).status());
        assertEquals(null, no.withStatus(Status.ENABLED).note(), "enabling lifts the quarantine");

        store.change(s -> s.with(no.withStatus(Status.REMOVED)));
        quarantine.put("no", "hung", false);
        assertEquals(Status.REMOVED, StateFile.read(inst.stateFile()).get("no").status());
        quarantine.put("zz", "hung", false);
        assertEquals(null, StateFile.read(inst.stateFile()).get("zz"), "nothing recorded for a plugin nobody installed");
    }

    @Test
    void aChangeReadsTheStateAgainSoAnotherProcesssChangeIsKept() throws Exception {
        store.change(s -> s.with(new Entry("tl", Origin.INSTALLED, Status.ENABLED, "/j", "/s", "t", "1", null, "ab", null, false)));
        // another process writes its change meanwhile
        StateFile.write(StateFile.read(inst.stateFile()).with(new Entry("th", Origin.INSTALLED, Status.ENABLED, "/k", "/s",
                "h", "1", null, "cd", null, false)), inst.stateFile());
        store.change(s -> s.with(s.get("tl").withStatus(Status.DISABLED)));
        PluginState now = StateFile.read(inst.stateFile());
        assertEquals(Status.DISABLED, now.get("tl").status());
        assertEquals(Status.ENABLED, now.get("th").status(), "the other process's change is kept");
    }
}
