package hta.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Milestone;
import hta.dossier.Submission;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetsTest {
    /** A TLV-like clinic-drug process: request, dossier received, (clock-stop for supplement), dispatch. */
    static final ProcessDefinition TLV = new ProcessDefinition(
            List.of("requested", "dossier", "supplement-asked", "supplement-received", "dispatched", "negotiation-start",
                    "negotiation-end"),
            List.of(new PhaseDefinition("waiting-for-supplement", "Waiting for the company's supplement",
                            "supplement-asked", "supplement-received", true),
                    new PhaseDefinition("assessment", "Assessment", "dossier", "dispatched", false),
                    new PhaseDefinition("negotiation", "Negotiation", "negotiation-start", "negotiation-end", false)),
            "dossier", "dispatched");
    static final TimeTarget TLV_180 = new TimeTarget("tlv-180", "TLV assessment", "dossier", "dispatched", 180);
    static final LocalDate D0 = LocalDate.of(2024, 1, 10);

    static Submission submission(Object... kindsAndDates) {
        Submission s = new Submission();
        for (int i = 0; i < kindsAndDates.length; i += 2) {
            s.milestones.add(new Milestone((String) kindsAndDates[i], (LocalDate) kindsAndDates[i + 1], null));
        }
        return s;
    }

    /** The statuses of the test process: the phase a case with each status is in. */
    static final java.util.Map<String, String> STATUS_PHASES = java.util.Map.of(
            "assessing", "assessment", "negotiating", "negotiation", "waiting", "waiting-for-supplement");

    static TargetResult judge(TimeTarget t, Submission s, LocalDate today) {
        return Timelines.judge(s, ProcessRules.of(TLV).withTargets(t).withStatusPhases(STATUS_PHASES), t, today);
    }

    /** A submission whose status says the case is in the phase of {@code status}. */
    static Submission with(String status, Submission s) {
        s.status = status;
        return s;
    }

    @Test
    void openTargetAtBoundaries() {
        Submission s = with("assessing", submission("dossier", D0));
        assertEquals(TargetState.ON_TRACK, judge(TLV_180, s, D0.plusDays(143)).state());
        // 80 % of 180 is 144: at risk from that day
        assertEquals(TargetState.AT_RISK, judge(TLV_180, s, D0.plusDays(144)).state());
        assertEquals(TargetState.AT_RISK, judge(TLV_180, s, D0.plusDays(179)).state());
        // the 180th day is the last one allowed
        TargetResult onDeadline = judge(TLV_180, s, D0.plusDays(180));
        assertEquals(TargetState.AT_RISK, onDeadline.state());
        assertEquals(0, onDeadline.marginDays());
        assertEquals(D0.plusDays(180), onDeadline.dueDate());
        TargetResult after = judge(TLV_180, s, D0.plusDays(181));
        assertEquals(TargetState.OVERDUE, after.state());
        assertEquals(1, after.daysOver());
    }

    @Test
    void closedTargetAtBoundaries() {
        LocalDate later = D0.plusDays(400);
        assertEquals(TargetState.MET, judge(TLV_180, submission("dossier", D0, "dispatched", D0.plusDays(179)), later).state());
        assertEquals(TargetState.MET, judge(TLV_180, submission("dossier", D0, "dispatched", D0.plusDays(180)), later).state());
        TargetResult missed = judge(TLV_180, submission("dossier", D0, "dispatched", D0.plusDays(181)), later);
        assertEquals(TargetState.MISSED, missed.state());
        assertEquals(1, missed.daysOver());
        // a closed target does not depend on the judging day once it is closed
        assertEquals(TargetState.MET, judge(TLV_180, submission("dossier", D0, "dispatched", D0.plusDays(10)),
                D0.plusDays(5000)).state());
        // judged before its end, the end has not happened yet: the target is open on that day
        TargetResult before = judge(TLV_180, submission("dossier", D0, "dispatched", D0.plusDays(181)), D0.plusDays(100));
        assertEquals(TargetState.ON_TRACK, before.state());
        assertNull(before.end());
        assertEquals(MilestoneState.NOT_REACHED, before.endState());
    }

    @Test
    void atRiskShareIsConfigurable() {
        Submission s = submission("dossier", D0);
        ProcessRules half = ProcessRules.of(TLV).withTargets(TLV_180).withAtRiskShare(0.5);
        assertEquals(TargetState.ON_TRACK, Timelines.judge(s, half, TLV_180, D0.plusDays(89)).state());
        assertEquals(TargetState.AT_RISK, Timelines.judge(s, half, TLV_180, D0.plusDays(90)).state());
        assertThrows(IllegalArgumentException.class, () -> half.withAtRiskShare(1.5));
    }

    @Test
    void notStartedOnlyWhenTheRecordSaysSo() {
        // the dossier records the request only: whether the company's dossier came in is not known
        TargetResult unknown = judge(TLV_180, submission("requested", D0), D0.plusDays(400));
        assertEquals(TargetState.UNKNOWN, unknown.state());
        assertNull(unknown.dueDate());
        // the status says the case waits for the company: the clock has not started
        ProcessRules rules = ProcessRules.of(TLV).withTargets(TLV_180)
                .withStatusCategories(java.util.Map.of("awaiting", CaseStatus.AWAITING_DOSSIER), "requested");
        Submission awaiting = with("awaiting", submission("requested", D0));
        TargetResult r = Timelines.judge(awaiting, rules, TLV_180, D0.plusDays(400));
        assertEquals(TargetState.NOT_STARTED, r.state());
        assertNull(r.dueDate());
    }

    @Test
    void excludedClockStopDoesNotCount() {
        TimeTarget stopping = TLV_180.excluding("waiting-for-supplement");
        Submission s = submission("dossier", D0, "supplement-asked", D0.plusDays(50),
                "supplement-received", D0.plusDays(80), "dispatched", D0.plusDays(200));
        TargetResult r = judge(stopping, s, D0.plusDays(200));
        assertEquals(30, r.excludedDays());
        assertEquals(170, r.countedDays());
        assertEquals(TargetState.MET, r.state());
        assertEquals(D0.plusDays(210), r.dueDate());
        // the same submission misses a target that counts the stop
        assertEquals(TargetState.MISSED, judge(TLV_180, s, D0.plusDays(200)).state());
    }

    @Test
    void openClockStopCountsUpToTheJudgingDay() {
        TimeTarget stopping = TLV_180.excluding("waiting-for-supplement");
        Submission s = with("waiting", submission("dossier", D0, "supplement-asked", D0.plusDays(150)));
        TargetResult r = judge(stopping, s, D0.plusDays(200));
        assertEquals(50, r.excludedDays());
        assertEquals(150, r.countedDays());
        assertEquals(TargetState.AT_RISK, r.state());
    }

    @Test
    void targetsApplyOnlyToTheirPathway() {
        // Medicinrådet: 14, 16 or 18 weeks depending on the track (JURISDICTIONS.md §3)
        ProcessRules dk = ProcessRules.of(TLV).withTargets(
                new TimeTarget("dk-14w", "14 weeks", "dossier", "dispatched", 14 * 7).forPathway("fast"),
                new TimeTarget("dk-16w", "16 weeks", "dossier", "dispatched", 16 * 7).forPathway("standard"),
                new TimeTarget("dk-18w", "18 weeks", "dossier", "dispatched", 18 * 7).forPathway("complex"));
        Submission s = submission("dossier", D0, "dispatched", D0.plusDays(120));
        s.pathway = "Standard";
        TimelineAssessment a = Timelines.assess(s, dk, D0.plusDays(120));
        assertEquals(List.of("dk-16w"), a.targets().stream().map(t -> t.target().id()).toList());
        assertEquals(TargetState.MISSED, a.targets().get(0).state());
        assertEquals(8, a.targets().get(0).daysOver());
    }

    @Test
    void nhsFundingWithin90DaysOfPublication() {
        ProcessRules nice = ProcessRules.of(new ProcessDefinition(List.of("published", "funded"), List.of(),
                "published", "funded")).withTargets(new TimeTarget("nice-funding-90", "NHS funding", "published",
                "funded", 90));
        Submission s = submission("published", LocalDate.of(2024, 7, 24));
        TargetResult r = Timelines.assess(s, nice, LocalDate.of(2024, 10, 22)).target("nice-funding-90").orElseThrow();
        assertEquals(90, r.countedDays());
        assertEquals(TargetState.AT_RISK, r.state());
        assertEquals(LocalDate.of(2024, 10, 22), r.dueDate());
    }

    @Test
    void forecastsChainTypicalDurations() {
        // NICE offsets from the invitation to participate: submission +2 months, committee +7 (JURISDICTIONS.md §4)
        ProcessRules nice = ProcessRules.of(new ProcessDefinition(List.of("itp", "submission", "committee", "guidance"),
                        List.of(), "itp", "guidance"))
                .withTypicalDurations(new TypicalDuration("itp", "submission", 61),
                        new TypicalDuration("submission", "committee", 152),
                        new TypicalDuration("committee", "guidance", 76));
        LocalDate itp = LocalDate.of(2025, 1, 6);
        Submission s = submission("itp", itp, "submission", LocalDate.of(2025, 3, 20));
        TimelineAssessment a = Timelines.assess(s, nice, LocalDate.of(2025, 4, 1));
        assertFalse(a.forecast("submission").isPresent(), "a reached milestone is not forecast");
        Forecast committee = a.forecast("committee").orElseThrow();
        assertEquals(LocalDate.of(2025, 3, 20).plusDays(152), committee.expected());
        assertEquals("submission", committee.fromKind());
        assertEquals(committee.expected().plusDays(76), a.forecast("guidance").orElseThrow().expected());
        assertFalse(committee.late());
        assertTrue(Timelines.assess(s, nice, LocalDate.of(2026, 1, 1)).forecast("committee").orElseThrow().late());
    }

    @Test
    void weeksAndDaysAsDanishReportsWriteThem() {
        assertEquals(new WeeksAndDays(20, 2), Timelines.weeksAndDays(142));
        assertEquals(new WeeksAndDays(16, 0), Timelines.weeksAndDays(112));
        assertEquals(new WeeksAndDays(0, 6), Timelines.weeksAndDays(6));
        for (long d = 0; d < 1000; d++) {
            WeeksAndDays w = Timelines.weeksAndDays(d);
            assertEquals(d, w.totalDays());
            assertTrue(w.days() >= 0 && w.days() < 7);
        }
    }

    @Test
    void pathwayListsAndExclusions() {
        TimeTarget standard = TLV_180.forPathway("!Fast track, Complex");
        TimeTarget special = TLV_180.forPathway("Fast track,complex");
        assertTrue(standard.appliesTo(null));
        assertTrue(standard.appliesTo("Standard"));
        assertFalse(standard.appliesTo(" fast TRACK "));
        assertFalse(standard.appliesTo("complex"));
        assertFalse(special.appliesTo(null));
        assertTrue(special.appliesTo("Complex"));
        assertTrue(TLV_180.appliesTo("anything"));
    }

    @Test
    void agreedExtensionMovesTheLimitButNeverShortensIt() {
        TimeTarget longStop = new TimeTarget("long-stop", "Negotiation long-stop", "negotiation-start",
                "negotiation-end", 150).extendableBy("supplement-asked");
        LocalDate start = D0;
        // no extension recorded: overdue on day 151
        Submission s = with("negotiating", submission("negotiation-start", start));
        TargetResult plain = judge(longStop, s, start.plusDays(151));
        assertEquals(TargetState.OVERDUE, plain.state());
        assertFalse(plain.extended());
        // the parties agreed to go on 30 days longer
        s.milestones.add(new hta.dossier.Milestone("supplement-asked", start.plusDays(180), null));
        TargetResult extended = judge(longStop, s, start.plusDays(151));
        assertTrue(extended.extended());
        assertEquals(180, extended.limitDays());
        assertEquals(start.plusDays(180), extended.dueDate());
        assertEquals(TargetState.AT_RISK, extended.state());
        assertEquals(29, extended.marginDays());
        s.milestones.add(new hta.dossier.Milestone("negotiation-end", start.plusDays(181), null));
        assertEquals(1, judge(longStop, s, start.plusDays(181)).daysOver());
        // an "extension" to an earlier date does not shorten the limit
        Submission early = submission("negotiation-start", start, "supplement-asked", start.plusDays(20));
        assertEquals(150, judge(longStop, early, start.plusDays(100)).limitDays());
    }

    @Test
    void rulesReportWhatTheProcessDoesNotDeclare() {
        ProcessRules bad = ProcessRules.of(TLV).withTargets(new TimeTarget("x", "x", "dossier", "nowhere", 10)
                        .excluding("no-such-phase"))
                .withTypicalDurations(new TypicalDuration("elsewhere", "dispatched", 5))
                .withPortfolioSpan("dossier", "gone");
        List<String> problems = bad.inconsistencies();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("nowhere"), problems.toString());
        assertEquals(List.of(), ProcessRules.of(TLV).withTargets(TLV_180).inconsistencies());
    }
}
