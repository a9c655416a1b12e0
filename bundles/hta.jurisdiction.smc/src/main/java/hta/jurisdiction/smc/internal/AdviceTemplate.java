package hta.jurisdiction.smc.internal;

import hta.confidentiality.ProjectedView;
import hta.dossier.view.DecisionView;
import hta.dossier.view.DossierView;
import hta.dossier.view.FigureView;
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
import hta.jurisdiction.memo.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An advice-style summary of SMC's decision: Advice (the decision in SMC's wording, the published wording, the
 * PAS condition), Indication, Summary of evidence, Summary of comparative health economic evidence with the
 * comparators at list price, and Budget impact. The DAD's exact headings are unconfirmed; these follow the
 * typical ones. The wording is ours.
 */
final class AdviceTemplate implements MemoTemplate {
    static final String ID = "advice";

    private final Formats formats;

    AdviceTemplate(Formats formats) {
        this.formats = formats;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "SMC advice (summary)";
    }

    @Override
    public List<String> missingFields(ProjectedView view, MemoContext context) {
        Optional<SubmissionView> s = view.dossier().submission("smc");
        if (s.isEmpty()) return List.of("submissions[smc]: the dossier has no SMC submission");
        List<String> missing = new ArrayList<>();
        DecisionView d = s.get().decision();
        if (d == null || d.outcome() == null) missing.add("submissions[smc].decision.outcome: SMC's decision is missing");
        else if (decisionPhrase(d.outcome()) == null) {
            missing.add("submissions[smc].decision.outcome: '" + d.outcome() + "' is not one of SMC's decisions");
        }
        if (s.get().caseReference() == null) missing.add("submissions[smc].caseReference: the SMC number is missing");
        else Scotland.validate(s.get().caseReference()).ifPresent(m -> missing.add("submissions[smc].caseReference: " + m));
        return missing;
    }

    /** How the advice states each decision. */
    static String decisionPhrase(String outcome) {
        switch (outcome) {
            case "accepted": return "is accepted for use within NHSScotland";
            case "accepted-restricted": return "is accepted for restricted use within NHSScotland";
            case "interim-acceptance": return "is accepted for use within NHSScotland on an interim basis, pending"
                    + " further evidence and a reassessment";
            case "not-recommended": return "is not recommended for use within NHSScotland";
            default: return null;
        }
    }

    @Override
    public MemoDocument render(ProjectedView view, MemoContext context) {
        DossierView d = view.dossier();
        SubmissionView s = d.submission("smc").orElseThrow(() -> new IllegalArgumentException("no SMC submission"));
        DecisionView decision = s.decision();
        MemoValues values = new MemoValues(view, formats, MemoWords.ENGLISH);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, ScottishText.productName(d)));
        blocks.add(new Block.Paragraph(List.of(Span.bold(s.caseReference()))));
        if (decision.date() != null) blocks.add(Block.Paragraph.of("Advice issued " + formats.longDate(decision.date())));

        blocks.add(new Block.Heading(2, "Advice"));
        // SMC's own words where the dossier has them; the vocabulary only classifies them
        boolean recorded = decision.publishedWording() != null && !decision.publishedWording().isBlank();
        String pathway = s.pathway() == null ? "" : "Following a " + s.pathway().toLowerCase() + ": ";
        String advice = recorded ? "\u201C" + decision.publishedWording() + "\u201D"
                : pathway + ScottishText.productName(d) + " " + decisionPhrase(decision.outcome()) + ".";
        blocks.add(new Block.Paragraph(values.marked(Span.bold(advice), decision.fictional())));
        if (decision.conditions() != null && !decision.conditions().isBlank()
                && !(recorded && decision.publishedWording().contains(decision.conditions().trim()))) {
            blocks.add(Block.Paragraph.of(decision.conditions()));
        }
        if (ScottishText.hasPas(view)) {
            blocks.add(Block.Paragraph.of("The advice holds only while the NHSScotland Patient Access Scheme (PAS)"
                    + " remains available, or if the list price becomes equal to or lower than the PAS price."));
        }

        blocks.add(new Block.Heading(2, "Indication"));
        blocks.add(Block.Paragraph.of("Treatment of " + ScottishText.indication(d).orElse("") + "."));

        blocks.add(new Block.Heading(2, "Summary of evidence on comparative efficacy"));
        if (d.evidence().comparator() != null) blocks.add(Block.Paragraph.of("Comparator: " + d.evidence().comparator() + "."));
        if (!d.evidence().keyOutcomes().isEmpty()) {
            blocks.add(Block.Paragraph.of("Outcomes assessed: " + String.join("; ", d.evidence().keyOutcomes()) + "."));
        }
        if (d.evidence().followUp() != null) blocks.add(Block.Paragraph.of("Follow-up: " + d.evidence().followUp() + "."));
        blocks.addAll(values.paragraphs(s.sections().get("clinical-effectiveness")));

        blocks.add(new Block.Heading(2, "Summary of comparative health economic evidence"));
        blocks.addAll(values.paragraphs(s.sections().get("cost-effectiveness")));
        List<PricePointView> comparators = ScottishText.comparatorListPrices(d);
        if (!comparators.isEmpty()) {
            blocks.add(Block.Paragraph.of("Comparators are costed at their list prices; confidential discounts on"
                    + " comparators are not included."));
            List<List<Cell>> rows = new ArrayList<>();
            rows.add(List.of(Cell.header("Comparator"), Cell.header("Pack"), Cell.header("List price")));
            for (PricePointView p : comparators) {
                rows.add(List.of(Cell.of(p.product()), Cell.of(p.pack() == null ? "" : p.pack()),
                        new Cell(values.price(Optional.of(p)), false)));
            }
            blocks.add(new Block.Table(List.of(2.5f, 2.5f, 1.5f), 1, rows));
        }

        Optional<List<FigureView>> budget = d.budgetImpact("smc").map(b -> b.figures());
        if (budget.isPresent() && !budget.get().isEmpty()) {
            blocks.add(new Block.Heading(2, "Budget impact"));
            for (FigureView f : budget.get()) {
                List<Span> spans = new ArrayList<>(List.of(Span.text((f.label() == null ? f.id() : f.label()) + ": ")));
                spans.addAll(values.figure(f));
                blocks.add(new Block.Paragraph(spans));
            }
        }
        String marking = view.variant().isPublic() ? "PUBLIC" : "CONFIDENTIAL";
        return new MemoDocument("SMC advice: " + ScottishText.productName(d), Scotland.LANGUAGE, marking,
                formats::pageNumber, blocks).asOf(decision.date());
    }

    @Override
    public String fileName(ProjectedView view) {
        DossierView d = view.dossier();
        String ref = d.submission("smc").map(s -> s.caseReference()).orElse(d.id());
        return (ref + "_" + d.product().brandName()).replaceAll("[^A-Za-z0-9_-]", "_") + "_advice"
                + (view.variant().isPublic() ? "" : "_confidential") + ".pdf";
    }
}
