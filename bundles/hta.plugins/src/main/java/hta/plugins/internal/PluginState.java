package hta.plugins.internal;

import hta.plugins.PluginInfo.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The installation's plugin state as administrators left it: which plugins are installed from where, which
 * are disabled, which bundled ones were removed. Immutable; each change makes a new state that is written
 * atomically to {@code plugin-state/state.properties} in the data directory.
 */
final class PluginState {
    enum Status { ENABLED, DISABLED, REMOVED }

    /**
     * One plugin's record.
     *
     * @param jar    the stored copy it is installed from; {@code null} for a bundled plugin (found in the app)
     * @param source where an administrator took it from (a path, or the watched file)
     */
    record Entry(String code, Origin origin, Status status, String jar, String source, String symbolicName,
                 String version, String signer, String sha256) {
        Entry withStatus(Status s) {
            return new Entry(code, origin, s, jar, source, symbolicName, version, signer, sha256);
        }
    }

    private final Map<String, Entry> entries;

    PluginState(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
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

    PluginState with(Entry e) {
        Map<String, Entry> m = new TreeMap<>(entries);
        m.put(e.code(), e);
        return new PluginState(m);
    }

    PluginState without(String code) {
        Map<String, Entry> m = new TreeMap<>(entries);
        m.remove(code);
        return new PluginState(m);
    }

    static PluginState read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) return empty();
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        Map<String, Entry> m = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (!key.endsWith(".origin")) continue;
            String code = key.substring(0, key.length() - ".origin".length());
            try {
                m.put(code, new Entry(code, Origin.valueOf(p.getProperty(key)),
                        Status.valueOf(p.getProperty(code + ".status", "ENABLED")), p.getProperty(code + ".jar"),
                        p.getProperty(code + ".source"), p.getProperty(code + ".bundle"),
                        p.getProperty(code + ".version"), p.getProperty(code + ".signer"),
                        p.getProperty(code + ".sha256")));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": plugin '" + code + "' has an unknown origin or status", e);
            }
        }
        return new PluginState(m);
    }

    void write(Path file) throws IOException {
        Properties p = new Properties();
        for (Entry e : entries.values()) {
            String c = e.code();
            p.setProperty(c + ".origin", e.origin().name());
            p.setProperty(c + ".status", e.status().name());
            put(p, c + ".jar", e.jar());
            put(p, c + ".source", e.source());
            put(p, c + ".bundle", e.symbolicName());
            put(p, c + ".version", e.version());
            put(p, c + ".signer", e.signer());
            put(p, c + ".sha256", e.sha256());
        }
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "HTA Workbench plugin state: written by the plugin manager, read at every start");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void put(Properties p, String key, String value) {
        if (value != null) p.setProperty(key, value);
    }
}
