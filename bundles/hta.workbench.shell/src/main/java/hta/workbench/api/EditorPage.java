package hta.workbench.api;

import javax.swing.JComponent;
import org.osgi.annotation.versioning.ConsumerType;

/** One page of the dossier editor created by an {@link EditorPageContribution}; used on the event dispatch thread. */
@ConsumerType
public interface EditorPage {
    JComponent component();

    /** The dossier changed (an edit, undo, redo or reload): show its current state. */
    void refresh();

    /**
     * The dossier is about to be saved, copied (an export, a preview) or an edit undone: turn what the writer has
     * typed but not yet committed (a cell being edited, a field not yet left) into edits, so that what is saved
     * is what the page shows.
     *
     * @since 0.3
     */
    default void commitPending() {
    }

    /**
     * Whether the page holds something typed but not yet committed (see {@link #commitPending()}): the workbench
     * then offers Save although no edit has been recorded yet. By default nothing.
     *
     * @since 0.3
     */
    default boolean hasPending() {
        return false;
    }

    /**
     * Shows a place on this page: the item it names (a price, a figure, a milestone), the section or the offset.
     * The editor has already brought the page to the front. By default nothing more.
     *
     * @since 0.4
     */
    default void reveal(EditorPlace place) {
    }

    /** The page is going away (editor closed or contributing bundle stopped). */
    default void dispose() {
    }
}
