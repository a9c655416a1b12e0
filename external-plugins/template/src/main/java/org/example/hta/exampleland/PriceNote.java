package org.example.hta.exampleland;

import hta.confidentiality.ProjectedView;
import hta.dossier.view.PricePointView;
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
 * The agency's price note: the product, the prices (the agreed price written through {@link ProjectedText}, so the
 * public note shows the redaction mark), the background written by the case officer, the dates. Stateless: it keeps
 * nothing of one dossier for the next.
 */
final class PriceNote implements MemoTemplate {
    private final Formats formats;

    PriceNote(Formats formats) {
        this.formats = formats;
    }

    @Override public String id() { return "price-note"; }
    @Override public String title() { return "Price note"; }

    @Override
    public List<String> missingFields(ProjectedView view, MemoContext context) {
        Optional<SubmissionView> s = view.dossier().submission(Exampleland.CODE);
        if (s.isEmpty()) return List.of("submissions[xx]: the dossier has no submission in Exampleland");
        List<String> missing = new ArrayList<>();
        if (s.get().caseReference() == null) missing.add("submissions[xx].caseReference: the agency's case number");
        if (!s.get().sections().containsKey("background")) missing.add("submissions[xx].sections.background: the background text");
        if (view.dossier().prices(Exampleland.CODE).findAny().isEmpty()) missing.add("prices[xx]: at least one price in Exampleland");
        return missing;
    }

    @Override
    public MemoDocument render(ProjectedView view, MemoContext context) {
        SubmissionView s = view.dossier().submission(Exampleland.CODE).orElseThrow();
        String product = view.dossier().product().brandName() + " (" + view.dossier().product().inn() + ")";
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, s.caseReference() + ": " + product));
        blocks.add(new Block.Heading(2, "Background"));
        blocks.addAll(ProjectedText.paragraphs(s.sections().get("background"), view));
        blocks.add(new Block.Heading(2, "Prices"));
        List<List<Block.Cell>> rows = new ArrayList<>();
        rows.add(List.of(Block.Cell.header("Price"), Block.Cell.header("Amount")));
        for (PricePointView p : view.dossier().prices(Exampleland.CODE).toList()) {
            rows.add(List.of(Block.Cell.label(label(p)), Block.Cell.of(ProjectedText.price(view, Optional.of(p), formats))));
        }
        blocks.add(new Block.Table(List.of(2f, 1f), 1, rows));
        blocks.add(new Block.Heading(2, "Dates"));
        List<List<Block.Cell>> dates = new ArrayList<>();
        s.milestones().forEach(m -> dates.add(List.of(Block.Cell.label(m.kind()), Block.Cell.of(formats.shortDate(m.date())))));
        blocks.add(new Block.Table(List.of(2f, 1f), 0, dates));
        return new MemoDocument("Price note " + s.caseReference(), "en",
                view.variant().isPublic() ? "PUBLIC VERSION" : "CONFIDENTIAL - COMMERCIAL IN CONFIDENCE", formats::pageNumber, blocks);
    }

    @Override
    public String fileName(ProjectedView view) {
        SubmissionView s = view.dossier().submission(Exampleland.CODE).orElseThrow();
        return s.caseReference().replaceAll("[^A-Za-z0-9_-]", "_") + "_price-note_"
                + (view.variant().isPublic() ? "public" : "confidential") + ".pdf";
    }

    private static String label(PricePointView p) {
        return switch (p.kind()) {
            case LIST_PRICE -> "List price";
            case AGREED_PRICE -> "Agreed price";
            default -> p.kind().name().toLowerCase().replace('_', ' ');
        };
    }
}
