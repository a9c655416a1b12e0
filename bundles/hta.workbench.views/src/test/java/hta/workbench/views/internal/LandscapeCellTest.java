package hta.workbench.views.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Decision;
import hta.dossier.Submission;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A made-up outcome (the demo's Beslutningsforum decision) is marked as such in the Landscape; dates read in the
 * workbench's one format; an outcome no vocabulary names is not judged.
 */
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
    void aFictionalOutcomeIsMarkedAndAnUnnamedOutcomeIsNotJudged() {
        String date = hta.workbench.api.Words.date(LocalDate.of(2025, 11, 17));
        LandscapeView.Cell cell = LandscapeView.cell(decided(true), Optional.empty());
        assertEquals("yes · " + date + " (fictional)", cell.text());
        assertTrue(cell.fictional());
        assertEquals(LandscapeView.Category.NONE, cell.category(), "no jurisdiction names 'yes'");
        assertEquals("yes · " + date, LandscapeView.cell(decided(false), Optional.empty()).text());
        assertFalse(LandscapeView.cell(decided(false), Optional.empty()).fictional());
    }

    @Test
    void aStatusIsOpen() {
        Submission s = new Submission();
        s.jurisdiction = "xx";
        s.status = "xx.under-assessment";
        assertEquals(LandscapeView.Category.OPEN, LandscapeView.cell(s, Optional.empty()).category());
    }
}
