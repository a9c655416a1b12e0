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
import hta.jurisdiction.MemoText;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.Block.Cell;
import hta.jurisdiction.memo.MemoDocument;
import hta.jurisdiction.memo.MemoValues;
import hta.jurisdiction.memo.ProjectedText;
import hta.jurisdiction.memo.Span;
import hta.timeline.ProcessDefinition;
import hta.timeline.ProcessRules;
import hta.timeline.SubmissionRecord;
import java.time.LocalDate;
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
    private final ProcessRules rules;
    private final ForeignDecisions foreign;
    private final MemoText text;

    PrisnotatTemplate(Formats formats, ProcessRules rules, MemoText text) {
        this.formats = formats;
        this.rules = rules;
        this.process = rules.process();
        this.text = text;
        this.foreign = new ForeignDecisions(formats, text);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return text.get("prisnotat.title");
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
        MemoValues values = new MemoValues(view, formats, Norway.WORDS);
        LocalDate memoDate = s.milestone(Norway.MEMO_COMPLETED).map(MilestoneView::date).orElse(null);
        SubmissionRecord record = SubmissionRecord.of(s.toSubmission(), rules, memoDate);
        List<String> notes = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, text.get("prisnotat.heading")));
        blocks.add(addressing(s));
        blocks.add(new Block.Spacer(8));
        blocks.add(new Block.Heading(1, titleLine(d, s)));

        blocks.add(new Block.Heading(2, text.get("prisnotat.background")));
        blocks.addAll(values.paragraphs(s.sections().get(BAKGRUNN)));
        indication(d).ifPresent(i -> {
            List<Span> spans = new ArrayList<>(List.of(Span.bold(text.get("prisnotat.indication.label")),
                    Span.text(text.format("prisnotat.indication", i))));
            // the approved indication comes from the authorisation: cited where the dossier records its publication
            // (seed 001's footnote to the EMA's assessment report), and only then
            String published = d.product().authorisationPublished();
            if (published != null && !published.isBlank()) {
                notes.add(text.format("prisnotat.authorisation.note", shortName(d), published.strip()));
                spans.add(Span.text(text.format("prisnotat.note-ref", notes.size())));
            }
            blocks.add(new Block.Paragraph(spans));
        });
        s.milestone(Norway.DMP_REPORT).filter(m -> m.date() != null).ifPresent(m -> {
            notes.add(blank(m.note()) ? text.format("prisnotat.dmp-report.note", formats.shortDate(m.date()))
                    : text.format("prisnotat.dmp-report.note.with", formats.shortDate(m.date()), m.note()));
            blocks.add(new Block.Paragraph(List.of(Span.italic(text.format("prisnotat.dmp-report.source", notes.size())))));
        });
        blocks.addAll(new JointAssessment(formats).blocks(d, s, context, notes));

        blocks.add(new Block.Heading(2, text.get("prisnotat.offer")));
        blocks.add(offerSentence(d, s));
        blocks.add(priceTable(values));
        blocks.addAll(values.paragraphs(s.sections().get(PRISTILBUD)));

        blocks.add(new Block.Heading(2, text.get("prisnotat.cost-effectiveness")));
        blocks.addAll(values.paragraphs(s.sections().get(KOSTNADSEFFEKTIVITET)));
        d.economics().figure(Norway.COMPARATOR_ANNUAL_COST).ifPresent(f -> {
            List<Span> spans = new ArrayList<>();
            spans.add(Span.text(text.get("prisnotat.comparator-cost")));
            spans.addAll(values.figure(f));
            spans.add(Span.text("."));
            blocks.add(new Block.Paragraph(spans));
        });

        blocks.addAll(budget(values, s));

        section(blocks, text.get("prisnotat.agreements"), s.sections().get(AVTALEVERK), values);
        section(blocks, text.get("prisnotat.future"), s.sections().get(FREMTIDIG), values);

        List<Block> other = foreign.blocks(d, context, notes, memoDate, values);
        NarrativeView otherText = s.sections().get(ANDRE_LAND);
        if (!other.isEmpty() || otherText != null) {
            blocks.add(new Block.Heading(2, text.format("prisnotat.other-countries", shortName(d))));
            blocks.addAll(other);
            blocks.addAll(values.paragraphs(otherText));
        }
        section(blocks, text.get("prisnotat.summary"), s.sections().get(OPPSUMMERING), values);

        if (!s.signatories().isEmpty()) {
            blocks.add(new Block.Spacer(18));
            blocks.add(new Block.Signatures(s.signatories().stream()
                    .map(p -> new Block.Signatures.Signature(p.name(), p.role())).toList()));
        }
        if (!notes.isEmpty()) blocks.add(new Block.Notes(notes));
        blocks.add(new Block.Heading(2, text.get("prisnotat.process")));
        blocks.add(processTable(s, record));
        String marking = text.get(view.variant() == Variant.PUBLIC ? "marking.public" : "marking.confidential");
        // the memo is as of its date: its chart shows nothing that happened later
        return new MemoDocument(documentTitle(d, s, view.variant()), "nb", marking, formats::pageNumber, blocks)
                .asOf(memoDate);
    }

    @Override
    public String fileName(ProjectedView view) {
        DossierView d = view.dossier();
        String caseRef = d.submission("no").map(s -> s.caseReference()).orElse(d.id());
        String suffix = text.get(view.variant() == Variant.PUBLIC ? "prisnotat.file.public" : "prisnotat.file.confidential");
        return safe(caseRef) + "_" + safe(d.product().brandName()) + "_" + suffix + ".pdf";
    }

    private static void section(List<Block> blocks, String heading, NarrativeView n, MemoValues values) {
        if (n == null) return;
        blocks.add(new Block.Heading(2, heading));
        blocks.addAll(values.paragraphs(n));
    }

    private String safe(String s) {
        return s == null ? text.get("prisnotat.file.unknown") : s.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private String documentTitle(DossierView d, SubmissionView s, Variant variant) {
        return text.format(variant == Variant.PUBLIC ? "prisnotat.document-title.public" : "prisnotat.document-title.confidential",
                s.caseReference(), d.product().brandName());
    }

    private Block addressing(SubmissionView s) {
        List<Block.Addressing.Line> lines = new ArrayList<>();
        lines.add(new Block.Addressing.Line(text.get("prisnotat.to"), s.recipients().stream().map(PrisnotatTemplate::party).toList()));
        if (!s.copyTo().isEmpty()) {
            lines.add(new Block.Addressing.Line(text.get("prisnotat.copy"), s.copyTo().stream().map(PrisnotatTemplate::party).toList()));
        }
        if (s.sender() != null) lines.add(new Block.Addressing.Line(text.get("prisnotat.from"), List.of(party(s.sender()))));
        s.milestone(Norway.MEMO_COMPLETED).map(m -> m.date())
                .ifPresent(date -> lines.add(new Block.Addressing.Line(text.get("prisnotat.date"), List.of(formats.longDate(date)))));
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

    /** The brand the memo calls the medicine by, or "the medicine". */
    private String shortName(DossierView d) {
        return d.product().brandName() == null ? text.get("prisnotat.the-medicine") : d.product().brandName();
    }

    private String titleLine(DossierView d, SubmissionView s) {
        String inn = d.product().innIn("nb");
        String innCap = inn == null || inn.isEmpty() ? "" : Character.toUpperCase(inn.charAt(0)) + inn.substring(1);
        return text.format("prisnotat.title-line", s.caseReference(), innCap, d.product().brandName())
                + indication(d).map(i -> text.format("prisnotat.title-line.indication", i)).orElse("");
    }

    private Block offerSentence(DossierView d, SubmissionView s) {
        String company = d.product().marketingAuthorisationHolder() == null ? text.get("prisnotat.offer.company")
                : d.product().marketingAuthorisationHolder();
        Optional<String> when = s.milestone(Norway.PRICES_RECEIVED).map((MilestoneView m) -> m.date()).map(formats::shortDate);
        return Block.Paragraph.of(when.map(w -> text.format("prisnotat.offer.sentence.received", company, w))
                .orElseGet(() -> text.format("prisnotat.offer.sentence", company)));
    }

    private Block priceTable(MemoValues values) {
        DossierView d = values.view().dossier();
        Optional<PricePointView> max = price(d, PriceKind.MAXIMUM_PHARMACY_PRICE);
        Optional<PricePointView> agreed = price(d, PriceKind.AGREED_PRICE);
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.header(text.get("prisnotat.price.article")), Cell.header(text.get("prisnotat.price.pack")),
                Cell.header(text.get("prisnotat.price.max")), Cell.header(text.get("prisnotat.price.agreed"))));
        PricePointView row = max.orElse(agreed.orElse(null));
        rows.add(List.of(Cell.of(row == null || row.articleNumber() == null ? "" : row.articleNumber()),
                Cell.of(row == null || row.pack() == null ? "" : row.pack()),
                new Cell(values.price(max), false), new Cell(values.price(agreed), false)));
        return new Block.Table(List.of(1.1f, 2.6f, 1.6f, 1.6f), 1, rows);
    }

    private static Optional<PricePointView> price(DossierView d, PriceKind kind) {
        return d.prices("no").filter(p -> p.kind() == kind && p.product() == null).findFirst();
    }

    /** Budsjettkonsekvenser: narrative, the year-1 table at both prices, and DMP's five-year table. */
    private List<Block> budget(MemoValues values, SubmissionView s) {
        ProjectedView view = values.view();
        DossierView d = view.dossier();
        List<Block> blocks = new ArrayList<>();
        Optional<BudgetImpactView> budget = d.budgetImpact("no");
        NarrativeView n = s.sections().get(BUDSJETT);
        if (budget.isEmpty() && n == null) return blocks;
        blocks.add(new Block.Heading(2, text.get("prisnotat.budget")));
        blocks.addAll(values.paragraphs(n));
        if (budget.isEmpty()) return blocks;
        BudgetImpactView b = budget.get();
        Optional<FigureView> atMax = figure(b, Norway.BUDGET_YEAR1_MAX);
        Optional<FigureView> atAgreed = figure(b, Norway.BUDGET_YEAR1_AGREED);
        if (atMax.isPresent() || atAgreed.isPresent()) {
            String agreedLabel = s.milestone(Norway.PRICES_RECEIVED).map(m -> m.date()).map(formats::shortDate)
                    .map(date -> text.format("prisnotat.budget.at-agreed.received", date))
                    .orElseGet(() -> text.get("prisnotat.budget.at-agreed"));
            List<List<Cell>> rows = new ArrayList<>();
            rows.add(List.of(Cell.header(text.get("prisnotat.budget.price")), Cell.header(text.get("prisnotat.budget.year1"))));
            // computed from the same inputs as the five-year table, so the two never disagree
            atMax.ifPresent(f -> rows.add(List.of(Cell.of(text.get("prisnotat.budget.at-max")), new Cell(values.figure(f), false))));
            atAgreed.ifPresent(f -> rows.add(List.of(Cell.of(agreedLabel), new Cell(values.figure(f), false))));
            blocks.add(new Block.Table(List.of(2.5f, 2f), 1, rows));
        }
        if (!b.rows().isEmpty()) {
            blocks.add(Block.Paragraph.of(text.format("prisnotat.budget.five-years", shortName(d))));
            blocks.add(new Block.Paragraph(List.of(Span.italic(text.format("prisnotat.budget.five-years.basis", currency(b))))));
            blocks.add(fiveYearTable(values, b));
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
    private Block fiveYearTable(MemoValues values, BudgetImpactView b) {
        ProjectedView view = values.view();
        int years = b.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        boolean suppress = view.variant().isPublic() && b.rows().stream()
                .anyMatch(r -> r.cells().stream().anyMatch(c -> ProjectedText.isRemoved(view, c)));
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> header = new ArrayList<>();
        header.add(Cell.header(""));
        for (int y = 1; y <= years; y++) header.add(Cell.header(text.format("prisnotat.budget.year", y)));
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
                        : new Cell(values.figure(f, formats::number), false));
            }
            rows.add(cells);
        }
        return new Block.Table(weights, 1, rows);
    }

    private static Optional<FigureView> figure(BudgetImpactView b, String id) {
        return b.figures().stream().filter(f -> id.equals(f.id())).findFirst();
    }

    private Block processTable(SubmissionView s, SubmissionRecord record) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.of(text.get("prisnotat.process.basis")), dateCell(s, record, Norway.BASIS_RECEIVED)));
        rows.add(List.of(Cell.of(text.get("prisnotat.process.price-request")), dateCell(s, record, Norway.PRICE_REQUEST)));
        rows.add(List.of(Cell.of(text.get("prisnotat.process.prices")), dateCell(s, record, Norway.PRICES_RECEIVED)));
        rows.add(List.of(Cell.of(text.get("prisnotat.process.agreement")), dateCell(s, record, Norway.AGREEMENT_COMPLETED)));
        rows.add(List.of(Cell.of(text.get("prisnotat.process.memo")), dateCell(s, record, Norway.MEMO_COMPLETED)));
        rows.add(List.of(Cell.of(text.get("prisnotat.process.time")), Cell.of(new ProcessingTime(process, text).sentence(s))));
        return new Block.Table(List.of(2.2f, 3f), 0, rows);
    }

    /**
     * A date of the process table as of the memo's date. The published memo writes "n.a." where no price request
     * was sent because the company's prices came without one (seed 001); any other date the dossier does not record
     * is "ikke oppgitt", never a date or a "no".
     */
    private Cell dateCell(SubmissionView s, SubmissionRecord record, String kind) {
        Optional<MilestoneView> m = s.milestone(kind).filter(x -> record.date(kind).isPresent());
        if (m.isEmpty()) {
            boolean notApplicable = kind.equals(Norway.PRICE_REQUEST) && record.date(Norway.PRICES_RECEIVED).isPresent();
            return Cell.of(notApplicable ? text.get("prisnotat.process.not-applicable") : Norway.WORDS.notStated());
        }
        String date = formats.shortDate(m.get().date());
        return Cell.of(blank(m.get().note()) ? date : date + " (" + m.get().note() + ")");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
