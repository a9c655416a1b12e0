package hta.jurisdiction.no.internal;

import hta.jurisdiction.testkit.JurisdictionTestKit;

/** The jurisdiction test kit on Norway, with the Hemgenix dossier of the demo workspace. */
class NorwayConformanceTest extends JurisdictionTestKit {
    NorwayConformanceTest() {
        super(Norway::new, Fixtures::hemgenix, "submissions[no].caseReference", "submissions[no].sender", "prices[no]");
    }
}
