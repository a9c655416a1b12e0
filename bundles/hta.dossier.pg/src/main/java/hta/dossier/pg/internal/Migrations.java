package hta.dossier.pg.internal;

import hta.dossier.repository.WorkspaceUnavailableException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The workspace's schema, as versioned migrations ({@code hta/dossier/pg/migration/V<n>__<what>.sql} in this
 * bundle) applied by Flyway and recorded in {@code hta.flyway_schema_history}. Flyway runs in Felix as it is: its
 * PostgreSQL support is attached to it as a fragment (so its service-loader entry is seen) and it finds the scripts in
 * this bundle through the bundle's class loader. Starting Flyway costs about a second, so a cheap query first tells
 * whether anything is to be done; only the workspace's owner can apply migrations.
 */
final class Migrations {
    /** The newest migration in this bundle; a test checks it against the scripts. */
    static final int LATEST = 3;
    static final String LOCATION = "classpath:hta/dossier/pg/migration";
    /** Kept so the level set below holds: java.util.logging forgets loggers nobody references. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private Migrations() {
    }

    /** The schema version recorded in the database, 0 when the workspace has not been set up. */
    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT to_regclass('hta.flyway_schema_history') IS NOT NULL")) {
            r.next();
            if (!r.getBoolean(1)) return 0;
        }
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT coalesce(max(version::integer), 0) FROM hta.flyway_schema_history"
                     + " WHERE success AND version ~ '^[0-9]+$'")) {
            r.next();
            return r.getInt(1);
        }
    }

    /**
     * Brings the schema to {@link #LATEST} when it is older; refuses a newer one (a newer version of HTA Workbench
     * set it up and this one cannot know what changed).
     */
    static void ensure(DataSource ds, PgAddress where) {
        int found;
        try (Connection c = ds.getConnection()) {
            found = version(c);
        } catch (SQLException e) {
            throw PgErrors.unavailable("open", where, e);
        }
        if (found == LATEST) return;
        if (found > LATEST) {
            throw new WorkspaceUnavailableException("the team workspace " + where.display() + " has schema version " + found
                    + ", newer than this version of HTA Workbench knows (" + LATEST + "): update HTA Workbench");
        }
        Level before = FLYWAY_LOG.getLevel();
        FLYWAY_LOG.setLevel(Level.WARNING); // Flyway reports every step at INFO: not for a command's output
        try {
            Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(ds)
                    .schemas("hta")
                    .createSchemas(true)
                    .locations(LOCATION)
                    .cleanDisabled(true)
                    .validateMigrationNaming(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new WorkspaceUnavailableException("the team workspace " + where.display() + " is at schema version " + found
                    + " and this version of HTA Workbench needs " + LATEST + ", but the migration failed as "
                    + where.user() + " (only the workspace's owner can apply it): " + PgErrors.firstLine(e.getMessage()), e);
        } finally {
            FLYWAY_LOG.setLevel(before);
        }
    }
}
