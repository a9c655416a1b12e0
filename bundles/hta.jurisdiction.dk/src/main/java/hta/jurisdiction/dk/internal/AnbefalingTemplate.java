package hta.jurisdiction.dk.internal;

import hta.confidentiality.ProjectedView;
import hta.dossier.view.DecisionView;
import hta.dossier.view.DossierView;
import hta.dossier.view.MilestoneView;
import hta.dossier.PriceKind;
import hta.dossier.view.SubmissionView;
import hta.jurisdiction.Formats;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.Block.Cell;
import hta.jurisdiction.memo.MemoDocument;
import hta.jurisdiction.memo.MemoValues;
import hta.jurisdiction.memo.ProjectedText;
import hta.jurisdiction.memo.Span;
import hta.timeline.ProcessRules;
import hta.timeline.TargetResult;
import hta.timeline.TargetState;
import hta.timeline.TimeTarget;
import hta.timeline.Timelines;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A summary of Medicinrådet's recommendation: the decision in Medicinrådet's words (anbefaler / anbefaler
 * ikke), its conditions, the published wording, the case's dates with the processing time in weeks and days
 * against the 16-week target, and a note on Amgros' confidential price. The headings of Medicinrådet's own
 * recommendation document are unconfirmed; these are ours.
 */
final class AnbefalingTemplate implements MemoTemplate {
    static final String ID = "anbefaling";

    private final Formats formats;
    private final ProcessRules rules;

    AnbefalingTemplate(Formats formats, ProcessRules rules) {
        this.formats = formats;
        this.rules = rules;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Medicinrådets anbefaling (sammenfatning)";
    }

    @Override
    public List<String> missingFields(ProjectedView view, MemoContext context) {
        Optional<SubmissionView> s = view.dossier().submission("dk");
        if (s.isEmpty()) return List.of("submissions[dk]: the dossier has no Danish submission");
        DecisionView d = s.get().decision();
        if (d == null || !List.of("anbefaler", "anbefaler-ikke").contains(d.outcome())) {
            return List.of("submissions[dk].decision.outcome: Medicinrådet's decision (anbefaler / anbefaler-ikke) is missing");
        }
        if (d.date() == null) return List.of("submissions[dk].decision.date: the date of the recommendation is missing");
        return List.of();
    }

    @Override
    public MemoDocument render(ProjectedView view, MemoContext context) {
        DossierView d = view.dossier();
        SubmissionView s = d.submission("dk").orElseThrow(() -> new IllegalArgumentException("no Danish submission"));
        DecisionView decision = s.decision();
        String indication = DanishText.indication(d).orElse("");
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, "Medicinrådets anbefaling vedrørende " + DanishText.productName(d)));
        if (decision.date() != null) blocks.add(Block.Paragraph.of("Dato for anbefaling: " + formats.longDate(decision.date())));

        blocks.add(new Block.Heading(2, "Medicinrådets anbefaling"));
        MemoValues values = new MemoValues(view, formats, Denmark.WORDS);
        // Medicinrådet's own words where the dossier has them; the vocabulary only classifies them
        boolean recorded = decision.publishedWording() != null && !decision.publishedWording().isBlank();
        boolean positive = "anbefaler".equals(decision.outcome());
        String text = recorded ? "\u00BB" + decision.publishedWording() + "\u00AB"
                : "Medicinrådet " + (positive ? "anbefaler " : "anbefaler ikke ") + d.product().brandName() + " til "
                        + indication + ".";
        blocks.add(new Block.Paragraph(values.marked(Span.bold(text), decision.fictional())));
        if (decision.conditions() != null && !decision.conditions().isBlank()
                && !(recorded && decision.publishedWording().contains(decision.conditions().trim()))) {
            blocks.add(Block.Paragraph.of("Betingelser: " + decision.conditions()));
        }
        blocks.addAll(values.paragraphs(s.sections().get("anbefaling")));

        blocks.add(new Block.Heading(2, "Sagsbehandling"));
        List<List<Cell>> rows = new ArrayList<>();
        date(rows, s, "Ansøgning modtaget", Denmark.APPLICATION_RECEIVED);
        date(rows, s, "Ansøgning valideret (sagsbehandlingen starter)", Denmark.APPLICATION_VALIDATED);
        date(rows, s, "Vurderingsrapport sendt i høring", Denmark.ASSESSMENT_SENT);
        date(rows, s, "Amgros' forhandling afsluttet", Denmark.NEGOTIATION_COMPLETED);
        rows.add(List.of(Cell.of("Anbefaling"), Cell.of(decision.date() == null ? Denmark.WORDS.notStated()
                : formats.shortDate(decision.date()))));
        rows.add(List.of(Cell.of("Sagsbehandlingstid"), Cell.of(processingTime(s))));
        blocks.add(new Block.Table(List.of(3f, 2f), 0, rows));

        // an agreed price recorded says Amgros negotiated one; none recorded says nothing either way
        if (d.prices("dk").anyMatch(p -> p.kind() == PriceKind.AGREED_PRICE)) {
            blocks.add(new Block.Heading(2, "Pris"));
            blocks.add(Block.Paragraph.of("Amgros har forhandlet en pris med virksomheden. Den forhandlede pris (SAIP)"
                    + " er fortrolig og fremgår ikke af anbefalingen."));
        }
        String marking = view.variant().isPublic() ? "OFFENTLIG VERSION" : "FORTROLIG";
        return new MemoDocument("Anbefaling: " + DanishText.productName(d), Denmark.LANGUAGE, marking,
                formats::pageNumber, blocks).asOf(decision.date());
    }

    /**
     * From the accepted application to the recommendation, in weeks and days, against the target of the
     * submission's track (16, 14 or 18 weeks); a recorded pause of the clock is left out as the rules say.
     */
    String processingTime(SubmissionView s) {
        Optional<TimeTarget> target = rules.targets().stream()
                .filter(t -> t.endKind().equals(Denmark.RECOMMENDATION) && t.appliesTo(s.pathway())).findFirst();
        Optional<LocalDate> start = s.milestone(Denmark.APPLICATION_VALIDATED).map((MilestoneView m) -> m.date());
        LocalDate end = s.milestone(Denmark.RECOMMENDATION).map((MilestoneView m) -> m.date())
                .orElse(s.decision() == null ? null : s.decision().date());
        if (start.isEmpty() || start.get() == null || end == null) return Denmark.WORDS.notStated();
        if (target.isEmpty()) return DanishText.weeksAndDays(Timelines.days(start.get(), end));
        SubmissionView judged = s;
        if (s.milestone(Denmark.RECOMMENDATION).isEmpty()) {
            // the decision's date stands for the recommendation milestone
            List<MilestoneView> milestones = new ArrayList<>(s.milestones());
            milestones.add(new MilestoneView(Denmark.RECOMMENDATION, end, null));
            judged = s.withMilestones(milestones);
        }
        TargetResult r = Timelines.judge(judged, rules, target.get(), end);
        // whether a pause counts is unconfirmed until an administrator says so: no judgement that depends on it
        if (r.restsOnAssumption()) return DanishText.weeksAndDays(Timelines.days(start.get(), end));
        String text = DanishText.weeksAndDays(r.countedDays()) + " (mål: " + r.limitDays() / 7 + " uger";
        if (r.excludedDays() > 0) text += "; pause på " + DanishText.weeksAndDays(r.excludedDays()) + " fraregnet";
        if (r.state() == TargetState.MISSED) text += "; overskredet med " + DanishText.weeksAndDays(r.daysOver());
        return text + ")";
    }

    private void date(List<List<Cell>> rows, SubmissionView s, String label, String kind) {
        rows.add(List.of(Cell.of(label), Cell.of(s.milestone(kind).map(m -> m.date()).map(formats::shortDate)
                .orElse(Denmark.WORDS.notStated()))));
    }

    @Override
    public String fileName(ProjectedView view) {
        // the two variants get different names, so that one never silently stands in for the other (test kit)
        return view.dossier().product().brandName().replaceAll("[^A-Za-z0-9_-]", "_") + "_anbefaling_"
                + (view.variant().isPublic() ? "offentlig" : "fortrolig") + ".pdf";
    }
}
