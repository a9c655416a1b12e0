package hta.workbench.shell.internal.editors;

import hta.dossier.Dossier;
import hta.workbench.api.EditorPart;
import hta.workbench.api.Subscription;

/** One editor in the editor area: the part, its change subscription, and whether it changed since its last draft. EDT only. */
final class OpenEditor {
    final EditorPart part;
    Subscription subscription;
    boolean changedSinceDraft;

    OpenEditor(EditorPart part) {
        this.part = part;
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
