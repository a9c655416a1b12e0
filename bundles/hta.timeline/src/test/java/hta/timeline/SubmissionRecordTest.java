package hta.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Milestone;
import hta.dossier.Submission;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A submission read as of a day: later events have not happened, and what is not recorded is not "no". */
class SubmissionRecordTest {
    /** The Norwegian price memo's process, as declared by the Norwegian plugin (seed 001). */
    static final ProcessDefinition NORWAY = new ProcessDefinition(
            List.of("basis", "prices", "agreement", "memo", "beslutningsforum", "delivery"),
            List.of(new PhaseDefinition("waiting", "Waiting for prices", "basis", "prices", true),
                    new PhaseDefinition("negotiating", "Negotiating", "prices", "agreement", false),
                    new PhaseDefinition("writing", "Writing", "agreement", "memo", false),
                    new PhaseDefinition("to-decision", "From the memo to Beslutningsforum", "memo", "beslutningsforum", false)),
            "basis", "memo");
    static final TimeTarget DELIVERY = new TimeTarget("delivery-3m", "Delivery agreement", "beslutningsforum", "delivery", 92);

    /** TLV's clinic-drug process as the Swedish plugin declares it (seeds 000, 003). */
    static final ProcessDefinition SWEDEN = new ProcessDefinition(
            List.of("collaboration", "commissioned", "dossier", "report", "statement"),
            List.of(new PhaseDefinition("awaiting-dossier", "TLV awaiting the company's dossier", "commissioned", "dossier", true),
                    new PhaseDefinition("tlv-assessment", "TLV's assessment", "dossier", "report", false)),
            "collaboration", "statement");
    static final ProcessRules SWEDISH_RULES = ProcessRules.of(SWEDEN)
            .withTargets(new TimeTarget("tlv-180", "TLV 180 days", "dossier", "report", 180))
            .withStatusCategories(Map.of("awaiting", CaseStatus.AWAITING_DOSSIER, "ongoing", CaseStatus.UNDER_ASSESSMENT,
                    "recommended", CaseStatus.DISPATCHED), "commissioned")
            .withPortfolioSpan("dossier", "report")
            .withStatusPhases(Map.of("awaiting", "awaiting-dossier", "ongoing", "tlv-assessment"));

    static Submission hemgenix() {
        Submission s = new Submission();
        s.milestones.add(new Milestone("basis", LocalDate.of(2025, 5, 5), null));
        s.milestones.add(new Milestone("prices", LocalDate.of(2025, 7, 2), null));
        s.milestones.add(new Milestone("agreement", LocalDate.of(2025, 10, 15), null));
        s.milestones.add(new Milestone("memo", LocalDate.of(2025, 10, 22), null));
        s.milestones.add(new Milestone("beslutningsforum", LocalDate.of(2025, 11, 17), null));
        return s;
    }

    @Test
    void theNorwegianMemoOf22October2025KnowsNothingOfNovember() {
        ProcessRules rules = ProcessRules.of(NORWAY).withTargets(DELIVERY);
        LocalDate memo = LocalDate.of(2025, 10, 22);
        TimelineAssessment a = Timelines.assess(hemgenix(), rules, memo);
        SubmissionRecord r = a.record();
        assertEquals(memo, r.asOf());
        assertEquals(MilestoneState.REACHED, r.state("memo"));
        // Beslutningsforum met on 17.11.2025: on 22.10.2025 that had not happened
        assertEquals(MilestoneState.NOT_REACHED, r.state("beslutningsforum"));
        assertTrue(r.date("beslutningsforum").isEmpty());
        assertEquals(List.of("beslutningsforum"), r.later().stream().map(m -> m.kind).toList());
        // so the memo has no "26 days from the memo to Beslutningsforum" and no delivery clock running
        PhaseResult toDecision = a.report().phase("to-decision").orElseThrow();
        assertEquals(null, toDecision.days());
        assertTrue(toDecision.isOpen(), "the decision was still to come on the memo's day");
        assertEquals(TargetState.NOT_STARTED, a.target("delivery-3m").orElseThrow().state());
        // the processing time of the memo itself is complete: 170 days (seed 001)
        assertEquals(170L, a.report().totalDays());
        // read as it stands today, the same record has both
        TimelineAssessment now = Timelines.assess(hemgenix(), rules, LocalDate.of(2025, 12, 1));
        assertEquals(26L, now.report().phase("to-decision").orElseThrow().days());
        assertEquals(14, now.target("delivery-3m").orElseThrow().countedDays());
    }

    @Test
    void zolgensmasDossierArrivedAlthoughItsDateIsNotRecorded() {
        // seed 000: commissioned in March 2019, TLV's assessment delivered end of February 2021; the day the
        // company's dossier arrived is not published
        Submission s = new Submission();
        s.status = "recommended";
        s.milestones.add(new Milestone("collaboration", LocalDate.of(2019, 3, 12), null));
        s.milestones.add(new Milestone("commissioned", LocalDate.of(2019, 3, 31), null));
        s.milestones.add(new Milestone("report", LocalDate.of(2021, 2, 24), null));
        s.milestones.add(new Milestone("statement", LocalDate.of(2021, 9, 6), null));
        TimelineAssessment a = Timelines.assess(s, SWEDISH_RULES, LocalDate.of(2021, 9, 6));
        assertEquals(MilestoneState.PASSED, a.record().state("dossier"));
        PhaseResult awaiting = a.report().phase("awaiting-dossier").orElseThrow();
        assertFalse(awaiting.isOpen(), "not 'awaiting the company's dossier' from 2019 to 2021");
        assertEquals(TargetState.UNKNOWN, a.target("tlv-180").orElseThrow().state());
        // the same without the status: the TLV report alone implies the dossier came in
        s.status = null;
        assertEquals(MilestoneState.PASSED, SubmissionRecord.of(s, SWEDISH_RULES, LocalDate.of(2021, 9, 6)).state("dossier"));
    }

    @Test
    void blincytoWasAssessedThoughNoDateIsRecorded() {
        // seed 003: TLV assessed Blincyto in 2025 (dnr 141/2025); the dossier records the recommendation only
        Submission s = new Submission();
        s.status = "recommended";
        SubmissionRecord r = SubmissionRecord.of(s, SWEDISH_RULES, LocalDate.of(2025, 12, 1));
        assertEquals(MilestoneState.PASSED, r.state("dossier"));
        assertEquals(MilestoneState.PASSED, r.state("report"));
        // with no status at all nothing can be said
        s.status = null;
        assertEquals(MilestoneState.UNKNOWN, SubmissionRecord.of(s, SWEDISH_RULES, LocalDate.of(2025, 12, 1)).state("dossier"));
    }

    @Test
    void aStatusSaysWhatHasNotHappened() {
        Submission s = new Submission();
        s.status = "awaiting";
        s.milestones.add(new Milestone("commissioned", LocalDate.of(2025, 2, 1), null));
        SubmissionRecord r = SubmissionRecord.of(s, SWEDISH_RULES, LocalDate.of(2025, 12, 1));
        assertEquals(MilestoneState.NOT_REACHED, r.state("dossier"));
        assertEquals(MilestoneState.NOT_REACHED, r.state("report"));
        s.status = "ongoing";
        s.milestones.add(new Milestone("dossier", LocalDate.of(2025, 3, 1), null));
        TimelineAssessment a = Timelines.assess(s, SWEDISH_RULES, LocalDate.of(2025, 12, 1));
        assertEquals(TargetState.OVERDUE, a.target("tlv-180").orElseThrow().state());
        assertTrue(a.report().phase("tlv-assessment").orElseThrow().isOpen());
    }

    @Test
    void aStatutoryLimitPastWithoutARecordedEndIsUnknownNotOverdue() {
        // NICE: NHS funding within 90 days of publication; the dossier records the publication only
        ProcessRules nice = ProcessRules.of(new ProcessDefinition(List.of("published", "funded"),
                        List.of(new PhaseDefinition("funding", "Funding", "published", "funded", false)), "published", "published"))
                .withTargets(new TimeTarget("funding-90", "NHS funding", "published", "funded", 90).asStatutory());
        Submission s = new Submission();
        s.milestones.add(new Milestone("published", LocalDate.of(2024, 7, 24), null));
        TargetResult r = Timelines.assess(s, nice, LocalDate.of(2025, 12, 1)).target("funding-90").orElseThrow();
        assertEquals(TargetState.UNKNOWN, r.state());
        assertEquals(LocalDate.of(2024, 10, 22), r.dueDate());
        assertEquals(MilestoneState.UNKNOWN, r.endState());
        // before the limit a deadline still lies ahead, which is true whether or not it was met
        assertEquals(TargetState.AT_RISK, Timelines.assess(s, nice, LocalDate.of(2024, 10, 22)).target("funding-90")
                .orElseThrow().state());
    }

    @Test
    void forecastsAreNeverMadeForWhatTheRecordPlacesBehind() {
        ProcessRules rules = SWEDISH_RULES.withTypicalDurations(new TypicalDuration("commissioned", "dossier", 60),
                new TypicalDuration("dossier", "report", 293));
        Submission s = new Submission();
        s.milestones.add(new Milestone("commissioned", LocalDate.of(2019, 3, 31), null));
        s.milestones.add(new Milestone("report", LocalDate.of(2021, 2, 24), null));
        assertTrue(Timelines.assess(s, rules, LocalDate.of(2021, 9, 6)).forecasts().isEmpty());
        // as of a day before the report, the report is forecast from the commissioning
        TimelineAssessment early = Timelines.assess(s, rules, LocalDate.of(2019, 6, 1));
        assertEquals(LocalDate.of(2019, 3, 31).plusDays(60 + 293), early.forecast("report").orElseThrow().expected());
    }
}
