package hta.jurisdiction.no.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.ProjectedView;
import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.dossier.Milestone;
import hta.dossier.Submission;
import hta.jurisdiction.Agency;
import hta.jurisdiction.DecisionTerm;
import hta.jurisdiction.Formats;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.testkit.FixedRegistry;
import hta.timeline.PhaseDefinition;
import hta.timeline.ProcessDefinition;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The price memo cites the EU joint clinical assessment of the same product, in Norwegian, as of its date. */
class JointAssessmentTest {
    private final Norway norway = new Norway();

    private String memo(Dossier d, Jurisdiction... installed) {
        return norway.memoTemplates().get(0)
                .render(ProjectedView.of(d, norway.code(), norway.confidentiality(), Variant.PUBLIC),
                        new MemoContext(new FixedRegistry(installed)))
                .plainText();
    }

    /** Hemgenix with a joint assessment begun a year before the memo and endorsed {@code endorsedBefore} days before it. */
    private static Dossier withAssessment(long endorsedBefore) throws Exception {
        Dossier d = Fixtures.hemgenix();
        LocalDate memo = d.submission("no").orElseThrow().milestone(Norway.MEMO_COMPLETED).orElseThrow().date;
        Submission jca = new Submission();
        jca.jurisdiction = "jca";
        jca.caseReference = "JCA-FICT-01";
        jca.milestones.add(new Milestone("jca.scoping-started", memo.minusYears(1), null));
        jca.milestones.add(new Milestone("jca.report-endorsed", memo.minusDays(endorsedBefore), null));
        d.submissions.add(jca);
        return d;
    }

    @Test
    void citesTheEndorsedReportWithTheDateTheInstalledPluginsProcessNames() throws Exception {
        Dossier d = withAssessment(10);
        LocalDate endorsed = d.submission("jca").orElseThrow().milestone("jca.report-endorsed").orElseThrow().date;
        String date = norway.formats().shortDate(endorsed);
        String text = memo(d, norway, new AssessmentProcess());
        assertTrue(text.contains("Legemidlet har vært gjennom en felles klinisk vurdering i EU etter forordning (EU) 2021/2282"
                + " om metodevurdering. Rapporten ble godkjent av EUs koordineringsgruppe for metodevurdering " + date + "."), text);
        assertTrue(text.contains("Felles klinisk vurdering (EU), sak JCA-FICT-01, rapport godkjent " + date), text);
    }

    @Test
    void withoutThePluginOrBeforeTheEndorsementTheAssessmentIsUnderWayAndCitedByItsCase() throws Exception {
        String absent = memo(withAssessment(10), norway);
        assertTrue(absent.contains("Legemidlet er under felles klinisk vurdering i EU etter forordning (EU) 2021/2282"), absent);
        assertTrue(absent.contains("Felles klinisk vurdering (EU), sak JCA-FICT-01\n"), absent);
        String later = memo(withAssessment(-10), norway, new AssessmentProcess());
        assertTrue(later.contains("Legemidlet er under felles klinisk vurdering"), later);
        assertFalse(later.contains("godkjent av EUs"), later);
    }

    @Test
    void noAssessmentOrOneBegunAfterTheMemoIsNotMentioned() throws Exception {
        assertFalse(memo(Fixtures.hemgenix(), norway).contains("felles klinisk vurdering"));
        Dossier d = withAssessment(-400);
        d.submission("jca").orElseThrow().milestones.get(0).date = d.submission("jca").orElseThrow().milestones.get(1).date;
        assertFalse(memo(d, norway, new AssessmentProcess()).contains("felles klinisk vurdering"));
        assertEquals(memo(Fixtures.hemgenix(), norway), memo(d, norway, new AssessmentProcess()));
    }

    /** The process an installed joint-assessment plugin declares: the report's endorsement ends it. */
    private static final class AssessmentProcess implements Jurisdiction {
        @Override public String code() { return "jca"; }
        @Override public String displayName() { return "EU joint clinical assessment"; }
        @Override public String nativeName() { return "EU joint clinical assessment"; }
        @Override public Locale locale() { return Locale.forLanguageTag("en-IE"); }
        @Override public Currency currency() { return Currency.getInstance("EUR"); }
        @Override public List<Agency> agencies() { return List.of(); }
        @Override public Formats formats() { return null; }
        @Override public ConfidentialityPolicy confidentiality() { return null; }
        @Override public List<MemoTemplate> memoTemplates() { return List.of(); }
        @Override public List<DecisionTerm> decisionVocabulary() { return List.of(); }
        @Override public ProcessDefinition process() {
            return new ProcessDefinition(List.of("jca.scoping-started", "jca.report-endorsed"),
                    List.of(new PhaseDefinition("all", "Assessment", "jca.scoping-started", "jca.report-endorsed", false)),
                    "jca.scoping-started", "jca.report-endorsed");
        }
    }
}
