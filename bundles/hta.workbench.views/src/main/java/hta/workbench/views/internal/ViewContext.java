package hta.workbench.views.internal;

import hta.dossier.repository.DossierRepository;
import hta.jurisdiction.Jurisdiction;
import hta.workbench.shell.internal.editors.EditorManager;
import hta.workbench.shell.internal.jobs.Jobs;
import hta.workbench.shell.internal.Selection;
import java.util.List;
import java.util.Optional;

/** What the built-in views use of the workbench. Implemented by the workbench; used on the EDT. */
public interface ViewContext {
    DossierRepository repository();

    Jobs jobs();

    Selection selection();

    EditorManager editors();

    /** The active jurisdictions, sorted by code. */
    List<Jurisdiction> jurisdictions();

    default Optional<Jurisdiction> jurisdiction(String code) {
        return jurisdictions().stream().filter(j -> j.code().equals(code)).findFirst();
    }

    /** Called on the EDT when the workspace or the set of jurisdictions changed (a save, a plugin). */
    void addWorkspaceListener(Runnable l);

    void removeWorkspaceListener(Runnable l);

    /** Tells the workspace views that dossiers changed on disk (a save, a restore). */
    void workspaceChanged();

    /** The name saves and restores are recorded under. */
    String author();
}
