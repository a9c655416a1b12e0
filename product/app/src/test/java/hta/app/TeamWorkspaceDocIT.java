package hta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Walks docs/team-workspace.md: every {@code sh} block, in order, in one shell, from the built app's folder, with a
 * fresh home folder — the trial server started, the demo copied in, users and roles created, a user listing, a backup
 * copy, the server stopped — as a new user following the page would. The port is changed to a free one; as root (on CI)
 * the shell runs as the operating-system user {@code postgres}, since PostgreSQL refuses to run as root.
 */
class TeamWorkspaceDocIT {
    private static final Path DOC = Path.of("../../docs/team-workspace.md");

    @Test
    void theTrialCommandsOfTheDocWork() throws Exception {
        hta.testsupport.postgres.PostgresServer.shared(); // installs PostgreSQL's programs when they are missing
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        while (m.find()) blocks.add(m.group(1));
        assertTrue(blocks.size() >= 4, "the doc's runnable blocks: " + blocks.size());
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path home = Files.createTempDirectory("hta-doc-home");
        // as root the walk runs as another user, who may not be able to enter the checkout (a clone under /root)
        Path app = root ? AppRuntime.copyApp(home.resolve("app")) : AppRuntime.APP.toAbsolutePath().normalize();
        String bin = binaries();
        StringBuilder script = new StringBuilder("set -euo pipefail\nexport HOME='" + home + "' PATH='" + bin + ":'\"$PATH\"\n"
                + "export JAVA_HOME='" + System.getProperty("java.home") + "' HTA_JAVA_OPTS='" + AppRuntime.TEST_JIT + "'\ncd '"
                + app + "'\n");
        for (String b : blocks) script.append(b.replace("5433", String.valueOf(port))).append('\n');
        script.append("test -f ~/hta-backup/hemgenix.json && test -f ~/hta-backup/.history/hemgenix/1.json\necho WALKED\n");
        Path file = home.resolve("walk.sh");
        Files.writeString(file, script);
        List<String> cmd = new ArrayList<>();
        if (root) {
            run(List.of("chown", "-R", "postgres", home.toString()));
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.addAll(List.of("bash", file.toString()));
        Path out = home.resolve("walk.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        String log = Files.readString(out);
        try {
            assertTrue(done, "the walk did not finish: " + log);
            assertEquals(0, p.exitValue(), log);
            assertTrue(log.contains("WALKED") && log.contains("Copied 4 dossiers"), log);
            assertTrue(log.contains("Workspace postgresql://dan@localhost:" + port + "/hta") && log.contains("hemgenix"), log);
        } finally {
            run(List.of("bash", "-c", (root ? "runuser -u postgres -- " : "") + bin + "/pg_ctl -D '" + home.resolve("hta-pg")
                    + "' -m immediate stop || true"));
            AppRuntime.deleteTree(home);
        }
    }

    /** The folder of PostgreSQL's programs (Debian's package, as the tests' server uses). */
    private static String binaries() throws Exception {
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .map(Path::toString).sorted().reduce((a, b) -> b).orElseThrow();
        }
    }

    private static void run(List<String> cmd) throws Exception {
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                .waitFor(60, TimeUnit.SECONDS);
    }
}
