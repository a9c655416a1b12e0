package hta.dossier.pg.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import hta.dossier.repository.PasswordSource;
import hta.dossier.repository.WorkspaceAccess;
import hta.dossier.repository.WorkspaceUnavailableException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Connects to a team workspace: the password from the address, {@code PGPASSWORD}, the password file (the driver
 * reads {@code PGPASSFILE} or {@code ~/.pgpass} itself) or, when the server asks for one and none was found, the
 * user; then the schema brought up to date, the user's access read, and a pool of connections made. The password is
 * held in memory for reconnecting and written nowhere.
 */
final class PgConnector {
    /** Kept so the level set below holds: java.util.logging forgets loggers nobody references. */
    private static final Logger POOL_LOG = Logger.getLogger("com.zaxxer.hikari");

    static {
        // the pool reports starting and stopping at INFO: not for a command's output; warnings still show
        POOL_LOG.setLevel(Level.WARNING);
    }

    /** What an open workspace runs on. */
    record Connected(PgAddress address, PGSimpleDataSource direct, HikariDataSource pool, WorkspaceAccess access) {
    }

    private PgConnector() {
    }

    static Connected connect(PgAddress address, Map<String, String> env, PasswordSource passwords, String application,
                             int poolSize) {
        char[] password = address.password() != null ? address.password().toCharArray()
                : env.containsKey("PGPASSWORD") ? env.get("PGPASSWORD").toCharArray() : null;
        PGSimpleDataSource ds = dataSource(address, password, application);
        try {
            tryLogin(ds);
        } catch (SQLException e) {
            if (password != null || !needsPassword(e)) throw PgErrors.unavailable("open the team workspace", address, e);
            password = passwords.password("Password for " + address.withUser());
            if (password == null) {
                throw new WorkspaceUnavailableException("Could not open the team workspace " + address.display()
                        + ": the server asks for a password for " + address.user() + " and none was found: put it in"
                        + " ~/.pgpass (or the file PGPASSFILE names), set PGPASSWORD, or type it when asked");
            }
            ds = dataSource(address, password, application);
            try {
                tryLogin(ds);
            } catch (SQLException again) {
                throw PgErrors.unavailable("open the team workspace", address, again);
            }
        }
        Migrations.ensure(ds, address);
        WorkspaceAccess access = access(ds, address);
        HikariConfig config = new HikariConfig();
        config.setDataSource(ds);
        config.setPoolName("hta-" + address.database());
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(5_000); // a server that is down is reported after 5 s, not 30
        config.setValidationTimeout(2_000);
        return new Connected(address, ds, new HikariDataSource(config), access);
    }

    static PGSimpleDataSource dataSource(PgAddress address, char[] password, String application) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[]{address.host()});
        ds.setPortNumbers(new int[]{address.port()});
        ds.setDatabaseName(address.database());
        ds.setUser(address.user());
        if (password != null) ds.setPassword(new String(password));
        ds.setApplicationName(application);
        ds.setConnectTimeout(5);
        ds.setLoginTimeout(10);
        // a cut network must not leave a save hanging: every request gets an answer or fails within 30 s
        ds.setSocketTimeout(30);
        ds.setTcpKeepAlive(true);
        return ds;
    }

    private static void tryLogin(PGSimpleDataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.isValid(2);
        }
    }

    /** The server wants a password and was given none (SCRAM or md5 without one). */
    private static boolean needsPassword(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        return "08004".equals(e.getSQLState()) && m.contains("no password was provided")
                || "28P01".equals(e.getSQLState());
    }

    private static WorkspaceAccess access(PGSimpleDataSource ds, PgAddress address) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT db_user, member, admin, may_save, readable, writable FROM hta.my_access()")) {
            r.next();
            if (!r.getBoolean("member")) {
                throw new WorkspaceUnavailableException("Could not open the team workspace " + address.display() + ": "
                        + address.user() + " holds no role in it; ask its team administrator");
            }
            boolean admin = r.getBoolean("admin");
            return new WorkspaceAccess(r.getString("db_user"), r.getBoolean("may_save"), codes(r.getArray("readable")),
                    codes(r.getArray("writable")), admin);
        } catch (SQLException e) {
            throw PgErrors.unavailable("open the team workspace", address, e);
        }
    }

    private static Set<String> codes(Array a) throws SQLException {
        return a == null ? Set.of() : Set.copyOf(Arrays.asList((String[]) a.getArray()));
    }
}
