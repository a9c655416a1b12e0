package hta.jurisdiction.no.internal;

import hta.dossier.BudgetImpact;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.json.DossierJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo workspace's Hemgenix dossier, completed with what the demo file lacks: DMP's five-year budget
 * table (FICTIONAL values; in the published memo every cell is confidential).
 */
final class Fixtures {
    static final Path DEMO = Path.of("../../product/app/src/main/dist/demo-workspace/hemgenix.json");

    private Fixtures() {
    }

    static Dossier hemgenix() throws IOException {
        Dossier d = DossierJson.read(Files.readAllBytes(DEMO));
        BudgetImpact b = d.budgetImpact("no").orElseThrow();
        if (b.rows.isEmpty()) {
            b.rows.add(row("intervention", "Intervensjon", "224625000", "44925000", "44925000", "44925000", "44925000"));
            b.rows.add(row("comparator", "Komparator", "23400000", "28080000", "32760000", "37440000", "42120000"));
            b.rows.add(row("impact", "Budsjettvirkning av anbefaling", "201225000", "16845000", "12165000",
                    "7485000", "2805000"));
        }
        return d;
    }

    private static BudgetImpact.BudgetRow row(String id, String label, String... values) {
        BudgetImpact.BudgetRow r = new BudgetImpact.BudgetRow();
        r.id = "no-budget-" + id;
        r.label = label;
        for (int i = 0; i < values.length; i++) {
            Figure f = new Figure();
            f.id = r.id + "-y" + (i + 1);
            f.value = new BigDecimal(values[i]);
            f.unit = "NOK";
            f.classification = Classification.CONFIDENTIAL;
            f.formula = "derived from price:no-rhf-aup";
            r.cells.add(f);
        }
        return r;
    }
}
