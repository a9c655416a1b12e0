package org.example.hta.jca;

import hta.confidentiality.ProjectedView;
import hta.dossier.view.DossierView;
import hta.dossier.view.EvidenceView;
import hta.dossier.view.MilestoneView;
import hta.dossier.view.NarrativeView;
import hta.dossier.view.SubmissionView;
import hta.jurisdiction.Formats;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.MemoDocument;
import hta.jurisdiction.memo.ProjectedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The joint clinical assessment report: the assessment scope (each PICO of the submission), the evidence, the
 * company-written results with what the company marked confidential removed from the public report, and the
 * procedure's dates. No prices: a joint clinical assessment is clinical only. Stateless.
 */
final class AssessmentReport implements MemoTemplate {
    static final String RESULTS = "results";
    private final Formats formats;

    AssessmentReport(Formats formats) {
        this.formats = formats;
    }

    @Override public String id() { return "jca-report"; }
    @Override public String title() { return "Joint clinical assessment report"; }

    @Override
    public List<String> missingFields(ProjectedView view, MemoContext context) {
        Optional<SubmissionView> s = view.dossier().submission(JointClinicalAssessment.CODE);
        if (s.isEmpty()) return List.of("submissions[jca]: the dossier has no joint clinical assessment");
        List<String> missing = new ArrayList<>();
        if (s.get().caseReference() == null) missing.add("submissions[jca].caseReference: the assessment's reference");
        if (Pico.of(s.get()).isEmpty()) missing.add("submissions[jca].jurisdictionData: the assessment scope (at least one PICO)");
        if (!s.get().sections().containsKey(RESULTS)) missing.add("submissions[jca].sections.results: the results of the assessment");
        if (view.dossier().evidence().comparator() == null) missing.add("evidence.comparator: the comparator of the evidence");
        return missing;
    }

    @Override
    public MemoDocument render(ProjectedView view, MemoContext context) {
        DossierView d = view.dossier();
        SubmissionView s = d.submission(JointClinicalAssessment.CODE).orElseThrow();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, "Joint clinical assessment report " + s.caseReference()));
        blocks.add(Block.Paragraph.of(d.product().inn() + " (" + d.product().brandName() + ")"
                + d.indications().stream().findFirst().map(i -> i.wording().get("en")).map(w -> ": " + w).orElse("")));
        blocks.add(Block.Paragraph.of("This joint clinical assessment is carried out under the EU HTA Regulation"
                + Sources.ref(Sources.REGULATION) + ", following the procedural rules for medicinal products"
                + Sources.ref(Sources.IMPLEMENTING) + ". It is a clinical assessment only: it makes no recommendation"
                + " and states no price, cost or value judgement, which remain with the Member States."));
        blocks.add(new Block.Heading(2, "1 Assessment scope"));
        List<List<Block.Cell>> rows = new ArrayList<>();
        rows.add(List.of(Block.Cell.header("PICO"), Block.Cell.header("Population"), Block.Cell.header("Intervention"),
                Block.Cell.header("Comparators"), Block.Cell.header("Outcomes")));
        List<Pico> picos = Pico.of(s);
        for (int i = 0; i < picos.size(); i++) {
            Pico p = picos.get(i);
            rows.add(List.of(Block.Cell.label(String.valueOf(i + 1)), Block.Cell.of(p.population()), Block.Cell.of(p.intervention()),
                    Block.Cell.of(String.join("; ", p.comparators())), Block.Cell.of(String.join("; ", p.outcomes()))));
        }
        blocks.add(new Block.Table(List.of(0.5f, 2f, 1.5f, 2f, 2f), 1, rows));
        blocks.add(new Block.Heading(2, "2 Evidence"));
        EvidenceView e = d.evidence();
        blocks.add(Block.Paragraph.of("Comparator in the submitted evidence: " + e.comparator() + "."));
        if (!e.keyOutcomes().isEmpty()) blocks.add(Block.Paragraph.of("Key outcomes: " + String.join("; ", e.keyOutcomes()) + "."));
        if (e.followUp() != null) blocks.add(Block.Paragraph.of("Follow-up: " + e.followUp() + "."));
        if (!e.uncertainties().isEmpty()) blocks.add(Block.Paragraph.of("Uncertainties: " + String.join("; ", e.uncertainties()) + "."));
        blocks.add(new Block.Heading(2, "3 Results"));
        blocks.addAll(ProjectedText.paragraphs(s.sections().get(RESULTS), view));
        NarrativeView limitations = s.sections().get("limitations");
        if (limitations != null) {
            blocks.add(new Block.Heading(2, "4 Limitations"));
            blocks.addAll(ProjectedText.paragraphs(limitations, view));
        }
        blocks.add(new Block.Heading(2, "Procedure"));
        List<List<Block.Cell>> dates = new ArrayList<>();
        for (MilestoneView m : s.milestones()) {
            dates.add(List.of(Block.Cell.label(ProcedureWords.milestone(m.kind())), Block.Cell.of(formats.longDate(m.date()))));
        }
        blocks.add(new Block.Table(List.of(3f, 1.5f), 0, dates));
        s.milestone(JointClinicalAssessment.COMMISSION_DECISION).map(MilestoneView::date).ifPresent(decided ->
                blocks.add(Block.Paragraph.of("The HTA Coordination Group endorses the report no later than "
                        + formats.longDate(decided.plusDays(JointClinicalAssessment.ENDORSEMENT_DAYS))
                        + ", 30 days after the Commission decision" + Sources.ref(Sources.ANNOUNCEMENT) + ".")));
        blocks.add(new Block.Heading(2, "Sources"));
        blocks.add(new Block.Notes(Sources.ALL));
        return new MemoDocument("Joint clinical assessment report " + s.caseReference(), "en",
                view.variant().isPublic() ? "PUBLIC REPORT" : "CONFIDENTIAL: INCLUDES COMPANY-MARKED INFORMATION",
                formats::pageNumber, blocks);
    }

    @Override
    public String fileName(ProjectedView view) {
        SubmissionView s = view.dossier().submission(JointClinicalAssessment.CODE).orElseThrow();
        return s.caseReference().replaceAll("[^A-Za-z0-9_-]", "_") + "_JCA_report_"
                + (view.variant().isPublic() ? "public" : "confidential") + ".pdf";
    }
}
