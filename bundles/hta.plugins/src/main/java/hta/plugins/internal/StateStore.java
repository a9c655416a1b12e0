package hta.plugins.internal;

import hta.plugins.PluginException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The installation state in the data directory and this process's latest view of it. Every change is a
 * read-modify-write under the {@link AdminLock}: the file is read again first, so a change made meanwhile by
 * another process is kept. Damaged lines are reported (once per run) and kept. Stored copies that neither the state
 * nor the last known good set needs any more are removed from the plugin store.
 */
final class StateStore {
    private final Installation inst;
    private final AdminLock lock;
    private final RunLog log;
    private volatile PluginState current = PluginState.empty();
    /** Digests the store must keep besides those of the state files (bundled plugins of this run). */
    private final Set<String> pinned = java.util.concurrent.ConcurrentHashMap.newKeySet();

    StateStore(Installation inst, AdminLock lock, RunLog log) {
        this.inst = inst;
        this.lock = lock;
        this.log = log;
    }

    AdminLock lock() {
        return lock;
    }

    /** This process's latest view (read at start and at every change). */
    PluginState current() {
        return current;
    }

    /** Reads the file again (under the lock when called from a change). */
    PluginState reread() {
        try {
            PluginState s = StateFile.read(inst.stateFile());
            report(inst.stateFile(), s);
            current = s;
            return s;
        } catch (IOException e) {
            log.notice("-", "the plugin state " + inst.stateFile() + " cannot be read (" + Problems.describe(e)
                    + "); no plugin besides the bundled ones is loaded");
            return current;
        }
    }

    /** Reads, changes and writes the state under the lock; returns the new state. */
    PluginState change(UnaryOperator<PluginState> change) {
        return lock.hold(() -> {
            PluginState next = change.apply(reread());
            save(next);
            return next;
        });
    }

    /** Writes {@code s} (the caller holds the lock). */
    void save(PluginState s) {
        try {
            StateFile.write(s, inst.stateFile());
        } catch (IOException e) {
            throw new PluginException("the plugin state cannot be saved to " + inst.stateFile() + ": "
                    + Problems.describe(e), e);
        }
        current = s;
        prune();
    }

    /** The last known good set, read afresh. */
    PluginState lastGood() throws IOException {
        PluginState s = StateFile.read(inst.lastGoodFile());
        report(inst.lastGoodFile(), s);
        return s;
    }

    boolean hasLastGood() {
        return Files.exists(inst.lastGoodFile());
    }

    void saveLastGood(PluginState s) {
        try {
            StateFile.write(s, inst.lastGoodFile());
        } catch (IOException e) {
            log.event("-", true, "the last known good set cannot be saved: " + Problems.describe(e));
        }
    }

    /** Keeps the copy with this digest in the store for this run (a bundled plugin in use). */
    void pin(String sha256) {
        pinned.add(sha256);
    }

    private void report(Path file, PluginState s) {
        if (s.problems().isEmpty()) return;
        List<String> items = s.problems();
        String which = String.join("; ", items.subList(0, Math.min(3, items.size())))
                + (items.size() > 3 ? " and " + (items.size() - 3) + " more" : "");
        List<String> codes = new ArrayList<>(s.damaged().keySet());
        log.notice("-", "the plugin state " + file + " has damaged lines (" + which + ")"
                + (codes.isEmpty() ? "" : "; the records of '" + String.join("', '", codes) + "' are not used")
                + "; the lines are kept as they are");
    }

    /** Deletes stored copies that neither the state, the last known good set nor this run refers to. */
    private void prune() {
        Path dir = inst.store();
        if (!Files.isDirectory(dir)) return;
        Set<String> keep = new HashSet<>();
        current.entries().values().forEach(e -> keep.add(fileName(e.jar())));
        try {
            StateFile.read(inst.lastGoodFile()).entries().values().forEach(e -> keep.add(fileName(e.jar())));
        } catch (IOException e) {
            return; // without the last known good set, keep everything
        }
        pinned.forEach(sha -> keep.add(sha + ".jar"));
        // another process may have just taken a copy it has not recorded yet (its pins are not ours): only copies
        // left unreferenced for a while are garbage
        java.nio.file.attribute.FileTime young = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofMinutes(10)));
        try (Stream<Path> s = Files.list(dir)) {
            for (Path jar : s.filter(p -> p.getFileName().toString().endsWith(".jar")).toList()) {
                if (keep.contains(jar.getFileName().toString())) continue;
                if (Files.getLastModifiedTime(jar).compareTo(young) > 0) continue;
                Files.deleteIfExists(jar);
            }
        } catch (IOException e) {
            // an unreadable folder: tried again at the next change
        }
    }

    private static String fileName(String path) {
        return path == null ? "" : Path.of(path).getFileName().toString();
    }
}
