package hta.jurisdiction.se.internal;

import hta.confidentiality.ProjectedView;
import hta.dossier.view.AgreementView;
import hta.dossier.view.DossierView;
import hta.dossier.PriceKind;
import hta.dossier.view.PricePointView;
import hta.dossier.view.SubmissionView;
import hta.jurisdiction.Formats;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.StatusTerm;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.Block.Cell;
import hta.jurisdiction.memo.MemoDocument;
import hta.jurisdiction.memo.MemoValues;
import hta.jurisdiction.memo.ProjectedText;
import hta.jurisdiction.memo.Span;
import hta.timeline.MilestoneState;
import hta.timeline.ProcessRules;
import hta.timeline.SubmissionRecord;
import hta.timeline.TargetResult;
import hta.timeline.TargetState;
import hta.timeline.TimeTarget;
import hta.timeline.Timelines;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A TLV-style status summary of one clinic-drug case: the case's status in TLV's vocabulary (seed 003,
 * Tabell 1), its dates, TLV's processing time against the 180-day benchmark, the public prices (AIP/AUP)
 * and which commercial terms are secret. Negotiated rebates and side agreements never appear in the public
 * variant. The layout is ours; TLV publishes no such per-case sheet.
 */
final class TlvStatusTemplate implements MemoTemplate {
    static final String ID = "tlv-status";

    private final Formats formats;
    private final ProcessRules rules;
    private final List<StatusTerm> statuses;

    TlvStatusTemplate(Formats formats, ProcessRules rules, List<StatusTerm> statuses) {
        this.formats = formats;
        this.rules = rules;
        this.statuses = statuses;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Status för hälsoekonomisk bedömning";
    }

    @Override
    public List<String> missingFields(ProjectedView view, MemoContext context) {
        Optional<SubmissionView> s = view.dossier().submission("se");
        if (s.isEmpty()) return List.of("submissions[se]: the dossier has no Swedish submission");
        List<String> missing = new ArrayList<>();
        if (s.get().status() == null) missing.add("submissions[se].status: the case status is missing");
        if (s.get().caseReference() != null) {
            Sweden.validate(s.get().caseReference()).ifPresent(m -> missing.add("submissions[se].caseReference: " + m));
        }
        return missing;
    }

    @Override
    public MemoDocument render(ProjectedView view, MemoContext context) {
        DossierView d = view.dossier();
        SubmissionView s = d.submission("se").orElseThrow(() -> new IllegalArgumentException("no Swedish submission"));
        MemoValues values = new MemoValues(view, formats, Sweden.WORDS);
        // the sheet states the case as the dossier records it now; what it does not record is "uppgift saknas"
        SubmissionRecord record = SubmissionRecord.of(s.toSubmission(), rules, null);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, "Hälsoekonomisk bedömning av klinikläkemedel \u2013 status"));
        blocks.add(new Block.Heading(2, SwedishText.productName(d)));
        List<List<Cell>> rows = new ArrayList<>();
        String notStated = Sweden.WORDS.notStated();
        row(rows, "Indikation", SwedishText.indication(d).orElse(notStated));
        row(rows, "Diarienummer", s.caseReference() == null ? notStated : s.caseReference());
        // the status is the one the dossier records, as of the last event it records: the sheet says which day
        LocalDate asOf = lastRecorded(s);
        row(rows, asOf == null ? "Status (datum " + notStated + ")" : "Status per " + formats.shortDate(asOf), status(s.status()));
        date(rows, record, "Nationell samverkan beslutad", Sweden.NATIONAL_COLLABORATION, null);
        // NT-rådet's commissions are published by month ("i mars 2019", seed 000), as the statement prints them: a
        // day the sources do not give is not printed as if they did
        row(rows, "Uppdrag till TLV", record.date(Sweden.TLV_COMMISSIONED).map(SwedishText::month)
                .orElse(Sweden.WORDS.notStated()));
        date(rows, record, "Underlag från företaget inkom", Sweden.DOSSIER_RECEIVED, "Underlaget har inte inkommit");
        date(rows, record, "Bedömning expedierad", Sweden.TLV_REPORT, "Bedömningen är inte expedierad");
        row(rows, "Handläggningstid hos TLV", processingTime(s, record));
        blocks.add(new Block.Table(List.of(2f, 3f), 0, rows));

        List<PricePointView> prices = d.prices("se").filter(p -> p.product() == null).toList();
        if (!prices.isEmpty()) {
            blocks.add(new Block.Heading(2, "Priser"));
            List<List<Cell>> priceRows = new ArrayList<>();
            priceRows.add(List.of(Cell.header("Pris"), Cell.header("Belopp")));
            for (PricePointView p : prices) {
                priceRows.add(List.of(Cell.of(priceLabel(p.kind())), new Cell(values.price(Optional.of(p)), false)));
            }
            blocks.add(new Block.Table(List.of(2f, 3f), 1, priceRows));
        }
        List<AgreementView> agreements = s.agreements();
        if (!agreements.isEmpty()) {
            blocks.add(new Block.Heading(2, "Avtal"));
            for (AgreementView a : agreements) {
                boolean secret = ProjectedText.isSecret(a.classification());
                if (secret && view.variant().isPublic()) {
                    // the agreement exists, which is public; its terms are not
                    blocks.add(new Block.Paragraph(List.of(Span.text(agreementLabel(a.kind()) + ": "),
                            Span.redacted(view.redactionMark()))));
                } else {
                    blocks.add(Block.Paragraph.of(agreementLabel(a.kind()) + ": " + (a.description() == null ? "" : a.description())));
                }
            }
            blocks.add(Block.Paragraph.of("Återbäring enligt nationellt förhandlade avtal och sidoöverenskommelser"
                    + " omfattas av sekretess (OSL 10 kap. 3 §) och redovisas inte i den offentliga versionen."));
        }
        String marking = view.variant().isPublic() ? "OFFENTLIG VERSION" : "SEKRETESSBELAGD";
        MemoDocument sheet = new MemoDocument("Status: " + SwedishText.productName(d), Sweden.LANGUAGE, marking,
                formats::pageNumber, blocks);
        return asOf == null ? sheet : sheet.asOf(asOf);
    }

    /** The day of the last event the submission records (a milestone or the decision); null when none is dated. */
    static LocalDate lastRecorded(SubmissionView s) {
        LocalDate last = s.decision() == null ? null : s.decision().date();
        for (var m : s.milestones()) {
            if (m.date() != null && (last == null || m.date().isAfter(last))) last = m.date();
        }
        return last;
    }

    private String status(String code) {
        if (code == null) return Sweden.WORDS.notStated();
        return statuses.stream().filter(t -> t.code().equals(code)).map(StatusTerm::wording).findFirst().orElse(code);
    }

    /**
     * Days from the company's dossier to the expedited assessment, against TLV's 180-day benchmark. Judged on the
     * record as it stands (its latest milestone): a closed span does not depend on the day, an open one is written
     * with its due date only, so the sheet does not change with the day it is exported. "Not received" and "ongoing"
     * only where the record says so (the status); otherwise the country's "uppgift saknas".
     */
    String processingTime(SubmissionView s, SubmissionRecord record) {
        TimeTarget target = rules.target(Sweden.TLV_180).orElseThrow();
        LocalDate start = record.date(target.startKind()).orElse(null);
        if (start == null) {
            return record.state(target.startKind()) == MilestoneState.NOT_REACHED ? "Underlaget har inte inkommit"
                    : Sweden.WORDS.notStated();
        }
        TargetResult r = Timelines.judge(record, rules, target);
        if (r.end() == null) {
            if (r.endState() != MilestoneState.NOT_REACHED) return Sweden.WORDS.notStated();
            return "Pågår sedan " + formats.shortDate(start) + " (riktmärke " + r.limitDays() + " dagar, senast "
                    + formats.shortDate(r.dueDate()) + ")";
        }
        return r.countedDays() + " dagar (riktmärke " + r.limitDays() + " dagar"
                + (r.state() == TargetState.MISSED ? ", överskridet med " + r.daysOver() + " dagar" : "") + ")";
    }

    private void row(List<List<Cell>> rows, String label, String value) {
        rows.add(List.of(Cell.header(label), Cell.of(value)));
    }

    /** A date as recorded; "not yet" ({@code notYet}) only where the record says it has not happened. */
    private void date(List<List<Cell>> rows, SubmissionRecord record, String label, String kind, String notYet) {
        String text = record.date(kind).map(formats::shortDate).orElseGet(() ->
                notYet != null && record.state(kind) == MilestoneState.NOT_REACHED ? notYet : Sweden.WORDS.notStated());
        row(rows, label, text);
    }

    private static String priceLabel(PriceKind kind) {
        switch (kind) {
            case PHARMACY_PURCHASE_PRICE: return "AIP (SEK)";
            case LIST_PRICE: return "Listpris (SEK)";
            case MAXIMUM_PHARMACY_PRICE: return "AUP (SEK)";
            case AGREED_PRICE: return "Nettopris efter återbäring";
            case REBATE: return "Återbäring";
            default: return "Rabatt";
        }
    }

    private static String agreementLabel(String kind) {
        if (kind == null) return "Avtal";
        switch (kind) {
            case "REBATE_AGREEMENT": return "Återbäringsavtal";
            case "SIDE_AGREEMENT": return "Sidoöverenskommelse";
            default: return "Avtal";
        }
    }

    @Override
    public String fileName(ProjectedView view) {
        DossierView d = view.dossier();
        return d.product().brandName().replaceAll("[^A-Za-z0-9_-]", "_") + "_tlv_status"
                + (view.variant().isPublic() ? "" : "_sekretess") + ".pdf";
    }
}
