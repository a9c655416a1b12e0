package hta.workbench.api;

import hta.dossier.Dossier;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The open dossier editors, as views and commands see them: open one at a place, read the open dossiers with
 * their unsaved edits, save and reload. Implemented by the workbench; used on the event dispatch thread.
 *
 * @since 0.4
 */
@ProviderType
public interface Editors {
    /** Opens (or brings forward) the editor of a dossier, loading it off the event thread; then reveals {@code place} (may be null). */
    void open(String dossierId, EditorPlace place);

    /** The dossier of the editor in front, if any. */
    Optional<String> activeDossierId();

    /** The editor in front, if any. */
    Optional<EditorPart> activeEditor();

    /** The dossiers with an open editor, in tab order. */
    List<String> openDossierIds();

    /** A copy of an open editor's dossier with its unsaved edits; empty when it is not open. */
    Optional<Dossier> copyOf(String dossierId);

    /** Whether the dossier's editor has unsaved edits or typing not yet recorded. */
    boolean isDirty(String dossierId);

    /** Saves an open dossier off the event thread; {@code then} (may be null) runs on the event thread after it was saved. */
    void save(String dossierId, Runnable then);

    /** Reads an open dossier again from the workspace into its editor (e.g. after a revision was restored). */
    void reload(String dossierId);

    /** Called on the event dispatch thread when an open dossier changed (edit, undo, redo, save) or another editor came to the front. */
    Subscription onChange(Runnable listener);
}
