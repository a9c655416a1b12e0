package hta.dossier.pg.internal;

import hta.confidentiality.ConfidentialityPolicy;
import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.PasswordSource;
import hta.testsupport.postgres.PostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Test fixture: a team workspace of its own (a new database on the JVM's shared PostgreSQL server, set up by opening
 * it as its owner), with login users holding roles, opened through the real repository or reached with raw SQL.
 */
final class Team implements AutoCloseable {
    static final String PASSWORD = "secret-pw";
    /** Norway's and Denmark's confidentiality as their plugins declare it; no plugin is installed in unit tests. */
    static final Function<String, ConfidentialityPolicy> POLICIES = code -> null;
    private static final AtomicInteger COUNT = new AtomicInteger();

    final PostgresServer server;
    final String db;
    private final List<DossierRepository> opened = new ArrayList<>();

    private Team(PostgresServer server, String db) {
        this.server = server;
        this.db = db;
    }

    /** A new workspace on the shared server; its owner {@code <db>_owner} is its first administrator. */
    static Team create() throws Exception {
        return create(PostgresServer.shared());
    }

    static Team create(PostgresServer server) throws Exception {
        String db = "ws" + ProcessHandle.current().pid() + "_" + COUNT.incrementAndGet();
        server.createDatabase(db, db + "_owner", PASSWORD);
        Team t = new Team(server, db);
        t.open("owner").close(); // sets the workspace up: migrations, roles
        for (String code : List.of("no", "dk", "se", "nice", "smc")) t.sql("owner", "SELECT hta.add_jurisdiction('" + code + "')");
        return t;
    }

    /** A login user {@code <db>_<name>} holding these roles: admin, reader, writer:CODE, reviewer:CODE. */
    String user(String name, String... roles) throws Exception {
        String login = db + "_" + name;
        server.psql(db, "CREATE ROLE " + login + " LOGIN PASSWORD '" + PASSWORD + "'");
        for (String role : roles) server.psql(db, "GRANT " + role(role) + " TO " + login);
        return login;
    }

    String role(String spec) {
        String[] p = spec.split(":");
        return switch (p[0]) {
            case "admin" -> db + "_admin";
            case "reader" -> db + "_team";
            case "writer" -> db + "_write_" + p[1];
            case "reviewer" -> db + "_read_" + p[1];
            default -> throw new IllegalArgumentException(spec);
        };
    }

    String url() {
        return server.url(db);
    }

    /** Opens the workspace as {@code <db>_<name>} through the repository, the password from PGPASSWORD. */
    DossierRepository open(String name) {
        DossierRepository r = PgWorkspaceProvider.open("postgresql://" + db + "_" + name + "@" + server.host() + ":"
                + server.port() + "/" + db, Map.of("PGPASSWORD", PASSWORD), PasswordSource.NONE, "hta tests", 4, POLICIES);
        opened.add(r);
        return r;
    }

    /** A raw JDBC connection as {@code <db>_<name>}. */
    Connection connect(String name) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(db), db + "_" + name, PASSWORD);
    }

    void sql(String name, String sql) throws SQLException {
        try (Connection c = connect(name); var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The demo Hemgenix dossier: Norwegian and Danish confidential prices, Norwegian budget and narrative. */
    static Dossier hemgenix() throws IOException {
        return DossierJson.read(Files.readAllBytes(demo("hemgenix.json")));
    }

    static Path demo(String file) {
        return Path.of("../../product/app/src/main/dist/demo-workspace", file);
    }

    @Override
    public void close() {
        opened.forEach(DossierRepository::close);
    }
}
