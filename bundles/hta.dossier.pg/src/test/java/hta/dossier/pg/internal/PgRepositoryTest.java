package hta.dossier.pg.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.DossierNotFoundException;
import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.DossierSummary;
import hta.dossier.repository.Revision;
import hta.dossier.repository.SaveConflictException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store's contract, as the folder store keeps it: revisions, history, conflicts, listing. */
class PgRepositoryTest {
    static Team team;

    @BeforeAll
    static void setUp() throws Exception {
        team = Team.create();
        team.user("ada", "admin");
    }

    @AfterAll
    static void tearDown() {
        team.close();
    }

    @Test
    void aSavedDossierLoadsBackByteForByteAndIsListed() throws Exception {
        DossierRepository repo = team.open("ada");
        Dossier d = Team.hemgenix();
        d.id = "round-trip";
        d.revision = 0;
        assertEquals(1, repo.save(d, "ada", "first"));
        Dossier back = repo.load("round-trip");
        assertArrayEquals(DossierJson.write(d), DossierJson.write(back));
        DossierSummary s = repo.list().stream().filter(x -> x.id().equals("round-trip")).findFirst().orElseThrow();
        assertEquals("Hemgenix", s.brandName());
        assertEquals(1, s.revision());
        assertEquals(List.of("no", "se", "dk", "smc", "nice"), s.jurisdictions());
        assertEquals("ada", s.savedBy());
        assertEquals(d.saved.time, s.savedAt());
    }

    @Test
    void aSaveBasedOnAnOldRevisionIsRefusedNamingWhoSavedAndNothingIsWritten() throws Exception {
        DossierRepository mine = team.open("ada");
        DossierRepository theirs = team.open("ada");
        Dossier d = Team.hemgenix();
        d.id = "conflict";
        d.revision = 0;
        mine.save(d, "ada", "created");
        Dossier a = mine.load("conflict");
        Dossier b = theirs.load("conflict");
        b.product.brandName = "Theirs";
        theirs.save(b, "bob", "their change");
        a.product.brandName = "Mine";
        SaveConflictException e = assertThrows(SaveConflictException.class, () -> mine.save(a, "ada", "my change"));
        assertTrue(e.getMessage().contains("revision 2, saved by bob") && e.getMessage().contains("their change"), e.getMessage());
        assertEquals(2, e.stored().orElseThrow().revision());
        assertEquals(1, a.revision, "the caller's copy keeps the revision it was based on");
        assertEquals("Theirs", mine.load("conflict").product.brandName);
        assertEquals(2, mine.history("conflict").size());
    }

    @Test
    void everyRevisionCanBeViewedAndRestoredAsANewOne() throws Exception {
        DossierRepository repo = team.open("ada");
        Dossier d = Team.hemgenix();
        d.id = "history";
        d.revision = 0;
        repo.save(d, "ada", "one");
        d.product.brandName = "Two";
        repo.save(d, "ada", "two");
        List<Revision> h = repo.history("history");
        assertEquals(List.of(1L, 2L), h.stream().map(Revision::revision).toList());
        assertEquals("one", h.get(0).summary());
        assertEquals("Hemgenix", repo.loadRevision("history", 1).product.brandName);
        assertEquals(3, repo.restore("history", 1, 2, "ada"));
        assertEquals("Hemgenix", repo.load("history").product.brandName);
        assertEquals("restored revision 1", repo.history("history").get(2).summary());
        assertThrows(DossierNotFoundException.class, () -> repo.loadRevision("history", 9));
        assertThrows(DossierNotFoundException.class, () -> repo.load("nothing-here"));
    }

    @Test
    void importedRevisionsKeepTheirNumbersAndSavedRecords() throws Exception {
        DossierRepository repo = team.open("ada");
        Dossier d = Team.hemgenix();
        d.id = "imported";
        d.revision = 4;
        d.saved = new hta.dossier.SaveInfo(java.time.Instant.parse("2025-01-02T03:04:05.678Z"), "someone", "elsewhere");
        repo.importRevision(d, 0);
        assertArrayEquals(DossierJson.write(d), DossierJson.write(repo.load("imported")));
        assertThrows(SaveConflictException.class, () -> repo.importRevision(d, 0));
    }

    @Test
    void theSchemaIsAtTheLatestMigrationAndEveryScriptIsKnown() throws Exception {
        try (var c = team.connect("owner")) {
            assertEquals(Migrations.LATEST, Migrations.version(c));
        }
        long scripts = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/hta/dossier/pg/migration")).count();
        assertEquals(Migrations.LATEST, scripts);
    }
}
