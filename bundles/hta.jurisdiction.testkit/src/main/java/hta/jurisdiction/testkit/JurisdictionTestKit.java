package hta.jurisdiction.testkit;

import hta.dossier.Dossier;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoTemplate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The conformance tests every jurisdiction plugin must pass, as a JUnit 5 base class. A plugin's test extends it and
 * names its jurisdiction and a complete sample dossier:
 *
 * <pre>
 * class NorwayConformanceTest extends JurisdictionTestKit {
 *     NorwayConformanceTest() {
 *         super(Norway::new, Fixtures::hemgenix, "submissions[no].caseReference", "prices[no]");
 *     }
 * }
 * </pre>
 *
 * The tests: non-interference (public and need-to-know), planted-value canaries (in the memo and in the read-back
 * PDF), format round-trips, required fields, template completeness, time-rule sanity, manifest and capability. Each
 * memo test runs once per template. Override the {@code protected} methods below to add the jurisdictions a memo
 * quotes, the fields an empty submission must report, or where the manifest is.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class JurisdictionTestKit {
    /** Makes the sample dossier; may read a file. */
    @FunctionalInterface
    public interface SampleDossier {
        Dossier make() throws Exception;
    }

    private final Supplier<Jurisdiction> jurisdiction;
    private final SampleDossier sample;
    private final List<String> requiredFields;
    private Subject subject;

    /**
     * The kit on a jurisdiction and its sample dossier.
     *
     * @param jurisdiction   makes the jurisdiction as its component would (default configuration)
     * @param sample         makes a complete dossier: every template of the jurisdiction exports it, and it holds at
     *                       least one confidential value (a price, figure or text run) so that non-interference can be
     *                       proved; use fictional values
     * @param requiredFields fields the templates together must report missing for an empty submission, e.g.
     *                       {@code submissions[no].sender}
     */
    protected JurisdictionTestKit(Supplier<Jurisdiction> jurisdiction, SampleDossier sample, String... requiredFields) {
        this.jurisdiction = jurisdiction;
        this.sample = sample;
        this.requiredFields = List.of(requiredFields);
    }

    /** For a subclass that overrides {@link #jurisdiction()} and {@link #sampleDossier()} instead. */
    protected JurisdictionTestKit() {
        this(null, null);
    }

    /** The plugin's jurisdiction, constructed as its component would be (default configuration). */
    protected Jurisdiction jurisdiction() {
        if (jurisdiction == null) throw new IllegalStateException("pass the jurisdiction to the constructor or override jurisdiction()");
        return jurisdiction.get();
    }

    /** The complete sample dossier (see the constructor). */
    protected Dossier sampleDossier() throws Exception {
        if (sample == null) throw new IllegalStateException("pass the sample dossier to the constructor or override sampleDossier()");
        return sample.make();
    }

    /** Other jurisdictions installed beside this one (a memo may quote their decisions); none by default. */
    protected List<Jurisdiction> otherJurisdictions() {
        return List.of();
    }

    /** Fields that the templates together must report missing for an empty submission, e.g. {@code submissions[no].sender}. */
    protected List<String> requiredFields() {
        return requiredFields;
    }

    /** The plugin's manifest; by default the one its build wrote or keeps ({@link ManifestCheck#defaultManifest()}). */
    protected Path manifest() {
        return ManifestCheck.defaultManifest();
    }

    /** Where the build put the compiled classes and component descriptions. */
    protected Path classes() {
        return Path.of("target", "classes");
    }

    /** The subject of every test, made once per test class. */
    protected final Subject subject() throws Exception {
        if (subject == null) subject = new Subject(jurisdiction(), sampleDossier(), otherJurisdictions());
        return subject;
    }

    @TestFactory
    Stream<DynamicTest> publicMemoIsTheSameWhenOnlyConfidentialValuesChange() throws Exception {
        return perTemplate(t -> NonInterferenceCheck.publicMemo(subject(), t));
    }

    @TestFactory
    Stream<DynamicTest> confidentialMemoIsTheSameWhenOnlyOtherJurisdictionsValuesChange() throws Exception {
        return perTemplate(t -> NonInterferenceCheck.confidentialMemo(subject(), t));
    }

    @TestFactory
    Stream<DynamicTest> plantedConfidentialValuesStayOutOfThePublicMemoAndItsPdf() throws Exception {
        return perTemplate(t -> CanaryCheck.check(subject(), t, true));
    }

    @TestFactory
    Stream<DynamicTest> plantedValuesAsClassifiedStayWhereTheyMayBe() throws Exception {
        return perTemplate(t -> CanaryCheck.check(subject(), t, false));
    }

    @TestFactory
    Stream<DynamicTest> requiredFieldsAreNamedAndACompleteDossierMissesNone() throws Exception {
        return perTemplate(t -> RequiredFieldsCheck.check(subject(), t));
    }

    @Test
    void theRequiredFieldsOfAnEmptySubmissionAreReported() throws Exception {
        StringBuilder all = new StringBuilder();
        for (MemoTemplate t : jurisdiction().memoTemplates()) {
            RequiredFieldsCheck.inEmptySubmission(subject(), t).forEach(line -> all.append(line).append('\n'));
        }
        List<String> problems = new ArrayList<>();
        for (String field : requiredFields()) {
            if (!all.toString().contains(field + ":")) problems.add(field + " is not reported missing");
        }
        assertNone(problems, "required fields, reported:\n" + all);
    }

    @TestFactory
    Stream<DynamicTest> everySectionHasContentAndFileNamesCarryNoValue() throws Exception {
        return perTemplate(t -> CompletenessCheck.check(subject(), t));
    }

    @Test
    void numbersAmountsAndDatesReadBackAsTheirValues() {
        assertNone(FormatCheck.check(jurisdiction()), "formats");
    }

    @Test
    void timeRulesAreConsistent() {
        assertNone(TimeRulesCheck.check(jurisdiction()), "time rules");
    }

    @Test
    void manifestDeclaresTheJurisdictionAndItsContract() {
        assertNone(ManifestCheck.check(jurisdiction(), manifest(), classes()), "manifest");
    }

    @Test
    void theJurisdictionHasTemplates() {
        Assertions.assertFalse(jurisdiction().memoTemplates().isEmpty(), "the jurisdiction declares no memo template");
    }

    private Stream<DynamicTest> perTemplate(Check check) {
        return jurisdiction().memoTemplates().stream().map(t -> DynamicTest.dynamicTest(t.id(),
                () -> assertNone(check.apply(t), "template " + t.id())));
    }

    /** One check of one template; may throw. */
    @FunctionalInterface
    private interface Check {
        List<String> apply(MemoTemplate t) throws Exception;
    }

    private static void assertNone(List<String> problems, String what) {
        if (!problems.isEmpty()) Assertions.fail(what + ": " + problems.size() + " problem(s)\n  " + String.join("\n  ", problems));
    }

}
