package hta.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Test support for the attack tests: {@code bin/hta} as a process with a time limit of the test's choosing (a hang
 * is a failure of the product, reported with how long it took), optionally from a copy of the app whose trust
 * store, bundled plugins or other parts a test changes.
 */
final class HostileRun {
    private HostileRun() {
    }

    /** The outcome of one command, with how long the whole process took. */
    record Result(int exitCode, String out, String err, Duration took) {
        /** The lines printed on standard error. */
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    /** Runs {@code bin/hta --data-dir DATA args…} of {@code app}; fails when it takes longer than {@code limit}. */
    static Result hta(Path app, Path data, Map<String, String> env, Duration limit, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(app.resolve("bin/hta").toAbsolutePath().toString());
        cmd.add("--data-dir");
        cmd.add(data.toString());
        cmd.addAll(List.of(args));
        return run(cmd, env, limit);
    }

    /** Runs a command line; fails when it takes longer than {@code limit}, with what it printed so far. */
    static Result run(List<String> cmd, Map<String, String> env, Duration limit) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        AppRuntime.scriptEnvironment(pb.environment(), env);
        Path out = Files.createTempFile("hta-out", ".txt");
        Path err = Files.createTempFile("hta-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        boolean done = p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        if (!done) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        String o = Files.readString(out, StandardCharsets.UTF_8);
        String e = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(out);
        Files.delete(err);
        if (!done) {
            throw new AssertionError(String.join(" ", cmd) + " did not finish within " + limit.toSeconds()
                    + " s; stdout: " + o + "\nstderr: " + e);
        }
        return new Result(p.exitValue(), o, e, took);
    }

    /** Whether a private mount namespace can be made here, to give a command a small file system of its own. */
    static boolean canMountPrivately() {
        try {
            Process p = new ProcessBuilder("unshare", "--mount", "--map-root-user", "true").start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /**
     * Runs {@code bin/hta args…} on a data directory that lies on a 4 MB file system (a private tmpfs) which is
     * full: the data directory is prepared by a first command, then the rest of the space is taken.
     */
    static Result onFullDisk(Path work, Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path mount = Files.createDirectories(work.resolve("small-disk"));
        String hta = AppRuntime.APP.resolve("bin/hta").toAbsolutePath().toString();
        String data = mount.resolve("data").toString();
        StringBuilder command = new StringBuilder("exec '" + hta + "' --data-dir '" + data + "'");
        for (String a : args) command.append(" '").append(a.replace("'", "'\\''")).append("'");
        String script = "mount -t tmpfs -o size=4m tmpfs '" + mount + "' && '" + hta + "' --data-dir '" + data
                + "' list >/dev/null 2>&1; dd if=/dev/zero of='" + mount + "/filler' bs=16k >/dev/null 2>&1; " + command;
        return run(List.of("unshare", "--mount", "--map-root-user", "sh", "-c", script), env, Duration.ofSeconds(90));
    }

    static Result hta(Path data, String... args) throws IOException, InterruptedException {
        return hta(AppRuntime.APP, data, Map.of(), Duration.ofSeconds(60), args);
    }

    /**
     * A copy of the app in {@code dir} that shares its jars through links, except the folders named in
     * {@code copied}, which are real copies a test may change ({@code bin} is always copied: the scripts find the
     * app from their own location).
     */
    static Path appCopy(Path dir, String... copied) throws IOException {
        List<String> real = new ArrayList<>(List.of(copied));
        real.add("bin");
        try (Stream<Path> s = Files.list(AppRuntime.APP)) {
            for (Path p : s.toList()) {
                Path target = dir.resolve(p.getFileName().toString());
                if (real.contains(p.getFileName().toString())) {
                    AppRuntime.copyTree(p, target);
                    if (p.getFileName().toString().equals("bin")) {
                        try (Stream<Path> scripts = Files.list(target)) {
                            for (Path script : scripts.toList()) script.toFile().setExecutable(true);
                        }
                    }
                } else {
                    Files.createSymbolicLink(target, p.toAbsolutePath());
                }
            }
        }
        return dir;
    }
}
