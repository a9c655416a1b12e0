package hta.dossier.pg.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** The reasons a user reads: in words, without the connection pool's or the driver's internals. */
class PgErrorsTest {

    @Test
    void noConnectionIsTheServerNotAnsweringNotThePoolsStatistics() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5433 refused. Check that the hostname and port"
                + " are correct and that the postmaster is accepting TCP/IP connections.", "08001");
        SQLException pool = new SQLTransientConnectionException("hta-team - Connection is not available, request timed out"
                + " after 5000ms (total=0, active=0, idle=0, waiting=0)", "08001", refused);
        for (SQLException e : new SQLException[]{refused, pool}) {
            assertEquals("the server does not answer (stopped, restarting, or the network is cut)", PgErrors.reason(e));
        }
    }

    @Test
    void aConnectionLostDuringARequestKeepsTheDriversFirstLine() {
        assertEquals("the connection to the server failed (An I/O error occurred while sending to the backend.)",
                PgErrors.reason(new SQLException("An I/O error occurred while sending to the backend.", "08006")));
    }
}
