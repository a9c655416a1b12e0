package hta.jurisdiction.se.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.ProjectedView;
import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.dossier.Submission;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.MemoTemplate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a submission must contain before a memo can be exported: each gap named by its field, in one line. */
class RequiredBeforeExportTest {
    private final Sweden jurisdiction = new Sweden();
    private final MemoContext context = new MemoContext(new JurisdictionRegistry() {
        @Override
        public List<Jurisdiction> jurisdictions() {
            return List.of(jurisdiction);
        }

        @Override
        public Optional<Jurisdiction> find(String code) {
            return code.equals(jurisdiction.code()) ? Optional.of(jurisdiction) : Optional.empty();
        }
    });

    private List<String> missing(MemoTemplate t, Dossier d) {
        ProjectedView view = ProjectedView.of(d, jurisdiction.code(), jurisdiction.confidentiality(), Variant.PUBLIC);
        return t.missingFields(view, context);
    }

    @Test
    void everyTemplateRefusesADossierWithoutASubmissionHere() {
        Dossier d = new Dossier();
        d.id = "empty";
        d.product.brandName = "Testol";
        for (MemoTemplate t : jurisdiction.memoTemplates()) {
            List<String> m = missing(t, d);
            assertFalse(m.isEmpty(), t.id());
            assertTrue(m.get(0).startsWith("submissions[se]"), t.id() + ": " + m);
        }
    }

    @Test
    void anIncompleteSubmissionIsToldWhatIsMissing() {
        Dossier d = new Dossier();
        d.id = "incomplete";
        d.product.brandName = "Testol";
        Submission s = new Submission();
        s.jurisdiction = "se";
        s.caseReference = "3354-2024";
        d.submissions.add(s);
        StringBuilder all = new StringBuilder();
        for (MemoTemplate t : jurisdiction.memoTemplates()) {
            for (String line : missing(t, d)) {
                assertFalse(line.contains("\n"), line);
                assertTrue(line.matches("^[a-zA-Z]+(\\[[^]]+\\])?(\\.[a-zA-Z]+(\\[[^]]+\\])?)*: .+"), "names no field: " + line);
                all.append(line).append('\n');
            }
        }
        for (String field : List.of("submissions[se].decision.outcome",
                "submissions[se].milestones[se.statement]")) {
            assertTrue(all.toString().contains(field + ":"), field + " not reported in:\n" + all);
        }
    }
}
