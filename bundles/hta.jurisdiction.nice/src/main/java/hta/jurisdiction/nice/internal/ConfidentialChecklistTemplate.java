package hta.jurisdiction.nice.internal;

import hta.confidentiality.ProjectedView;
import hta.dossier.view.DossierView;
import hta.dossier.view.SubmissionView;
import hta.jurisdiction.Formats;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.Block.Cell;
import hta.jurisdiction.memo.MemoDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * NICE's checklist of confidential information, generated from the dossier's classifications: every
 * confidential price, figure and narrative span with its location and category (CiC / AiC). The public variant
 * lists the items without their values (the column is not there at all, so nothing of a value's length shows);
 * the confidential variant adds the values for NICE's reviewers.
 */
final class ConfidentialChecklistTemplate implements MemoTemplate {
    static final String ID = "confidential-checklist";

    private final Formats formats;

    ConfidentialChecklistTemplate(Formats formats) {
        this.formats = formats;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Checklist of confidential information";
    }

    @Override
    public List<String> missingFields(ProjectedView view, MemoContext context) {
        if (view.dossier().submission("nice").isEmpty()) return List.of("submissions[nice]: the dossier has no NICE submission");
        return List.of();
    }

    @Override
    public MemoDocument render(ProjectedView view, MemoContext context) {
        DossierView d = view.dossier();
        SubmissionView s = d.submission("nice").orElseThrow(() -> new IllegalArgumentException("no NICE submission"));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, "Checklist of confidential information"));
        blocks.add(Block.Paragraph.of(EvidenceSubmissionTemplate.appraisalTitle(d, s)));
        blocks.add(Block.Paragraph.of("CiC: commercial in confidence. AiC: academic in confidence."));
        boolean withValues = !view.variant().isPublic();
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> header = new ArrayList<>(List.of(Cell.header("No."), Cell.header("Location"),
                Cell.header("Information"), Cell.header("Category")));
        if (withValues) header.add(Cell.header("Confidential content"));
        rows.add(header);
        List<ConfidentialItems.Item> items = ConfidentialItems.of(view, formats);
        for (int i = 0; i < items.size(); i++) {
            ConfidentialItems.Item item = items.get(i);
            List<Cell> row = new ArrayList<>(List.of(Cell.of(String.valueOf(i + 1)), Cell.of(item.location()),
                    Cell.of(item.what()), Cell.of(item.category())));
            if (withValues) row.add(Cell.of(item.value()));
            rows.add(row);
        }
        blocks.add(new Block.Table(withValues ? List.of(0.5f, 2.5f, 2f, 0.9f, 2.2f) : List.of(0.5f, 3f, 2.5f, 1f), 1, rows));
        if (items.isEmpty()) blocks.add(Block.Paragraph.of("The dossier holds no confidential information for this appraisal."));
        String marking = view.variant().isPublic() ? "PUBLIC VERSION \u2013 CONFIDENTIAL INFORMATION REMOVED"
                : "CONTAINS COMMERCIAL IN CONFIDENCE (CiC) AND ACADEMIC IN CONFIDENCE (AiC) INFORMATION";
        return new MemoDocument("Checklist of confidential information: " + d.product().brandName(), England.LANGUAGE,
                marking, formats::pageNumber, blocks);
    }

    @Override
    public String fileName(ProjectedView view) {
        DossierView d = view.dossier();
        String ref = d.submission("nice").map(s -> s.caseReference()).orElse(d.id());
        return (ref + "_" + d.product().brandName()).replaceAll("[^A-Za-z0-9_-]", "_") + "_confidential_checklist_"
                + (view.variant().isPublic() ? "public" : "confidential") + ".pdf";
    }
}
