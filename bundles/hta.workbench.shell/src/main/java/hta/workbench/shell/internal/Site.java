package hta.workbench.shell.internal;

import hta.dossier.Dossier;
import hta.dossier.repository.DossierRepository;
import hta.jurisdiction.Jurisdiction;
import hta.workbench.api.BackgroundTask;
import hta.workbench.api.DossierSelection;
import hta.workbench.api.Editors;
import hta.workbench.api.Subscription;
import hta.workbench.api.WorkbenchSite;
import java.awt.Window;
import java.util.List;
import java.util.Optional;
import javax.swing.SwingUtilities;

/**
 * The {@link WorkbenchSite} of the running workbench: what every contribution — and the workbench's own views,
 * editor and pages — may use of it. Thread-safety as the interface says.
 */
final class Site implements WorkbenchSite {
    private final Workbench wb;

    Site(Workbench wb) {
        this.wb = wb;
    }

    @Override
    public Optional<Dossier> activeDossier() {
        return wb.editors().activeDossierCopy();
    }

    @Override
    public void log(String source, String message, Throwable error) {
        if (error == null) wb.log.warning(source, message);
        else wb.log.error(source, message, error);
    }

    @Override
    public void logError(String source, String message) {
        wb.log.error(source, message, null);
    }

    @Override
    public void schedule(String name, BackgroundTask task) {
        schedule(name, task, null);
    }

    /**
     * A contribution's job, which reads the workspace open when it runs. When another workspace was opened
     * meanwhile, the one it read is being closed: its failure is then one line, not an error (the views read the
     * new workspace by themselves).
     */
    @Override
    public void schedule(String name, BackgroundTask task, Runnable onDone) {
        DossierRepository at = wb.repository();
        wb.jobs.schedule(name, m -> {
            try {
                task.run(m);
            } catch (RuntimeException e) {
                if (wb.repository() == at) throw e;
                wb.log.info("job " + name, "'" + name + "' stopped: " + at.address() + " was closed when another workspace was opened");
                throw new java.util.concurrent.CancellationException(); // no onDone with a result of the old one
            }
        }, onDone);
    }

    @Override
    public void status(String message) {
        if (SwingUtilities.isEventDispatchThread()) wb.status(message);
        else SwingUtilities.invokeLater(() -> wb.status(message));
    }

    @Override
    public DossierRepository workspace() {
        return wb.repository();
    }

    @Override
    public List<Jurisdiction> jurisdictions() {
        return wb.jurisdictions();
    }

    @Override
    public String whyMissing(String code) {
        return wb.whyMissing(code);
    }

    @Override
    public String jurisdictionName(String code, String recorded) {
        if (code == null) return recorded == null ? "" : recorded;
        return jurisdiction(code).map(Jurisdiction::displayName).orElseGet(() -> wb.missing().name(code, recorded));
    }

    @Override
    public String missingRemedy(String code) {
        return wb.missing().remedy(code);
    }

    @Override
    public Subscription onWorkspaceChange(Runnable listener) {
        return wb.onWorkspaceChange(listener);
    }

    @Override
    public void workspaceChanged() {
        wb.workspaceChanged();
    }

    @Override
    public Editors editors() {
        return wb.editors();
    }

    @Override
    public Optional<DossierSelection> selection() {
        return wb.selection.current();
    }

    @Override
    public void select(DossierSelection selection) {
        wb.selection.set(selection);
    }

    @Override
    public Subscription onSelectionChange(Runnable listener) {
        return wb.selection.listen(listener);
    }

    @Override
    public String author() {
        return wb.prefs.author(wb.repository());
    }

    @Override
    public void setAuthor(String name) {
        wb.prefs.set(hta.workbench.shell.internal.prefs.Preferences.AUTHOR, name == null ? "" : name.strip());
    }

    @Override
    public Window window() {
        return wb.window();
    }
}
