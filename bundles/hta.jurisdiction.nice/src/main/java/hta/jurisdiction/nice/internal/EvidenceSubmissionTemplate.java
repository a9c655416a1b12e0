package hta.jurisdiction.nice.internal;

import hta.confidentiality.ProjectedView;
import hta.confidentiality.PublicProjection;
import hta.confidentiality.RedactionMark;
import hta.dossier.Classification;
import hta.dossier.view.DossierView;
import hta.dossier.view.FigureView;
import hta.dossier.view.IndicationView;
import hta.dossier.PriceKind;
import hta.dossier.view.PricePointView;
import hta.dossier.view.SubmissionView;
import hta.dossier.view.TextRunView;
import hta.jurisdiction.Formats;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.Block.Cell;
import hta.jurisdiction.MemoWords;
import hta.jurisdiction.memo.MemoDocument;
import hta.jurisdiction.memo.MemoValues;
import hta.jurisdiction.memo.ProjectedText;
import hta.jurisdiction.memo.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A summary of the company evidence submission for a NICE single technology appraisal, following Document B's
 * sections (pmg24): B.1 Decision problem, description of the technology and clinical care pathway; B.2 Clinical
 * effectiveness; B.3 Cost effectiveness. In the public variant confidential material is replaced by fixed
 * descriptive wording; in the confidential variant each confidential item is in bold and tagged [CiC] or [AiC],
 * as NICE asks confidential information to be marked. The wording is ours.
 */
final class EvidenceSubmissionTemplate implements MemoTemplate {
    static final String ID = "company-submission";
    static final String DECISION_PROBLEM = "decision-problem";
    static final String CLINICAL = "clinical-effectiveness";
    static final String COST = "cost-effectiveness";
    static final String B1 = "B.1 Decision problem, description of the technology and clinical care pathway";
    static final String B2 = "B.2 Clinical effectiveness";
    static final String B3 = "B.3 Cost effectiveness";

    private final Formats formats;

    EvidenceSubmissionTemplate(Formats formats) {
        this.formats = formats;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Company evidence submission (summary)";
    }

    @Override
    public List<String> missingFields(ProjectedView view, MemoContext context) {
        Optional<SubmissionView> s = view.dossier().submission("nice");
        if (s.isEmpty()) return List.of("submissions[nice]: the dossier has no NICE submission");
        List<String> missing = new ArrayList<>();
        if (s.get().caseReference() == null) {
            missing.add("submissions[nice].caseReference: the appraisal ID (e.g. ID1234 or TA989) is missing");
        } else {
            England.validate(s.get().caseReference()).ifPresent(m -> missing.add("submissions[nice].caseReference: " + m));
        }
        if (indication(view.dossier()).isEmpty()) missing.add("indications: the indication in English is missing");
        return missing;
    }

    static Optional<String> indication(DossierView d) {
        return d.indications().stream().map((IndicationView i) -> i.wording().get(England.LANGUAGE)).filter(w -> w != null).findFirst();
    }

    static String appraisalTitle(DossierView d, SubmissionView s) {
        String inn = d.product().innIn(England.LANGUAGE);
        return capitalise(inn) + " (" + d.product().brandName() + ") for treating " + indication(d).orElse("")
                + (s.caseReference() == null ? "" : " [" + s.caseReference() + "]");
    }

    private static String capitalise(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public MemoDocument render(ProjectedView view, MemoContext context) {
        DossierView d = view.dossier();
        SubmissionView s = d.submission("nice").orElseThrow(() -> new IllegalArgumentException("no NICE submission"));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, appraisalTitle(d, s)));
        blocks.add(Block.Paragraph.of("Company evidence submission \u2013 summary of Document B"));
        List<Block> head = new ArrayList<>();
        head.add(labelled("Company:", nz(d.product().marketingAuthorisationHolder())));
        s.milestone(England.SUBMISSION).map(m -> m.date()).ifPresent(date ->
                head.add(labelled("Submitted:", formats.longDate(date))));
        if (s.pathway() != null) head.add(labelled("Process:", s.pathway()));
        blocks.addAll(head);

        blocks.add(new Block.Heading(2, B1));
        List<List<Cell>> problem = new ArrayList<>();
        problem.add(List.of(Cell.header(""), Cell.header("Decision problem addressed in the submission")));
        problem.add(List.of(Cell.header("Population"), Cell.of("People with " + indication(d).orElse(""))));
        problem.add(List.of(Cell.header("Intervention"), Cell.of(capitalise(d.product().innIn(England.LANGUAGE))
                + " (" + d.product().brandName() + ")")));
        problem.add(List.of(Cell.header("Comparator(s)"), Cell.of(nz(d.evidence().comparator()))));
        problem.add(List.of(Cell.header("Outcomes"), Cell.of(String.join("; ", d.evidence().keyOutcomes()))));
        blocks.add(new Block.Table(List.of(1.3f, 4f), 1, problem));
        blocks.addAll(paragraphs(view, s, DECISION_PROBLEM));

        blocks.add(new Block.Heading(2, B2));
        if (d.evidence().followUp() != null) blocks.add(Block.Paragraph.of("Follow-up: " + d.evidence().followUp() + "."));
        for (String u : d.evidence().uncertainties()) blocks.add(Block.Paragraph.of("Key uncertainty: " + u + "."));
        blocks.addAll(paragraphs(view, s, CLINICAL));

        blocks.add(new Block.Heading(2, B3));
        if (d.economics().analysisType() != null) {
            blocks.add(Block.Paragraph.of("Type of analysis: " + analysisType(d.economics().analysisType()) + "."));
        }
        List<PricePointView> prices = d.prices("nice").toList();
        if (!prices.isEmpty()) {
            List<List<Cell>> rows = new ArrayList<>();
            rows.add(List.of(Cell.header("Price"), Cell.header("Pack"), Cell.header("Amount")));
            for (PricePointView p : prices) {
                boolean secret = PublicProjection.isConfidential(p, England.POLICY);
                Span value = priceSpan(view, p, formats);
                rows.add(List.of(Cell.of(priceLabel(p)), Cell.of(nz(p.pack())), new Cell(fictional(
                        tagged(view, value, secret, p.classification()), value, p.fictional()), false)));
            }
            blocks.add(new Block.Table(List.of(2.5f, 2.5f, 2f), 1, rows));
        }
        List<FigureView> figures = d.economics().figures().stream().filter(f -> ProjectedText.isForJurisdiction(f.id(), "nice", view)).toList();
        if (!figures.isEmpty()) {
            List<List<Cell>> rows = new ArrayList<>();
            rows.add(List.of(Cell.header("Result"), Cell.header("Value")));
            MemoValues values = new MemoValues(view, formats, MemoWords.ENGLISH);
            for (FigureView f : figures) {
                // a derived figure as the product computes it from its formula
                Span value = ProjectedText.isRemoved(view, f) ? mark(view, f.classification()) : values.figure(f).get(0);
                rows.add(List.of(Cell.of(nz(f.label())), new Cell(fictional(tagged(view, value,
                        ProjectedText.isSecret(f.classification()), f.classification()), value, values.isFictional(f)), false)));
            }
            blocks.add(new Block.Table(List.of(3f, 2f), 1, rows));
        }
        blocks.addAll(paragraphs(view, s, COST));

        int items = ConfidentialItems.of(view, formats).size();
        blocks.add(new Block.Heading(2, "Confidential information"));
        blocks.add(Block.Paragraph.of(items == 0 ? "The submission contains no confidential information."
                : "The submission contains " + items + " confidential item" + (items == 1 ? "" : "s")
                        + ", each listed in the checklist of confidential information."));
        String marking = view.variant().isPublic() ? "PUBLIC VERSION \u2013 CONFIDENTIAL INFORMATION REMOVED"
                : "CONTAINS COMMERCIAL IN CONFIDENCE (CiC) AND ACADEMIC IN CONFIDENCE (AiC) INFORMATION";
        return new MemoDocument("Company evidence submission: " + d.product().brandName(), England.LANGUAGE, marking,
                formats::pageNumber, blocks).asOf(s.milestone(England.SUBMISSION).map(m -> m.date()).orElse(null));
    }

    private List<Block> paragraphs(ProjectedView view, SubmissionView s, String section) {
        List<Block> result = new ArrayList<>();
        if (!s.sections().containsKey(section)) return result;
        for (List<TextRunView> paragraph : s.sections().get(section).paragraphs()) {
            List<Span> spans = new ArrayList<>();
            for (TextRunView run : paragraph) {
                boolean secret = ProjectedText.isSecret(run.classification());
                Span value = secret && view.variant().isPublic() ? mark(view, run.classification())
                        : Span.text(run.text() == null ? "" : run.text());
                spans.addAll(fictional(tagged(view, value, secret, run.classification()), value, run.fictional()));
            }
            result.add(new Block.Paragraph(spans));
        }
        return result;
    }

    /** A value's spans followed by "(fictional)" when it is made up and shown at all. */
    static List<Span> fictional(List<Span> spans, Span value, boolean fictional) {
        if (!fictional || value.isRedacted() || value.text().isEmpty()) return spans;
        List<Span> result = new ArrayList<>(spans);
        result.add(Span.italic(" (" + MemoWords.ENGLISH.fictional() + ")"));
        return result;
    }

    /** In the confidential variant a confidential value is bold and tagged with its category. */
    private static List<Span> tagged(ProjectedView view, Span value, boolean secret, Classification c) {
        if (!secret || view.variant().isPublic() || value.isRedacted()) return List.of(value);
        return List.of(Span.bold(value.text()), Span.italic(" [" + ConfidentialItems.category(c) + "]"));
    }

    /** The fixed wording for removed material of this classification. */
    static Span mark(ProjectedView view, Classification c) {
        RedactionMark m = c == Classification.ACADEMIC_IN_CONFIDENCE ? England.AIC_REMOVED : view.redactionMark();
        return Span.redacted(m);
    }

    static Span priceSpan(ProjectedView view, PricePointView p, Formats formats) {
        if (view.isRedacted(p.id())) {
            return Span.redacted(ConfidentialItems.isDiscount(p) ? England.DISCOUNT_REMOVED : view.redactionMark());
        }
        if (p.amount() == null) return Span.text("");
        if (p.kind() == PriceKind.DISCOUNT || p.currency() == null) return Span.text(formats.number(p.amount()) + "%");
        return Span.text(formats.money(p.amount(), p.currency()));
    }

    static Span figureSpan(ProjectedView view, FigureView f, Formats formats) {
        if (ProjectedText.isRemoved(view, f)) return mark(view, f.classification());
        return ProjectedText.figure(view, f, formats);
    }

    static String priceLabel(PricePointView p) {
        String who = p.product() == null ? "" : " (" + p.product() + ")";
        switch (p.kind()) {
            case LIST_PRICE: return "List price" + who;
            case DISCOUNT: return "Patient access scheme discount" + who;
            case AGREED_PRICE: return "Price with patient access scheme" + who;
            case REBATE: return "Rebate" + who;
            default: return p.kind().name() + who;
        }
    }

    private static String analysisType(String type) {
        switch (type) {
            case "COST_UTILITY": return "cost-utility analysis";
            case "COST_COMPARISON": return "cost-comparison analysis";
            case "THRESHOLD_ANALYSIS": return "threshold analysis";
            default: return type;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** A labelled line of the head; a paragraph rather than an addressing block, whose label column is narrow. */
    private static Block labelled(String label, String value) {
        return new Block.Paragraph(List.of(hta.jurisdiction.memo.Span.bold(label + " "), hta.jurisdiction.memo.Span.text(value)));
    }

    @Override
    public String fileName(ProjectedView view) {
        DossierView d = view.dossier();
        String ref = d.submission("nice").map(s -> s.caseReference()).orElse(d.id());
        return (ref + "_" + d.product().brandName()).replaceAll("[^A-Za-z0-9_-]", "_") + "_company_submission_"
                + (view.variant().isPublic() ? "public" : "confidential") + ".pdf";
    }
}
