package hta.plugins.internal;

import hta.plugins.PluginException;
import hta.plugins.PluginInfo.Origin;
import hta.plugins.UpdateOption;
import hta.plugins.Verification;
import hta.plugins.internal.PluginState.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The watched {@code plugins/} folder of the data directory: a jar dropped there goes through the same checks as
 * any other (copied once within the limits, so a pipe, a device or a zip bomb named {@code *.jar} cannot hang a
 * start), under the folder's own trust policy; replacing it updates the plugin (never to an older version or
 * another bundle), deleting it uninstalls it. Refusals are listed and recorded once per file as it is.
 */
final class WatchedFolder {
    private final Installation inst;
    private final StateStore store;
    private final WatchedRefusals refused;
    private final Inspector inspector;
    private final JarIntake intake;
    private final Changes changes;
    private final Administration admin;
    private final RunLog log;

    WatchedFolder(Installation inst, StateStore store, WatchedRefusals refused, Inspector inspector, JarIntake intake,
                  Changes changes, Administration admin, RunLog log) {
        this.inst = inst;
        this.store = store;
        this.refused = refused;
        this.inspector = inspector;
        this.intake = intake;
        this.changes = changes;
        this.admin = admin;
        this.log = log;
    }

    Path folder() {
        return inst.watchedDir();
    }

    /** At start-up: plugins whose jar is gone are uninstalled, every jar in the folder is taken in. */
    void sync() {
        Path dir = inst.watchedDir();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            log.notice("-", "the watched folder " + dir + " cannot be created: " + Problems.describe(e));
            return;
        }
        for (Entry e : List.copyOf(store.current().entries().values())) {
            if (e.origin() == Origin.WATCHED && (e.source() == null || !Files.exists(Path.of(e.source())))) {
                removed(Path.of(e.source() == null ? "" : e.source()));
            }
        }
        refused.prune();
        if (inst.safeMode()) return;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path jar : s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList()) installed(jar);
        } catch (IOException e) {
            log.notice("-", "the watched folder " + dir + " cannot be read: " + Problems.describe(e));
        }
    }

    /** A jar appeared or changed (called at start-up and by File Install). */
    void installed(Path file) {
        Path f = file.toAbsolutePath().normalize();
        if (inst.safeMode()) {
            log.event("-", false, "safe mode: " + f.getFileName() + " in the watched folder is not loaded");
            return;
        }
        if (refused.refusedAsIs(f)) return; // refused before, unchanged since: listed, not recorded again
        String fingerprint = WatchedRefusals.fingerprint(f);
        String source = "watched folder: " + f;
        Inspector.Inspected in = inspector.take(intake, f);
        Verification v = in.verification();
        try {
            Entry current = store.current().entries().values().stream()
                    .filter(e -> e.origin() == Origin.WATCHED && f.toString().equals(e.source())).findFirst().orElse(null);
            if (current != null && in.stored() != null && in.stored().sha256().equals(current.sha256())) return;
            String refusal = Rules.trustRefusal(v, inst.watchedPolicy(), null, "the trust policy of the watched folder");
            if (refusal != null) throw log.refuse(current == null ? "install" : "update", v, source, refusal);
            if (current != null && !current.code().equals(v.code())) {
                admin.uninstall(current.code());
                current = null;
            }
            if (current == null) changes.install(in, Origin.WATCHED, f.toString());
            else changes.update(in, Set.<UpdateOption>of(), Origin.WATCHED, f.toString());
            refused.forget(f);
        } catch (PluginException e) {
            refused.refuse(f, fingerprint, e.getMessage(), v); // recorded in the history once; listed until it changes
        }
    }

    /** The jar was deleted from the watched folder: uninstall what was installed from it. */
    void removed(Path file) {
        Path f = file.toAbsolutePath().normalize();
        refused.forget(f);
        for (Entry e : List.copyOf(store.current().entries().values())) {
            if (e.origin() == Origin.WATCHED && f.toString().equals(e.source())
                    && !Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    admin.uninstall(e.code());
                } catch (PluginException vetoed) {
                    // an open editor stopped it: it stays installed, recorded in the history
                }
            }
        }
    }
}
