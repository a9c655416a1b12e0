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
import java.awt.Window;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;

/**
 * The open dossier editors of the editor area, whatever bundle makes them ({@link EditorContribution}), as the
 * workbench's {@link Editors} for views and commands: creating and closing them, undo and redo of the editor in
 * front. It delegates the tabs to {@link EditorStack}, loading to {@link EditorLoads}, saving with conflict handling
 * to {@link Saves}, save prompts to {@link Closes}, drafts and their recovery after a crash to {@link Drafts} and
 * {@link Autosave}, the next session to {@link EditorSession}, and a shared workspace to {@link SharedWork}. Used
 * on the EDT.
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
    private final EditorStack stack;
    private final EditorSession session;
    private final EditorLoads loads;
    private final Drafts drafts;
    private final Saves saves;
    private final Closes closes;
    private final SharedWork shared;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Autosave autosave;

    public EditorManager(Host host, JTabbedPane stack, java.nio.file.Path recoveryDir) {
        this.host = host;
        this.stack = new EditorStack(stack);
        this.session = new EditorSession(host, this.stack, d -> add(d, false));
        this.loads = new EditorLoads(host, this.stack, d -> add(d, false), this::replace);
        this.drafts = new Drafts(recoveryDir, host.jobs(), host.guard().log());
        this.shared = new SharedWork(host, drafts, this.stack::find, this.stack::all, this::replace, e -> saves().retry(e));
        this.saves = new Saves(host, drafts, (e, d) -> replace(e, d), shared);
        this.closes = new Closes(host::window, drafts, this::save, this::close);
        stack.addChangeListener(e -> fire());
        autosave = new Autosave(host.preferences(), drafts, this.stack::all);
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
        loads.open(dossierId, place);
    }

    @Override
    public Optional<String> activeDossierId() {
        return stack.active().map(OpenEditor::id);
    }

    @Override
    public Optional<EditorPart> activeEditor() {
        return stack.active().map(e -> e.part);
    }

    /** The editor of an open dossier. */
    public Optional<EditorPart> part(String dossierId) {
        return stack.find(dossierId).map(e -> e.part);
    }

    /** The page in front in each open editor that says one, by dossier id (remembered for the next session). */
    public Map<String, String> shownPages() {
        return session.shownPages();
    }

    @Override
    public List<String> openDossierIds() {
        return stack.all().stream().map(OpenEditor::id).toList();
    }

    @Override
    public Optional<Dossier> copyOf(String dossierId) {
        return stack.find(dossierId).map(e -> DossierJson.copy(e.dossier()));
    }

    @Override
    public boolean isDirty(String dossierId) {
        return stack.find(dossierId).map(OpenEditor::unsaved).orElse(false);
    }

    @Override
    public void save(String dossierId, Runnable then) {
        stack.find(dossierId).ifPresent(e -> save(e, then));
    }

    @Override
    public void reload(String dossierId) {
        loads.reload(dossierId);
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
        closes.beforeSwitch(stack.all(), proceed, cancelled);
    }

    /**
     * Closes every editor before another workspace opens; the caller asked about unsaved changes, and those not
     * saved are dropped with their drafts. The recovery folder is then {@code recovery}: drafts belong to the
     * workspace they were made in.
     */
    public void closeForSwitch(java.nio.file.Path recovery) {
        for (OpenEditor e : stack.all()) {
            if (e.unsaved()) drafts.discard(e.id());
            close(e);
        }
        drafts.moveTo(recovery);
    }

    /** A copy of the active editor's dossier with typing not yet recorded committed first; from any thread. */
    public Optional<Dossier> activeDossierCopy() {
        if (SwingUtilities.isEventDispatchThread()) return stack.active().map(OpenEditor::committedCopy);
        try {
            java.util.concurrent.atomic.AtomicReference<Optional<Dossier>> result = new java.util.concurrent.atomic.AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> result.set(stack.active().map(OpenEditor::committedCopy)));
            return result.get();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    // ---- the workbench's commands ----

    public boolean hasActive() {
        return stack.active().isPresent();
    }

    public boolean canSaveActive() {
        return stack.active().map(OpenEditor::unsaved).orElse(false);
    }

    public boolean anyDirty() {
        return stack.all().stream().anyMatch(OpenEditor::unsaved);
    }

    public boolean canUndo() {
        return stack.active().map(e -> e.part.canUndo()).orElse(false);
    }

    public boolean canRedo() {
        return stack.active().map(e -> e.part.canRedo()).orElse(false);
    }

    /** What Undo would take back in the editor in front, e.g. {@code Edit price no-maks-aup}; empty when nothing. */
    public Optional<String> undoLabel() {
        return stack.active().filter(e -> e.part.canUndo()).flatMap(e -> e.part.undoLabel());
    }

    /** What Redo would make again in the editor in front; empty when nothing. */
    public Optional<String> redoLabel() {
        return stack.active().filter(e -> e.part.canRedo()).flatMap(e -> e.part.redoLabel());
    }

    public void undo() {
        stack.active().ifPresent(e -> {
            e.part.commitPending();
            e.part.undo();
        });
    }

    public void redo() {
        stack.active().ifPresent(e -> e.part.redo());
    }

    public void saveActive() {
        stack.active().ifPresent(e -> save(e, null));
    }

    public void saveAll() {
        stack.all().stream().filter(OpenEditor::unsaved).forEach(e -> save(e, null));
    }

    /** Closes the active editor, asking first when it has unsaved changes. */
    public void closeActive() {
        stack.active().ifPresent(e -> closes.close(List.of(e)));
    }

    /** Closes the editor of {@code dossierId} (its tab's close button), asking first when it has unsaved changes. */
    @Override
    public void close(String dossierId) {
        stack.find(dossierId).ifPresent(e -> closes.close(List.of(e)));
    }

    /** Closes every editor but the one of {@code dossierId} (the active one when null), asking once about unsaved ones. */
    @Override
    public void closeOthers(String dossierId) {
        String keep = dossierId != null ? dossierId : activeDossierId().orElse(null);
        closes.close(stack.all().stream().filter(e -> !e.id().equals(keep)).toList());
    }

    /** Closes every editor, asking once about the unsaved ones. */
    @Override
    public void closeAllEditors() {
        closes.close(stack.all());
    }

    /** Opens the editors of a previous session, in their order, with {@code active} in front ({@link EditorSession}). */
    public void reopen(List<String> dossierIds, String active, Map<String, String> pages) {
        session.reopen(dossierIds, active, pages);
    }

    /** An editor contribution arrived: editors of the last session waiting for it open now. */
    public void editorContributionArrived() {
        session.editorContributionArrived();
    }

    /** Ctrl+F6 / Ctrl+Shift+F6: the next ({@code +1}) or previous ({@code -1}) editor to the front, round the end. */
    public void nextEditor(int delta) {
        stack.next(delta);
    }

    /** Ctrl+PageDown / Ctrl+PageUp: the next or previous page of the editor in front. */
    public void showPage(int delta) {
        stack.active().ifPresent(e -> host.guard().run(e.id(), "showing the next page of " + e.id(), () -> e.part.showPage(delta)));
    }

    public boolean hasOthers() {
        return stack.all().size() > 1;
    }

    /**
     * Asks about every editor with unsaved changes before the window closes.
     *
     * @return true when the window may close now; false when cancelled or when saves are still running (the
     *         window is closed again once they succeed)
     */
    public boolean closeAll() {
        return closes.beforeExit(stack.all());
    }

    /** Writes a draft of every editor changed since its last draft (JSON made here, written off the EDT). */
    public void autosaveNow() {
        autosave.now();
    }

    /** Looks for drafts left by a run that ended without saving them, and offers to recover them. */
    public void offerRecovery() {
        drafts.offer(host.window(), d -> {
            stack.find(d.id).ifPresent(this::close);
            add(d, true);
        });
    }

    /**
     * The editor contribution went away (its bundle stopped): unsaved work is kept as drafts, offered again at the
     * next start, and its editors close.
     */
    public void editorContributionGone() {
        for (OpenEditor e : stack.all()) {
            if (e.unsaved()) {
                e.part.commitPending();
                drafts.write(e.dossier());
            }
            close(e);
        }
    }

    /**
     * The window closed: autosave stops, editors without unsaved changes leave no draft behind, and every editor is
     * disposed (its unsaved work was asked about).
     */
    public void shutdown() {
        autosave.stop(stack.all());
        stack.all().forEach(this::close);
    }

    // ---- internals ----

    /** Creates the editor of a loaded dossier and shows it in front; null when the editor could not be made. */
    private OpenEditor add(Dossier d, boolean recovered) {
        return add(d, recovered, -1);
    }

    /** As {@link #add(Dossier, boolean)}, its tab at {@code index} (at the end when out of range). */
    private OpenEditor add(Dossier d, boolean recovered, int index) {
        EditorContribution c = host.editorContribution().orElse(null);
        if (c == null) return null;
        EditorPart part = host.guard().call(c.id(), "opening the editor of " + d.id, () -> c.createEditor(d, host.site()))
                .orElse(null);
        if (part == null) return null;
        OpenEditor e = new OpenEditor(part);
        part.component().setName("view:editor:" + d.id);
        e.frame = new EditorFrame(part.component(), frameActions(e));
        // the tab holds the frame, not the named editor: the layout finds the editor's id here (ViewStack.VIEW_ID)
        e.tab().putClientProperty("hta.viewId", "editor:" + d.id);
        stack.add(e, index);
        e.subscription = part.onChange(() -> {
            autosave.changed(e);
            stack.retitle(e);
            shared.dirtyChanged(e);
            fire();
        });
        if (recovered) part.markUnsaved();
        e.wasDirty = part.isDirty();
        shared.opened(e);
        fire();
        return e;
    }

    /** What the bars above an editor do: reload, compare and merge, dismiss, retry a save. */
    private EditorFrame.Actions frameActions(OpenEditor e) {
        return new EditorFrame.Actions(() -> reload(e.id()), () -> shared.compare(e), () -> shared.dismiss(e),
                () -> saves.retry(e));
    }

    private void save(OpenEditor e, Runnable then) {
        saves.save(e, then);
    }

    /** Replaces an editor's dossier by {@code d}, in a new editor at the same tab position; returns it (null: none). */
    private OpenEditor replace(OpenEditor old, Dossier d) {
        int i = stack.indexOf(old);
        close(old);
        OpenEditor now = add(d, false, i);
        // reverted, or their version taken: the dossier as saved, nothing of the old editor's draft to keep
        if (now != null && !now.unsaved()) drafts.discard(old.id());
        return now;
    }

    private void close(OpenEditor e) {
        stack.remove(e);
        shared.closed(e);
        if (e.subscription != null) e.subscription.close();
        host.guard().run(e.id(), "closing the editor of " + e.id(), e.part::dispose);
        fire();
    }
}
