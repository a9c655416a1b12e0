package hta.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Test support: a private X server for UI tests. Installs Debian's {@code xvfb} when it is missing and the
 * tests run as root (as on CI), starts {@code Xvfb} on a free display and stops it on close.
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

    /** A server with a screen of {@code size} ("1600x1000"), e.g. for screenshots at a writer's usual size. */
    public static Xvfb start(String size) throws IOException, InterruptedException {
        ensureInstalled();
        for (int n = 91; n < 140; n++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) continue;
            Process p = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", size + "x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            for (int i = 0; i < 100 && p.isAlive(); i++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + n))) return new Xvfb(p, ":" + n);
                Thread.sleep(50);
            }
            p.destroyForcibly();
        }
        throw new IOException("could not start Xvfb on any display :91–:139");
    }

    private static void ensureInstalled() throws IOException, InterruptedException {
        if (onPath("Xvfb")) return;
        if (!"root".equals(System.getProperty("user.name")) || !onPath("apt-get")) {
            throw new IOException("Xvfb is not installed; install Debian's xvfb package to run the UI tests");
        }
        run("apt-get", "update", "-qq");
        run("apt-get", "install", "-y", "-qq", "xvfb");
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
