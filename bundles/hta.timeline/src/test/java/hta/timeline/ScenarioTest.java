package hta.timeline;

import static hta.timeline.TargetsTest.TLV;
import static hta.timeline.TargetsTest.TLV_180;
import static hta.timeline.TargetsTest.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Submission;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScenarioTest {
    /**
     * The orphan-drug reform proposal (seed 004, proposal 6): TLV's time cut by 30–60 days to 120–150 days, and
     * a long-stop of 120–150 days on the negotiation, extendable by agreement. The upper bounds are the limits.
     */
    static final Scenario REFORM = new Scenario("orphan-reform", "Orphan-drug reform proposal", "seed 004",
            List.of(TLV_180.withDays(150), new TimeTarget("negotiation-long-stop", "Negotiation long-stop",
                    "negotiation-start", "negotiation-end", 150)));
    static final ProcessRules RULES = ProcessRules.of(TLV).withTargets(TLV_180).withScenarios(REFORM);

    @Test
    void sameDossierJudgedUnderCurrentRulesAndTheReform() {
        LocalDate d0 = LocalDate.of(2024, 2, 1);
        Submission s = submission("dossier", d0, "dispatched", d0.plusDays(165), "negotiation-start", d0.plusDays(170));
        LocalDate today = d0.plusDays(300);
        TimelineAssessment current = Timelines.assess(s, RULES, today);
        TimelineAssessment reform = Timelines.assess(s, RULES, "orphan-reform", today);
        assertNull(current.scenarioId());
        assertEquals("orphan-reform", reform.scenarioId());
        assertEquals(TargetState.MET, current.target("tlv-180").orElseThrow().state());
        assertEquals(TargetState.MISSED, reform.target("tlv-180").orElseThrow().state());
        assertEquals(15, reform.target("tlv-180").orElseThrow().daysOver());
        // the long-stop exists only under the reform: 130 days of negotiation so far, at risk
        assertTrue(current.target("negotiation-long-stop").isEmpty());
        assertEquals(TargetState.AT_RISK, reform.target("negotiation-long-stop").orElseThrow().state());
        // processing time is the same under both: rules change targets, not dates
        assertEquals(current.report(), reform.report());

        List<TargetComparison> cmp = Timelines.compare(current, reform);
        assertEquals(List.of("tlv-180", "negotiation-long-stop"), cmp.stream().map(TargetComparison::targetId).toList());
        assertTrue(cmp.get(0).changed());
        assertNull(cmp.get(1).current());
    }

    @Test
    void scenarioCanRemoveATarget() {
        Scenario none = new Scenario("no-target", "No benchmark", null, List.of(), Set.of("tlv-180"));
        ProcessRules rules = RULES.withScenarios(none);
        assertTrue(Timelines.assess(submission("dossier", LocalDate.of(2024, 1, 1)), rules, "no-target",
                LocalDate.of(2024, 6, 1)).targets().isEmpty());
    }

    @Test
    void unknownScenarioIsRefusedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Timelines.assess(new Submission(), RULES, "nope", LocalDate.of(2024, 1, 1)));
        assertTrue(e.getMessage().contains("orphan-reform"), e.getMessage());
    }
}
