package hta.workbench.views.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import hta.dossier.Decision;
import hta.dossier.Submission;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A made-up outcome (the demo's Beslutningsforum decision) is not shown as a decision in the Landscape. */
class LandscapeCellTest {
    private static Submission decided(boolean fictional) {
        Submission s = new Submission();
        s.jurisdiction = "xx";
        s.decision = new Decision();
        s.decision.outcome = "yes";
        s.decision.date = LocalDate.of(2025, 11, 17);
        if (fictional) s.decision.fictional = true;
        return s;
    }

    @Test
    void aFictionalOutcomeIsMarkedAndNotColouredAsAccess() {
        LandscapeView.Cell cell = LandscapeView.cell(decided(true), Optional.empty());
        assertEquals("yes · 2025-11-17 (fictional)", cell.text());
        assertNull(cell.positive());
        assertEquals("yes · 2025-11-17", LandscapeView.cell(decided(false), Optional.empty()).text());
    }
}
