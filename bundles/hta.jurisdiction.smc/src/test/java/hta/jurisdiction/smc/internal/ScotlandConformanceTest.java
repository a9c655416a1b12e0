package hta.jurisdiction.smc.internal;

import hta.dossier.Dossier;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.testkit.JurisdictionTestKit;
import java.util.List;

/** The jurisdiction test kit on Scotland. */
class ScotlandConformanceTest extends JurisdictionTestKit {
    @Override
    protected Jurisdiction jurisdiction() {
        return new Scotland();
    }

    @Override
    protected Dossier sampleDossier() throws Exception {
        return ScotlandTest.hemgenix();
    }

    @Override
    protected List<String> requiredFields() {
        return List.of("submissions[smc].caseReference", "submissions[smc].decision.outcome");
    }
}
