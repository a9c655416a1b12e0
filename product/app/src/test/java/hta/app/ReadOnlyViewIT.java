package hta.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.PublicProjection;
import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.Workspaces;
import hta.export.pdf.MemoExporter;
import hta.jurisdiction.JurisdictionRegistry;
import hta.plugins.PluginManager;
import hta.plugins.TrustPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A plugin cannot change what it is given (issue 15, items 2 and 8): Testland tm's template tries to change
 * every collection and field reachable from its read-only view, by reflection too, and the deep copy a template
 * built for the model gets. The memo it writes says what worked (nothing may), and every number it could see:
 * its own confidential price, but not another jurisdiction's. The dossier passed to the exporter, the saved
 * file, the public projection and another jurisdiction's public memo are the same before and after.
 */
class ReadOnlyViewIT {
    private static final Path PLUGINS = Path.of(System.getProperty("hta.test.plugins", "target/test-plugins"));

    @Test
    void aTemplateThatTriesToChangeItsInputChangesNothingAndSeesOnlyWhatItMay() throws Exception {
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            app.service(PluginManager.class).install(PLUGINS.resolve("tm-1.0.0.jar"), TrustPolicy.REFUSE, null);
            JurisdictionRegistry registry = app.service(JurisdictionRegistry.class);
            MemoExporter exporter = app.service(MemoExporter.class);
            DossierRepository repository = app.service(Workspaces.class).defaultWorkspace();
            Dossier d = repository.load("hemgenix");
            d.submissions.add(TestlandData.submission("tm", "Testland's own words ", "and its secret"));
            d.prices.add(TestlandData.agreedPrice("tm-agreed", "tm", "777777"));
            repository.save(d, "test", "Testland tm data");
            Path file = app.workspace().resolve("hemgenix.json");
            byte[] saved = Files.readAllBytes(file);

            Dossier live = repository.load("hemgenix");
            byte[] liveBefore = DossierJson.write(live);
            ConfidentialityPolicy norway = registry.find("no").orElseThrow().confidentiality();
            byte[] projectionBefore = DossierJson.write(PublicProjection.project(live, norway, Variant.PUBLIC).dossier());
            byte[] norwegianMemo = exporter.export(live, "no", null, Variant.PUBLIC).pdf();

            String confidential = TestlandData.text(exporter.export(live, "tm", "tamper", Variant.CONFIDENTIAL).pdf());
            String published = TestlandData.text(exporter.export(live, "tm", "tamper", Variant.PUBLIC).pdf());
            for (String memo : List.of(confidential, published)) {
                assertTrue(memo.contains("changed: 0"), "the template changed what it received:\n" + memo);
                assertTrue(attempts(memo) > 200, "too few attempts to count: " + attempts(memo));
            }
            // need-to-know: its own confidential price in its confidential memo, nobody else's
            assertTrue(values(confidential).contains("777777"), confidential);
            for (String foreign : List.of("29950000", "24500000", "19500000", "2100000")) {
                assertFalse(values(confidential).contains(foreign), "tm's confidential memo saw " + foreign);
            }
            assertFalse(values(published).contains("777777"), "its public memo saw its confidential price");

            assertEquals(new String(liveBefore, StandardCharsets.UTF_8),
                    new String(DossierJson.write(live), StandardCharsets.UTF_8), "the dossier given to the exporter");
            assertArrayEquals(saved, Files.readAllBytes(file), "the saved dossier");
            assertArrayEquals(projectionBefore, DossierJson.write(PublicProjection.project(live, norway, Variant.PUBLIC).dossier()),
                    "the public projection");
            assertArrayEquals(norwegianMemo, exporter.export(live, "no", null, Variant.PUBLIC).pdf(), "Norway's public memo");
        }
    }

    private static int attempts(String memo) {
        return memo.lines().filter(l -> l.startsWith("attempts: ")).map(l -> Integer.parseInt(l.substring(10).strip()))
                .findFirst().orElse(0);
    }

    /** The numbers the template listed as seen, as written. */
    private static List<String> values(String memo) {
        int at = memo.indexOf("values:");
        return at < 0 ? List.of() : List.of(memo.substring(at + 7).strip().split("\\s+"));
    }
}
