package hta.dossier.pg.internal;

import hta.dossier.repository.WorkspaceUnavailableException;
import java.sql.SQLException;

/**
 * Turns what the driver and the server report into one line a user can act on: what failed, why in words, and what
 * became of the work. Never includes a value of the dossier (the server's messages name ids and jurisdictions only).
 */
final class PgErrors {
    private PgErrors() {
    }

    /** Whether the failure means the server or the connection went away (rather than a refusal of the request). */
    static boolean connectionLost(SQLException e) {
        String state = e.getSQLState();
        if (state == null) return e.getCause() instanceof java.io.IOException;
        return state.startsWith("08") || state.startsWith("57P");
    }

    /** Why, in words. */
    static String reason(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (state) {
            case "53100" -> "the server's disk is full";
            case "53200" -> "the server is out of memory";
            case "53300" -> "the server has no free connection slots";
            case "57P01", "57P02" -> "the server was shut down";
            case "57P03" -> "the server is starting up or shutting down";
            case "57014" -> "the server cancelled the request";
            case "28P01", "28000" -> "the server refused the login (" + firstLine(e.getMessage()) + ")";
            // no connection could be made (refused, timed out; the pool reports its own wait in words of its own)
            case "08001" -> "the server does not answer (stopped, restarting, or the network is cut)";
            case "3D000" -> "the database does not exist";
            case "42501" -> "your role may not do this (" + firstLine(e.getMessage()) + ")";
            case "40001", "40P01" -> "it collided with another save; try again";
            default -> state.startsWith("08") || e.getCause() instanceof java.io.IOException
                    ? "the connection to the server failed (" + firstLine(e.getMessage()) + ")"
                    : firstLine(e.getMessage());
        };
    }

    static WorkspaceUnavailableException unavailable(String what, PgAddress where, SQLException e) {
        return new WorkspaceUnavailableException("Could not " + what + " on " + where.display() + ": " + reason(e), e);
    }

    /** The first line, without the driver's "ERROR: " prefix and the "Where:" context it appends. */
    static String firstLine(String message) {
        if (message == null) return "no reason given";
        String m = message.strip();
        int nl = m.indexOf('\n');
        if (nl >= 0) m = m.substring(0, nl).strip();
        if (m.startsWith("ERROR: ")) m = m.substring(7);
        return m;
    }
}
