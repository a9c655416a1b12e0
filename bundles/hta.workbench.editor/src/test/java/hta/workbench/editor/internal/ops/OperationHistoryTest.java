package hta.workbench.editor.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Dossier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationHistoryTest {
    private static FieldEdit<String> brand(Dossier d, String to) {
        return FieldEdit.of("Change brand name", d, x -> x.product.brandName, (x, v) -> x.product.brandName = v, to);
    }

    @Test
    void undoAndRedoRestoreExactValuesAndTheSavePointClearsTheDirtyMarker() {
        Dossier d = new Dossier();
        d.product.brandName = "A";
        OperationHistory h = new OperationHistory(d);
        assertFalse(h.isDirty());
        h.execute(brand(d, "B"));
        h.markSaved();
        h.execute(brand(d, "C"));
        assertTrue(h.isDirty());
        h.undo();
        assertEquals("B", d.product.brandName);
        assertFalse(h.isDirty(), "back at the saved state");
        h.undo();
        assertEquals("A", d.product.brandName);
        assertTrue(h.isDirty());
        h.redo();
        h.redo();
        assertEquals("C", d.product.brandName);
        assertEquals(List.of("Change brand name", "Change brand name"), h.undoLabels());
    }

    @Test
    void aNewEditAfterUndoDropsRedoAndMakesTheSavedStateUnreachable() {
        Dossier d = new Dossier();
        OperationHistory h = new OperationHistory(d);
        h.execute(brand(d, "B"));
        h.execute(brand(d, "C"));
        h.markSaved();
        h.undo();
        h.execute(brand(d, "D"));
        assertFalse(h.canRedo());
        assertTrue(h.isDirty());
        h.undo();
        assertEquals("B", d.product.brandName);
        assertTrue(h.isDirty(), "the saved state had C, which no undo or redo reaches any more");
    }

    @Test
    void listenersHearEveryChangeAndTheStackIsBounded() {
        Dossier d = new Dossier();
        OperationHistory h = new OperationHistory(d);
        List<String> heard = new ArrayList<>();
        h.addListener(() -> heard.add(d.product.brandName));
        for (int i = 0; i < OperationHistory.LIMIT + 5; i++) h.execute(brand(d, "v" + i));
        assertEquals(OperationHistory.LIMIT + 5, heard.size());
        assertEquals(OperationHistory.LIMIT, h.undoLabels().size());
    }
}
