package hta.jurisdiction.nice.internal;

import hta.dossier.Dossier;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.testkit.JurisdictionTestKit;
import java.util.List;

/** The jurisdiction test kit on England. */
class EnglandConformanceTest extends JurisdictionTestKit {
    @Override
    protected Jurisdiction jurisdiction() {
        return new England();
    }

    @Override
    protected Dossier sampleDossier() throws Exception {
        return EnglandTest.hemgenix();
    }

    @Override
    protected List<String> requiredFields() {
        return List.of("submissions[nice].caseReference", "indications");
    }
}
