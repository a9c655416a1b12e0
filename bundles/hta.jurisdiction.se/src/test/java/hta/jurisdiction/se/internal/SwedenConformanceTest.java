package hta.jurisdiction.se.internal;

import hta.dossier.Dossier;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.testkit.JurisdictionTestKit;
import java.util.List;

/** The jurisdiction test kit on Sweden. */
class SwedenConformanceTest extends JurisdictionTestKit {
    @Override
    protected Jurisdiction jurisdiction() {
        return new Sweden();
    }

    @Override
    protected Dossier sampleDossier() throws Exception {
        return SwedenTest.zolgensma();
    }

    @Override
    protected List<String> requiredFields() {
        return List.of("submissions[se].decision.outcome", "submissions[se].milestones[se.statement]");
    }
}
