package hta.jurisdiction.testkit;

import hta.dossier.Dossier;
import hta.jurisdiction.Jurisdiction;
import java.nio.file.Path;
import java.util.List;

/** The kit on a plugin without defects: every test passes (and so the kit's checks do not cry wolf). */
class TestkitlandConformanceTest extends JurisdictionTestKit {
    @Override
    protected Jurisdiction jurisdiction() {
        return new Testkitland();
    }

    @Override
    protected Dossier sampleDossier() {
        return Samples.testol();
    }

    @Override
    protected List<String> requiredFields() {
        return List.of("submissions[tk].caseReference", "submissions[tk].sections.background");
    }

    @Override
    protected Path manifest() {
        return Path.of("src/test/resources/testkitland/MANIFEST.MF");
    }

    @Override
    protected Path classes() {
        return Path.of("src/test/resources/testkitland");
    }
}
