package hta.plugins.internal;

import hta.plugins.PluginInfo.Origin;
import hta.plugins.internal.PluginState.Entry;
import hta.plugins.internal.PluginState.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a state asks for one code: nothing, the bundled jar, or an administrator's stored copy, enabled or not; and
 * why it cannot be loaded when its record cannot vouch for a jar (no digest, a copy outside the plugin store or
 * missing, a damaged record, a quarantine).
 *
 * @param jar          the jar to load: the stored copy or the bundled jar
 * @param sha256       the digest the stored copy must have; {@code null} for a bundled jar (taken in afresh)
 * @param symbolicName the bundle the record names
 * @param version      the version the record names
 * @param problem      why nothing is loaded for it, or {@code null}
 */
record Desired(String code, Path jar, String sha256, String symbolicName, String version, Status status, Entry entry,
               boolean bundled, String problem) {

    boolean loadable() {
        return problem == null && status != Status.QUARANTINED;
    }

    /** What {@code state} asks for {@code code}; {@code null} when nothing (removed, unknown). */
    static Desired of(PluginState state, String code, BundledPlugins bundled, Path store, Path stateFile) {
        PluginState.Damage damage = state.damaged().get(code);
        Entry e = state.get(code);
        if (damage != null) {
            BundledPlugins.Bundled b = bundled.get(code);
            return new Desired(code, b == null ? null : b.jar(), null, b == null ? null : b.manifest().symbolicName(),
                    b == null ? null : b.manifest().version(), Status.ENABLED, null, b != null,
                    "its record in " + stateFile + " is damaged (" + damage.reason() + "); reinstall or enable it to"
                            + " write it anew");
        }
        if (e != null && e.status() == Status.REMOVED) return null;
        if (e != null && e.origin() != Origin.BUNDLED) {
            return new Desired(code, e.jar() == null ? null : Path.of(e.jar()), e.sha256(), e.symbolicName(), e.version(),
                    e.status(), e, false, storedCopyProblem(e, store));
        }
        BundledPlugins.Bundled b = bundled.get(code);
        if (b == null) return null;
        return new Desired(code, b.jar(), null, b.manifest().symbolicName(), b.manifest().version(),
                e == null ? Status.ENABLED : e.status(), e, true, null);
    }

    /** Why a record cannot vouch for its stored copy, or {@code null}; the copy's content is checked on loading. */
    static String storedCopyProblem(Entry e, Path store) {
        if (e.sha256() == null || !e.sha256().matches("[0-9a-f]{64}")) {
            return "its record in the plugin state has no digest of its jar, so no jar is loaded for it;"
                    + " install it again";
        }
        if (e.jar() == null) return "its record in the plugin state names no stored copy; install it again";
        Path jar = Path.of(e.jar()).toAbsolutePath().normalize();
        if (!jar.startsWith(store.toAbsolutePath().normalize())) {
            return "its record in the plugin state points outside the plugin store (" + jar + "); install it again";
        }
        if (!Files.isRegularFile(jar)) return "its stored copy " + jar + " is missing; install it again";
        return null;
    }

    /** Every code a state, the bundled plugins or the framework know of. */
    static Set<String> codes(PluginState state, BundledPlugins bundled, Set<String> running) {
        Set<String> codes = new TreeSet<>(state.codes());
        codes.addAll(bundled.all().keySet());
        codes.addAll(running);
        return codes;
    }
}
