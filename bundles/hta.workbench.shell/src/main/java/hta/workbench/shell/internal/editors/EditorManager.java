package hta.workbench.shell.internal.editors;

import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.SaveConflictException;
import hta.workbench.api.EditorPageContribution;
import hta.workbench.api.WorkbenchSite;
import hta.workbench.shell.internal.jobs.Guard;
import hta.workbench.shell.internal.jobs.Jobs;
import hta.workbench.shell.internal.prefs.Preferences;
import java.awt.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.swing.JOptionPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * The open dossier editors: opening (loaded off the EDT), saving with conflict handling, closing with a save
 * prompt, undo/redo of the active editor, and autosave of unsaved drafts with recovery after a crash
 * ({@link Drafts}). Used on the EDT.
 */
public final class EditorManager {
    /** Services the editors need from the workbench. */
    public interface Host {
        DossierRepository repository();

        Jobs jobs();

        Guard guard();

        Preferences preferences();

        WorkbenchSite site();

        List<EditorPageContribution> editorPages();

        java.awt.Window window();

        List<hta.jurisdiction.Jurisdiction> jurisdictions();

        /** A dossier was saved: views showing the workspace re-read it. */
        void workspaceChanged();
    }

    private final Host host;
    private final JTabbedPane stack;
    private final Drafts drafts;
    private final List<DossierEditor> editors = new ArrayList<>();
    private final List<Consumer<DossierEditor>> listeners = new CopyOnWriteArrayList<>();
    private final Timer autosave;

    public EditorManager(Host host, JTabbedPane stack, java.nio.file.Path recoveryDir) {
        this.host = host;
        this.stack = stack;
        this.drafts = new Drafts(recoveryDir, host.jobs(), host.guard().log());
        stack.addChangeListener(e -> fire(active().orElse(null)));
        autosave = new Timer(host.preferences().autosaveSeconds() * 1000, e -> autosaveNow());
        autosave.start();
        host.preferences().addListener(() -> autosave.setDelay(host.preferences().autosaveSeconds() * 1000));
    }

    /** Called with the editor whose dossier changed or became active (null: no editor active). */
    public void addListener(Consumer<DossierEditor> l) {
        listeners.add(l);
    }

    public void removeListener(Consumer<DossierEditor> l) {
        listeners.remove(l);
    }

    void fire(DossierEditor e) {
        listeners.forEach(l -> l.accept(e));
    }

    public List<DossierEditor> editors() {
        return List.copyOf(editors);
    }

    public Optional<DossierEditor> active() {
        Component c = stack.getSelectedComponent();
        return c instanceof DossierEditor ? Optional.of((DossierEditor) c) : Optional.empty();
    }

    public Optional<DossierEditor> editor(String dossierId) {
        return editors.stream().filter(e -> e.dossier().id.equals(dossierId)).findFirst();
    }

    public Optional<Dossier> activeDossierCopy() {
        // typing not yet recorded as an edit is part of what the writer sees: it is committed first
        if (SwingUtilities.isEventDispatchThread()) return active().map(e -> {
            e.commitPending();
            return DossierJson.copy(e.dossier());
        });
        try {
            java.util.concurrent.atomic.AtomicReference<Optional<Dossier>> result = new java.util.concurrent.atomic.AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> result.set(active().map(e -> {
                e.commitPending();
                return DossierJson.copy(e.dossier());
            })));
            return result.get();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** Opens (or selects) the editor of a dossier, then reveals {@code place} (may be null) in it. */
    public void open(String dossierId, Place place) {
        Optional<DossierEditor> existing = editor(dossierId);
        if (existing.isPresent()) {
            stack.setSelectedComponent(existing.get());
            if (place != null) existing.get().reveal(place);
            return;
        }
        Dossier[] loaded = new Dossier[1];
        host.jobs().schedule("Opening dossier " + dossierId, m -> loaded[0] = host.repository().load(dossierId),
                () -> {
                    if (editor(dossierId).isEmpty()) add(loaded[0], false);
                    open(dossierId, place);
                });
    }

    private DossierEditor add(Dossier d, boolean recovered) {
        DossierEditor e = new DossierEditor(d, host, this);
        editors.add(e);
        stack.addTab(e.title(), e);
        stack.setSelectedComponent(e);
        e.history().addListener(() -> {
            int i = stack.indexOfComponent(e);
            if (i >= 0) stack.setTitleAt(i, e.title());
            fire(e);
        });
        if (recovered) e.history().markUnsaved();
        fire(e);
        return e;
    }

    public boolean hasActive() {
        return active().isPresent();
    }

    public boolean canSaveActive() {
        return active().map(EditorManager::unsaved).orElse(false);
    }

    /** Edits not saved yet, or typing a page has not recorded yet (a save records it first). */
    private static boolean unsaved(DossierEditor e) {
        return e.history().isDirty() || e.hasPending();
    }

    public boolean anyDirty() {
        return editors.stream().anyMatch(EditorManager::unsaved);
    }

    public boolean canUndo() {
        return active().map(e -> e.history().canUndo()).orElse(false);
    }

    public boolean canRedo() {
        return active().map(e -> e.history().canRedo()).orElse(false);
    }

    public void undo() {
        active().ifPresent(e -> {
            e.commitPending();
            e.history().undo();
        });
    }

    public void redo() {
        active().ifPresent(e -> e.history().redo());
    }

    public boolean canToggleConfidential() {
        return active().map(DossierEditor::canToggleConfidential).orElse(false);
    }

    public void toggleConfidential() {
        active().ifPresent(DossierEditor::toggleConfidential);
    }

    public void saveActive() {
        active().ifPresent(e -> save(e, null));
    }

    public void saveAll() {
        editors.stream().filter(EditorManager::unsaved).forEach(e -> save(e, null));
    }

    /**
     * Saves one editor off the EDT; {@code then} (may be null) runs on the EDT after a successful save. A save
     * conflict opens a choice: keep mine (overwrite), take theirs (mine kept as a draft), or cancel.
     */
    public void save(DossierEditor e, Runnable then) {
        e.commitPending();
        Dossier copy = DossierJson.copy(e.dossier());
        Object savedAt = e.history().undoLabels().isEmpty() ? null : e.history().undoLabels().get(0);
        String summary = savedAt == null ? "Saved from the workbench" : "Saved from the workbench: " + savedAt;
        long[] revision = new long[1];
        SaveConflictException[] conflict = new SaveConflictException[1];
        host.jobs().schedule("Saving " + e.title().replace("*", ""), m -> {
            try {
                revision[0] = host.repository().save(copy, host.preferences().author(), summary);
            } catch (SaveConflictException x) {
                conflict[0] = x;
            }
        }, () -> {
            if (conflict[0] != null) {
                resolveConflict(e, copy, conflict[0], then);
                return;
            }
            e.dossier().revision = revision[0];
            e.history().markSaved();
            drafts.discard(e.dossier().id);
            host.site().status("Saved " + e.dossier().product.brandName + " (revision " + revision[0] + ")");
            host.workspaceChanged();
            if (then != null) then.run();
        });
    }

    private void resolveConflict(DossierEditor e, Dossier mine, SaveConflictException x, Runnable then) {
        String[] options = {"Keep mine (overwrite theirs)", "Take theirs (keep mine as a draft)", "Cancel"};
        int choice = JOptionPane.showOptionDialog(host.window(), "Someone else saved " + e.dossier().product.brandName
                        + " after you opened it.\n" + x.getMessage() + "\n\nWhat should happen to your changes?",
                "Save conflict", JOptionPane.DEFAULT_OPTION, JOptionPane.WARNING_MESSAGE, null, options, options[2]);
        if (choice == 0) {
            host.jobs().schedule("Overwriting " + e.dossier().id, m -> {
                Dossier theirs = host.repository().load(e.dossier().id);
                mine.revision = theirs.revision;
                long rev = host.repository().save(mine, host.preferences().author(), "Saved over a concurrent change");
                SwingUtilities.invokeLater(() -> {
                    e.dossier().revision = rev;
                    e.history().markSaved();
                    drafts.discard(e.dossier().id);
                    if (then != null) then.run();
                });
            }, null);
        } else if (choice == 1) {
            drafts.keepConflictCopy(mine);
            Dossier[] theirs = new Dossier[1];
            host.jobs().schedule("Reloading " + e.dossier().id, m -> theirs[0] = host.repository().load(e.dossier().id),
                    () -> replace(e, theirs[0]));
        }
    }

    /** Re-reads a dossier from the workspace into its (unchanged) editor, e.g. after a restore. */
    public void reload(DossierEditor e) {
        Dossier[] loaded = new Dossier[1];
        host.jobs().schedule("Reloading " + e.dossier().id, m -> loaded[0] = host.repository().load(e.dossier().id),
                () -> replace(e, loaded[0]));
    }

    private void replace(DossierEditor old, Dossier d) {
        int i = stack.indexOfComponent(old);
        close(old);
        DossierEditor e = add(d, false);
        if (i >= 0 && i < stack.getTabCount()) {
            stack.remove(e);
            stack.insertTab(e.title(), null, e, null, i);
            stack.setSelectedComponent(e);
        }
    }

    /** Closes the active editor, asking first when it has unsaved changes. */
    public void closeActive() {
        active().ifPresent(e -> {
            if (!unsaved(e)) {
                close(e);
                return;
            }
            int c = JOptionPane.showOptionDialog(host.window(), "'" + e.dossier().product.brandName
                            + "' has unsaved changes. Save them before closing?", "Unsaved changes",
                    JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE, null,
                    new String[]{"Save", "Don't Save", "Cancel"}, "Save");
            if (c == 0) save(e, () -> close(e));
            else if (c == 1) {
                drafts.discard(e.dossier().id);
                close(e);
            }
        });
    }

    /**
     * Asks about every editor with unsaved changes before the window closes.
     *
     * @return true when the window may close now; false when cancelled or when saves are still running (the
     *         window is closed again once they succeed)
     */
    public boolean closeAll() {
        List<DossierEditor> dirty = editors.stream().filter(EditorManager::unsaved).toList();
        if (dirty.isEmpty()) return true;
        StringBuilder names = new StringBuilder();
        dirty.forEach(e -> names.append("\n  • ").append(e.dossier().product.brandName));
        int c = JOptionPane.showOptionDialog(host.window(), "These dossiers have unsaved changes:" + names
                        + "\n\nSave them before closing the workbench?", "Unsaved changes",
                JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE, null,
                new String[]{"Save All", "Don't Save", "Cancel"}, "Save All");
        if (c == 1) {
            dirty.forEach(e -> drafts.discard(e.dossier().id));
            return true;
        }
        if (c == 0) {
            int[] left = {dirty.size()};
            for (DossierEditor e : dirty) {
                save(e, () -> {
                    if (--left[0] == 0) host.window().dispatchEvent(
                            new java.awt.event.WindowEvent(host.window(), java.awt.event.WindowEvent.WINDOW_CLOSING));
                });
            }
        }
        return false;
    }

    void close(DossierEditor e) {
        editors.remove(e);
        stack.remove(e);
        e.dispose();
        fire(active().orElse(null));
    }

    /** Writes a draft of every editor changed since its last draft (JSON made here, written off the EDT). */
    public void autosaveNow() {
        for (DossierEditor e : editors) {
            if (e.history().isDirty() && e.changedSinceDraft()) {
                e.commitPending();
                drafts.write(e.dossier());
                e.draftWritten();
            }
        }
    }

    /** Looks for drafts left by a run that ended without saving them, and offers to recover them. */
    public void offerRecovery() {
        drafts.find(found -> {
            if (found.isEmpty()) return;
            StringBuilder names = new StringBuilder();
            found.forEach(d -> names.append("\n  • ").append(d.dossier().product.brandName)
                    .append(" (draft of ").append(d.time()).append(')'));
            int c = JOptionPane.showOptionDialog(host.window(), "The workbench did not close normally last time."
                            + "\nUnsaved work was kept for:" + names + "\n\nRecover it?", "Recover unsaved work",
                    JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE, null,
                    new String[]{"Recover", "Discard", "Later"}, "Recover");
            for (Drafts.Draft d : found) {
                if (c == 0) {
                    editor(d.dossier().id).ifPresent(this::close);
                    add(d.dossier(), true);
                } else if (c == 1) {
                    drafts.discard(d.dossier().id);
                }
            }
        });
    }

    /** The open editors whose dossier has a submission in the jurisdiction {@code code}. */
    public List<DossierEditor> editorsWith(String code) {
        return editors.stream().filter(e -> e.dossier().submission(code).isPresent()).toList();
    }

    /** A contributed page arrived or left: update every open editor. */
    public void editorPagesChanged() {
        editors.forEach(DossierEditor::syncContributedPages);
    }

    public void shutdown() {
        autosave.stop();
    }

    Host host() {
        return host;
    }
}
