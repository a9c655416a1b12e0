package hta.jurisdiction.dk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/** The bundle stays installable on its own: it imports only the API packages and never another jurisdiction. */
class ManifestTest {
    private static final List<String> ALLOWED = List.of("hta.dossier", "hta.dossier.json", "hta.dossier.view", "hta.dossier.validation", "hta.confidentiality",
            "hta.timeline", "hta.jurisdiction", "hta.jurisdiction.memo", "org.osgi.service.component.annotations");

    @Test
    void importsOnlyApiPackagesAndNoOtherJurisdiction() throws Exception {
        Manifest m;
        try (InputStream in = Files.newInputStream(Path.of("META-INF/MANIFEST.MF"))) {
            m = new Manifest(in);
        }
        String imports = m.getMainAttributes().getValue("Import-Package");
        List<String> packages = Arrays.stream(imports.split(",(?=[a-z])")).map(p -> p.split(";")[0].trim()).toList();
        packages.forEach(p -> assertTrue(ALLOWED.contains(p), "imports " + p));
        assertEquals(null, m.getMainAttributes().getValue("Require-Bundle"));
        assertEquals(null, m.getMainAttributes().getValue("Export-Package"));
        assertEquals("hta.jurisdiction;code=dk;contract:Version=\"1.4\"",
                m.getMainAttributes().getValue("Provide-Capability"));
    }
}
