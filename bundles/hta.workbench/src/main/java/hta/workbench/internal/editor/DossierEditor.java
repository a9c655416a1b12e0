package hta.workbench.internal.editor;

import hta.dossier.Dossier;
import hta.workbench.api.DossierEdit;
import hta.workbench.api.EditorPage;
import hta.workbench.api.EditorPageContribution;
import hta.workbench.api.EditorPageSite;
import hta.workbench.api.WorkbenchSite;
import hta.workbench.internal.ops.OperationHistory;
import java.awt.BorderLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;

/**
 * The editor of one dossier: form pages (product, evidence, economics, prices, budget impact, narratives) and the pages contributed
 * by bundles for the dossier's jurisdictions, over one {@link OperationHistory}. Every change goes through the
 * history, so undo, redo and the dirty marker cover all pages. Used on the EDT.
 */
public final class DossierEditor extends JPanel implements EditorPageSite {
    // the page names findings use to say where a field is shown (hta.dossier.EditorPages)
    public static final String PRODUCT = hta.dossier.EditorPages.PRODUCT;
    public static final String EVIDENCE = hta.dossier.EditorPages.EVIDENCE;
    public static final String ECONOMICS = hta.dossier.EditorPages.ECONOMICS;
    public static final String PRICES = hta.dossier.EditorPages.PRICES;
    public static final String BUDGET = hta.dossier.EditorPages.BUDGET;
    public static final String NARRATIVES = hta.dossier.EditorPages.NARRATIVES;

    private final OperationHistory history;
    private final EditorManager.Host host;
    private final JTabbedPane pages = new JTabbedPane(JTabbedPane.BOTTOM);
    private final ProductPage product;
    private final EvidencePage evidence;
    private final EconomicsPage economics;
    private final PricesPage prices;
    private final BudgetPage budget;
    private final NarrativesPage narratives;
    private final Map<EditorPageContribution, EditorPage> contributed = new LinkedHashMap<>();
    private boolean changedSinceDraft;

    DossierEditor(Dossier d, EditorManager.Host host, EditorManager manager) {
        super(new BorderLayout());
        this.history = new OperationHistory(d);
        this.host = host;
        setName("view:editor:" + d.id);
        product = new ProductPage(this);
        evidence = new EvidencePage(this);
        economics = new EconomicsPage(this, host);
        prices = new PricesPage(this, host);
        budget = new BudgetPage(this, host);
        narratives = new NarrativesPage(this);
        JScrollPane productScroll = new JScrollPane(product);
        productScroll.setBorder(BorderFactory.createEmptyBorder());
        pages.addTab(PRODUCT, productScroll);
        pages.addTab(EVIDENCE, evidence);
        pages.addTab(ECONOMICS, economics);
        pages.addTab(PRICES, prices);
        pages.addTab(BUDGET, budget);
        pages.addTab(NARRATIVES, narratives);
        pages.setName("editor.pages");
        pages.setTabLayoutPolicy(JTabbedPane.SCROLL_TAB_LAYOUT);
        pages.addChangeListener(e -> createShownPage());
        add(pages, BorderLayout.CENTER);
        history.addListener(() -> {
            changedSinceDraft = true;
            refresh();
        });
        syncContributedPages();
    }

    public OperationHistory history() {
        return history;
    }

    @Override
    public Dossier dossier() {
        return history.dossier();
    }

    @Override
    public void execute(DossierEdit edit) {
        history.execute(edit);
    }

    @Override
    public WorkbenchSite workbench() {
        return host.site();
    }

    public String title() {
        String name = dossier().product.brandName != null ? dossier().product.brandName : dossier().id;
        return (history.isDirty() ? "*" : "") + name;
    }

    EditorManager.Host managerHost() {
        return host;
    }

    public NarrativesPage narratives() {
        return narratives;
    }

    public PricesPage prices() {
        return prices;
    }

    public JTabbedPane pages() {
        return pages;
    }

    /** Shows every page's current state after an edit, undo or redo. */
    void refresh() {
        product.refresh();
        evidence.refresh();
        economics.refresh();
        prices.refresh();
        budget.refresh();
        narratives.refresh();
        contributed.forEach((c, p) -> {
            if (p != null) host.guard().run(c.id(), "refreshing editor page '" + c.title() + "'", p::refresh);
        });
    }

    /** Turns typing not yet recorded (the narrative's pending text, a contributed page's open cell) into edits. */
    void commitPending() {
        product.commitPending();
        evidence.commitPending();
        economics.commitPending();
        narratives.commitPending();
        contributed.forEach((c, p) -> {
            if (p != null) host.guard().run(c.id(), "committing editor page '" + c.title() + "'", p::commitPending);
        });
    }

    /** Whether a form page holds typing not yet recorded, which a save records first. */
    boolean hasPending() {
        if (product.hasPending() || evidence.hasPending() || economics.hasPending()) return true;
        for (Map.Entry<EditorPageContribution, EditorPage> e : contributed.entrySet()) {
            EditorPage p = e.getValue();
            if (p != null && host.guard().call(e.getKey().id(), "asking editor page '" + e.getKey().title() + "'",
                    p::hasPending).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    boolean canToggleConfidential() {
        return pages.getSelectedComponent() == narratives && narratives.hasSelection();
    }

    void toggleConfidential() {
        narratives.toggleConfidential();
    }

    boolean changedSinceDraft() {
        return changedSinceDraft;
    }

    void draftWritten() {
        changedSinceDraft = false;
    }

    /** Reveals a place: selects its page and, for a narrative, the section and offset. */
    public void reveal(Place place) {
        for (int i = 0; i < pages.getTabCount(); i++) {
            if (pages.getTitleAt(i).equals(place.page())) pages.setSelectedIndex(i);
        }
        if (NARRATIVES.equals(place.page())) narratives.reveal(place.jurisdiction(), place.section(), place.offset());
        if (PRICES.equals(place.page()) && place.priceId() != null) prices.reveal(place.priceId());
    }

    /**
     * Adds tabs for contributions that apply and removes the pages whose contribution is gone. A contributed page
     * is created when its tab is first shown, so that opening an editor costs the event thread only the pages the
     * writer looks at.
     */
    void syncContributedPages() {
        for (EditorPageContribution c : contributed.keySet().toArray(EditorPageContribution[]::new)) {
            if (!host.editorPages().contains(c)) removePage(c);
        }
        for (EditorPageContribution c : host.editorPages()) {
            if (contributed.containsKey(c)) continue;
            if (c.jurisdiction() != null && dossier().submission(c.jurisdiction()).isEmpty()) continue;
            JPanel holder = new JPanel(new BorderLayout());
            holder.setName("page:" + c.id());
            contributed.put(c, null);
            pages.addTab(c.title(), holder);
        }
        createShownPage();
    }

    /** Creates the contributed page of the selected tab if it is not created yet. */
    private void createShownPage() {
        java.awt.Component shown = pages.getSelectedComponent();
        if (shown == null || shown.getName() == null || !shown.getName().startsWith("page:")) return;
        for (Map.Entry<EditorPageContribution, EditorPage> e : contributed.entrySet()) {
            EditorPageContribution c = e.getKey();
            if (e.getValue() != null || !shown.getName().equals("page:" + c.id())) continue;
            EditorPage p = host.guard().call(c.id(), "creating editor page '" + c.title() + "'", () -> c.createPage(this))
                    .orElse(null);
            JComponent comp = p == null ? null : host.guard().call(c.id(), "editor page '" + c.title() + "'", p::component)
                    .orElse(null);
            JPanel holder = (JPanel) shown;
            holder.add(comp != null ? comp : new JLabel("This page failed; the Error Log says why."), BorderLayout.CENTER);
            holder.revalidate();
            if (p == null) return;
            e.setValue(p);
            host.guard().run(c.id(), "refreshing editor page '" + c.title() + "'", p::refresh);
            return;
        }
    }

    private void removePage(EditorPageContribution c) {
        EditorPage p = contributed.remove(c);
        for (int i = 0; i < pages.getTabCount(); i++) {
            if (("page:" + c.id()).equals(pages.getComponentAt(i).getName())) pages.removeTabAt(i--);
        }
        if (p != null) host.guard().run(c.id(), "closing editor page '" + c.title() + "'", p::dispose);
    }

    void dispose() {
        for (EditorPageContribution c : contributed.keySet().toArray(EditorPageContribution[]::new)) removePage(c);
        narratives.dispose();
    }
}
