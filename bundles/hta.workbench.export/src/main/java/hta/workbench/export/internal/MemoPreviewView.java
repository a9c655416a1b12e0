package hta.workbench.export.internal;

import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.export.pdf.ExportRefusedException;
import hta.export.pdf.ExportResult;
import hta.export.pdf.MemoExporter;
import hta.export.pdf.MemoPages;
import hta.plugins.PluginManager;
import hta.workbench.api.DossierSelection;
import hta.workbench.api.Subscription;
import hta.workbench.api.ViewContribution;
import hta.workbench.api.WorkbenchSite;
import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.awt.image.BufferedImage;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.ImageIcon;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The Memo Preview: the confidential and the public PDF of the selected memo (navigator: a memo under a
 * jurisdiction) side by side, rendered page by page through the export API ({@link MemoPages}), refreshed after
 * every save. Built from the open editor's state when there is one. A refused public export shows its reasons
 * instead. Export and rendering run off the EDT, through the plugin manager's time limit when there is one
 * ({@link GuardedExporter}), so a hanging template marks its plugin failed instead of leaving the preview waiting.
 * Contributed while the PDF exporter runs.
 */
@Component(service = ViewContribution.class)
public final class MemoPreviewView implements ViewContribution {
    public static final String ID = "hta.memoPreview";
    /** Rendering resolution: about 60 % of a printed page on a 96-dpi screen. */
    static final float DPI = 60f;
    private final MemoExporter exporter;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PluginManager pluginManager;

    @Activate
    public MemoPreviewView(@Reference MemoExporter exporter) {
        this.exporter = exporter;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Memo Preview";
    }

    @Override
    public JComponent createComponent(WorkbenchSite site) {
        return new Panel(site, new GuardedExporter(exporter, () -> pluginManager, GuardedExporter.TIMEOUT));
    }

    @Override
    public void dispose(JComponent component) {
        ((Panel) component).subscriptions.forEach(Subscription::close);
    }

    /** One rendered variant: page images, or the reasons it was refused. */
    record Rendered(List<BufferedImage> pages, String refusal) {
    }

    static Rendered render(MemoExporter exporter, Dossier d, String jurisdiction, String template, Variant v) {
        try {
            ExportResult r = exporter.export(d, jurisdiction, template, v);
            return new Rendered(MemoPages.renderAll(r.pdf(), DPI), null);
        } catch (ExportRefusedException e) {
            return new Rendered(List.of(), "Not exported: " + e.getMessage());
        } catch (java.io.IOException | RuntimeException e) {
            return new Rendered(List.of(), "The memo could not be rendered: " + e.getMessage());
        }
    }

    /** The view's component; public so that tests can read it. */
    public static final class Panel extends JPanel {
        private final WorkbenchSite site;
        private final MemoExporter exporter;
        private final List<Subscription> subscriptions = new java.util.ArrayList<>();
        private final JPanel confidential = column();
        private final JPanel publicVersion = column();
        private final JLabel heading = new JLabel(" ");
        private int generation;

        Panel(WorkbenchSite site, MemoExporter exporter) {
            super(new BorderLayout());
            this.site = site;
            this.exporter = exporter;
            setName("memoPreview");
            JPanel both = new JPanel(new GridLayout(1, 2, 8, 0));
            both.add(titled("Confidential (for the agency)", confidential));
            both.add(titled("Public", publicVersion));
            add(heading, BorderLayout.NORTH);
            add(both, BorderLayout.CENTER);
            subscriptions.add(site.onSelectionChange(this::refresh));
            subscriptions.add(site.onWorkspaceChange(this::refresh));
            refresh();
        }

        /** Pages shown: confidential, public. */
        public int[] pageCounts() {
            return new int[]{confidential.getComponentCount(), publicVersion.getComponentCount()};
        }

        private void refresh() {
            DossierSelection s = site.selection().orElse(null);
            int gen = ++generation;
            if (s == null || s.jurisdiction() == null) {
                heading.setText("  Select a memo (or a jurisdiction) of a dossier in the navigator.");
                return;
            }
            Dossier copy = site.editors().copyOf(s.dossierId()).orElse(null);
            boolean unsaved = site.editors().isDirty(s.dossierId());
            heading.setText("  Rendering " + s.label() + ", " + s.jurisdiction() + (s.document() == null ? "" : ", " + s.document()) + "…");
            Rendered[] r = new Rendered[2];
            site.schedule("Rendering memo preview", m -> {
                Dossier d = copy != null ? copy : site.workspace().load(s.dossierId());
                m.begin("Confidential version", 2);
                r[0] = render(exporter, d, s.jurisdiction(), s.document(), Variant.CONFIDENTIAL);
                m.worked(1);
                m.subTask("Public version");
                r[1] = render(exporter, d, s.jurisdiction(), s.document(), Variant.PUBLIC);
                m.worked(1);
            }, () -> {
                if (gen != generation) return;
                heading.setText("  " + s.label() + ", " + s.jurisdiction() + (s.document() == null ? "" : ", " + s.document())
                        + (unsaved ? " (unsaved edits included)" : ""));
                show(confidential, r[0]);
                show(publicVersion, r[1]);
            });
        }

        private void show(JPanel column, Rendered r) {
            column.removeAll();
            if (r.refusal() != null) {
                JTextArea why = new JTextArea(r.refusal());
                why.setLineWrap(true);
                why.setWrapStyleWord(true);
                why.setEditable(false);
                column.add(why);
            }
            for (BufferedImage page : r.pages()) {
                JLabel l = new JLabel(new ImageIcon(page));
                l.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
                column.add(l);
            }
            column.revalidate();
            column.repaint();
        }
    }

    private static JPanel column() {
        JPanel p = new JPanel();
        p.setLayout(new BoxLayout(p, BoxLayout.Y_AXIS));
        return p;
    }

    private static JComponent titled(String title, JPanel column) {
        JPanel p = new JPanel(new BorderLayout());
        p.add(new JLabel(" " + title), BorderLayout.NORTH);
        JScrollPane s = new JScrollPane(column);
        s.getVerticalScrollBar().setUnitIncrement(24);
        p.add(s, BorderLayout.CENTER);
        return p;
    }
}
