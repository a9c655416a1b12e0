package hta.jurisdiction.se.internal;

import hta.confidentiality.ProjectedView;
import hta.dossier.view.DecisionView;
import hta.dossier.view.DossierView;
import hta.dossier.view.SubmissionView;
import hta.jurisdiction.Formats;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.MemoDocument;
import hta.jurisdiction.memo.MemoValues;
import hta.jurisdiction.memo.Span;
import hta.timeline.MilestoneState;
import hta.timeline.SubmissionRecord;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * NT-rådet's statement and recommendation to the regions (yttrande), section by section as the published one
 * on Zolgensma (seed 000): title (drug and indication), "NT-rådets yttrande till regionerna" with the date,
 * status line, Om läkemedlet, Motivering (with the case history generated from the milestones), the
 * recommendation, Tidpunkter för revision av yttrandet and Mer information. Page numbers "8 (22)". The wording
 * it generates is its own.
 */
final class YttrandeTemplate implements MemoTemplate {
    static final String ID = "yttrande";
    static final String OM_LAKEMEDLET = "om-lakemedlet";
    static final String MOTIVERING = "motivering";
    static final String REKOMMENDATION = "rekommendation";
    static final String MER_INFORMATION = "mer-information";
    /** NT-rådet's questions and answers on health economics, as the published statement links it (seed 000). */
    static final String FAQ = "http://www.janusinfo.se/Nationellt-inforande-av-nya-lakemedel/"
            + "Nationellt-inforande-av-nya-lakemedel/Fragor-och-svar-om-NT-radet-och-halsoekonomi/";
    private static final DateTimeFormatter TLV_FILE = DateTimeFormatter.ofPattern("yyMMdd");

    private final Formats formats;

    YttrandeTemplate(Formats formats) {
        this.formats = formats;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "NT-rådets yttrande till regionerna";
    }

    @Override
    public List<String> missingFields(ProjectedView view, MemoContext context) {
        Optional<SubmissionView> s = view.dossier().submission("se");
        if (s.isEmpty()) return List.of("submissions[se]: the dossier has no Swedish submission");
        List<String> missing = new ArrayList<>();
        DecisionView d = s.get().decision();
        if (d == null || d.outcome() == null) {
            missing.add("submissions[se].decision.outcome: NT-rådet's recommendation (bör, kan, bör inte, avvakta, avstå) is missing");
        } else if (!List.of("bor", "kan", "bor-inte", "avvakta", "avsta").contains(d.outcome())) {
            missing.add("submissions[se].decision.outcome: '" + d.outcome() + "' is not one of NT-rådet's recommendations");
        }
        if (statementDate(s.get()).isEmpty()) {
            missing.add("submissions[se].milestones[" + Sweden.STATEMENT + "]: the date of the statement is missing");
        }
        if (SwedishText.indication(view.dossier()).isEmpty()) missing.add("indications: the indication is missing");
        return missing;
    }

    static Optional<LocalDate> statementDate(SubmissionView s) {
        Optional<LocalDate> m = SwedishText.date(s, Sweden.STATEMENT);
        return m.isPresent() ? m : Optional.ofNullable(s.decision() == null ? null : s.decision().date());
    }

    @Override
    public MemoDocument render(ProjectedView view, MemoContext context) {
        DossierView d = view.dossier();
        SubmissionView s = d.submission("se").orElseThrow(() -> new IllegalArgumentException("no Swedish submission"));
        String outcome = s.decision() == null ? null : s.decision().outcome();
        String indication = SwedishText.indication(d).orElse("");
        MemoValues values = new MemoValues(view, formats, Sweden.WORDS);
        LocalDate asOf = statementDate(s).orElse(null);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, SwedishText.productName(d)));
        blocks.add(new Block.Paragraph(List.of(Span.bold("vid " + indication))));
        statementDate(s).ifPresent(date -> blocks.add(Block.Paragraph.of("NT-rådets yttrande till regionerna "
                + formats.shortDate(date))));
        blocks.add(new Block.Paragraph(List.of(Span.italic(statusLine(outcome)))));

        blocks.add(new Block.Heading(2, "Om läkemedlet"));
        if (s.sections().containsKey(OM_LAKEMEDLET)) {
            blocks.addAll(values.paragraphs(s.sections().get(OM_LAKEMEDLET)));
        } else {
            blocks.add(Block.Paragraph.of(aboutTheMedicine(d, indication)));
        }

        blocks.add(new Block.Heading(2, "Motivering"));
        history(d, s, asOf).forEach(p -> blocks.add(Block.Paragraph.of(p)));
        blocks.addAll(values.paragraphs(s.sections().get(MOTIVERING)));

        blocks.add(new Block.Heading(2, "NT-rådets rekommendation till regionerna är:"));
        blocks.addAll(recommendationBlocks(s.decision(), d.product().brandName(), indication, values));
        blocks.addAll(values.paragraphs(s.sections().get(REKOMMENDATION)));

        blocks.add(new Block.Heading(2, "Tidpunkter för revision av yttrandet"));
        revision(s, outcome).forEach(p -> blocks.add(Block.Paragraph.of(p)));

        blocks.add(new Block.Heading(2, "Mer information"));
        if (s.sections().containsKey(MER_INFORMATION)) {
            blocks.addAll(values.paragraphs(s.sections().get(MER_INFORMATION)));
        } else {
            blocks.addAll(moreInformation(d, s));
        }
        String marking = view.variant().isPublic() ? "OFFENTLIG VERSION" : "SEKRETESSBELAGD";
        return new MemoDocument("NT-rådets yttrande: " + SwedishText.productName(d), Sweden.LANGUAGE, marking,
                formats::pageNumber, blocks).asOf(asOf);
    }

    /** The line under the date; an avvakta statement is a recommendation pending the ongoing assessment. */
    static String statusLine(String outcome) {
        return "avvakta".equals(outcome) ? "Rekommendation i väntan på pågående utredning" : "Rekommendation";
    }

    private String aboutTheMedicine(DossierView d, String indication) {
        StringBuilder sb = new StringBuilder(SwedishText.productName(d)).append(" används för behandling av ")
                .append(indication).append('.');
        if ("GENE_THERAPY".equals(d.product().therapyKind())) sb.append(" Läkemedlet är en genterapi.");
        if (d.product().authorisationDate() != null) {
            boolean conditional = "CONDITIONAL".equals(d.product().authorisationType());
            sb.append(" Europeiska läkemedelsmyndigheten (EMA) godkände läkemedlet ")
                    .append(conditional ? "villkorat " : "").append("i ")
                    .append(SwedishText.month(d.product().authorisationDate())).append('.');
        }
        return sb.toString();
    }

    /**
     * NT-rådet's recommendation as the dossier records it: the published wording verbatim (the vocabulary only
     * classifies it, it does not rewrite it), then conditions not already in it; a wording generated from the
     * outcome only when none was recorded.
     */
    static List<Block> recommendationBlocks(DecisionView decision, String brand, String indication, MemoValues values) {
        List<Block> blocks = new ArrayList<>();
        String wording = decision == null ? null : decision.publishedWording();
        boolean recorded = wording != null && !wording.isBlank();
        String text = recorded ? wording : recommendation(decision == null ? null : decision.outcome(), brand, indication);
        blocks.add(new Block.Paragraph(values.marked(Span.bold("\u2013 " + text), decision != null && decision.fictional())));
        String conditions = decision == null ? null : decision.conditions();
        if (conditions != null && !conditions.isBlank() && !(recorded && wording.contains(conditions.trim()))) {
            blocks.add(Block.Paragraph.of(conditions));
        }
        return blocks;
    }

    /** The case history from the milestones reached by the statement's date, oldest first. */
    private List<String> history(DossierView d, SubmissionView s, LocalDate asOf) {
        SubmissionRecord record = SubmissionRecord.of(s.toSubmission(), Sweden.RULES, asOf);
        String brand = d.product().brandName();
        List<String> result = new ArrayList<>();
        record.date(Sweden.NATIONAL_COLLABORATION).ifPresent(date -> result.add("Den " + formats.shortDate(date)
                + " beslutade NT-rådet att " + brand + " ska ingå i nationell samverkan. Rådet lämnar därför en"
                + " rekommendation till regionerna om hur läkemedlet ska användas."));
        record.date(Sweden.TLV_COMMISSIONED).ifPresent(date -> result.add("För att kunna pröva behandlingens"
                + " värde mot den etiska plattformen behöver NT-rådet ett hälsoekonomiskt underlag och gav därför TLV"
                + " i " + SwedishText.month(date) + " i uppdrag att bedöma " + brand + " inom klinikläkemedelsuppdraget."));
        record.date(Sweden.TLV_REPORT).ifPresent(date -> result.add("TLV lämnade sin hälsoekonomiska"
                + " bedömning den " + formats.shortDate(date) + "."));
        Optional<LocalDate> agreement = record.date(Sweden.AGREEMENT_SIGNED);
        if (agreement.isPresent()) {
            result.add("Ett nationellt avtal med företaget tecknades den " + formats.shortDate(agreement.get()) + ".");
        } else if (record.date(Sweden.NEGOTIATION_STARTED).isPresent()
                && record.state(Sweden.AGREEMENT_SIGNED) == MilestoneState.NOT_REACHED) {
            // ongoing only where the record says the agreement had not been signed on the statement's day
            result.add("Regionerna förhandlar gemensamt med företaget om ett nationellt avtal; förhandlingen pågår.");
        }
        return result;
    }

    static String recommendation(String outcome, String brand, String indication) {
        if (outcome == null) return "rekommendation saknas";
        switch (outcome) {
            case "bor":
                return "att använda " + brand + " vid " + indication;
            case "kan":
                return "att " + brand + " kan användas vid " + indication;
            case "bor-inte":
                return "att inte använda " + brand + " vid " + indication;
            case "avvakta":
                return "att avvakta med behandling med " + brand + " tills NT-rådet har vägt behandlingens värde"
                        + " mot den etiska plattformen för prioriteringar";
            case "avsta":
                return "att avstå från användning av " + brand + " vid " + indication;
            default:
                return outcome;
        }
    }

    private List<String> revision(SubmissionView s, String outcome) {
        List<String> result = new ArrayList<>();
        SwedishText.date(s, Sweden.PREVIOUS_STATEMENT).ifPresent(date -> result.add("Yttrandet ersätter NT-rådets"
                + " tidigare yttrande, publicerat " + formats.shortDate(date) + "."));
        Optional<LocalDate> revision = SwedishText.date(s, Sweden.REVISION);
        if (revision.isPresent()) {
            result.add("Rekommendationen omprövas senast " + formats.shortDate(revision.get()) + ".");
        } else if ("avvakta".equals(outcome)) {
            result.add("Yttrandet gäller tills NT-rådet har lämnat en ny rekommendation.");
        } else {
            // NT-rådet re-reviews a recommendation no later than two years after issuing it (JURISDICTIONS.md §1)
            statementDate(s).ifPresent(date -> result.add("Rekommendationen omprövas senast "
                    + formats.shortDate(date.plusYears(2)) + "."));
        }
        return result;
    }

    private List<Block> moreInformation(DossierView d, SubmissionView s) {
        List<Block> result = new ArrayList<>();
        result.add(Block.Paragraph.of("Frågor och svar om NT-rådet och hälsoekonomi " + FAQ));
        s.milestone(Sweden.TLV_REPORT).filter(m -> m.date() != null).ifPresent(m -> result.add(Block.Paragraph.of(
                "TLV:s hälsoekonomiska bedömning av " + d.product().brandName() + " (bed" + TLV_FILE.format(m.date()) + "_"
                        + d.product().brandName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + ".pdf"
                        + (s.caseReference() == null ? "" : ", dnr " + s.caseReference()) + ")"
                        + (m.source() == null || m.source().isBlank() ? "" : " " + m.source()))));
        return result;
    }

    @Override
    public String fileName(ProjectedView view) {
        DossierView d = view.dossier();
        String date = d.submission("se").flatMap(YttrandeTemplate::statementDate).map(LocalDate::toString).orElse("utkast");
        return d.product().brandName().replaceAll("[^A-Za-z0-9_-]", "_") + "_yttrande_" + date
                + (view.variant().isPublic() ? "" : "_sekretess") + ".pdf";
    }
}
