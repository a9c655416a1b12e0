package hta.workbench.export.internal;

import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.export.pdf.MemoExporter;
import hta.export.pdf.MemoPages;
import hta.workbench.api.DossierSelection;
import hta.workbench.api.Subscription;
import hta.workbench.api.WorkbenchSite;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.event.ActionEvent;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;
import javax.swing.Timer;

/**
 * The Memo Preview's component: a zoom bar (Fit Width, Fit Page, Zoom Out, Zoom In, 100 %; Ctrl+minus, Ctrl+plus,
 * Ctrl+0 and Ctrl+wheel over the pages) above the confidential and the public memo side by side. Pages fit the
 * columns' width unless the writer zooms, so no page edge is cut in a narrow area; after a zoom or a resize the
 * pages are drawn again at the new resolution off the EDT. The confidential side marks the words the public memo
 * does not have ({@link PublicRemovals}). EDT only.
 */
final class PreviewPanel extends JPanel {
    /** Pause after a zoom or resize before the pages are rendered again at the new resolution. */
    static final int RERENDER_DELAY_MS = 250;
    private final WorkbenchSite site;
    private final MemoExporter exporter;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final PreviewZoom zoom = new PreviewZoom();
    private final PreviewColumn confidential = new PreviewColumn("confidential", "Confidential (for the agency)", this::zoomBy);
    private final PreviewColumn publicSide = new PreviewColumn("public", "Public", this::zoomBy);
    private final JLabel heading = new JLabel(" ");
    private final JLabel removals = new JLabel(" ");
    private final JLabel percent = new JLabel("", JLabel.CENTER);
    private final JToggleButton fitWidth = new JToggleButton("Fit Width", true);
    private final JToggleButton fitPage = new JToggleButton("Fit Page");
    private final Timer rerender = new Timer(RERENDER_DELAY_MS, e -> rerender());
    private MemoPreviewView.Rendered[] shown;
    private int generation;

    PreviewPanel(WorkbenchSite site, MemoExporter exporter) {
        super(new BorderLayout());
        this.site = site;
        this.exporter = exporter;
        setName("memoPreview");
        heading.setName("memoPreview.heading");
        removals.setName("memoPreview.removals");
        removals.setToolTipText("<html>Marked on the confidential side: what the public memo removes or replaces by"
                + " its redaction mark</html>");
        percent.setName("memoPreview.zoom.percent");
        rerender.setRepeats(false);
        JPanel both = new JPanel(new GridLayout(1, 2, 8, 0));
        both.add(confidential);
        both.add(publicSide);
        JPanel top = new JPanel(new BorderLayout());
        top.add(heading, BorderLayout.NORTH);
        top.add(zoomBar(), BorderLayout.CENTER);
        top.add(removals, BorderLayout.SOUTH);
        add(top, BorderLayout.NORTH);
        add(both, BorderLayout.CENTER);
        confidential.viewport().addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                if (zoom.fit() != PreviewZoom.Fit.NONE) applyZoom();
            }
        });
        keys();
        subscriptions.add(site.onSelectionChange(this::refresh));
        subscriptions.add(site.onWorkspaceChange(this::refresh));
        subscriptions.add(rerender::stop);
        refresh();
    }

    void dispose() {
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
    }

    private JComponent zoomBar() {
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 1));
        fitWidth.setName("memoPreview.zoom.fitWidth");
        fitWidth.setToolTipText("Fit the pages to the width of the columns");
        fitWidth.addActionListener(e -> fit(PreviewZoom.Fit.WIDTH));
        fitPage.setName("memoPreview.zoom.fitPage");
        fitPage.setToolTipText("Show whole pages");
        fitPage.addActionListener(e -> fit(PreviewZoom.Fit.PAGE));
        bar.add(fitWidth);
        bar.add(fitPage);
        bar.add(button("−", "out", "Zoom Out (Ctrl+minus)", e -> zoomBy(-1)));
        percent.setText("400 %"); // the widest it reads, for its width
        percent.setPreferredSize(percent.getPreferredSize());
        percent.setText("");
        bar.add(percent);
        bar.add(button("+", "in", "Zoom In (Ctrl+plus)", e -> zoomBy(1)));
        bar.add(button("100 %", "actual", "Printed size (Ctrl+0)", e -> {
            zoom.percent(100);
            applyZoom();
        }));
        return bar;
    }

    private static JButton button(String text, String id, String tip, java.awt.event.ActionListener action) {
        JButton b = new JButton(text);
        b.setName("memoPreview.zoom." + id);
        b.setToolTipText(tip);
        b.addActionListener(action);
        return b;
    }

    /** Ctrl+plus (also Ctrl+= and the keypad's), Ctrl+minus and Ctrl+0 wherever the focus is in the preview. */
    private void keys() {
        int ctrl = InputEvent.CTRL_DOWN_MASK;
        bind("in", e -> zoomBy(1), KeyStroke.getKeyStroke(KeyEvent.VK_PLUS, ctrl), KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, ctrl),
                KeyStroke.getKeyStroke(KeyEvent.VK_ADD, ctrl), KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, ctrl | InputEvent.SHIFT_DOWN_MASK));
        bind("out", e -> zoomBy(-1), KeyStroke.getKeyStroke(KeyEvent.VK_MINUS, ctrl), KeyStroke.getKeyStroke(KeyEvent.VK_SUBTRACT, ctrl));
        bind("actual", e -> {
            zoom.percent(100);
            applyZoom();
        }, KeyStroke.getKeyStroke(KeyEvent.VK_0, ctrl), KeyStroke.getKeyStroke(KeyEvent.VK_NUMPAD0, ctrl));
    }

    private void bind(String id, java.awt.event.ActionListener action, KeyStroke... keys) {
        String key = "hta.preview.zoom." + id;
        for (KeyStroke k : keys) getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(k, key);
        getActionMap().put(key, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.actionPerformed(e);
            }
        });
    }

    private void fit(PreviewZoom.Fit f) {
        zoom.fit(f);
        applyZoom();
    }

    private void zoomBy(int direction) {
        float now = currentScale();
        if (direction > 0) zoom.zoomIn(now);
        else zoom.zoomOut(now);
        applyZoom();
    }

    /** The scale the pages are drawn at now (of the first shown page, else the zoom's for an A4 page). */
    private float currentScale() {
        List<PreviewPage> pages = confidential.pages();
        if (pages.isEmpty()) pages = publicSide.pages();
        return pages.isEmpty() ? scaleFor(new Dimension(595, 842)) : pages.get(0).scale();
    }

    private float scaleFor(Dimension page) {
        var view = confidential.viewport().getExtentSize();
        return zoom.scale(page.width, page.height, view.width, view.height);
    }

    /** Draws the pages at the zoom's scale now and renders them again at that resolution a moment later. */
    private void applyZoom() {
        fitWidth.setSelected(zoom.fit() == PreviewZoom.Fit.WIDTH);
        fitPage.setSelected(zoom.fit() == PreviewZoom.Fit.PAGE);
        Dimension page = confidential.largestPage();
        if (page == null) page = publicSide.largestPage();
        float scale = scaleFor(page != null ? page : new Dimension(595, 842));
        percent.setText(PreviewZoom.percentOf(scale) + " %");
        confidential.scale(scale);
        publicSide.scale(scale);
        if (shown != null && needsRendering(scale)) rerender.restart();
    }

    /** The page images are much coarser or much finer than the screen needs at {@code scale}. */
    private boolean needsRendering(float scale) {
        float need = dpi(scale);
        float have = shown[0].pdf() != null ? shown[0].dpi() : shown[1].dpi();
        return have > 0 && (need > have * 1.15f || need < have * 0.6f);
    }

    /** Dots per inch that give one image pixel per device pixel at {@code scale} screen pixels per point. */
    private float dpi(float scale) {
        double device = getGraphicsConfiguration() == null ? 1 : getGraphicsConfiguration().getDefaultTransform().getScaleX();
        return (float) (scale * 72 * device);
    }

    private void rerender() {
        if (shown == null) return;
        MemoPreviewView.Rendered[] memo = shown;
        int gen = generation;
        float dpi = dpi(currentScale());
        List<List<BufferedImage>> images = new ArrayList<>(List.of(List.of(), List.of()));
        site.schedule("Rendering memo preview at " + PreviewZoom.percentOf(currentScale()) + " %", m -> {
            for (int i = 0; i < 2; i++) {
                if (memo[i].pdf() != null) images.set(i, MemoPages.renderAll(memo[i].pdf(), dpi));
            }
        }, () -> {
            if (gen != generation) return;
            for (int i = 0; i < 2; i++) {
                MemoPreviewView.Rendered r = memo[i];
                memo[i] = new MemoPreviewView.Rendered(r.pdf(), r.sizes(), images.get(i), dpi, r.words(), r.refusal());
            }
            confidential.images(images.get(0));
            publicSide.images(images.get(1));
        });
    }

    private void refresh() {
        DossierSelection chosen = site.selection().orElse(null);
        int gen = ++generation;
        DossierSelection s = chosen == null || chosen.jurisdiction() != null ? chosen : firstCountry(chosen);
        if (s == null) {
            heading.setText(chosen == null ? "  Select a memo (or a jurisdiction) of a dossier in the navigator."
                    : "  " + chosen.label() + ": select one of its countries or memos in the navigator to preview it.");
            return;
        }
        Dossier copy = site.editors().copyOf(s.dossierId()).orElse(null);
        boolean unsaved = site.editors().isDirty(s.dossierId());
        String what = s.label() + " · " + memoName(s) + (s == chosen ? "" : " (its first country; choose another in the navigator)");
        heading.setText("  Rendering " + what + "…");
        float dpi = dpi(currentScale());
        MemoPreviewView.Rendered[] r = new MemoPreviewView.Rendered[2];
        BitSet[] removed = new BitSet[1];
        site.schedule("Rendering memo preview", m -> {
            Dossier d = copy != null ? copy : site.workspace().load(s.dossierId());
            m.begin("Confidential version", 3);
            // a team workspace withholds values the user's roles do not give: the confidential version says why
            String withheld = ConfidentialAccess.refusal(site.workspace(), s.jurisdiction());
            r[0] = withheld != null ? MemoPreviewView.Rendered.refused(withheld)
                    : MemoPreviewView.render(exporter, d, s.jurisdiction(), s.document(), Variant.CONFIDENTIAL, dpi);
            m.worked(1);
            m.subTask("Public version");
            r[1] = MemoPreviewView.render(exporter, d, s.jurisdiction(), s.document(), Variant.PUBLIC, dpi);
            m.worked(1);
            m.subTask("What the public version removes");
            removed[0] = r[0].pdf() != null && r[1].pdf() != null ? PublicRemovals.of(r[0].texts(), r[1].texts()) : new BitSet();
            m.worked(1);
        }, () -> {
            if (gen != generation) return;
            heading.setText("  " + what + (unsaved ? " (unsaved edits included)" : ""));
            heading.setToolTipText(heading.getText().strip()); // a narrow preview cuts the heading
            shown = r;
            float scale = currentScale();
            confidential.show(r[0], removed[0], scale);
            publicSide.show(r[1], new BitSet(), scale);
            removals.setText(removalSummary(r, confidential.pages()));
            applyZoom();
        });
    }

    /**
     * A dossier chosen without a country — its editor in front, or its row in the navigator — previews the first of its
     * countries whose plugin is installed, when it is open (its copy is at hand; the preview said only "Select a
     * memo" while the writer worked in its editor); null when it is not open or has no such country.
     */
    private DossierSelection firstCountry(DossierSelection dossier) {
        Dossier d = site.editors().copyOf(dossier.dossierId()).orElse(null);
        if (d == null) return null;
        for (hta.dossier.Submission x : d.submissions) {
            if (x.jurisdiction != null && site.jurisdiction(x.jurisdiction).isPresent()) {
                return new DossierSelection(dossier.dossierId(), dossier.label(), x.jurisdiction, null);
            }
        }
        return null;
    }

    /** The memo in words: "Sweden (se) · NT-rådets yttrande", the country alone when no memo is chosen. */
    private String memoName(DossierSelection s) {
        java.util.Optional<hta.jurisdiction.Jurisdiction> j = site.jurisdiction(s.jurisdiction());
        String country = j.map(hta.jurisdiction.Jurisdiction::displayName).orElse(s.jurisdiction());
        if (s.document() == null) return country;
        return country + " · " + j.flatMap(x -> x.memoTemplate(s.document())).map(hta.jurisdiction.MemoTemplate::title)
                .orElse(s.document());
    }

    /** What the marks on the confidential side mean, with how many places there are. */
    private static String removalSummary(MemoPreviewView.Rendered[] r, List<PreviewPage> pages) {
        if (r[0].pdf() == null) return " ";
        if (r[1].pdf() == null) return "  The public memo was not made, so nothing is compared.";
        int places = pages.stream().mapToInt(PreviewPage::markCount).sum();
        return places == 0 ? "  The public memo prints everything the confidential one does."
                : "  Marked: " + places + " place(s) not in the public memo";
    }
}
