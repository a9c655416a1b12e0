package hta.jurisdiction.smc.internal;

import hta.confidentiality.ProjectedView;
import hta.confidentiality.PublicProjection;
import hta.dossier.view.BudgetImpactView;
import hta.dossier.view.DossierView;
import hta.dossier.view.FigureView;
import hta.dossier.PriceKind;
import hta.dossier.view.PricePointView;
import hta.dossier.view.SubmissionView;
import hta.jurisdiction.Formats;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.Block.Cell;
import hta.jurisdiction.MemoWords;
import hta.jurisdiction.memo.MemoDocument;
import hta.jurisdiction.memo.MemoValues;
import hta.jurisdiction.memo.ProjectedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A summary of the company's submission to SMC (the New Product Assessment Form asks for the list and the PAS
 * price and has a section for CiC/AiC information): Indication, Comparators, Clinical effectiveness,
 * Cost-effectiveness with the product's list and PAS prices, Budget impact, Patient Access Scheme. In the
 * public variant PAS prices and confidential figures show as fixed wording. The layout is ours.
 */
final class SubmissionSummaryTemplate implements MemoTemplate {
    static final String ID = "submission-summary";

    private final Formats formats;

    SubmissionSummaryTemplate(Formats formats) {
        this.formats = formats;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "SMC submission (summary)";
    }

    @Override
    public List<String> missingFields(ProjectedView view, MemoContext context) {
        Optional<SubmissionView> s = view.dossier().submission("smc");
        if (s.isEmpty()) return List.of("submissions[smc]: the dossier has no SMC submission");
        List<String> missing = new ArrayList<>();
        if (ScottishText.indication(view.dossier()).isEmpty()) missing.add("indications: the indication in English is missing");
        if (view.dossier().prices("smc").noneMatch(p -> p.product() == null && p.kind() == PriceKind.LIST_PRICE)) {
            missing.add("prices[smc]: the list price is missing (the submission form asks for list and PAS price)");
        }
        return missing;
    }

    @Override
    public MemoDocument render(ProjectedView view, MemoContext context) {
        DossierView d = view.dossier();
        SubmissionView s = d.submission("smc").orElseThrow(() -> new IllegalArgumentException("no SMC submission"));
        MemoValues values = new MemoValues(view, formats, MemoWords.ENGLISH);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, "Submission to the Scottish Medicines Consortium \u2013 summary"));
        List<Block> head = new ArrayList<>();
        head.add(labelled("Medicine:", ScottishText.productName(d)));
        head.add(labelled("Company:", nz(d.product().marketingAuthorisationHolder())));
        if (s.pathway() != null) head.add(labelled("Submission type:", s.pathway()));
        if (s.caseReference() != null) head.add(labelled("SMC number:", s.caseReference()));
        s.milestone(Scotland.SUBMISSION).map(m -> m.date()).ifPresent(date ->
                head.add(labelled("Submitted:", formats.longDate(date))));
        blocks.addAll(head);

        blocks.add(new Block.Heading(2, "Indication"));
        blocks.add(Block.Paragraph.of("Treatment of " + ScottishText.indication(d).orElse("") + "."));
        if (d.evidence().comparator() != null && !d.evidence().comparator().isBlank()) {
            blocks.add(new Block.Heading(2, "Comparators"));
            blocks.add(Block.Paragraph.of(d.evidence().comparator()));
        }
        blocks.add(new Block.Heading(2, "Clinical effectiveness"));
        if (!d.evidence().keyOutcomes().isEmpty()) {
            blocks.add(Block.Paragraph.of("Outcomes: " + String.join("; ", d.evidence().keyOutcomes()) + "."));
        }
        if (d.evidence().followUp() != null) blocks.add(Block.Paragraph.of("Follow-up: " + d.evidence().followUp() + "."));
        blocks.addAll(values.paragraphs(s.sections().get("clinical-effectiveness")));

        blocks.add(new Block.Heading(2, "Cost-effectiveness"));
        List<List<Cell>> prices = new ArrayList<>();
        prices.add(List.of(Cell.header("Price"), Cell.header("Amount")));
        for (PricePointView p : d.prices("smc").filter(p -> p.product() == null).toList()) {
            prices.add(List.of(Cell.of(priceLabel(p)), new Cell(values.price(Optional.of(p)), false)));
        }
        for (PricePointView p : ScottishText.comparatorListPrices(d)) {
            prices.add(List.of(Cell.of("List price (" + p.product() + ")"), new Cell(values.price(Optional.of(p)), false)));
        }
        blocks.add(new Block.Table(List.of(3f, 2f), 1, prices));
        for (FigureView f : d.economics().figures()) {
            if (ProjectedText.isForJurisdiction(f.id(), "smc", view)) {
                List<hta.jurisdiction.memo.Span> spans = new ArrayList<>(List.of(hta.jurisdiction.memo.Span.text(nz(f.label()) + ": ")));
                spans.addAll(values.figure(f));
                blocks.add(new Block.Paragraph(spans));
            }
        }
        blocks.addAll(values.paragraphs(s.sections().get("cost-effectiveness")));

        Optional<BudgetImpactView> budget = d.budgetImpact("smc");
        if (budget.isPresent()) {
            blocks.add(new Block.Heading(2, "Budget impact"));
            for (FigureView f : budget.get().figures()) {
                List<hta.jurisdiction.memo.Span> spans = new ArrayList<>(List.of(hta.jurisdiction.memo.Span.text(nz(f.label()) + ": ")));
                spans.addAll(values.figure(f));
                blocks.add(new Block.Paragraph(spans));
            }
        }
        // a PAS price recorded says there is a scheme; none recorded says nothing either way
        if (ScottishText.hasPas(view)) {
            blocks.add(new Block.Heading(2, "Patient Access Scheme"));
            blocks.add(Block.Paragraph.of("The company has submitted a Patient Access Scheme to the Patient Access Scheme"
                    + " Assessment Group (PASAG). The PAS price is commercial in confidence."));
        }
        String marking = view.variant().isPublic() ? "PUBLIC VERSION \u2013 COMMERCIAL IN CONFIDENCE INFORMATION REMOVED"
                : "CONTAINS COMMERCIAL IN CONFIDENCE INFORMATION";
        return new MemoDocument("SMC submission: " + ScottishText.productName(d), Scotland.LANGUAGE, marking,
                formats::pageNumber, blocks);
    }

    private static String priceLabel(PricePointView p) {
        if (p.kind() == PriceKind.LIST_PRICE) return "List price";
        if (PublicProjection.isConfidential(p, Scotland.POLICY)) return "Price with PAS";
        return p.kind().name();
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
        String ref = d.submission("smc").map(s -> s.caseReference()).orElse(d.id());
        return (ref + "_" + d.product().brandName()).replaceAll("[^A-Za-z0-9_-]", "_") + "_submission_"
                + (view.variant().isPublic() ? "public" : "confidential") + ".pdf";
    }
}
