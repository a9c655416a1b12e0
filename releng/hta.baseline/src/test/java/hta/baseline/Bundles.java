package hta.baseline;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** Test support: the platform bundles as this build made them, and the committed baseline. */
final class Bundles {
    static final Path BASELINE = Path.of(System.getProperty("hta.baseline.dir", "../baseline"));
    static final Path BUNDLES = Path.of(System.getProperty("hta.bundles.dir", "../../bundles"));

    private Bundles() {
    }

    /** Every bundle jar built under bundles/ that exports packages (the jurisdictions and commands export none). */
    static List<Path> exporting() throws Exception {
        List<Path> result = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(BUNDLES)) {
            for (Path dir : (Iterable<Path>) dirs.sorted()::iterator) {
                Path target = dir.resolve("target");
                // only real bundle folders: a folder left with nothing but an old target/ (a bundle that was split
                // or renamed, in a working copy that built it before) is not part of this build
                if (!Files.isDirectory(target) || !Files.isRegularFile(dir.resolve("META-INF/MANIFEST.MF"))
                        || !Files.isRegularFile(dir.resolve("pom.xml"))) continue;
                try (Stream<Path> files = Files.list(target)) {
                    for (Path jar : (Iterable<Path>) files.sorted()::iterator) {
                        String name = jar.getFileName().toString();
                        if (name.endsWith(".jar") && !name.endsWith("-sources.jar") && exports(jar)) result.add(jar);
                    }
                }
            }
        }
        if (result.size() < 7) {
            throw new IllegalStateException("expected the platform bundles built under " + BUNDLES.toAbsolutePath()
                    + ", found " + result);
        }
        return result;
    }

    static Path jar(String symbolicName) throws Exception {
        for (Path p : exporting()) {
            if (p.getFileName().toString().startsWith(symbolicName + "-")) return p;
        }
        throw new IllegalStateException("no built bundle " + symbolicName);
    }

    private static boolean exports(Path jar) throws Exception {
        try (JarFile f = new JarFile(jar.toFile())) {
            Manifest m = f.getManifest();
            return m != null && m.getMainAttributes().getValue("Export-Package") != null;
        }
    }
}
