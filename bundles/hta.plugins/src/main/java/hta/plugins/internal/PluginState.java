package hta.plugins.internal;

import hta.plugins.PluginInfo.Origin;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The installation's plugin state as administrators left it: which plugins are installed from where, which are
 * disabled or quarantined, which bundled ones were removed. Immutable; each change makes a new state, which
 * {@link StateFile} writes atomically. Records of the file that could not be read stay as they were (damaged) and
 * are written back unchanged, so nothing an administrator did is lost by a damaged line.
 */
final class PluginState {
    enum Status { ENABLED, DISABLED, REMOVED, QUARANTINED }

    /**
     * One plugin's record.
     *
     * @param jar    the stored copy it is installed from; {@code null} for a bundled plugin (found in the app)
     * @param source where an administrator took it from (a path, or the watched file)
     * @param sha256 the digest of the stored copy; a record without it cannot vouch for any jar
     * @param note   why it is quarantined, or {@code null}
     * @param told   whether the user has been told about the quarantine
     */
    record Entry(String code, Origin origin, Status status, String jar, String source, String symbolicName,
                 String version, String signer, String sha256, String note, boolean told) {
        Entry withStatus(Status s) {
            return new Entry(code, origin, s, jar, source, symbolicName, version, signer, sha256,
                    s == Status.QUARANTINED ? note : null, s == Status.QUARANTINED && told);
        }

        Entry quarantined(String why) {
            return new Entry(code, origin, Status.QUARANTINED, jar, source, symbolicName, version, signer, sha256, why, false);
        }

        Entry toldAbout() {
            return new Entry(code, origin, status, jar, source, symbolicName, version, signer, sha256, note, true);
        }
    }

    /** A plugin's record that could not be read: why, and its lines as they are in the file. */
    record Damage(String reason, List<String> lines) {
    }

    private final Map<String, Entry> entries;
    private final Map<String, Damage> damaged;
    /** Lines that belong to no plugin and could not be read; kept as they are. */
    private final List<String> loose;
    /** What was wrong with the file, one item per damaged line ("line 3: malformed \\uxxxx escape"). */
    private final List<String> problems;

    PluginState(Map<String, Entry> entries, Map<String, Damage> damaged, List<String> loose, List<String> problems) {
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
        this.damaged = Collections.unmodifiableMap(new TreeMap<>(damaged));
        this.loose = List.copyOf(loose);
        this.problems = List.copyOf(problems);
    }

    PluginState(Map<String, Entry> entries) {
        this(entries, Map.of(), List.of(), List.of());
    }

    static PluginState empty() {
        return new PluginState(Map.of());
    }

    Map<String, Entry> entries() {
        return entries;
    }

    Entry get(String code) {
        return entries.get(code);
    }

    Map<String, Damage> damaged() {
        return damaged;
    }

    List<String> loose() {
        return loose;
    }

    List<String> problems() {
        return problems;
    }

    /** A new record for a plugin replaces whatever was there, a damaged record included. */
    PluginState with(Entry e) {
        Map<String, Entry> m = new TreeMap<>(entries);
        m.put(e.code(), e);
        Map<String, Damage> d = new TreeMap<>(damaged);
        d.remove(e.code());
        return new PluginState(m, d, loose, problems);
    }

    PluginState without(String code) {
        Map<String, Entry> m = new TreeMap<>(entries);
        m.remove(code);
        Map<String, Damage> d = new TreeMap<>(damaged);
        d.remove(code);
        return new PluginState(m, d, loose, problems);
    }

    /** The codes this state has a record of, readable or damaged. */
    List<String> codes() {
        List<String> codes = new ArrayList<>(entries.keySet());
        for (String c : damaged.keySet()) if (!codes.contains(c)) codes.add(c);
        Collections.sort(codes);
        return codes;
    }
}
