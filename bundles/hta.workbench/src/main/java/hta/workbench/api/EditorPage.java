package hta.workbench.api;

import javax.swing.JComponent;

/** One page of the dossier editor created by an {@link EditorPageContribution}; used on the event dispatch thread. */
public interface EditorPage {
    JComponent component();

    /** The dossier changed (an edit, undo, redo or reload): show its current state. */
    void refresh();

    /** The page is going away (editor closed or contributing bundle stopped). */
    default void dispose() {
    }
}
