package org.example.hta.exampleland;

import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.jurisdiction.testkit.JurisdictionTestKit;
import java.io.InputStream;

/** The HTA Workbench test kit on Exampleland, with a fictional sample dossier. */
class ExamplelandConformanceTest extends JurisdictionTestKit {
    ExamplelandConformanceTest() {
        super(Exampleland::new, ExamplelandConformanceTest::sample, "submissions[xx].caseReference", "prices[xx]");
    }

    static Dossier sample() throws Exception {
        try (InputStream in = ExamplelandConformanceTest.class.getResourceAsStream("/sample-dossier.json")) {
            return DossierJson.read(in.readAllBytes());
        }
    }
}
