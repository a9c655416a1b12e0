package org.example.hta.amnog;

import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.jurisdiction.testkit.JurisdictionTestKit;
import java.io.InputStream;

/** The HTA Workbench test kit on Germany (AMNOG), with a fictional dossier. */
class GermanyConformanceTest extends JurisdictionTestKit {
    GermanyConformanceTest() {
        super(Germany::new, GermanyConformanceTest::sample, "submissions[de].caseReference",
                "submissions[de].milestones[de.market-entry]", "submissions[de].decision.outcome");
    }

    static Dossier sample() throws Exception {
        try (InputStream in = GermanyConformanceTest.class.getResourceAsStream("/fictivimab.json")) {
            return DossierJson.read(in.readAllBytes());
        }
    }
}
