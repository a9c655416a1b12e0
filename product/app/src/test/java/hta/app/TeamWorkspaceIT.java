package hta.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.testsupport.postgres.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The team workspace through the real app: {@code bin/hta} processes with {@code --workspace postgresql://…} against a
 * PostgreSQL server the test starts (the bundle, its driver, pool and Flyway migrations running in Felix), credentials
 * from the standard places, need-to-know in exports, and {@code hta workspace copy} folder → server → folder byte for
 * byte, history included.
 */
class TeamWorkspaceIT {
    private static final String PW = "it-secret";
    private static PostgresServer server;
    private static AppRuntime app;
    private static Path source;
    private static Path home;
    private static String db;

    @BeforeAll
    static void setUp() throws Exception {
        server = PostgresServer.shared();
        db = "itteam" + ProcessHandle.current().pid();
        server.createDatabase(db, db + "_owner", PW);
        app = AppRuntime.start(Map.of());
        home = Files.createTempDirectory("hta-it-home");
        // a folder workspace with history: the demo dossiers, Hemgenix saved twice more through the real store
        source = Files.createTempDirectory("hta-it-source");
        AppRuntime.copyTree(AppRuntime.APP.resolve("demo-workspace"), source);
        Object repo = AppRuntime.call(app.service("hta.dossier.repository.Workspaces", null), "open", source);
        for (String brand : List.of("Hemgenix (rev 2)", "Hemgenix (rev 3)")) {
            Object d = AppRuntime.call(repo, "load", "hemgenix");
            Object product = d.getClass().getField("product").get(d);
            product.getClass().getField("brandName").set(product, brand);
            AppRuntime.call(repo, "save", d, "alice", "renamed to " + brand);
        }
        Commands.Result r = hta(Map.of("PGPASSWORD", PW), "workspace", "copy", "--from", source.toString(), "--to", url("owner"));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Copied 4 dossiers (6 revisions)"), r.out());
        for (String code : List.of("no", "dk", "se", "nice", "smc")) server.psql(db, "SELECT hta.add_jurisdiction('" + code + "')");
        server.psql(db, "CREATE ROLE " + db + "_dan LOGIN PASSWORD '" + PW + "'; GRANT " + db + "_write_dk, " + db
                + "_read_global TO " + db + "_dan");
        server.psql(db, "CREATE ROLE " + db + "_pia LOGIN PASSWORD '" + PW + "'; GRANT " + db + "_team TO " + db + "_pia");
    }

    @AfterAll
    static void tearDown() throws Exception {
        app.close();
        AppRuntime.deleteTree(source);
        AppRuntime.deleteTree(home);
    }

    private static String url(String user) {
        return "postgresql://" + db + "_" + user + "@" + server.host() + ":" + server.port() + "/" + db;
    }

    /** {@code bin/hta} with its own data folder and HOME (so no ~/.pgpass of the machine is read). */
    private static Commands.Result hta(Map<String, String> env, String... args) throws Exception {
        Map<String, String> all = new HashMap<>(env);
        all.put("HOME", home.toString());
        all.putIfAbsent("PGPASSWORD", null);
        all.putIfAbsent("PGPASSFILE", null);
        String[] full = Stream.concat(Stream.of("--data-dir", home.resolve("data").toString()), Stream.of(args)).toArray(String[]::new);
        return Commands.run(all, "hta", full);
    }

    @Test
    void folderToServerToFolderGivesTheDossierFilesAndTheirHistoryBackByteForByte() throws Exception {
        Path back = Files.createTempDirectory("hta-it-back").resolve("copy");
        try {
            Commands.Result r = hta(Map.of("PGPASSWORD", PW), "workspace", "copy", "--from", url("owner"), "--to", back.toString());
            assertEquals(0, r.exitCode(), r.err());
            List<Path> files;
            try (Stream<Path> s = Files.walk(source)) {
                files = s.filter(p -> p.toString().endsWith(".json")).toList();
            }
            assertEquals(7, files.size(), "four dossiers and the three revisions of one in its history: " + files);
            for (Path f : files) {
                Path copy = back.resolve(source.relativize(f));
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(copy), source.relativize(f) + " differs");
            }
            assertTrue(Files.exists(back.resolve(".history/hemgenix/1.json")), "the revision before history was kept");
            Commands.Result again = hta(Map.of("PGPASSWORD", PW), "workspace", "copy", "--from", source.toString(), "--to", back.toString());
            assertEquals(2, again.exitCode());
            assertTrue(again.err().contains("is not empty"), again.err());
        } finally {
            AppRuntime.deleteTree(back.getParent());
        }
    }

    @Test
    void credentialsComeFromThePasswordFileOrTheEnvironmentAndFailuresAreOneLine() throws Exception {
        Path pgpass = home.resolve("pgpass");
        Files.writeString(pgpass, server.host() + ":" + server.port() + ":" + db + ":" + db + "_dan:" + PW + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        Commands.Result r = hta(Map.of("PGPASSFILE", pgpass.toString()), "list", "--workspace", url("dan"));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Workspace " + url("dan")) && r.out().contains("hemgenix"), r.out());

        Commands.Result wrong = hta(Map.of("PGPASSWORD", "not-it"), "list", "--workspace", url("dan"));
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.err().contains("refused the login"), wrong.err());
        assertEquals(1, wrong.err().strip().lines().count(), wrong.err());

        Commands.Result none = hta(Map.of(), "list", "--workspace", url("dan"));
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("~/.pgpass") && none.err().contains("PGPASSWORD"), none.err());
        assertFalse(none.err().contains(PW));
    }

    @Test
    void exportsHonourNeedToKnow() throws Exception {
        Path out = Files.createTempDirectory("hta-it-memos");
        try {
            Commands.Result dk = hta(Map.of("PGPASSWORD", PW), "export", "--workspace", url("dan"), "--dossier", "hemgenix",
                    "--jurisdiction", "dk", "--variant", "confidential", "--out", out.toString());
            assertEquals(0, dk.exitCode(), dk.err());
            Commands.Result no = hta(Map.of("PGPASSWORD", PW), "export", "--workspace", url("dan"), "--dossier", "hemgenix",
                    "--jurisdiction", "no", "--variant", "confidential", "--out", out.toString());
            assertEquals(1, no.exitCode());
            assertTrue(no.err().contains("only public memos can be exported"), no.err());

            Commands.Result pub = hta(Map.of("PGPASSWORD", PW), "export", "--workspace", url("pia"), "--dossier", "hemgenix",
                    "--jurisdiction", "no", "--variant", "public", "--out", out.toString());
            assertEquals(0, pub.exitCode(), pub.err());
            Commands.Result conf = hta(Map.of("PGPASSWORD", PW), "export", "--workspace", url("pia"), "--all",
                    "--out-dir", out.toString());
            assertEquals(1, conf.exitCode());
            assertTrue(conf.err().contains("--variant public"), conf.err());
        } finally {
            AppRuntime.deleteTree(out);
        }
    }
}
