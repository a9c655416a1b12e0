package hta.dossier.pg.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.repository.WorkspaceUnavailableException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PgAddressTest {
    @Test
    void aFullAddressIsTakenAsWritten() {
        PgAddress a = PgAddress.parse("postgresql://alice@db.example:6543/hta", Map.of("PGHOST", "other", "PGUSER", "bob"));
        assertEquals("db.example", a.host());
        assertEquals(6543, a.port());
        assertEquals("hta", a.database());
        assertEquals("alice", a.user());
        assertEquals("postgresql://alice@db.example:6543/hta", a.display());
    }

    @Test
    void whatTheAddressLeavesOutComesFromThePgVariablesThenTheDefaults() {
        PgAddress a = PgAddress.parse("postgresql:///hta", Map.of("PGHOST", "pg.lan", "PGPORT", "5444", "PGUSER", "carol"));
        assertEquals("postgresql://pg.lan:5444/hta", a.display());
        assertEquals("carol", a.user());
        PgAddress b = PgAddress.parse("postgres://", Map.of("PGDATABASE", "team"));
        assertEquals("localhost", b.host());
        assertEquals(5432, b.port());
        assertEquals("team", b.database());
        assertEquals(System.getProperty("user.name"), b.user());
    }

    @Test
    void aPasswordInTheAddressIsUsedButNeverShown() {
        PgAddress a = PgAddress.parse("postgresql://dan:s%3Acret+1@host/hta", Map.of());
        assertEquals("s:cret+1", a.password());
        assertFalse(a.display().contains("cret"));
        assertFalse(a.toString().contains("cret"));
        assertEquals("postgresql://dan@host/x", PgAddress.redact("postgresql://dan:secret@host/x"));
    }

    @Test
    void badAddressesAreOneLineWithoutThePassword() {
        WorkspaceUnavailableException noDb = assertThrows(WorkspaceUnavailableException.class,
                () -> PgAddress.parse("postgresql://dan:secret@host", Map.of()));
        assertTrue(noDb.getMessage().contains("names no database"), noDb.getMessage());
        assertFalse(noDb.getMessage().contains("secret"));
        assertThrows(WorkspaceUnavailableException.class, () -> PgAddress.parse("postgresql://host:99999/x", Map.of()));
        assertThrows(WorkspaceUnavailableException.class, () -> PgAddress.parse("postgresql:///x", Map.of("PGHOST", "/var/run/postgresql")));
        assertTrue(PgAddress.isAddress("postgres://h/x"));
        assertFalse(PgAddress.isAddress("/home/me/dossiers"));
    }
}
