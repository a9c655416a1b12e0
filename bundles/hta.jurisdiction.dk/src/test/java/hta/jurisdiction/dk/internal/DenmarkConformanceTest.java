package hta.jurisdiction.dk.internal;

import hta.dossier.Dossier;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.testkit.JurisdictionTestKit;
import java.util.List;

/** The jurisdiction test kit on Denmark. */
class DenmarkConformanceTest extends JurisdictionTestKit {
    @Override
    protected Jurisdiction jurisdiction() {
        return new Denmark();
    }

    @Override
    protected Dossier sampleDossier() throws Exception {
        return DenmarkTest.hemgenix("29950000");
    }

    @Override
    protected List<String> requiredFields() {
        return List.of("submissions[dk].decision.outcome", "indications");
    }
}
