package hta.workbench.editor.internal.ops;

import hta.dossier.Dossier;
import hta.workbench.api.DossierEdit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The undo and redo stacks of one dossier, with the save point that tells whether the dossier is dirty.
 * Knows nothing of Swing (the Eclipse {@code core.commands} operations model). Not thread-safe: the editor uses
 * it on the event dispatch thread.
 */
public final class OperationHistory {
    /** Undo depth kept; older edits are forgotten (the dossier keeps them, only their undo is gone). */
    static final int LIMIT = 200;

    private final Dossier dossier;
    private final Deque<DossierEdit> undo = new ArrayDeque<>();
    private final Deque<DossierEdit> redo = new ArrayDeque<>();
    /** The edit on top of the undo stack when last saved; null for "nothing"; {@link #LOST} when unreachable. */
    private Object savePoint;
    private static final Object LOST = new Object();
    private final List<Runnable> listeners = new ArrayList<>();

    public OperationHistory(Dossier dossier) {
        this.dossier = dossier;
    }

    public Dossier dossier() {
        return dossier;
    }

    /** Applies an edit and makes it undoable; the redo stack is cleared. */
    public void execute(DossierEdit edit) {
        edit.apply(dossier);
        undo.push(edit);
        if (savePoint != null && redo.contains(savePoint)) savePoint = LOST;
        redo.clear();
        if (undo.size() > LIMIT) {
            DossierEdit dropped = undo.removeLast();
            if (dropped == savePoint) savePoint = LOST;
        }
        fire();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoLabel() {
        return canUndo() ? Optional.of(undo.peek().label()) : Optional.empty();
    }

    public Optional<String> redoLabel() {
        return canRedo() ? Optional.of(redo.peek().label()) : Optional.empty();
    }

    public void undo() {
        if (!canUndo()) return;
        DossierEdit e = undo.pop();
        e.revert(dossier);
        redo.push(e);
        fire();
    }

    public void redo() {
        if (!canRedo()) return;
        DossierEdit e = redo.pop();
        e.apply(dossier);
        undo.push(e);
        fire();
    }

    /** The labels on the undo stack, most recent first (for a visible history). */
    public List<String> undoLabels() {
        return undo.stream().map(DossierEdit::label).toList();
    }

    /** Whether the dossier differs from what was last saved (or loaded). */
    public boolean isDirty() {
        return savePoint != undo.peek();
    }

    /** Marks the current state as saved. */
    public void markSaved() {
        savePoint = undo.peek();
        fire();
    }

    /** Marks the state as unsaved even with no edit (e.g. a recovered draft). */
    public void markUnsaved() {
        savePoint = LOST;
        fire();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        for (Runnable r : List.copyOf(listeners)) r.run();
    }
}
