package hta.plugins.internal;

import hta.plugins.PluginInfo.Origin;
import hta.plugins.internal.PluginState.Damage;
import hta.plugins.internal.PluginState.Entry;
import hta.plugins.internal.PluginState.Status;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads and writes a plugin state file ({@code state.properties}, {@code last-good.properties}) in the properties
 * format, one line at a time: a line that cannot be read (a malformed {@code \\u} escape, junk, an unknown origin)
 * damages only the record it belongs to, which is reported and kept as it is; the other records load.
 */
final class StateFile {
    static final Set<String> FIELDS = Set.of("origin", "status", "jar", "source", "bundle", "version", "signer",
            "sha256", "note", "told");

    private StateFile() {
    }

    static PluginState read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) return PluginState.empty();
        return parse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
    }

    static PluginState parse(String text) {
        Map<String, Map<String, String>> fields = new TreeMap<>();
        Map<String, List<String>> raw = new TreeMap<>();
        Map<String, String> damage = new TreeMap<>();
        List<String> loose = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.stripLeading();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) continue;
            String code = codeOf(trimmed);
            if (code != null) raw.computeIfAbsent(code, c -> new ArrayList<>()).add(line);
            Properties p = new Properties();
            String problem = null;
            try {
                p.load(new StringReader(line));
            } catch (IllegalArgumentException | IOException e) {
                problem = "malformed \\uxxxx escape";
            }
            String key = p.isEmpty() ? null : p.stringPropertyNames().iterator().next();
            int dot = key == null ? -1 : key.indexOf('.');
            if (problem == null && (dot <= 0 || !FIELDS.contains(key.substring(dot + 1)))) problem = "not a plugin record";
            if (problem == null && hasControl(line)) problem = "unreadable characters";
            if (problem != null) {
                problems.add("line " + (i + 1) + ": " + problem);
                if (code != null) damage.putIfAbsent(code, "line " + (i + 1) + ": " + problem);
                else loose.add(line);
                continue;
            }
            String c = key.substring(0, dot);
            String old = fields.computeIfAbsent(c, x -> new LinkedHashMap<>()).put(key.substring(dot + 1), p.getProperty(key));
            if (old != null && !old.equals(p.getProperty(key))) {
                problems.add("line " + (i + 1) + ": a second, different " + key);
                damage.putIfAbsent(c, "line " + (i + 1) + ": a second, different " + key);
            }
        }
        Map<String, Entry> entries = new TreeMap<>();
        for (Map.Entry<String, Map<String, String>> e : fields.entrySet()) {
            if (damage.containsKey(e.getKey())) continue;
            Map<String, String> f = e.getValue();
            try {
                entries.put(e.getKey(), new Entry(e.getKey(), Origin.valueOf(required(f, "origin")),
                        Status.valueOf(f.getOrDefault("status", "ENABLED")), f.get("jar"), f.get("source"), f.get("bundle"),
                        f.get("version"), f.get("signer"), f.get("sha256"), f.get("note"), Boolean.parseBoolean(f.get("told"))));
            } catch (IllegalArgumentException bad) {
                String why = "an unknown or missing origin or status";
                problems.add("'" + e.getKey() + "': " + why);
                damage.put(e.getKey(), why);
            }
        }
        Map<String, Damage> damaged = new TreeMap<>();
        damage.forEach((code, why) -> damaged.put(code, new Damage(why, raw.getOrDefault(code, List.of()))));
        return new PluginState(entries, damaged, loose, problems);
    }

    private static String required(Map<String, String> f, String key) {
        String v = f.get(key);
        if (v == null) throw new IllegalArgumentException(key);
        return v;
    }

    /** The code a raw line's key starts with (up to the first dot), when it looks like one. */
    private static String codeOf(String line) {
        int dot = line.indexOf('.');
        if (dot <= 0) return null;
        String code = line.substring(0, dot);
        return code.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '-' || ch == '_') ? code : null;
    }

    private static boolean hasControl(String line) {
        return line.chars().anyMatch(ch -> ch < 0x20 && ch != '\t' || ch == 0x7f);
    }

    static void write(PluginState state, Path file) throws IOException {
        StringBuilder b = new StringBuilder("# HTA Workbench plugin state: written by the plugin manager, read at every start\n");
        for (Entry e : state.entries().values()) {
            String c = e.code();
            line(b, c + ".origin", e.origin().name());
            line(b, c + ".status", e.status().name());
            line(b, c + ".jar", e.jar());
            line(b, c + ".source", e.source());
            line(b, c + ".bundle", e.symbolicName());
            line(b, c + ".version", e.version());
            line(b, c + ".signer", e.signer());
            line(b, c + ".sha256", e.sha256());
            line(b, c + ".note", e.note());
            if (e.told()) line(b, c + ".told", "true");
        }
        for (Damage d : state.damaged().values()) d.lines().forEach(l -> b.append(l).append('\n'));
        state.loose().forEach(l -> b.append(l).append('\n'));
        AtomicFiles.write(file, b.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void line(StringBuilder b, String key, String value) {
        if (value == null) return;
        b.append(escape(key, true)).append('=').append(escape(value, false)).append('\n');
    }

    /** The escaping of {@link Properties#store}: the file stays readable by any properties reader. */
    static String escape(String s, boolean key) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\f' -> b.append("\\f");
                case '=', ':', '#', '!' -> b.append('\\').append(c);
                case ' ' -> b.append(i == 0 || key ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0x7e) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }
}
