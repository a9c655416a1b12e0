package hta.workbench.shell.internal.editors;

import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.DossierRepository;
import hta.workbench.api.EditorContribution;
import hta.workbench.api.EditorPart;
import hta.workbench.api.EditorPlace;
import hta.workbench.api.Editors;
import hta.workbench.shell.internal.layout.EditorTabs;
import hta.workbench.api.Subscription;
import hta.workbench.api.WorkbenchSite;
import hta.workbench.shell.internal.jobs.Guard;
import hta.workbench.shell.internal.jobs.Jobs;
import hta.workbench.shell.internal.prefs.Preferences;
import java.awt.Component;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JComponent;
import javax.swing.JOptionPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * The open dossier editors of the editor area, whatever bundle makes them ({@link EditorContribution}): opening
 * (loaded off the EDT), saving with conflict handling, closing with a save prompt, undo and redo of the editor in
 * front, and autosave of unsaved drafts with recovery after a crash ({@link Drafts}). It is the workbench's
 * {@link Editors} for views and commands. Used on the EDT.
 */
public final class EditorManager implements Editors, EditorTabs {
    /** What the editors need from the workbench. */
    public interface Host {
        DossierRepository repository();

        Jobs jobs();

        Guard guard();

        Preferences preferences();

        WorkbenchSite site();

        Window window();

        /** The editor contribution in use, if one is installed. */
        Optional<EditorContribution> editorContribution();

        /** A dossier was saved: views showing the workspace re-read it. */
        void workspaceChanged();
    }

    private final Host host;
    private final JTabbedPane stack;
    private final Drafts drafts;
    private final Saves saves;
    private final Closes closes;
    private final SharedWork shared;
    private final List<OpenEditor> editors = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Timer autosave;
    /** The last session's editors, waiting for an editor contribution; null when none wait. */
    private Runnable pendingReopen;

    public EditorManager(Host host, JTabbedPane stack, java.nio.file.Path recoveryDir) {
        this.host = host;
        this.stack = stack;
        this.drafts = new Drafts(recoveryDir, host.jobs(), host.guard().log());
        this.shared = new SharedWork(host, drafts, this::find, () -> List.copyOf(editors), this::replace, e -> saves().retry(e));
        this.saves = new Saves(host, drafts, (e, d) -> replace(e, d), shared);
        this.closes = new Closes(host::window, drafts, this::save, this::close);
        stack.addChangeListener(e -> fire());
        autosave = new Timer(host.preferences().autosaveSeconds() * 1000, e -> autosaveNow());
        autosave.start();
        host.preferences().addListener(() -> autosave.setDelay(host.preferences().autosaveSeconds() * 1000));
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }

    private Saves saves() {
        return saves;
    }

    // ---- Editors (views and commands) ----

    @Override
    public Subscription onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void open(String dossierId, EditorPlace place) {
        Optional<OpenEditor> existing = find(dossierId);
        if (existing.isPresent()) {
            stack.setSelectedComponent(existing.get().tab());
            if (place != null) {
                EditorPart part = existing.get().part;
                host.guard().run(dossierId, "showing " + place + " in the editor of " + dossierId, () -> part.reveal(place));
            }
            return;
        }
        if (host.editorContribution().isEmpty()) {
            host.site().status("No dossier editor is installed: " + dossierId + " cannot be opened");
            return;
        }
        Dossier[] loaded = new Dossier[1];
        host.jobs().schedule("Opening dossier " + dossierId, m -> loaded[0] = loadOrSay(dossierId),
                () -> {
                    if (loaded[0] == null) return;
                    if (find(dossierId).isEmpty() && add(loaded[0], false) == null) return;
                    open(dossierId, place);
                });
    }

    @Override
    public Optional<String> activeDossierId() {
        return active().map(OpenEditor::id);
    }

    @Override
    public Optional<EditorPart> activeEditor() {
        return active().map(e -> e.part);
    }

    /** The editor of an open dossier. */
    public Optional<EditorPart> part(String dossierId) {
        return find(dossierId).map(e -> e.part);
    }

    /** The page in front in each open editor that says one, by dossier id (remembered for the next session). */
    public Map<String, String> shownPages() {
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        for (OpenEditor e : editors) {
            host.guard().call(e.id(), "asking the editor of " + e.id() + " for its page", e.part::shownPage)
                    .ifPresent(p -> pages.put(e.id(), p));
        }
        return pages;
    }

    @Override
    public List<String> openDossierIds() {
        return editors.stream().map(OpenEditor::id).toList();
    }

    @Override
    public Optional<Dossier> copyOf(String dossierId) {
        return find(dossierId).map(e -> DossierJson.copy(e.dossier()));
    }

    @Override
    public boolean isDirty(String dossierId) {
        return find(dossierId).map(OpenEditor::unsaved).orElse(false);
    }

    @Override
    public void save(String dossierId, Runnable then) {
        find(dossierId).ifPresent(e -> save(e, then));
    }

    @Override
    public void reload(String dossierId) {
        find(dossierId).ifPresent(e -> {
            Dossier[] loaded = new Dossier[1];
            host.jobs().schedule("Reloading " + e.id(), m -> loaded[0] = loadOrSay(e.id()),
                    () -> {
                        if (loaded[0] != null && find(e.id()).orElse(null) == e) replace(e, loaded[0]);
                    });
        });
    }

    /**
     * Loads a dossier off the EDT; when the workspace cannot be reached, says so in one line in the status bar and
     * returns null (nothing is open or replaced).
     */
    private Dossier loadOrSay(String id) throws Exception {
        try {
            return host.repository().load(id);
        } catch (java.io.UncheckedIOException unavailable) {
            host.site().status(unavailable.getMessage());
            return null;
        }
    }

    // ---- a workspace others work in too ----

    /** Someone saved a dossier (maybe this workbench); an open editor of it that does not show it says so. */
    public void remoteSaved(hta.dossier.repository.DossierChange change) {
        shared.saved(change);
    }

    /** Someone opened or closed a dossier: its editor shows who has it open. */
    public void presenceChanged(String dossierId) {
        shared.presenceChanged(dossierId);
    }

    /** The connection to the workspace is back: open dossiers are checked and failed saves tried again. */
    public void resync() {
        shared.resync();
    }

    /**
     * Runs {@code proceed} once no editor holds unsaved changes: at once when none does, else after asking (Save
     * All: when every save succeeded; Don't Save: at once, the changes are dropped by {@link #closeForSwitch}).
     * Cancel runs {@code cancelled}.
     */
    public void whenSaved(Runnable proceed, Runnable cancelled) {
        List<OpenEditor> dirty = editors.stream().filter(OpenEditor::unsaved).toList();
        if (dirty.isEmpty()) {
            proceed.run();
            return;
        }
        StringBuilder names = new StringBuilder();
        dirty.forEach(e -> names.append("\n  • ").append(e.name()));
        int c = JOptionPane.showOptionDialog(host.window(), "These dossiers have unsaved changes:" + names
                        + "\n\nSave them before another workspace opens?", "Unsaved changes",
                JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE, null,
                new String[]{"Save All", "Don't Save", "Cancel"}, "Save All");
        if (c == 1) {
            proceed.run();
        } else if (c == 0) {
            int[] left = {dirty.size()};
            for (OpenEditor e : dirty) {
                save(e, () -> {
                    if (--left[0] == 0) proceed.run();
                });
            }
        } else {
            cancelled.run();
        }
    }

    /**
     * Closes every editor before another workspace opens; the caller asked about unsaved changes, and those not
     * saved are dropped with their drafts. The recovery folder is then {@code recovery}: drafts belong to the
     * workspace they were made in.
     */
    public void closeForSwitch(java.nio.file.Path recovery) {
        for (OpenEditor e : List.copyOf(editors)) {
            if (e.unsaved()) drafts.discard(e.id());
            close(e);
        }
        drafts.moveTo(recovery);
    }

    /** A copy of the active editor's dossier with typing not yet recorded committed first; from any thread. */
    public Optional<Dossier> activeDossierCopy() {
        if (SwingUtilities.isEventDispatchThread()) return active().map(OpenEditor::committedCopy);
        try {
            java.util.concurrent.atomic.AtomicReference<Optional<Dossier>> result = new java.util.concurrent.atomic.AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> result.set(active().map(OpenEditor::committedCopy)));
            return result.get();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    // ---- the workbench's commands ----

    public boolean hasActive() {
        return active().isPresent();
    }

    public boolean canSaveActive() {
        return active().map(OpenEditor::unsaved).orElse(false);
    }

    public boolean anyDirty() {
        return editors.stream().anyMatch(OpenEditor::unsaved);
    }

    public boolean canUndo() {
        return active().map(e -> e.part.canUndo()).orElse(false);
    }

    public boolean canRedo() {
        return active().map(e -> e.part.canRedo()).orElse(false);
    }

    public void undo() {
        active().ifPresent(e -> {
            e.part.commitPending();
            e.part.undo();
        });
    }

    public void redo() {
        active().ifPresent(e -> e.part.redo());
    }

    public void saveActive() {
        active().ifPresent(e -> save(e, null));
    }

    public void saveAll() {
        editors.stream().filter(OpenEditor::unsaved).forEach(e -> save(e, null));
    }

    /** Closes the active editor, asking first when it has unsaved changes. */
    public void closeActive() {
        active().ifPresent(e -> closes.close(List.of(e)));
    }

    /** Closes the editor of {@code dossierId} (its tab's close button), asking first when it has unsaved changes. */
    @Override
    public void close(String dossierId) {
        find(dossierId).ifPresent(e -> closes.close(List.of(e)));
    }

    /** Closes every editor but the one of {@code dossierId} (the active one when null), asking once about unsaved ones. */
    @Override
    public void closeOthers(String dossierId) {
        String keep = dossierId != null ? dossierId : activeDossierId().orElse(null);
        closes.close(editors.stream().filter(e -> !e.id().equals(keep)).toList());
    }

    /** Closes every editor, asking once about the unsaved ones. */
    @Override
    public void closeAllEditors() {
        closes.close(List.copyOf(editors));
    }

    /**
     * Opens the editors of a previous session, in their order, with {@code active} in front; loaded in one
     * background job. A dossier that is gone or unreadable now is left out (said in the Error Log).
     */
    public void reopen(List<String> dossierIds, String active, Map<String, String> pages) {
        if (dossierIds.isEmpty()) return;
        if (host.editorContribution().isEmpty()) {
            // the editor's bundle has not arrived yet: reopened when it does
            pendingReopen = () -> reopen(dossierIds, active, pages);
            return;
        }
        pendingReopen = null;
        List<Dossier> loaded = new ArrayList<>();
        host.jobs().schedule("Opening the editors of the last session", m -> {
            for (String id : dossierIds) {
                try {
                    loaded.add(host.repository().load(id));
                } catch (Exception e) {
                    host.guard().log().info("editor", "the editor of " + id + " was not reopened: " + e.getMessage());
                }
            }
        }, () -> {
            for (Dossier d : loaded) {
                if (find(d.id).isEmpty()) add(d, false);
                String page = pages.get(d.id);
                if (page != null) find(d.id).ifPresent(e -> host.guard().run(e.id(), "showing page " + page
                        + " in the editor of " + e.id(), () -> e.part.reveal(EditorPlace.page(page))));
            }
            // the tab holds the editor's frame, not the part's own component
            find(active).ifPresent(e -> stack.setSelectedComponent(e.tab()));
        });
    }

    /** An editor contribution arrived: editors of the last session waiting for it open now. */
    public void editorContributionArrived() {
        Runnable r = pendingReopen;
        if (r != null) r.run();
    }

    /** Ctrl+F6 / Ctrl+Shift+F6: the next ({@code +1}) or previous ({@code -1}) editor to the front, round the end. */
    public void nextEditor(int delta) {
        int n = stack.getTabCount();
        if (n < 2) return;
        stack.setSelectedIndex(Math.floorMod(stack.getSelectedIndex() + delta, n));
        stack.getSelectedComponent().requestFocusInWindow();
    }

    /** Ctrl+PageDown / Ctrl+PageUp: the next or previous page of the editor in front. */
    public void showPage(int delta) {
        active().ifPresent(e -> host.guard().run(e.id(), "showing the next page of " + e.id(), () -> e.part.showPage(delta)));
    }

    public boolean hasOthers() {
        return editors.size() > 1;
    }

    /**
     * Asks about every editor with unsaved changes before the window closes.
     *
     * @return true when the window may close now; false when cancelled or when saves are still running (the
     *         window is closed again once they succeed)
     */
    public boolean closeAll() {
        return closes.beforeExit(List.copyOf(editors));
    }

    /** Writes a draft of every editor changed since its last draft (JSON made here, written off the EDT). */
    public void autosaveNow() {
        for (OpenEditor e : editors) {
            if (e.part.isDirty() && e.changedSinceDraft) {
                e.part.commitPending();
                drafts.write(e.dossier());
                e.changedSinceDraft = false;
            }
        }
    }

    /** Looks for drafts left by a run that ended without saving them, and offers to recover them. */
    public void offerRecovery() {
        drafts.offer(host.window(), d -> {
            find(d.id).ifPresent(this::close);
            add(d, true);
        });
    }

    /**
     * The editor contribution went away (its bundle stopped): unsaved work is kept as drafts, offered again at the
     * next start, and its editors close.
     */
    public void editorContributionGone() {
        for (OpenEditor e : List.copyOf(editors)) {
            if (e.unsaved()) {
                e.part.commitPending();
                drafts.write(e.dossier());
            }
            close(e);
        }
    }

    /** The window closed: autosave stops and every editor is disposed (its unsaved work was asked about). */
    public void shutdown() {
        autosave.stop();
        List.copyOf(editors).forEach(this::close);
    }

    // ---- internals ----

    private Optional<OpenEditor> active() {
        Component c = stack.getSelectedComponent();
        return editors.stream().filter(e -> e.tab() == c).findFirst();
    }

    private Optional<OpenEditor> find(String dossierId) {
        return editors.stream().filter(e -> e.id().equals(dossierId)).findFirst();
    }

    /** Creates the editor of a loaded dossier and shows it in front; null when the editor could not be made. */
    private OpenEditor add(Dossier d, boolean recovered) {
        EditorContribution c = host.editorContribution().orElse(null);
        if (c == null) return null;
        EditorPart part = host.guard().call(c.id(), "opening the editor of " + d.id, () -> c.createEditor(d, host.site()))
                .orElse(null);
        if (part == null) return null;
        OpenEditor e = new OpenEditor(part);
        part.component().setName("view:editor:" + d.id);
        e.frame = new EditorFrame(part.component(), new EditorFrame.Actions() {
            @Override
            public void reload() {
                EditorManager.this.reload(e.id());
            }

            @Override
            public void merge() {
                shared.compare(e);
            }

            @Override
            public void dismissRemote() {
                shared.dismiss(e);
            }

            @Override
            public void retry() {
                saves.retry(e);
            }
        });
        JComponent component = e.tab();
        // the tab holds the frame, not the named editor: the layout finds the editor's id here (ViewStack.VIEW_ID)
        component.putClientProperty("hta.viewId", "editor:" + d.id);
        editors.add(e);
        stack.addTab(e.title(), component);
        stack.setSelectedComponent(component);
        e.subscription = part.onChange(() -> {
            e.changedSinceDraft = true;
            int i = stack.indexOfComponent(component);
            if (i >= 0) stack.setTitleAt(i, e.title());
            shared.dirtyChanged(e);
            fire();
        });
        if (recovered) part.markUnsaved();
        shared.opened(e);
        fire();
        return e;
    }

    private void save(OpenEditor e, Runnable then) {
        saves.save(e, then);
    }

    /** Replaces an editor's dossier by {@code d}, in a new editor at the same tab position; returns it (null: none). */
    private OpenEditor replace(OpenEditor old, Dossier d) {
        int i = stack.indexOfComponent(old.tab());
        close(old);
        OpenEditor e = add(d, false);
        if (e != null && i >= 0 && i < stack.getTabCount()) {
            JComponent c = e.tab();
            stack.remove(c);
            stack.insertTab(e.title(), null, c, null, i);
            stack.setSelectedComponent(c);
        }
        return e;
    }

    private void close(OpenEditor e) {
        editors.remove(e);
        shared.closed(e);
        stack.remove(e.tab());
        if (e.subscription != null) e.subscription.close();
        host.guard().run(e.id(), "closing the editor of " + e.id(), e.part::dispose);
        fire();
    }
}
