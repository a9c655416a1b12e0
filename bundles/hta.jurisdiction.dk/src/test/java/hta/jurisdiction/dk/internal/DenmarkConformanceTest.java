package hta.jurisdiction.dk.internal;

import hta.jurisdiction.testkit.JurisdictionTestKit;

/** The jurisdiction test kit on Denmark, with the Hemgenix dossier. */
class DenmarkConformanceTest extends JurisdictionTestKit {
    DenmarkConformanceTest() {
        super(Denmark::new, () -> DenmarkTest.hemgenix("29950000"), "submissions[dk].decision.outcome", "indications");
    }
}
