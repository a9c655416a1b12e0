package hta.plugins.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The jurisdiction plugins shipped in the app's {@code plugins/} folder, by code, with what their manifests say.
 * Read once: the installed app does not change while it runs. Their signatures are checked when they are loaded,
 * like any other plugin's.
 */
final class BundledPlugins {
    /** One bundled jar. */
    record Bundled(Path jar, PluginManifest manifest) {
    }

    private final Map<String, Bundled> byCode;

    private BundledPlugins(Map<String, Bundled> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    static BundledPlugins scan(Path dir, Limits limits, RunLog log) {
        Map<String, Bundled> out = new LinkedHashMap<>();
        if (dir == null || !Files.isDirectory(dir)) return new BundledPlugins(out);
        try (Stream<Path> s = Files.list(dir)) {
            for (Path jar : s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                try {
                    JarIntake.checkKind(jar, jar.getFileName().toString(), limits.maxJarBytes());
                    PluginManifest m = PluginManifest.read(jar, jar.getFileName().toString(), limits);
                    if (m.code() != null) out.put(m.code(), new Bundled(jar.toAbsolutePath().normalize(), m));
                } catch (JarProblem p) {
                    log.notice("-", "the bundled plugin " + p.getMessage() + "; it is not loaded");
                }
            }
        } catch (IOException e) {
            log.notice("-", "the bundled plugins in " + dir + " cannot be read: " + Problems.describe(e));
        }
        return new BundledPlugins(out);
    }

    Map<String, Bundled> all() {
        return byCode;
    }

    Bundled get(String code) {
        return byCode.get(code);
    }

    boolean has(String code) {
        return byCode.containsKey(code);
    }

    Path jar(String code) {
        Bundled b = byCode.get(code);
        return b == null ? null : b.jar();
    }
}
