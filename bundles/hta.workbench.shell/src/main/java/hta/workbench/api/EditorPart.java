package hta.workbench.api;

import hta.dossier.Dossier;
import java.util.Optional;
import javax.swing.JComponent;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The editor of one dossier in the editor area, made by an {@link EditorContribution}. The workbench owns what
 * every editor shares — the tab and its unsaved marker, Save (off the event thread, with the choice on a save
 * conflict), Undo and Redo, the close prompts, autosaved drafts — and asks the part for the rest. Used on the
 * event dispatch thread.
 *
 * @since 0.4
 */
@ConsumerType
public interface EditorPart {
    JComponent component();

    /** The dossier as edited now (the live object): read it here, change it only through the part. */
    Dossier dossier();

    /** Whether there are edits since the last save point. */
    boolean isDirty();

    /** Whether a page holds typing not yet recorded as an edit (Save is offered for it). */
    default boolean hasPending() {
        return false;
    }

    /** Records typing not yet recorded (a field not left, a cell being edited) as edits. */
    default void commitPending() {
    }

    boolean canUndo();

    boolean canRedo();

    void undo();

    void redo();

    /** What Undo would take back, e.g. {@code Change price}. */
    Optional<String> undoLabel();

    /** What Redo would do again. */
    Optional<String> redoLabel();

    /** The dossier was saved as it is now: this is the new save point. */
    void markSaved();

    /** The dossier differs from what is saved although no edit was made (a recovered draft). */
    void markUnsaved();

    /** Shows a place: its page, and in it the item, section or offset. */
    default void reveal(EditorPlace place) {
    }

    /**
     * Ctrl+PageDown / Ctrl+PageUp: shows the next ({@code +1}) or previous ({@code -1}) page of the editor, round
     * the end. By default nothing (an editor of one page).
     */
    default void showPage(int delta) {
    }

    /**
     * The id of the page in front (the workbench reopens the editor at it in the next session), or null. By
     * default null (an editor of one page).
     *
     * @since 0.4
     */
    default String shownPage() {
        return null;
    }

    /** The editor's pages by id, in order, with their titles (the command finder lists them). By default none. */
    default java.util.Map<String, String> pageTitles() {
        return java.util.Map.of();
    }

    /** Called on the event dispatch thread after every edit, undo, redo or change of the save point. */
    Subscription onChange(Runnable listener);

    /** The editor is closed; release what it holds. */
    default void dispose() {
    }
}
