package hta.dossier.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.DossierSummary;
import hta.dossier.validation.FileValidation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo workspace the app ships: every file loads, meets the core rules and is in canonical form. */
class DemoWorkspaceTest {
    static final Path DEMO = Path.of("../../product/app/src/main/dist/demo-workspace");

    @TempDir
    Path copy;

    /** A copy of the demo folder: listing writes its index into the folder, and the source must stay clean. */
    private JsonFolderRepository demo() throws Exception {
        try (var files = Files.list(DEMO)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().endsWith(".json")) Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return new JsonFolderRepository(copy);
    }

    @Test
    void everyDemoDossierIsListedValidAndCanonical() throws Exception {
        JsonFolderRepository repo = demo();
        List<DossierSummary> list = repo.list();
        assertEquals(List.of(), repo.problems());
        assertEquals(List.of("blincyto", "hemgenix", "zolgensma"), list.stream().map(DossierSummary::id).toList());
        for (FileValidation.Report r : FileValidation.workspace(DEMO)) {
            assertTrue(r.isClean(), r.toString());
            byte[] bytes = Files.readAllBytes(r.file());
            assertArrayEquals(bytes, DossierJson.write(DossierJson.read(bytes)), r.file() + " is not in canonical form");
        }
    }

    @Test
    void swedishDemoCasesCarryThePublishedFacts() throws Exception {
        JsonFolderRepository repo = demo();
        Dossier z = repo.load("zolgensma");
        var se = z.submission("se").orElseThrow();
        assertEquals("avvakta", se.decision.outcome);
        assertEquals("2021-09-06", se.decision.date.toString());
        assertEquals("2019-03-12", se.milestone("se.national-collaboration").orElseThrow().date.toString());
        assertEquals("onasemnogen-abeparvovek", z.product.innIn("sv"));
        Dossier b = repo.load("blincyto");
        var bse = b.submission("se").orElseThrow();
        assertEquals("141/2025", bse.caseReference);
        assertEquals("avsta", bse.decision.outcome);
        assertTrue(bse.decision.conditions.contains("bryggbehandling"));
        // every fictional value is confidential, so none can reach a public memo
        for (Dossier d : List.of(z, b)) {
            d.prices.forEach(p -> assertEquals(Classification.CONFIDENTIAL, p.classification, p.id));
            d.economics.figures.forEach(f -> assertEquals(Classification.CONFIDENTIAL, f.classification, f.id));
        }
    }

    @Test
    void norwegianBudgetTableCellsAreDerivedWithFormulas() throws Exception {
        Dossier h = demo().load("hemgenix");
        var rows = h.budgetImpact("no").orElseThrow().rows;
        assertEquals(3, rows.size());
        for (var row : rows) {
            assertEquals(5, row.cells.size());
            row.cells.forEach(c -> assertTrue(c.formula != null && c.formula.contains(":"), c.id));
        }
        // intervention − comparator = net impact, cell by cell
        for (int y = 0; y < 5; y++) {
            assertEquals(0, rows.get(0).cells.get(y).value.subtract(rows.get(1).cells.get(y).value)
                    .compareTo(rows.get(2).cells.get(y).value));
        }
    }
}
