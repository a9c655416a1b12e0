package hta.workbench.shell.internal.editors;

import hta.dossier.Dossier;
import hta.workbench.api.EditorPart;
import hta.workbench.api.Subscription;

/**
 * One editor in the editor area: the part, the frame around it (the tab's component), its change subscription,
 * whether it changed since its last draft, and what the workbench knows about the dossier in a shared workspace:
 * the announcement that it is open here, a save running, a newer revision saved by someone else, a failed save
 * waiting to be tried again. EDT only.
 */
final class OpenEditor {
    final EditorPart part;
    EditorFrame frame;
    Subscription subscription;
    boolean changedSinceDraft;
    /** The editor had unsaved edits when it last changed: getting back to its saved state removes its draft. */
    boolean wasDirty;
    /** Tells others that the dossier is open here, until closed. */
    AutoCloseable presence;
    /** A save of this editor is running. */
    boolean saving;
    /** The newest revision someone else saved that this editor does not show; 0 when none. */
    long remoteRevision;
    /** Who saved {@link #remoteRevision} and when, if the store said. */
    String remoteAuthor;
    java.time.Instant remoteTime;
    /** A save failed because the workspace could not be reached; it is tried again. */
    javax.swing.Timer retry;

    OpenEditor(EditorPart part) {
        this.part = part;
    }

    /** What the editor area holds for this editor: the frame, or the editor itself before the frame is made. */
    javax.swing.JComponent tab() {
        return frame != null ? frame : part.component();
    }

    Dossier dossier() {
        return part.dossier();
    }

    String id() {
        return part.dossier().id;
    }

    /** The dossier's brand name, or its id when it has none. */
    String name() {
        Dossier d = part.dossier();
        return d.product != null && d.product.brandName != null ? d.product.brandName : d.id;
    }

    /** The tab title: the name, marked {@code *} while there are unsaved edits. */
    String title() {
        return (part.isDirty() ? "*" : "") + name();
    }

    /** A copy of the dossier after typing not yet recorded was committed (what the writer sees). */
    Dossier committedCopy() {
        part.commitPending();
        return hta.dossier.json.DossierJson.copy(part.dossier());
    }

    /** Edits not saved yet, or typing a page has not recorded yet (a save records it first). */
    boolean unsaved() {
        return part.isDirty() || part.hasPending();
    }
}
