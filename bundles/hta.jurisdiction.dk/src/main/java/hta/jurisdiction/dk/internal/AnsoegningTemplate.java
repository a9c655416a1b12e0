package hta.jurisdiction.dk.internal;

import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.ProjectedView;
import hta.dossier.view.BudgetImpactView;
import hta.dossier.view.DossierView;
import hta.dossier.view.EvidenceView;
import hta.dossier.view.FigureView;
import hta.dossier.PriceKind;
import hta.dossier.view.PricePointView;
import hta.dossier.view.SubmissionView;
import hta.jurisdiction.Formats;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.Block.Cell;
import hta.jurisdiction.memo.MemoDocument;
import hta.jurisdiction.memo.ProjectedText;
import hta.jurisdiction.memo.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A summary of the company's application to Medicinrådet, in the blinded version (public variant) or the
 * version with confidential parts marked (confidential variant), as https://medicinraadet.dk/ansogning asks
 * for both. Sections: Sammenfatning, Lægemidlet, Klinisk effekt og sikkerhed, Sundhedsøkonomisk analyse,
 * Budgetkonsekvenser, Priser, Fortrolige oplysninger. The section list is ours (the application form's own
 * headings are unconfirmed); the wording is ours.
 */
final class AnsoegningTemplate implements MemoTemplate {
    static final String ID = "ansoegning";

    private final Formats formats;
    private final MarkedText marked;

    AnsoegningTemplate(Formats formats, ConfidentialityPolicy policy) {
        this.formats = formats;
        this.marked = new MarkedText(formats, policy);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Ansøgning til Medicinrådet (sammenfatning)";
    }

    @Override
    public List<String> missingFields(ProjectedView view, MemoContext context) {
        Optional<SubmissionView> s = view.dossier().submission("dk");
        if (s.isEmpty()) return List.of("submissions[dk]: the dossier has no Danish submission");
        List<String> missing = new ArrayList<>();
        if (DanishText.indication(view.dossier()).isEmpty()) missing.add("indications: the indication is missing");
        if (view.dossier().product().marketingAuthorisationHolder() == null) {
            missing.add("product.marketingAuthorisationHolder: the applying company is missing");
        }
        return missing;
    }

    @Override
    public MemoDocument render(ProjectedView view, MemoContext context) {
        DossierView d = view.dossier();
        SubmissionView s = d.submission("dk").orElseThrow(() -> new IllegalArgumentException("no Danish submission"));
        String indication = DanishText.indication(d).orElse("");
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, "Ansøgning om vurdering af " + DanishText.productName(d)));
        List<Block> head = new ArrayList<>();
        head.add(labelled("Virksomhed:", nz(d.product().marketingAuthorisationHolder())));
        head.add(labelled("Lægemiddel:", DanishText.productName(d)));
        head.add(labelled("Indikation:", indication));
        s.milestone(Denmark.APPLICATION_RECEIVED).map(m -> m.date()).ifPresent(date ->
                head.add(labelled("Dato:", formats.longDate(date))));
        blocks.addAll(head);

        blocks.add(new Block.Heading(2, "Sammenfatning"));
        if (s.sections().containsKey("sammenfatning")) {
            blocks.addAll(marked.paragraphs(view, s.sections().get("sammenfatning")));
        } else {
            blocks.add(Block.Paragraph.of(nz(d.product().marketingAuthorisationHolder()) + " søger om, at Medicinrådet"
                    + " vurderer " + d.product().brandName() + " som mulig standardbehandling til " + indication + "."));
        }

        blocks.add(new Block.Heading(2, "Lægemidlet"));
        blocks.add(Block.Paragraph.of(aboutTheMedicine(d)));

        blocks.add(new Block.Heading(2, "Klinisk effekt og sikkerhed"));
        // the Danish wording where the dossier has one, field by field; else the working language's
        EvidenceView.Wording evidence = d.evidence().in(Denmark.LANGUAGE);
        if (evidence.comparator() != null) blocks.add(Block.Paragraph.of("Komparator: " + evidence.comparator() + "."));
        if (!evidence.keyOutcomes().isEmpty()) {
            blocks.add(Block.Paragraph.of("Vigtigste effektmål: " + String.join("; ", evidence.keyOutcomes()) + "."));
        }
        if (evidence.followUp() != null) blocks.add(Block.Paragraph.of("Opfølgningstid: " + evidence.followUp() + "."));
        blocks.addAll(marked.paragraphs(view, s.sections().get("klinisk-effekt")));

        blocks.add(new Block.Heading(2, "Sundhedsøkonomisk analyse"));
        if (d.economics().analysisType() != null) {
            blocks.add(Block.Paragraph.of("Analysetype: " + analysisType(d.economics().analysisType()) + "."));
        }
        List<FigureView> figures = d.economics().figures().stream()
                .filter(f -> ProjectedText.isForJurisdiction(f.id(), "dk", view)).toList();
        if (!figures.isEmpty()) {
            List<List<Cell>> rows = new ArrayList<>();
            rows.add(List.of(Cell.header("Resultat"), Cell.header("Værdi")));
            for (FigureView f : figures) rows.add(List.of(Cell.of(nz(f.label())), new Cell(marked.figure(view, f), false)));
            blocks.add(new Block.Table(List.of(3f, 2f), 1, rows));
        }
        blocks.addAll(marked.paragraphs(view, s.sections().get("sundhedsoekonomi")));

        d.budgetImpact("dk").ifPresent(b -> blocks.addAll(budget(view, b)));

        List<PricePointView> prices = d.prices("dk").toList();
        if (!prices.isEmpty()) {
            blocks.add(new Block.Heading(2, "Priser"));
            List<List<Cell>> rows = new ArrayList<>();
            rows.add(List.of(Cell.header("Pris"), Cell.header("Pakning"), Cell.header("Beløb")));
            for (PricePointView p : prices) {
                rows.add(List.of(Cell.of(priceLabel(p)), Cell.of(nz(p.pack())), new Cell(marked.price(view, p), false)));
            }
            blocks.add(new Block.Table(List.of(2f, 3f, 2f), 1, rows));
        }

        blocks.add(new Block.Heading(2, "Fortrolige oplysninger"));
        blocks.add(Block.Paragraph.of(view.variant().isPublic()
                ? "Dette er den blændede version. Fortrolige oplysninger er erstattet af den samme faste række af X'er"
                        + " under en sort bjælke, uanset hvor lang den skjulte oplysning er."
                : "Dette er versionen med markering af fortrolige oplysninger. Hver fortrolig oplysning er fremhævet"
                        + " og efterfulgt af" + MarkedText.MARKER + "."));
        String marking = view.variant().isPublic() ? "BLÆNDET VERSION" : "FORTROLIGE OPLYSNINGER MARKERET";
        return new MemoDocument("Ansøgning: " + DanishText.productName(d), Denmark.LANGUAGE, marking,
                formats::pageNumber, blocks);
    }

    private List<Block> budget(ProjectedView view, BudgetImpactView b) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, "Budgetkonsekvenser"));
        int years = b.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        if (years > 0) {
            List<List<Cell>> rows = new ArrayList<>();
            List<Cell> header = new ArrayList<>();
            header.add(Cell.header(""));
            List<Float> weights = new ArrayList<>(List.of(2.2f));
            for (int y = 1; y <= years; y++) {
                header.add(Cell.header("År " + y));
                weights.add(1.3f);
            }
            rows.add(header);
            for (BudgetImpactView.BudgetRow r : b.rows()) {
                List<Cell> cells = new ArrayList<>();
                cells.add(Cell.of(nz(r.label())));
                for (int y = 0; y < years; y++) {
                    cells.add(y < r.cells().size() ? new Cell(marked.figure(view, r.cells().get(y)), false) : Cell.of(""));
                }
                rows.add(cells);
            }
            blocks.add(new Block.Table(weights, 1, rows));
        }
        for (FigureView f : b.figures()) {
            List<Span> spans = new ArrayList<>();
            spans.add(Span.text(nz(f.label()) + ": "));
            spans.addAll(marked.figure(view, f));
            blocks.add(new Block.Paragraph(spans));
        }
        return blocks;
    }

    private String aboutTheMedicine(DossierView d) {
        StringBuilder sb = new StringBuilder(DanishText.productName(d));
        sb.append("GENE_THERAPY".equals(d.product().therapyKind()) ? " er en genterapi." : " er et lægemiddel.");
        if (d.product().authorisationDate() != null) {
            sb.append(" Lægemidlet fik ").append("CONDITIONAL".equals(d.product().authorisationType()) ? "betinget " : "")
                    .append("markedsføringstilladelse i EU den ").append(formats.longDate(d.product().authorisationDate())).append('.');
        }
        return sb.toString();
    }

    private static String analysisType(String type) {
        switch (type) {
            case "COST_UTILITY": return "omkostningsnytteanalyse";
            case "COST_COMPARISON": return "omkostningsanalyse";
            case "THRESHOLD_ANALYSIS": return "tærskelanalyse";
            default: return type;
        }
    }

    private static String priceLabel(PricePointView p) {
        String who = p.product() == null ? "" : " (" + p.product() + ")";
        if (p.kind() == PriceKind.AGREED_PRICE) return "SAIP" + who;
        if (p.kind() == PriceKind.PHARMACY_PURCHASE_PRICE || p.kind() == PriceKind.LIST_PRICE) return "AIP" + who;
        if (p.kind() == PriceKind.DISCOUNT || p.kind() == PriceKind.REBATE) return "Rabat" + who;
        return p.kind() + who;
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
        return view.dossier().product().brandName().replaceAll("[^A-Za-z0-9_-]", "_") + "_ansoegning_"
                + (view.variant().isPublic() ? "blaendet" : "markeret") + ".pdf";
    }
}
