package hta.dossier.pg.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Dossier;
import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.SaveConflictException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Need-to-know, enforced by the server: a user receives confidential values only of the jurisdictions they hold a
 * role for, whatever they send it; every read of them is recorded first; history and audit cannot be changed.
 */
class NeedToKnowTest {
    static Team team;

    @BeforeAll
    static void setUp() throws Exception {
        team = Team.create();
        team.user("nora", "writer:no");
        team.user("dan", "writer:dk");
        team.user("rita", "reviewer:no");
        team.user("pia", "reader");
        team.user("ada", "admin");
        DossierRepository admin = team.open("ada");
        Dossier d = Team.hemgenix();
        d.revision = 0;
        admin.save(d, "ada", "first");
        d.product.brandName = "Hemgenix (second)";
        admin.save(d, "ada", "second");
    }

    @AfterAll
    static void tearDown() {
        team.close();
    }

    @Test
    void aDanishWriterCannotSelectANorwegianConfidentialValueFromAnyTableViewFunctionOrHistoryRow() throws Exception {
        List<String> seen = new ArrayList<>();
        try (Connection c = team.connect("dan")) {
            // every relation of every schema the role can see, row by row
            List<String> relations = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) FROM pg_class c JOIN pg_namespace n"
                            + " ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f')"
                            + " AND n.nspname NOT IN ('pg_catalog', 'information_schema')")) {
                while (r.next()) relations.add(r.getString(1));
            }
            assertTrue(relations.contains("hta.confidential"), "the table exists: " + relations);
            int denied = 0;
            for (String rel : relations) {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + rel)) {
                    collect(r, seen);
                } catch (SQLException e) {
                    assertEquals("42501", e.getSQLState(), rel + ": " + e.getMessage());
                    denied++;
                }
            }
            assertTrue(denied >= 2, "hta.confidential and hta.audit are closed to writers");
            // the statistics the planner keeps of column values show nothing of a table the role cannot read
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT * FROM pg_stats WHERE schemaname = 'hta'")) {
                collect(r, seen);
            }
            // the functions, for every revision: the public projection plus Denmark's part only
            for (long rev = 1; rev <= 2; rev++) {
                long audit;
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM hta.open_revision('hemgenix', ?)")) {
                    ps.setLong(1, rev);
                    try (ResultSet r = ps.executeQuery()) {
                        assertTrue(r.next());
                        audit = r.getLong("audit_id");
                        collect(r, seen);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM hta.read_confidential(?)")) {
                    ps.setLong(1, audit);
                    try (ResultSet r = ps.executeQuery()) {
                        while (r.next()) {
                            assertEquals("dk", r.getString("jurisdiction"));
                            seen.add(r.getString("content"));
                        }
                    }
                }
            }
            for (String fn : List.of("hta.present('hemgenix')", "hta.my_access()")) {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + fn)) {
                    collect(r, seen);
                }
            }
            // another's audit id, or one not yet committed, gives nothing
            c.setAutoCommit(false);
            long uncommitted;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT audit_id FROM hta.open_revision('hemgenix', 2)")) {
                r.next();
                uncommitted = r.getLong(1);
            }
            SQLException e = assertThrows(SQLException.class, () -> {
                try (Statement s = c.createStatement()) {
                    s.executeQuery("SELECT * FROM hta.read_confidential(" + uncommitted + ")").close();
                }
            });
            assertEquals("HT403", e.getSQLState());
            c.rollback();
        }
        String all = String.join("\n", seen);
        assertTrue(all.contains("19500000"), "Denmark's own agreed price is readable by its writer");
        for (String v : ConfidentialPartsTest.SECRETS.get("no")) assertFalse(all.contains(v), "Norwegian value " + v + " was selectable");
        for (String v : ConfidentialPartsTest.SECRETS.get("se")) assertFalse(all.contains(v), "Swedish value " + v + " was selectable");
        assertTrue(all.contains("no-rhf-aup"), "Norway's agreed price exists publicly, without its amount");
    }

    private static void collect(ResultSet r, List<String> into) throws SQLException {
        ResultSetMetaData m = r.getMetaData();
        while (r.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= m.getColumnCount(); i++) row.append(r.getString(i)).append('|');
            into.add(row.toString());
        }
    }

    @Test
    void eachRoleLoadsWhatItMaySee() throws Exception {
        Dossier dan = team.open("dan").loadRevision("hemgenix", 2);
        assertEquals(new BigDecimal("19500000"), dan.price("dk-saip").orElseThrow().amount);
        assertNull(dan.price("no-rhf-aup").orElseThrow().amount);
        assertEquals(new BigDecimal("43028738"), dan.price("no-maks-aup").orElseThrow().amount, "public stays public");
        assertNull(dan.economics.figure("no-cost-neutral-years").orElseThrow().value);

        Dossier rita = team.open("rita").loadRevision("hemgenix", 2);
        assertEquals(new BigDecimal("29950000"), rita.price("no-rhf-aup").orElseThrow().amount);
        assertNull(rita.price("dk-saip").orElseThrow().amount);

        DossierRepository pia = team.open("pia");
        Dossier pub = pia.loadRevision("hemgenix", 2);
        assertNull(pub.price("no-rhf-aup").orElseThrow().amount);
        assertNull(pub.price("dk-saip").orElseThrow().amount);
        assertFalse(pia.access().maySave());
        assertFalse(pia.access().seesConfidential("no"));

        Dossier ada = team.open("ada").loadRevision("hemgenix", 2);
        assertNotNull(ada.price("se-net-price").orElseThrow().amount);
        assertNotNull(ada.economics.figure("no-cost-neutral-years").orElseThrow().value);
    }

    @Test
    void aWriterChangesOnlyTheirOwnJurisdictionAndKeepsEveryoneElsesValues() throws Exception {
        DossierRepository dan = team.open("dan");
        Dossier d = dan.load("hemgenix");
        d.price("dk-saip").orElseThrow().amount = new BigDecimal("18000000");
        d.product.inn = d.product.inn + " "; // the shared parts are everyone's
        long rev = dan.save(d, "dan", "Danish price");

        Dossier nora = team.open("nora").load("hemgenix");
        assertEquals(rev, nora.revision);
        assertEquals(new BigDecimal("29950000"), nora.price("no-rhf-aup").orElseThrow().amount, "Norway's value kept");
        assertNull(nora.price("dk-saip").orElseThrow().amount);
        assertEquals(new BigDecimal("18000000"), team.open("ada").load("hemgenix").price("dk-saip").orElseThrow().amount);

        Dossier again = dan.load("hemgenix");
        again.submission("no").orElseThrow().status = "changed by a Dane";
        SaveConflictException e = assertThrows(SaveConflictException.class, () -> dan.save(again, "dan", "Norway too"));
        assertTrue(e.getMessage().contains("not a writer for no"), e.getMessage());
        assertEquals(rev, again.revision, "the edit is still the caller's, unsaved");

        SaveConflictException ro = assertThrows(SaveConflictException.class,
                () -> team.open("rita").save(team.open("rita").load("hemgenix"), "rita", "reviewer"));
        assertTrue(ro.getMessage().contains("read-only"), ro.getMessage());
    }

    @Test
    void everyReadOfConfidentialValuesIsAudited() throws Exception {
        team.open("rita").loadRevision("hemgenix", 1);
        team.open("pia").load("hemgenix");
        try (Connection c = team.connect("ada"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT db_user, action, revision, jurisdictions::text, application_name,"
                     + " client_addr FROM hta.audit WHERE action = 'read-confidential' ORDER BY id")) {
            List<String> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getLong(3) + " " + r.getString(4) + " " + r.getString(5) + " " + r.getString(6));
            }
            assertTrue(rows.stream().anyMatch(x -> x.startsWith(team.db + "_rita 1 {no} hta tests 127.0.0.1")), rows.toString());
            assertTrue(rows.stream().noneMatch(x -> x.startsWith(team.db + "_pia")), "a public-only read reads nothing confidential");
        }
    }

    @Test
    void historyAndAuditCannotBeChangedEvenByTheOwner() throws Exception {
        String counts = "SELECT (SELECT count(*) FROM hta.revision) || ' ' || (SELECT count(*) FROM hta.confidential)";
        String before = team.server.psql(team.db, counts);
        for (String sql : List.of("UPDATE hta.revision SET summary = 'x'", "DELETE FROM hta.audit",
                "DELETE FROM hta.confidential", "UPDATE hta.confidential SET content = '{}'", "TRUNCATE hta.revision CASCADE")) {
            try {
                team.sql("owner", sql);
                // row-level security leaves the owner no row of hta.confidential to touch
                assertTrue(sql.contains("hta.confidential"), sql + " went through");
            } catch (SQLException e) {
                assertTrue(Set.of("HT405", "42501").contains(e.getSQLState()), sql + ": " + e.getMessage());
            }
        }
        assertEquals(before, team.server.psql(team.db, counts));
        SQLException e = assertThrows(SQLException.class, () -> team.sql("ada", "UPDATE hta.revision SET summary = 'x'"));
        assertEquals("42501", e.getSQLState());
    }
}
