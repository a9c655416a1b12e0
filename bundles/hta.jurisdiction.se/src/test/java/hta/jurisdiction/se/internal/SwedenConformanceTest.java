package hta.jurisdiction.se.internal;

import hta.jurisdiction.testkit.JurisdictionTestKit;

/** The jurisdiction test kit on Sweden, with the Zolgensma dossier. */
class SwedenConformanceTest extends JurisdictionTestKit {
    SwedenConformanceTest() {
        super(Sweden::new, SwedenTest::zolgensma, "submissions[se].decision.outcome", "submissions[se].milestones[se.statement]");
    }
}
