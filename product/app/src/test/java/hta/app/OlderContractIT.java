package hta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.Workspaces;
import hta.export.pdf.ExportResult;
import hta.export.pdf.MemoExporter;
import hta.plugins.PluginInfo;
import hta.plugins.PluginManager;
import hta.plugins.TrustPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A jurisdiction built against an older minor version of the contract keeps working (issue 18, item 2): Testland
 * to was compiled against the previous release's API only (releng/baseline, contract 1.3). It installs, and its
 * template — written for the mutable model, which it even changes — makes both memos on contract 1.4: its
 * confidential price in the confidential memo, the redaction mark in the public one, and the dossier unchanged.
 */
class OlderContractIT {
    private static final Path PLUGINS = Path.of(System.getProperty("hta.test.plugins", "target/test-plugins"));

    @Test
    void aPluginBuiltForThePreviousMinorContractMakesItsMemos() throws Exception {
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            PluginInfo installed = app.service(PluginManager.class)
                    .install(PLUGINS.resolve("to-1.0.0.jar"), TrustPolicy.REFUSE, null);
            assertEquals("to", installed.code());
            Dossier d = app.service(Workspaces.class).defaultWorkspace().load("hemgenix");
            d.submissions.add(TestlandData.submission("to", "Public words, and ", "a sentence only the agency reads"));
            d.prices.add(TestlandData.agreedPrice("to-agreed", "to", "654321"));
            String before = new String(DossierJson.write(d), StandardCharsets.UTF_8);
            MemoExporter exporter = app.service(MemoExporter.class);

            ExportResult confidential = exporter.export(d, "to", "older", Variant.CONFIDENTIAL);
            String text = TestlandData.text(confidential.pdf());
            assertTrue(text.contains("654,321 GBP"), text);
            assertTrue(text.contains("a sentence only the agency reads"), text);
            assertEquals("older_confidential.pdf", confidential.fileName());

            ExportResult published = exporter.export(d, "to", "older", Variant.PUBLIC);
            String pub = TestlandData.text(published.pdf());
            assertTrue(pub.contains("[confidential]"), pub);
            assertFalse(pub.contains("654,321") || pub.contains("a sentence only the agency reads"), pub);

            assertEquals(before, new String(DossierJson.write(d), StandardCharsets.UTF_8), "the dossier changed");
        }
    }
}
