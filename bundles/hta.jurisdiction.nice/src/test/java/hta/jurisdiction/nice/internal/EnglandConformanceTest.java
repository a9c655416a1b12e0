package hta.jurisdiction.nice.internal;

import hta.jurisdiction.testkit.JurisdictionTestKit;

/** The jurisdiction test kit on England, with the Hemgenix dossier. */
class EnglandConformanceTest extends JurisdictionTestKit {
    EnglandConformanceTest() {
        super(England::new, EnglandTest::hemgenix, "submissions[nice].caseReference", "indications");
    }
}
