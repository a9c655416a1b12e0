package org.example.hta.jca;

import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.jurisdiction.testkit.JurisdictionTestKit;
import java.io.InputStream;

/** The HTA Workbench test kit on the EU joint clinical assessment, with a fictional dossier. */
class JointClinicalAssessmentConformanceTest extends JurisdictionTestKit {
    JointClinicalAssessmentConformanceTest() {
        super(JointClinicalAssessment::new, JointClinicalAssessmentConformanceTest::sample, "submissions[jca].caseReference",
                "submissions[jca].jurisdictionData", "submissions[jca].sections.results");
    }

    static Dossier sample() throws Exception {
        try (InputStream in = JointClinicalAssessmentConformanceTest.class.getResourceAsStream("/fictivimab.json")) {
            return DossierJson.read(in.readAllBytes());
        }
    }
}
