package hta.launcher;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The per-user data directory: Felix caches, settings, plugin state and the user's copy of the demo
 * workspace. Never inside the installed application.
 */
record DataDirectory(Path root) {

    static DataDirectory prepare(Path override, Path home) throws IOException {
        Path root = override != null ? override : defaultRoot();
        root = root.toAbsolutePath().normalize();
        if (root.startsWith(home)) {
            // the installed app may be read-only or shared between users
            throw new IOException("the data directory " + root + " lies inside the installed application " + home
                    + "; choose another one with --data-dir");
        }
        Files.createDirectories(root);
        DataDirectory data = new DataDirectory(root);
        data.seedDemoWorkspace(home.resolve("demo-workspace"));
        return data;
    }

    static Path defaultRoot() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("hta-workbench");
    }

    Path workspace() {
        return root.resolve("workspace");
    }

    /** The watched folder: a jurisdiction plugin dropped here is installed (after the trust checks). */
    Path watchedPlugins() {
        return root.resolve("plugins");
    }

    Path cacheRoot() {
        return root.resolve("felix-cache");
    }

    /** Copies the bundled demo workspace on first use; an existing copy is the user's and is never touched. */
    private void seedDemoWorkspace(Path demo) throws IOException {
        Path target = workspace();
        if (Files.exists(target) || !Files.isDirectory(demo)) return;
        Path staging = root.resolve(".workspace-seeding");
        deleteTree(staging);
        Files.createDirectories(staging);
        try (Stream<Path> files = Files.list(demo)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) Files.copy(f, staging.resolve(f.getFileName()));
            }
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Removes caches left by processes that are no longer running. */
    void removeStaleCaches() {
        Path caches = cacheRoot();
        if (!Files.isDirectory(caches)) return;
        try (Stream<Path> dirs = Files.list(caches)) {
            dirs.sorted(Comparator.naturalOrder()).forEach(d -> {
                String name = d.getFileName().toString();
                try {
                    long pid = Long.parseLong(name.substring(name.lastIndexOf('-') + 1));
                    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) return;
                    deleteTree(d);
                } catch (NumberFormatException | IOException ignored) {
                    // not ours, or in use: leave it
                }
            });
        } catch (IOException ignored) {
            // nothing to clean
        }
    }
}
