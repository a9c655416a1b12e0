package hta.jurisdiction.smc.internal;

import hta.jurisdiction.testkit.JurisdictionTestKit;

/** The jurisdiction test kit on Scotland, with the Hemgenix dossier. */
class ScotlandConformanceTest extends JurisdictionTestKit {
    ScotlandConformanceTest() {
        super(Scotland::new, ScotlandTest::hemgenix, "submissions[smc].caseReference", "submissions[smc].decision.outcome");
    }
}
