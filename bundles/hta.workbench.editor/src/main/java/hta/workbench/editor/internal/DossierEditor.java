package hta.workbench.editor.internal;

import hta.dossier.Dossier;
import hta.workbench.api.DossierEdit;
import hta.workbench.api.EditorPage;
import hta.workbench.api.EditorPageContribution;
import hta.workbench.api.EditorPageSite;
import hta.workbench.api.EditorPart;
import hta.workbench.api.EditorPlace;
import hta.workbench.api.Subscription;
import hta.workbench.api.WorkbenchSite;
import hta.workbench.editor.internal.ops.OperationHistory;
import hta.workbench.editor.internal.ops.WriteGate;
import java.awt.BorderLayout;
import java.awt.Component;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;

/**
 * The editor of one dossier: one tab per {@link EditorPageContribution} that applies to it — the pages for every
 * dossier by rank, then the pages of its jurisdictions in the order of its submissions — over one
 * {@link OperationHistory}, so undo, redo and the unsaved marker cover every page. A page is created when its tab
 * is first shown; every call into a page is guarded (a failure goes to the Error Log). In a team workspace what the
 * user's roles allow decides what can be edited ({@link WriteGate}): an edit the user may not make is refused with
 * one line above the pages, and the pages the user cannot change at all look read-only. Used on the EDT.
 */
public final class DossierEditor extends JPanel implements EditorPart, EditorPageSite {
    private static final String HOLDER = "page:";
    private final OperationHistory history;
    private final WorkbenchSite site;
    private final Supplier<List<EditorPageContribution>> contributions;
    private final JTabbedPane pages = new PageTabs();
    /** The pages shown, in tab order; a value stays null until its tab is first shown. */
    private final Map<EditorPageContribution, EditorPage> shown = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Runnable onDispose;
    private final WriteGate gate;
    private final AccessBar accessBar;
    private boolean disposed;

    /** @param onDispose called when the workbench closes the editor */
    DossierEditor(Dossier d, WorkbenchSite site, Supplier<List<EditorPageContribution>> contributions,
                  Runnable onDispose) {
        super(new BorderLayout());
        this.history = new OperationHistory(d);
        this.site = site;
        this.contributions = contributions;
        this.onDispose = onDispose;
        pages.setName("editor.pages");
        pages.addChangeListener(e -> createShownPage());
        add(pages, BorderLayout.CENTER);
        this.gate = new WriteGate(site.workspace().access(), site.workspace().address());
        this.accessBar = new AccessBar(gate, site.workspace().address());
        if (!gate.allowsAll()) add(accessBar, BorderLayout.NORTH);
        history.addListener(() -> {
            accessBar.refused(null);
            refresh();
            listeners.forEach(Runnable::run);
        });
        syncPages();
    }

    public OperationHistory history() {
        return history;
    }

    public JTabbedPane pages() {
        return pages;
    }

    /** The page in front, once created. */
    Optional<EditorPage> selectedPage() {
        Component c = pages.getSelectedComponent();
        return shown.entrySet().stream().filter(e -> holderOf(e.getKey()) == c && e.getValue() != null)
                .map(Map.Entry::getValue).findFirst();
    }

    // ---- EditorPageSite ----

    @Override
    public Dossier dossier() {
        return history.dossier();
    }

    /** Applies an edit the user's roles allow; any other is refused with one line, and the pages show the dossier again. */
    @Override
    public void execute(DossierEdit edit) {
        String refusal = gate.refusal(history.dossier(), edit);
        if (refusal != null) {
            accessBar.refused(refusal);
            site.status(refusal);
            refresh();
            return;
        }
        history.execute(edit);
    }

    @Override
    public WorkbenchSite workbench() {
        return site;
    }

    // ---- EditorPart ----

    @Override
    public JComponent component() {
        return this;
    }

    @Override
    public boolean isDirty() {
        return history.isDirty();
    }

    /** Whether a page holds typing not yet recorded, which a save records first. */
    @Override
    public boolean hasPending() {
        for (Map.Entry<EditorPageContribution, EditorPage> e : shown.entrySet()) {
            EditorPage p = e.getValue();
            if (p != null && call(e.getKey(), "asking editor page '" + e.getKey().title() + "'", p::hasPending)
                    .orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** Turns typing not yet recorded (a field not left, a cell still open) into edits. */
    @Override
    public void commitPending() {
        each("committing", EditorPage::commitPending);
    }

    @Override
    public boolean canUndo() {
        return history.canUndo();
    }

    @Override
    public boolean canRedo() {
        return history.canRedo();
    }

    @Override
    public void undo() {
        history.undo();
    }

    @Override
    public void redo() {
        history.redo();
    }

    @Override
    public Optional<String> undoLabel() {
        return history.undoLabel();
    }

    @Override
    public Optional<String> redoLabel() {
        return history.redoLabel();
    }

    @Override
    public void markSaved() {
        history.markSaved();
    }

    @Override
    public void markUnsaved() {
        history.markUnsaved();
    }

    @Override
    public Subscription onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Reveals a place: brings its page to the front (creating it), then lets the page show the item or offset. */
    @Override
    public void reveal(EditorPlace place) {
        for (EditorPageContribution c : shown.keySet()) {
            boolean match = place.page() != null ? place.page().equals(c.id())
                    : place.jurisdiction() != null && place.jurisdiction().equals(c.jurisdiction());
            if (!match) continue;
            pages.setSelectedComponent(holderOf(c));
            EditorPage p = shown.get(c);
            if (p != null) {
                Reveals.whenShown(holderOf(c), () -> run(c, "showing " + place + " on page '" + c.title() + "'", () -> p.reveal(place)));
            }
            return;
        }
    }

    @Override
    public String shownPage() {
        Component c = pages.getSelectedComponent();
        return shown.keySet().stream().filter(p -> holderOf(p) == c).map(EditorPageContribution::id).findFirst().orElse(null);
    }

    @Override
    public Map<String, String> pageTitles() {
        Map<String, String> out = new LinkedHashMap<>();
        shown.keySet().forEach(c -> out.put(c.id(), c.title()));
        return out;
    }

    /** The next or previous page to the front, round the end. */
    @Override
    public void showPage(int delta) {
        int n = pages.getTabCount();
        if (n > 0) pages.setSelectedIndex(Math.floorMod(pages.getSelectedIndex() + delta, n));
    }

    @Override
    public void dispose() {
        disposed = true;
        onDispose.run();
        for (EditorPageContribution c : List.copyOf(shown.keySet())) removePage(c);
    }

    // ---- pages ----

    /** Shows every page's current state after an edit, undo or redo. */
    private void refresh() {
        each("refreshing", EditorPage::refresh);
        shown.forEach((c, p) -> lockIfReadOnly(c));
    }

    /** A page of a part the user cannot change at all looks read-only (all of them for a reviewer or reader). */
    private void lockIfReadOnly(EditorPageContribution c) {
        if (gate.allowsAll()) return;
        boolean locked = !gate.access().maySave()
                || c.jurisdiction() != null && !gate.mayWrite(c.jurisdiction())
                || EditorPlace.ECONOMICS.equals(c.id()) && !gate.mayWrite(hta.dossier.repository.WorkspaceAccess.GLOBAL);
        Component holder = holderOf(c);
        if (locked && holder != null) ReadOnlyLook.apply(holder);
    }

    private void each(String what, java.util.function.Consumer<EditorPage> action) {
        shown.forEach((c, p) -> {
            if (p != null) run(c, what + " editor page '" + c.title() + "'", () -> action.accept(p));
        });
    }

    /**
     * Adds tabs for the contributions that apply (in their place) and removes the pages whose contribution is gone.
     * Called when the editor opens and when page contributions come or go.
     */
    void syncPages() {
        if (disposed) return;
        List<EditorPageContribution> now = contributions.get();
        for (EditorPageContribution c : List.copyOf(shown.keySet())) {
            if (!now.contains(c)) removePage(c);
        }
        List<EditorPageContribution> wanted = new ArrayList<>();
        for (EditorPageContribution c : now) {
            if (c.jurisdiction() == null || dossier().submission(c.jurisdiction()).isPresent()) wanted.add(c);
        }
        wanted.sort(order());
        for (int i = 0; i < wanted.size(); i++) {
            EditorPageContribution c = wanted.get(i);
            if (shown.containsKey(c)) continue;
            JPanel holder = new JPanel(new BorderLayout());
            holder.setName(HOLDER + c.id());
            int at = 0;
            for (int k = 0; k < i; k++) if (shown.containsKey(wanted.get(k))) at++;
            shown.put(c, null);
            // a tab a narrow editor cuts ("Scotland (S…") says its whole title when the pointer rests on it
            pages.insertTab(c.title(), null, holder, null, at);
            pages.setToolTipTextAt(at, c.jurisdiction() == null ? c.title()
                    : c.title() + ": the submission's case, status, milestones, agreements and memo parties");
        }
        Map<EditorPageContribution, EditorPage> ordered = new LinkedHashMap<>();
        wanted.forEach(c -> ordered.put(c, shown.get(c)));
        shown.clear();
        shown.putAll(ordered);
        createShownPage();
    }

    /** Pages for every dossier by rank, then the jurisdictions' pages in the order of the dossier's submissions. */
    private Comparator<EditorPageContribution> order() {
        List<String> submissions = dossier().submissions.stream().map(s -> s.jurisdiction).toList();
        return Comparator.<EditorPageContribution>comparingInt(c -> c.jurisdiction() == null ? 0 : 1)
                .thenComparingInt(c -> c.jurisdiction() == null ? c.rank() : submissions.indexOf(c.jurisdiction()))
                .thenComparing(EditorPageContribution::title);
    }

    /** Creates the page of the selected tab if it is not created yet. */
    private void createShownPage() {
        if (disposed) return;
        Component selected = pages.getSelectedComponent();
        for (Map.Entry<EditorPageContribution, EditorPage> e : shown.entrySet()) {
            EditorPageContribution c = e.getKey();
            if (e.getValue() != null || holderOf(c) != selected) continue;
            EditorPage p = call(c, "creating editor page '" + c.title() + "'", () -> c.createPage(this)).orElse(null);
            JComponent comp = p == null ? null : call(c, "editor page '" + c.title() + "'", p::component).orElse(null);
            JPanel holder = (JPanel) selected;
            holder.add(comp != null ? comp : new JLabel("This page failed; the Error Log says why."), BorderLayout.CENTER);
            holder.revalidate();
            if (p == null) return;
            e.setValue(p);
            run(c, "refreshing editor page '" + c.title() + "'", p::refresh);
            lockIfReadOnly(c);
            return;
        }
    }

    private Component holderOf(EditorPageContribution c) {
        for (int i = 0; i < pages.getTabCount(); i++) {
            if ((HOLDER + c.id()).equals(pages.getComponentAt(i).getName())) return pages.getComponentAt(i);
        }
        return null;
    }

    private void removePage(EditorPageContribution c) {
        EditorPage p = shown.remove(c);
        Component holder = holderOf(c);
        if (holder != null) pages.remove(holder);
        if (p != null) run(c, "closing editor page '" + c.title() + "'", p::dispose);
    }

    /** Runs contributed code; a failure is logged under the contribution's id and the editor carries on. */
    private void run(EditorPageContribution c, String what, Runnable action) {
        call(c, what, () -> {
            action.run();
            return Boolean.TRUE;
        });
    }

    private <T> Optional<T> call(EditorPageContribution c, String what, Callable<T> action) {
        try {
            return Optional.ofNullable(action.call());
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable t) {
            site.log(c.id(), what + " failed", t);
            return Optional.empty();
        }
    }
}
