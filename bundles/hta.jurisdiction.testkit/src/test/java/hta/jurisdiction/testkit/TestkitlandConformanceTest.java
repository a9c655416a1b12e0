package hta.jurisdiction.testkit;

import java.nio.file.Path;

/** The kit on a plugin without defects: every test passes (and so the kit's checks do not cry wolf). */
class TestkitlandConformanceTest extends JurisdictionTestKit {
    TestkitlandConformanceTest() {
        super(Testkitland::new, Samples::testol, "submissions[tk].caseReference", "submissions[tk].sections.background");
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
