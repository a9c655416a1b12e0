package hta.jurisdiction.no.internal;

import hta.confidentiality.ProjectedView;
import hta.confidentiality.Variant;
import hta.dossier.view.BudgetImpactView;
import hta.dossier.view.DossierView;
import hta.dossier.view.FigureView;
import hta.dossier.view.IndicationView;
import hta.dossier.view.MilestoneView;
import hta.dossier.view.NarrativeView;
import hta.dossier.view.PartyView;
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
import hta.timeline.ProcessDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sykehusinnkjøp's price memo (prisnotat) to the regional health authorities, section by section as the
 * published memo on Hemgenix (seed 001): header, title line with case ID, Bakgrunn, Pristilbud (table),
 * Kostnadseffektivitet, Budsjettkonsekvenser (year-1 table and five-year table), Avtaleverk, Betydning for
 * fremtidig anskaffelse, the generated section on other countries, Oppsummering, signatures, footnotes and
 * the Prosess table with the computed processing time. The wording it generates is its own.
 */
final class PrisnotatTemplate implements MemoTemplate {
    static final String ID = "prisnotat";
    /** Narrative section ids, in the order of the published memo. */
    static final String BAKGRUNN = "bakgrunn";
    static final String PRISTILBUD = "pristilbud";
    static final String KOSTNADSEFFEKTIVITET = "kostnadseffektivitet";
    static final String BUDSJETT = "budsjettkonsekvenser";
    static final String AVTALEVERK = "avtaleverk";
    static final String FREMTIDIG = "fremtidig-anskaffelse";
    static final String ANDRE_LAND = "andre-land";
    static final String OPPSUMMERING = "oppsummering";

    private final Formats formats;
    private final ProcessDefinition process;
    private final ForeignDecisions foreign;

    PrisnotatTemplate(Formats formats, ProcessDefinition process) {
        this.formats = formats;
        this.process = process;
        this.foreign = new ForeignDecisions(formats);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Prisnotat";
    }

    @Override
    public List<String> missingFields(ProjectedView view, MemoContext context) {
        List<String> missing = new ArrayList<>();
        Optional<SubmissionView> s = view.dossier().submission("no");
        if (s.isEmpty()) {
            return List.of("submissions[no]: the dossier has no Norwegian submission");
        }
        if (blank(s.get().caseReference())) {
            missing.add("submissions[no].caseReference: the case ID (IDYYYY_NNN) is missing");
        } else {
            Norway.validate(s.get().caseReference()).ifPresent(m -> missing.add("submissions[no].caseReference: " + m));
        }
        if (s.get().milestone(Norway.MEMO_COMPLETED).map(m -> m.date()).isEmpty()) {
            missing.add("submissions[no].milestones[" + Norway.MEMO_COMPLETED + "]: the memo's date is missing");
        }
        if (s.get().milestone(Norway.BASIS_RECEIVED).map(m -> m.date()).isEmpty()) {
            missing.add("submissions[no].milestones[" + Norway.BASIS_RECEIVED
                    + "]: the date Sykehusinnkjøp received DMP's basis is missing (starts the processing time)");
        }
        if (s.get().recipients().isEmpty()) missing.add("submissions[no].recipients: the memo has no recipients");
        if (s.get().sender() == null) missing.add("submissions[no].sender: the memo has no sender");
        if (price(view.dossier(), PriceKind.MAXIMUM_PHARMACY_PRICE).isEmpty()) {
            missing.add("prices[no]: the maximum pharmacy price (Maks-AUP) is missing");
        }
        if (price(view.dossier(), PriceKind.AGREED_PRICE).isEmpty()) {
            missing.add("prices[no]: the offered hospital price (RHF-AUP) is missing");
        }
        return missing;
    }

    @Override
    public MemoDocument render(ProjectedView view, MemoContext context) {
        DossierView d = view.dossier();
        SubmissionView s = d.submission("no").orElseThrow(() -> new IllegalArgumentException("no Norwegian submission"));
        List<String> notes = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, "Notat"));
        blocks.add(addressing(s));
        blocks.add(new Block.Spacer(8));
        blocks.add(new Block.Heading(1, titleLine(d, s)));

        blocks.add(new Block.Heading(2, "Bakgrunn"));
        blocks.addAll(ProjectedText.paragraphs(s.sections().get(BAKGRUNN), view));
        indication(d).ifPresent(i -> blocks.add(new Block.Paragraph(List.of(Span.bold("Godkjent indikasjon: "),
                Span.text("behandling av " + i + ".")))));
        s.milestone(Norway.DMP_REPORT).filter(m -> m.date() != null).ifPresent(m -> {
            notes.add("Metodevurderingsrapport fra Direktoratet for medisinske produkter (DMP), "
                    + formats.shortDate(m.date()) + (blank(m.note()) ? "" : " (" + m.note() + ")"));
            blocks.add(new Block.Paragraph(List.of(Span.italic("Kilde: DMPs metodevurdering [" + notes.size() + "]"))));
        });

        blocks.add(new Block.Heading(2, "Pristilbud"));
        blocks.add(offerSentence(d, s));
        blocks.add(priceTable(view));
        blocks.addAll(ProjectedText.paragraphs(s.sections().get(PRISTILBUD), view));

        blocks.add(new Block.Heading(2, "Kostnadseffektivitet"));
        blocks.addAll(ProjectedText.paragraphs(s.sections().get(KOSTNADSEFFEKTIVITET), view));
        d.economics().figure(Norway.COMPARATOR_ANNUAL_COST).ifPresent(f -> blocks.add(new Block.Paragraph(List.of(
                Span.text("Årlig behandlingskostnad for komparator, beregnet av DMP med RHF-AUP inkl. mva.: "),
                ProjectedText.figure(view, f, formats), Span.text(".")))));

        blocks.addAll(budget(view, s));

        section(blocks, "Avtaleverk for gen- og celleterapier", s.sections().get(AVTALEVERK), view);
        section(blocks, "Betydning for fremtidig anskaffelse", s.sections().get(FREMTIDIG), view);

        List<Block> other = foreign.blocks(d, context, notes);
        NarrativeView otherText = s.sections().get(ANDRE_LAND);
        if (!other.isEmpty() || otherText != null) {
            blocks.add(new Block.Heading(2, "Informasjon om refusjon av " + shortName(d) + " i andre land"));
            blocks.addAll(other);
            blocks.addAll(ProjectedText.paragraphs(otherText, view));
        }
        section(blocks, "Oppsummering", s.sections().get(OPPSUMMERING), view);

        if (!s.signatories().isEmpty()) {
            blocks.add(new Block.Spacer(18));
            blocks.add(new Block.Signatures(s.signatories().stream()
                    .map(p -> new Block.Signatures.Signature(p.name(), p.role())).toList()));
        }
        if (!notes.isEmpty()) blocks.add(new Block.Notes(notes));
        blocks.add(new Block.Heading(2, "Prosess"));
        blocks.add(processTable(s));
        String marking = view.variant() == Variant.PUBLIC ? "OFFENTLIG VERSJON" : "KONFIDENSIELT";
        return new MemoDocument(documentTitle(d, s, view.variant()), "nb", marking, formats::pageNumber, blocks);
    }

    @Override
    public String fileName(ProjectedView view) {
        DossierView d = view.dossier();
        String caseRef = d.submission("no").map(s -> s.caseReference()).orElse(d.id());
        String suffix = view.variant() == Variant.PUBLIC ? "offentlig" : "konfidensielt";
        return safe(caseRef) + "_" + safe(d.product().brandName()) + "_prisnotat_" + suffix + ".pdf";
    }

    private static void section(List<Block> blocks, String heading, NarrativeView n, ProjectedView view) {
        if (n == null) return;
        blocks.add(new Block.Heading(2, heading));
        blocks.addAll(ProjectedText.paragraphs(n, view));
    }

    private static String safe(String s) {
        return s == null ? "ukjent" : s.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private String documentTitle(DossierView d, SubmissionView s, Variant variant) {
        return s.caseReference() + " " + d.product().brandName() + " – prisnotat"
                + (variant == Variant.PUBLIC ? " (offentlig versjon)" : " (konfidensiell versjon)");
    }

    private Block addressing(SubmissionView s) {
        List<Block.Addressing.Line> lines = new ArrayList<>();
        lines.add(new Block.Addressing.Line("Til:", s.recipients().stream().map(PrisnotatTemplate::party).toList()));
        if (!s.copyTo().isEmpty()) {
            lines.add(new Block.Addressing.Line("Kopi:", s.copyTo().stream().map(PrisnotatTemplate::party).toList()));
        }
        if (s.sender() != null) lines.add(new Block.Addressing.Line("Fra:", List.of(party(s.sender()))));
        s.milestone(Norway.MEMO_COMPLETED).map(m -> m.date())
                .ifPresent(date -> lines.add(new Block.Addressing.Line("Dato:", List.of(formats.longDate(date)))));
        return new Block.Addressing(lines);
    }

    private static String party(PartyView p) {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {p.organisation(), p.role(), p.name()}) {
            if (!blank(part)) {
                if (sb.length() > 0) sb.append("   ");
                sb.append(part);
            }
        }
        return sb.toString();
    }

    private static Optional<String> indication(DossierView d) {
        return d.indications().stream().map((IndicationView i) -> i.wording().get("nb")).filter(w -> w != null).findFirst();
    }

    /** "ED (Hemgenix)" style: the INN's initials when it is long, then the brand. */
    private static String shortName(DossierView d) {
        return d.product().brandName() == null ? "legemidlet" : d.product().brandName();
    }

    private String titleLine(DossierView d, SubmissionView s) {
        String inn = d.product().innIn("nb");
        String innCap = inn == null || inn.isEmpty() ? "" : Character.toUpperCase(inn.charAt(0)) + inn.substring(1);
        return s.caseReference() + ": " + innCap + " (" + d.product().brandName() + ")"
                + indication(d).map(i -> " til behandling av " + i).orElse("");
    }

    private Block offerSentence(DossierView d, SubmissionView s) {
        String company = d.product().marketingAuthorisationHolder() == null ? "leverandøren"
                : d.product().marketingAuthorisationHolder();
        Optional<String> when = s.milestone(Norway.PRICES_RECEIVED).map((MilestoneView m) -> m.date()).map(formats::shortDate);
        return Block.Paragraph.of("Priser tilbudt av " + company + " etter prisforhandling"
                + when.map(w -> ", mottatt " + w).orElse("") + ":");
    }

    private Block priceTable(ProjectedView view) {
        DossierView d = view.dossier();
        Optional<PricePointView> max = price(d, PriceKind.MAXIMUM_PHARMACY_PRICE);
        Optional<PricePointView> agreed = price(d, PriceKind.AGREED_PRICE);
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.header("Varenummer"), Cell.header("Pakning"), Cell.header("Maks-AUP inkl. mva."),
                Cell.header("RHF-AUP inkl. mva.")));
        PricePointView row = max.orElse(agreed.orElse(null));
        rows.add(List.of(Cell.of(row == null || row.articleNumber() == null ? "" : row.articleNumber()),
                Cell.of(row == null || row.pack() == null ? "" : row.pack()),
                Cell.of(ProjectedText.price(view, max, formats)),
                Cell.of(ProjectedText.price(view, agreed, formats))));
        return new Block.Table(List.of(1.1f, 2.6f, 1.6f, 1.6f), 1, rows);
    }

    private static Optional<PricePointView> price(DossierView d, PriceKind kind) {
        return d.prices("no").filter(p -> p.kind() == kind && p.product() == null).findFirst();
    }

    /** Budsjettkonsekvenser: narrative, the year-1 table at both prices, and DMP's five-year table. */
    private List<Block> budget(ProjectedView view, SubmissionView s) {
        DossierView d = view.dossier();
        List<Block> blocks = new ArrayList<>();
        Optional<BudgetImpactView> budget = d.budgetImpact("no");
        NarrativeView n = s.sections().get(BUDSJETT);
        if (budget.isEmpty() && n == null) return blocks;
        blocks.add(new Block.Heading(2, "Budsjettkonsekvenser"));
        blocks.addAll(ProjectedText.paragraphs(n, view));
        if (budget.isEmpty()) return blocks;
        BudgetImpactView b = budget.get();
        Optional<FigureView> atMax = figure(b, Norway.BUDGET_YEAR1_MAX);
        Optional<FigureView> atAgreed = figure(b, Norway.BUDGET_YEAR1_AGREED);
        if (atMax.isPresent() || atAgreed.isPresent()) {
            String received = s.milestone(Norway.PRICES_RECEIVED).map(m -> m.date()).map(formats::shortDate)
                    .map(date -> " mottatt " + date).orElse("");
            List<List<Cell>> rows = new ArrayList<>();
            rows.add(List.of(Cell.header("Pris"), Cell.header("Budsjettkonsekvens år 1")));
            atMax.ifPresent(f -> rows.add(List.of(Cell.of("Maks-AUP inkl. mva."),
                    Cell.of(ProjectedText.figure(view, f, formats)))));
            atAgreed.ifPresent(f -> rows.add(List.of(Cell.of("Avtalepris" + received + " inkl. mva."),
                    Cell.of(ProjectedText.figure(view, f, formats)))));
            blocks.add(new Block.Table(List.of(2.5f, 2f), 1, rows));
        }
        if (!b.rows().isEmpty()) {
            blocks.add(Block.Paragraph.of("DMPs budsjettanalyse for år 1 til 5, med avtalepris for komparator og"
                    + " tilbudt pris for " + shortName(d) + ":"));
            blocks.add(new Block.Paragraph(List.of(Span.italic("Udiskonterte tall i " + currency(b)
                    + ", RHF-AUP inkl. mva., for spesialisthelsetjenestens legemiddelbudsjett."))));
            blocks.add(fiveYearTable(view, b));
        }
        return blocks;
    }

    private static String currency(BudgetImpactView b) {
        return b.currency() == null ? "NOK" : b.currency();
    }

    /**
     * The five-year table. Its figures are computed from the agreed prices, so when the projection removed any
     * cell, every cell goes: one visible cell next to a hidden one in a row that sums would let a reader
     * recover it (secondary suppression, CONFIDENTIALITY.md principle 3). The published memo blanks the whole
     * table (seed 001).
     */
    private Block fiveYearTable(ProjectedView view, BudgetImpactView b) {
        int years = b.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        boolean suppress = view.variant().isPublic() && b.rows().stream()
                .anyMatch(r -> r.cells().stream().anyMatch(c -> ProjectedText.isRemoved(view, c)));
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> header = new ArrayList<>();
        header.add(Cell.header(""));
        for (int y = 1; y <= years; y++) header.add(Cell.header("År " + y));
        rows.add(header);
        List<Float> weights = new ArrayList<>();
        weights.add(2.2f);
        for (int y = 0; y < years; y++) weights.add(1.3f);
        for (BudgetImpactView.BudgetRow r : b.rows()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.of(r.label() == null ? "" : r.label()));
            for (int y = 0; y < years; y++) {
                FigureView f = y < r.cells().size() ? r.cells().get(y) : null;
                cells.add(suppress ? Cell.of(Span.redacted(view.redactionMark()))
                        : Cell.of(ProjectedText.figure(view, f, v -> formats.number(v))));
            }
            rows.add(cells);
        }
        return new Block.Table(weights, 1, rows);
    }

    private static Optional<FigureView> figure(BudgetImpactView b, String id) {
        return b.figures().stream().filter(f -> id.equals(f.id())).findFirst();
    }

    private Block processTable(SubmissionView s) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.of("Sykehusinnkjøp mottatt underlag til forhandlingene fra DMP"), dateCell(s, Norway.BASIS_RECEIVED)));
        rows.add(List.of(Cell.of("Henvendelse til leverandør om prisopplysninger"), dateCell(s, Norway.PRICE_REQUEST)));
        rows.add(List.of(Cell.of("Fullstendige prisopplysninger fra leverandør mottatt hos Sykehusinnkjøp HF"),
                dateCell(s, Norway.PRICES_RECEIVED)));
        rows.add(List.of(Cell.of("Forhandlinger om rammeavtale for gen- og celleterapi fullført"),
                dateCell(s, Norway.AGREEMENT_COMPLETED)));
        rows.add(List.of(Cell.of("Prisnotat ferdigstilt av Sykehusinnkjøp HF"), dateCell(s, Norway.MEMO_COMPLETED)));
        rows.add(List.of(Cell.of("Saksbehandlingstid hos Sykehusinnkjøp HF"),
                Cell.of(new ProcessingTime(process).sentence(s))));
        return new Block.Table(List.of(2.2f, 3f), 0, rows);
    }

    private Cell dateCell(SubmissionView s, String kind) {
        Optional<MilestoneView> m = s.milestone(kind);
        if (m.isEmpty() || m.get().date() == null) return Cell.of("n.a.");
        String text = formats.shortDate(m.get().date());
        return Cell.of(blank(m.get().note()) ? text : text + " (" + m.get().note() + ")");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
