package hta.jurisdiction.no.internal;

import hta.dossier.Dossier;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.testkit.JurisdictionTestKit;
import java.util.List;

/** The jurisdiction test kit on Norway, with the Hemgenix dossier of the demo workspace. */
class NorwayConformanceTest extends JurisdictionTestKit {
    @Override
    protected Jurisdiction jurisdiction() {
        return new Norway();
    }

    @Override
    protected Dossier sampleDossier() throws Exception {
        return Fixtures.hemgenix();
    }

    @Override
    protected List<String> requiredFields() {
        return List.of("submissions[no].caseReference", "submissions[no].sender", "prices[no]");
    }
}
