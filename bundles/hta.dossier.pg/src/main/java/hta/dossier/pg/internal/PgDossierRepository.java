package hta.dossier.pg.internal;

import hta.confidentiality.ConfidentialityPolicy;
import hta.dossier.Dossier;
import hta.dossier.SaveInfo;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.DossierChange;
import hta.dossier.repository.DossierFormatException;
import hta.dossier.repository.DossierNotFoundException;
import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.DossierSummary;
import hta.dossier.repository.LoadProblem;
import hta.dossier.repository.Presence;
import hta.dossier.repository.Revision;
import hta.dossier.repository.SaveConflictException;
import hta.dossier.repository.WorkspaceAccess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A team workspace on a PostgreSQL server (schema: the migrations of this bundle). Each revision is stored as its
 * public projection plus the confidential values of each jurisdiction ({@link ConfidentialParts}); the server hands
 * every user the public projection and only the confidential values of the jurisdictions the user holds a role
 * for, records every such read, and refuses a save based on a revision that is no longer current, or one that
 * changes a part the user does not write. Saves are single transactions: others see all of a revision or none.
 * Thread-safe.
 */
final class PgDossierRepository implements DossierRepository {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

    private final PgConnector.Connected db;
    private final Function<String, ConfidentialityPolicy> policies;
    private final SaveFailures failures;
    private ChangeFeed feed;

    PgDossierRepository(PgConnector.Connected db, Function<String, ConfidentialityPolicy> policies) {
        this.db = db;
        this.policies = policies;
        this.failures = new SaveFailures(db.pool(), db.address());
    }

    @Override
    public Path location() {
        return Path.of(db.address().host() + ":" + db.address().port(), db.address().database());
    }

    @Override
    public String address() {
        return db.address().display();
    }

    @Override
    public WorkspaceAccess access() {
        return db.access();
    }

    @Override
    public List<DossierSummary> list() {
        List<DossierSummary> out = new ArrayList<>();
        try (Connection c = db.pool().getConnection(); Statement s = c.createStatement()) {
            s.setFetchSize(5_000);
            c.setAutoCommit(false); // the driver streams a large listing in batches only inside a transaction
            try (ResultSet r = s.executeQuery("SELECT id, brand_name, inn, revision, array_to_string(jurisdictions, ','),"
                    + " saved_by, saved_at FROM hta.dossier ORDER BY id COLLATE \"C\"")) {
                while (r.next()) {
                    String codes = r.getString(5);
                    Timestamp at = r.getTimestamp(7);
                    out.add(new DossierSummary(r.getString(1), r.getString(2), r.getString(3), r.getLong(4),
                            codes == null || codes.isEmpty() ? List.of() : List.of(codes.split(",")), r.getString(6),
                            at == null ? null : at.toInstant()));
                }
            } finally {
                c.commit();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw PgErrors.unavailable("list the dossiers", db.address(), e);
        }
        return out;
    }

    /** Every revision in the server parses, or it would not have been stored: nothing is unreadable. */
    @Override
    public List<LoadProblem> problems() {
        return List.of();
    }

    @Override
    public Dossier load(String id) throws DossierNotFoundException, DossierFormatException {
        return read(id, null);
    }

    @Override
    public Dossier loadRevision(String id, long revision) throws DossierNotFoundException, DossierFormatException {
        return read(id, revision);
    }

    /**
     * Two steps: the server records the read of confidential values (committed on its own) before it hands them out,
     * so that no read escapes the audit.
     */
    private Dossier read(String id, Long revision) throws DossierNotFoundException, DossierFormatException {
        check(id);
        String publicDoc = null;
        Map<String, String> parts = new LinkedHashMap<>();
        try (Connection c = db.pool().getConnection()) {
            long auditId = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT public_doc, audit_id FROM hta.open_revision(?, ?)")) {
                ps.setString(1, id);
                if (revision == null) ps.setNull(2, java.sql.Types.BIGINT);
                else ps.setLong(2, revision);
                try (ResultSet r = ps.executeQuery()) {
                    if (r.next()) {
                        publicDoc = r.getString(1);
                        auditId = r.getLong(2);
                    }
                }
            }
            if (publicDoc == null) {
                throw new DossierNotFoundException(revision == null ? "No dossier '" + id + "' in workspace " + address()
                        : "Dossier '" + id + "' has no revision " + revision + " in " + address());
            }
            if (auditId != 0) {
                try (PreparedStatement ps = c.prepareStatement("SELECT jurisdiction, content FROM hta.read_confidential(?)")) {
                    ps.setLong(1, auditId);
                    try (ResultSet r = ps.executeQuery()) {
                        while (r.next()) parts.put(r.getString(1), r.getString(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw PgErrors.unavailable("load dossier '" + id + "'", db.address(), e);
        }
        Dossier d;
        try {
            d = DossierJson.read(publicDoc.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DossierFormatException(new LoadProblem(location().resolve(id), "$",
                    "the stored revision cannot be read by this version: " + PgErrors.firstLine(e.getMessage())));
        }
        ConfidentialParts.merge(d, parts);
        return d;
    }

    @Override
    public long save(Dossier dossier, String author, String summary) throws SaveConflictException {
        return write(dossier, dossier.revision, author, summary, "save");
    }

    @Override
    public long restore(String id, long revision, long basedOn, String author)
            throws DossierNotFoundException, DossierFormatException, SaveConflictException {
        Dossier old = loadRevision(id, revision);
        return write(old, basedOn, author, "restored revision " + revision, "restore");
    }

    @Override
    public void importRevision(Dossier revision, long basedOn) throws SaveConflictException {
        DossierRepository.requireSaveable(revision);
        store(revision, basedOn, "import");
    }

    /** A save or restore: the dossier becomes {@code basedOn + 1}, its fields put back if the save fails. */
    private long write(Dossier dossier, long basedOn, String author, String summary, String action) throws SaveConflictException {
        DossierRepository.requireSaveable(dossier);
        long oldRevision = dossier.revision;
        SaveInfo oldSaved = dossier.saved;
        int oldVersion = dossier.schemaVersion;
        boolean done = false;
        try {
            dossier.revision = basedOn + 1;
            dossier.saved = new SaveInfo(Instant.now().truncatedTo(ChronoUnit.MILLIS), author, summary);
            dossier.schemaVersion = Dossier.CURRENT_SCHEMA_VERSION;
            store(dossier, basedOn, action);
            done = true;
            return dossier.revision;
        } finally {
            if (!done) {
                dossier.revision = oldRevision;
                dossier.saved = oldSaved;
                dossier.schemaVersion = oldVersion;
            }
        }
    }

    private void store(Dossier d, long basedOn, String action) throws SaveConflictException {
        check(d.id);
        ConfidentialParts.Split split = ConfidentialParts.split(d, policies, db.access()::mayWrite);
        UUID token = UUID.randomUUID();
        int backend = -1;
        try (Connection c = db.pool().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT hta.save_revision(?, ?, ?, ?, ?::jsonb, ?, ?)")) {
            backend = c.unwrap(org.postgresql.PGConnection.class).getBackendPID();
            ps.setString(1, d.id);
            ps.setLong(2, basedOn);
            ps.setLong(3, d.revision);
            ps.setString(4, split.publicText());
            ps.setString(5, DossierJson.mapper().writeValueAsString(split.parts()));
            ps.setString(6, action);
            ps.setObject(7, token);
            ps.executeQuery().close();
        } catch (SQLException e) {
            failures.handle(e, d.id, token, backend);
        } catch (IOException e) {
            throw new IllegalStateException("the confidential parts could not be written as JSON", e);
        }
    }


    @Override
    public List<Revision> history(String id) throws DossierNotFoundException {
        check(id);
        List<Revision> out = new ArrayList<>();
        try (Connection c = db.pool().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT revision, saved_at, saved_by, summary FROM hta.revision"
                     + " WHERE dossier_id = ? ORDER BY revision")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    Timestamp at = r.getTimestamp(2);
                    out.add(new Revision(r.getLong(1), at == null ? null : at.toInstant(), r.getString(3), r.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw PgErrors.unavailable("read the history of '" + id + "'", db.address(), e);
        }
        if (out.isEmpty()) throw new DossierNotFoundException("No dossier '" + id + "' in workspace " + address());
        return List.copyOf(out);
    }

    @Override
    public synchronized AutoCloseable watch(Consumer<DossierChange> listener) {
        return feed().listen(listener);
    }

    @Override
    public synchronized AutoCloseable open(String id) {
        check(id);
        return feed().enter(id);
    }

    @Override
    public List<Presence> presence(String id) {
        check(id);
        int own;
        synchronized (this) {
            own = feed == null ? -1 : feed.sessionPid();
        }
        List<Presence> out = new ArrayList<>();
        try (Connection c = db.pool().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT pid, db_user, application_name, client_addr, since FROM hta.present(?)")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    if (r.getInt(1) == own) continue;
                    out.add(new Presence(r.getString(2), r.getString(3), r.getString(4), r.getTimestamp(5).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw PgErrors.unavailable("see who has '" + id + "' open", db.address(), e);
        }
        return out;
    }

    private ChangeFeed feed() {
        if (feed == null) feed = new ChangeFeed(db.direct(), db.address().database());
        return feed;
    }

    @Override
    public synchronized void close() {
        if (feed != null) feed.close();
        feed = null;
        db.pool().close();
    }

    private static void check(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Not a valid dossier id: '" + id
                    + "' (letters, digits, '_', '.', '-'; at most 100 characters)");
        }
    }

    @Override
    public String toString() {
        return address();
    }
}
