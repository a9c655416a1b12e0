package hta.launcher;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.DirectoryStream;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Removes, on a thread of its own, the framework caches left by processes that are no longer running (every run
     * leaves its own: deleting it at the end would make every command wait for it).
     */
    void removeStaleCachesInBackground() {
        Thread t = new Thread(this::removeStaleCaches, "hta-stale-caches");
        t.setDaemon(true); // a command that ends first leaves the rest to the next start
        t.start();
    }

    void removeStaleCaches() {
        Path caches = cacheRoot();
        if (!Files.isDirectory(caches)) return;
        List<Path> dirs = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(caches)) {
            for (Path d : s) dirs.add(d);
        } catch (IOException ignored) {
            return; // nothing to clean
        }
        for (Path d : dirs) {
            String name = d.getFileName().toString();
            try {
                long pid = Long.parseLong(name.substring(name.lastIndexOf('-') + 1));
                if (pid == ProcessHandle.current().pid()) continue;
                java.util.Optional<ProcessHandle> p = ProcessHandle.of(pid);
                if (p.isPresent() && p.get().isAlive()) continue;
                deleteTree(d);
            } catch (NumberFormatException | IOException ignored) {
                // not ours, or in use: leave it
            }
        }
    }
}
