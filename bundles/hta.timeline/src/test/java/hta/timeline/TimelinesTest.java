package hta.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import hta.dossier.Milestone;
import hta.dossier.Submission;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelinesTest {
    private static final ProcessDefinition NORWAY_PRICE_MEMO = new ProcessDefinition(
            List.of("basis", "prices", "agreement", "memo"),
            List.of(new PhaseDefinition("waiting", "Waiting for prices", "basis", "prices", true),
                    new PhaseDefinition("negotiating", "Negotiating", "prices", "agreement", false)),
            "basis", "memo");

    @Test
    void norwegianPriceMemoReferenceCase() {
        Submission s = new Submission();
        s.milestones.add(new Milestone("basis", LocalDate.of(2025, 5, 5), null));
        s.milestones.add(new Milestone("prices", LocalDate.of(2025, 7, 2), null));
        s.milestones.add(new Milestone("agreement", LocalDate.of(2025, 10, 15), null));
        s.milestones.add(new Milestone("memo", LocalDate.of(2025, 10, 22), null));
        TimelineReport r = Timelines.report(s, NORWAY_PRICE_MEMO);
        assertEquals(170L, r.totalDays());
        assertEquals(58L, r.phase("waiting").orElseThrow().days());
        assertEquals(105L, r.phase("negotiating").orElseThrow().days());
    }

    @Test
    void partsOfTheNorwegianProcessingTime() {
        Submission s = new Submission();
        s.milestones.add(new Milestone("basis", LocalDate.of(2025, 5, 5), null));
        s.milestones.add(new Milestone("prices", LocalDate.of(2025, 7, 2), null));
        s.milestones.add(new Milestone("agreement", LocalDate.of(2025, 10, 15), null));
        s.milestones.add(new Milestone("memo", LocalDate.of(2025, 10, 22), null));
        TimelineReport r = Timelines.report(s, NORWAY_PRICE_MEMO);
        assertEquals(58, r.clockStoppedDays());
        assertEquals(112L, r.activeDays());
        // 170 = 58 + 105 + 7 days writing the memo, which no phase of this definition names
        assertEquals(7L, r.unassignedDays());
    }

    @Test
    void zolgensmaFromNationalCollaborationToStatement() {
        assertEquals(909, Timelines.days(LocalDate.of(2019, 3, 12), LocalDate.of(2021, 9, 6)));
    }

    @Test
    void openPhaseHasNoDuration() {
        Submission s = new Submission();
        s.milestones.add(new Milestone("basis", LocalDate.of(2025, 5, 5), null));
        TimelineReport r = Timelines.report(s, NORWAY_PRICE_MEMO);
        assertNull(r.totalDays());
        assertNull(r.phase("waiting").orElseThrow().days());
    }
}
