package hta.plugins.internal;

import hta.plugins.PluginInfo;
import hta.plugins.Trust;
import hta.plugins.Verification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The jars of the watched folder that were refused, remembered by path and fingerprint (kind, size, time) in
 * {@code plugin-state/watched-refused.tsv}: listed by {@code plugins list} with the reason, and recorded in the
 * history once, not again at every start while the file stays as it is.
 */
final class WatchedRefusals {
    /** One refused file. */
    record Refusal(String path, String fingerprint, String reason, Trust trust, String signer, String name, String version) {
    }

    private final Path file;
    private final Map<String, Refusal> byPath = new TreeMap<>();

    WatchedRefusals(Path file) {
        this.file = file;
        read();
    }

    /** What identifies the file as it is now: a change of kind, size or time makes it a new file to check. */
    static String fingerprint(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            String kind = a.isRegularFile() ? "file" : a.isDirectory() ? "folder" : "other";
            return kind + ":" + a.size() + ":" + a.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return "unreadable";
        }
    }

    /** Whether {@code p} was refused as it is now (so it need not be checked and recorded again). */
    synchronized boolean refusedAsIs(Path p) {
        Refusal r = byPath.get(p.toString());
        return r != null && r.fingerprint().equals(fingerprint(p));
    }

    synchronized void refuse(Path p, String fingerprint, String reason, Verification v) {
        byPath.put(p.toString(), new Refusal(p.toString(), fingerprint, reason, v == null ? Trust.UNSIGNED : v.trust(),
                v == null ? null : v.signer(), v == null ? null : v.name(), v == null ? null : v.version()));
        write();
    }

    synchronized void forget(Path p) {
        if (byPath.remove(p.toString()) != null) write();
    }

    /** Forgets files that are no longer in the folder. */
    synchronized void prune() {
        if (byPath.keySet().removeIf(p -> !Files.exists(Path.of(p), java.nio.file.LinkOption.NOFOLLOW_LINKS))) write();
    }

    synchronized List<PluginInfo> listed() {
        List<PluginInfo> out = new ArrayList<>();
        for (Refusal r : byPath.values()) {
            Path p = Path.of(r.path());
            String label = p.getFileName().toString();
            out.add(new PluginInfo(label, r.name() == null ? label : r.name(), null, r.version(), null, null,
                    PluginInfo.Origin.WATCHED, PluginInfo.State.FAILED, "refused: " + r.reason(), r.trust(), r.signer(),
                    List.of(), r.path()));
        }
        return out;
    }

    private void read() {
        if (!Files.isRegularFile(file)) return;
        try {
            for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t", -1);
                if (f.length < 7) continue;
                Trust t;
                try {
                    t = Trust.valueOf(f[3]);
                } catch (IllegalArgumentException e) {
                    t = Trust.UNSIGNED;
                }
                String path = AuditLog.unesc(f[0]);
                byPath.put(path, new Refusal(path, f[1], f[2], t, blank(f[4]), blank(f[5]), blank(f[6])));
            }
        } catch (IOException e) {
            // forgotten refusals are checked (and recorded) again: nothing is lost
        }
    }

    private void write() {
        StringBuilder b = new StringBuilder();
        for (Refusal r : byPath.values()) {
            // the path as it is, escaped (a name with a line break was recorded again at every start: outside trust test)
            b.append(String.join("\t", AuditLog.esc(r.path()), r.fingerprint(), clean(r.reason()), r.trust().name(),
                    clean(r.signer()), clean(r.name()), clean(r.version()))).append('\n');
        }
        try {
            AtomicFiles.write(file, b.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // refusals are checked again at the next start
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String blank(String s) {
        return s.isEmpty() ? null : s;
    }
}
