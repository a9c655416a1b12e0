package hta.dossier.pg.internal;

import com.fasterxml.jackson.databind.JsonNode;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.Revision;
import hta.dossier.repository.SaveConflictException;
import hta.dossier.repository.WorkspaceUnavailableException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What a failed save means for the user, in one line. The server refused it (a newer revision, a part the user does
 * not write, a read-only role): a {@link SaveConflictException}, nothing was written. The server failed (disk full,
 * shutting down): the transaction was rolled back, nothing was written. The connection was lost: the save may or may
 * not have committed — the server may even still be working on it, since it notices a vanished client only when it
 * answers — so the session that ran it is ended first (a user may end their own sessions) and then the server is
 * asked, by the token the save carried, whether it arrived.
 */
final class SaveFailures {
    private final DataSource pool;
    private final PgAddress address;

    SaveFailures(DataSource pool, PgAddress address) {
        this.pool = pool;
        this.address = address;
    }

    /** Returns normally only when the save did arrive after all. */
    void handle(SQLException e, String id, UUID token, int backend) throws SaveConflictException {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        switch (state) {
            case "HT409" -> throw new SaveConflictException(PgErrors.firstLine(e.getMessage())
                    + stored(e).map(r -> ": " + r.describe() + " is on the server").orElse("")
                    + ". Nothing was written; reload it to see the other changes.", stored(e).orElse(null));
            case "HT403", "HT422", "42501", "22023" -> throw new SaveConflictException("Dossier '" + id + "' was not saved: "
                    + PgErrors.firstLine(e.getMessage()));
            default -> {
            }
        }
        if (!PgErrors.connectionLost(e)) {
            throw new WorkspaceUnavailableException("Could not save dossier '" + id + "' on " + address.display() + ": "
                    + PgErrors.reason(e) + "; nothing was saved, your edit is still open", e);
        }
        Boolean arrived = arrived(token, backend);
        if (Boolean.TRUE.equals(arrived)) return;
        throw new WorkspaceUnavailableException("Could not save dossier '" + id + "' on " + address.display() + ": "
                + PgErrors.reason(e) + (arrived == null
                ? "; if the save did not reach the server nothing of it was stored — your edit is still open: save again"
                + " when the server is back (a conflict with your own name then shows that it did arrive)"
                : "; nothing was saved, your edit is still open"), e);
    }

    /** Whether the save with this token committed; null when the server cannot be asked. */
    private Boolean arrived(UUID token, int backend) {
        try (Connection c = pool.getConnection()) {
            if (backend > 0) {
                try (PreparedStatement ps = c.prepareStatement("SELECT pg_terminate_backend(pid, 5000)"
                        + " FROM pg_stat_activity WHERE pid = ? AND usename = session_user AND state <> 'idle'")) {
                    ps.setInt(1, backend);
                    ps.execute();
                } catch (SQLException gone) {
                    // the session had ended already (or belongs to a restarted server): nothing is running
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM hta.revision WHERE save_token = ?")) {
                ps.setObject(1, token);
                try (ResultSet r = ps.executeQuery()) {
                    return r.next();
                }
            }
        } catch (SQLException again) {
            return null;
        }
    }

    /** The revision the server holds, from the conflict's detail. */
    private static java.util.Optional<Revision> stored(SQLException e) {
        if (!(e instanceof PSQLException p)) return java.util.Optional.empty();
        ServerErrorMessage m = p.getServerErrorMessage();
        if (m == null || m.getDetail() == null) return java.util.Optional.empty();
        try {
            JsonNode j = DossierJson.mapper().readTree(m.getDetail());
            String time = j.path("time").isNull() ? null : j.path("time").asText(null);
            return java.util.Optional.of(new Revision(j.path("revision").asLong(),
                    time == null ? null : parseTime(time), j.path("author").asText(null), j.path("summary").asText(null)));
        } catch (IOException | RuntimeException ex) {
            return java.util.Optional.empty();
        }
    }

    private static Instant parseTime(String t) {
        return OffsetDateTime.parse(t.replace(' ', 'T')).toInstant();
    }
}
