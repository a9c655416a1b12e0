package hta.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/**
 * Test support: a private X server for UI tests. Installs Debian's {@code xvfb} when it is missing and the
 * tests run as root (as on CI), starts {@code Xvfb} on a display it picks and stops it on close.
 */
public final class Xvfb implements AutoCloseable {
    private final Process process;
    private final String display;

    private Xvfb(Process process, String display) {
        this.process = process;
        this.display = display;
    }

    public String display() {
        return display;
    }

    public static Xvfb start() throws IOException, InterruptedException {
        return start("1280x800");
    }

    /**
     * A server with a screen of {@code size} ("1600x1000"), e.g. for screenshots at a writer's usual size. Xvfb
     * picks a free display itself ({@code -displayfd}) and says which when it is ready, so test classes running
     * in parallel JVMs never share or race for one.
     */
    public static Xvfb start(String size) throws IOException, InterruptedException {
        ensureInstalled();
        Process p = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", size + "x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
            String line = out.readLine(); // the display number, written once the server accepts connections
            if (line != null && line.strip().matches("[0-9]+")) return new Xvfb(p, ":" + line.strip());
            throw new IOException("Xvfb did not start (it said " + (line == null ? "nothing" : "'" + line + "'") + ")");
        } catch (IOException e) {
            p.destroyForcibly();
            throw e;
        }
    }

    /** Installs xvfb once, even when test JVMs running in parallel all find it missing (PostgresServer takes the same lock). */
    private static synchronized void ensureInstalled() throws IOException, InterruptedException {
        if (onPath("Xvfb")) return;
        if (!"root".equals(System.getProperty("user.name")) || !onPath("apt-get")) {
            throw new IOException("Xvfb is not installed; install Debian's xvfb package to run the UI tests");
        }
        try (FileChannel lock = FileChannel.open(Path.of(System.getProperty("java.io.tmpdir"), "hta-apt.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock held = lock.lock()) {
            if (onPath("Xvfb")) return; // another JVM installed it while this one waited
            run("apt-get", "update", "-qq");
            run("apt-get", "install", "-y", "-qq", "xvfb");
        }
        if (!onPath("Xvfb")) throw new IOException("installing xvfb did not provide the Xvfb command");
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) return true;
        }
        return false;
    }

    private static void run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed");
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
