package hta.workbench.api;

import hta.dossier.Dossier;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Makes the editors of dossiers (registered as a service; the workbench uses the one with the highest service
 * ranking). The workbench loads the dossier off the event dispatch thread and asks for its editor on it. Without
 * an editor contribution dossiers cannot be opened; when it goes, its editors' unsaved work is kept as drafts and
 * the editors close.
 *
 * @since 0.4
 */
@ConsumerType
public interface EditorContribution {
    /** Stable id, e.g. {@code hta.workbench.editor}. */
    String id();

    /** Creates the editor of {@code dossier} (which the editor then owns); on the event dispatch thread. */
    EditorPart createEditor(Dossier dossier, WorkbenchSite site);
}
