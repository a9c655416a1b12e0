package hta.testsupport.postgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Test support: a real PostgreSQL server on this machine, started by the tests themselves on a free port of the
 * loopback address, in a data directory of its own.
 *
 * <p>The server's programs come from {@code -Dhta.pg.bin=DIR}, else from Debian's package
 * ({@code /usr/lib/postgresql/N/bin}, the newest N), which is installed with {@code apt-get} when missing and the tests
 * run as root (as on CI), the way the UI tests install Xvfb. {@code initdb} refuses to run as root, so as root every
 * server program runs as the operating-system user {@code postgres} (created by the package) through
 * {@code runuser}, in a data directory under the system's temporary folder that this user owns.
 *
 * <p>Logins: the superuser {@code postgres} with a random password ({@link #superPassword()}); connections over TCP
 * need passwords (SCRAM), as a team server would. One server is shared by all the tests of a JVM ({@link #shared()});
 * tests that stop or break a server start their own ({@link #startNew}).
 */
public final class PostgresServer implements AutoCloseable {
    public static final String SUPERUSER = "postgres";
    private static PostgresServer shared;

    private final Path bin;
    private final Path dir;
    private final int port;
    private final String password;
    private final String osUser;

    private PostgresServer(Path bin, Path dir, int port, String password, String osUser) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.password = password;
        this.osUser = osUser;
    }

    /** The server of this JVM, started at the first call and stopped when the JVM ends. Durability off: tests only. */
    public static synchronized PostgresServer shared() throws IOException, InterruptedException {
        if (shared == null) {
            shared = startNew(Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"));
            PostgresServer s = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(s::close, "postgres-test-server-stop"));
        }
        return shared;
    }

    /** A new server of its own, with these settings added to the defaults (e.g. {@code fsync=off}). */
    public static PostgresServer startNew(Map<String, String> settings) throws IOException, InterruptedException {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        String osUser = root ? "postgres" : null;
        if (root && run(List.of("id", "-u", "postgres"), null).exitCode != 0) {
            throw new IOException("running as root, but there is no operating-system user 'postgres' to run the server as;"
                    + " install Debian's postgresql package");
        }
        Path dir = Files.createTempDirectory("hta-pg-");
        if (root) chown(dir, osUser);
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        Path pwfile = dir.resolve("pwfile");
        Files.writeString(pwfile, password + "\n");
        if (root) chown(pwfile, osUser);
        PostgresServer s = new PostgresServer(bin, dir, freePort(), password, osUser);
        s.check(s.runAsServerUser(List.of(bin.resolve("initdb").toString(), "-D", s.data().toString(), "-U", SUPERUSER,
                "--pwfile=" + pwfile, "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8",
                "--no-sync")), "initdb");
        Files.delete(pwfile);
        StringBuilder conf = new StringBuilder("\n# written by the tests (PostgresServer)\n");
        conf.append("listen_addresses = '127.0.0.1'\nport = ").append(s.port).append('\n');
        conf.append("unix_socket_directories = '").append(dir).append("'\n");
        conf.append("max_connections = 200\nshared_buffers = 64MB\n");
        settings.forEach((k, v) -> conf.append(k).append(" = '").append(v).append("'\n"));
        Files.writeString(s.data().resolve("postgresql.conf"), conf, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        s.start();
        return s;
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    public String superPassword() {
        return password;
    }

    /** The folder the server's data and log are in (owned by the server's user). */
    public Path directory() {
        return dir;
    }

    /** A team-workspace address of a database on this server, e.g. {@code postgresql://127.0.0.1:5433/hta}. */
    public String url(String database) {
        return "postgresql://" + host() + ":" + port + "/" + database;
    }

    /** The JDBC URL of a database on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port + "/" + database;
    }

    private Path data() {
        return dir.resolve("data");
    }

    /** Starts the server (again, after {@link #stop}); waits until it accepts connections. */
    public void start() throws IOException, InterruptedException {
        check(runAsServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-t", "60", "start")), "pg_ctl start");
    }

    /** Stops the server: {@code fast} ends sessions and shuts down cleanly, {@code immediate} as a crash would. */
    public void stop(String mode) throws IOException, InterruptedException {
        check(runAsServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", mode, "-w",
                "-t", "60", "stop")), "pg_ctl stop");
    }

    /** Runs SQL as the superuser in a database with {@code psql}; returns what it printed (unaligned, tuples only). */
    public String psql(String database, String sql) throws IOException, InterruptedException {
        Result r = run(List.of(psqlPath(), "-h", host(), "-p", String.valueOf(port), "-U", SUPERUSER, "-d", database,
                "-v", "ON_ERROR_STOP=1", "-X", "-q", "-A", "-t", "-c", sql), Map.of("PGPASSWORD", password));
        if (r.exitCode != 0) throw new IOException("psql failed: " + r.output.strip());
        return r.output;
    }

    /** Creates a database owned by {@code owner} (a role created first if it does not exist, with that password). */
    public void createDatabase(String name, String owner, String ownerPassword) throws IOException, InterruptedException {
        psql("postgres", "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + owner + "') THEN "
                + "CREATE ROLE " + owner + " LOGIN CREATEROLE PASSWORD '" + ownerPassword + "'; END IF; END $$");
        psql("postgres", "CREATE DATABASE " + name + " OWNER " + owner);
    }

    private String psqlPath() {
        Path p = bin.resolve("psql");
        return Files.isExecutable(p) ? p.toString() : "psql";
    }

    @Override
    public void close() {
        try {
            if (Files.exists(data().resolve("postmaster.pid"))) stop("immediate");
        } catch (IOException | InterruptedException e) {
            // the JVM is ending or the server is gone already; its folder is removed below either way
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    /** The tail of the server's log, for failure messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("server.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no server log: " + e.getMessage() + ")";
        }
    }

    private void check(Result r, String what) throws IOException {
        if (r.exitCode != 0) {
            throw new IOException(what + " failed (exit " + r.exitCode + "): " + r.output.strip() + "\n" + logTail());
        }
    }

    private Result runAsServerUser(List<String> command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (osUser != null) cmd.addAll(List.of("runuser", "-u", osUser, "--"));
        cmd.addAll(command);
        // started in the server's own folder: the tests' working folder may be closed to the server's user
        return run(cmd, Map.of(), dir);
    }

    /** Where the server programs are; installs Debian's package when there are none and we may. */
    static synchronized Path binaries() throws IOException, InterruptedException {
        String configured = System.getProperty("hta.pg.bin");
        if (configured != null) return Path.of(configured);
        Path found = debianBinaries();
        if (found != null) return found;
        if (!"root".equals(System.getProperty("user.name")) || !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            throw new IOException("PostgreSQL is not installed; install Debian's postgresql package or give"
                    + " -Dhta.pg.bin=DIR (the folder with initdb, pg_ctl and postgres)");
        }
        Map<String, String> env = Map.of("DEBIAN_FRONTEND", "noninteractive");
        Result r;
        // one installer at a time across the test JVMs running in parallel (the UI tests' Xvfb takes the same lock)
        try (FileChannel lock = FileChannel.open(Path.of(System.getProperty("java.io.tmpdir"), "hta-apt.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock held = lock.lock()) {
            found = debianBinaries();
            if (found != null) return found; // installed by another JVM while this one waited
            run(List.of("apt-get", "update", "-qq"), env);
            r = run(List.of("apt-get", "install", "-y", "-qq", "postgresql"), env);
        }
        found = debianBinaries();
        if (found == null) throw new IOException("installing Debian's postgresql package failed: " + r.output.strip());
        return found;
    }

    private static Path debianBinaries() throws IOException {
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) return null;
        try (Stream<Path> versions = Files.list(base)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(b -> versionOf(b.getParent().getFileName().toString())))
                    .orElse(null);
        }
    }

    private static int versionOf(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void chown(Path p, String user) throws IOException, InterruptedException {
        Result r = run(List.of("chown", user, p.toString()), Map.of());
        if (r.exitCode != 0) throw new IOException("chown " + user + " " + p + " failed: " + r.output.strip());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> cmd, Map<String, String> env) throws IOException, InterruptedException {
        return run(cmd, env, null);
    }

    private static Result run(List<String> cmd, Map<String, String> env, Path workingDir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (workingDir != null) pb.directory(workingDir.toFile());
        if (env != null) pb.environment().putAll(env);
        Path out = Files.createTempFile("hta-pg-cmd", ".txt");
        try {
            pb.redirectOutput(out.toFile());
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", cmd) + " did not finish within 10 minutes");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
