package hta.workbench.views.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Dossier;
import hta.dossier.Milestone;
import hta.dossier.Submission;
import hta.timeline.MilestoneState;
import hta.timeline.PhaseDefinition;
import hta.timeline.ProcessDefinition;
import hta.timeline.ProcessRules;
import hta.timeline.TargetResult;
import hta.timeline.TargetState;
import hta.timeline.TimeTarget;
import hta.timeline.Timelines;
import java.awt.Color;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression (outsider's walk): Norway's delivery agreement target, 384 days after Beslutningsforum against 92, was
 * drawn grey as "(384/92 d)" and missing from Problems, because the engine calls a limit passed with the end not
 * recorded "unknown". The writer reads it as overdue, in words and in red, and Problems lists it at the milestone.
 */
class TargetWordsTest {
    private static final TimeTarget DELIVERY = new TimeTarget("no.delivery-agreement-3m",
            "Delivery agreement within 3 months of the decision", "no.beslutningsforum", "no.delivery-agreement", 92);

    /** Judged by the real engine: a decision dated, the delivery agreement not recorded, 384 days later. */
    private static TargetResult judged(LocalDate today) {
        ProcessRules rules = ProcessRules.of(new ProcessDefinition(List.of("no.beslutningsforum", "no.delivery-agreement"),
                List.of(new PhaseDefinition("delivery", "Delivery", "no.beslutningsforum", "no.delivery-agreement", false)),
                "no.beslutningsforum", "no.delivery-agreement")).withTargets(DELIVERY);
        Submission s = new Submission();
        s.jurisdiction = "no";
        Milestone m = new Milestone();
        m.kind = "no.beslutningsforum";
        m.date = LocalDate.of(2025, 11, 17);
        s.milestones.add(m);
        return Timelines.assess(s, rules, today).targets().get(0);
    }

    @Test
    void aLimitPassedWithTheMilestoneNotRecordedReadsOverdueInWordsAndRed() {
        TargetResult t = judged(LocalDate.of(2026, 12, 6));
        assertEquals(TargetState.UNKNOWN, t.state(), "the engine does not know whether it was reached");
        assertTrue(TargetWords.overdue(t));
        assertEquals("Overdue — Delivery agreement not recorded (384 days, target 92): Delivery agreement within 3"
                + " months of the decision", TargetWords.line(t));
        assertEquals(new Color(190, 30, 30), TimelineCanvas.colour(t)); // the light theme's error colour
    }

    /** Regression (walk of 6 December 2026): the overdue target's dark red was hard to read on the dark plot. */
    @Test
    void aTargetIsDrawnInTheThemesErrorColour() {
        Color dark = new Color(0xFF8A80);
        javax.swing.UIManager.put(hta.workbench.api.Colours.ERROR_FOREGROUND, dark);
        try {
            assertEquals(dark, TimelineCanvas.colour(judged(LocalDate.of(2026, 12, 6))));
        } finally {
            javax.swing.UIManager.put(hta.workbench.api.Colours.ERROR_FOREGROUND, null);
        }
    }

    @Test
    void problemsListItWithTheMilestoneInWordsAndOpenTheCountrysPageThere() {
        Dossier d = new Dossier();
        d.id = "hemgenix";
        Problem p = ProblemScan.targetProblem(judged(LocalDate.of(2026, 12, 6)), d, "Hemgenix", "no", "Norway");
        assertNotNull(p, "an overdue target is a problem");
        assertEquals(Problem.Severity.WARNING, p.severity());
        assertEquals("Timeline › Delivery agreement", p.location());
        assertEquals("no", p.jurisdiction());
        assertEquals("Hemgenix", p.dossier());
        assertTrue(p.message().startsWith("Delivery agreement within 3 months of the decision: overdue — Delivery"
                + " agreement is not recorded; 384 days, target 92 since Beslutningsforum"), p.message());
        assertTrue(p.remedy().contains("record its date on the Norway page"), p.remedy());
        assertEquals("no.delivery-agreement", p.place().item());
    }

    @Test
    void withinTheLimitItIsOnTrackOrAtRiskAndAnEndBehindTheCaseIsNotOverdue() {
        TargetResult early = judged(LocalDate.of(2025, 12, 1));
        assertEquals("On track (14 days, target 92): Delivery agreement within 3 months of the decision",
                TargetWords.line(early));
        assertEquals(null, ProblemScan.targetProblem(early, new Dossier(), "X", "no", "Norway"));
        TargetResult late = judged(LocalDate.of(2026, 12, 6));
        TargetResult behind = new TargetResult(late.target(), TargetState.UNKNOWN, late.start(), null, late.countedDays(),
                0, late.dueDate(), late.limitDays(), MilestoneState.PASSED);
        assertTrue(!TargetWords.overdue(behind), "reached without a date: not overdue");
        assertEquals("not recorded", TargetWords.state(behind));
    }
}
