package hta.workbench.export.internal;

import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.export.pdf.ExportRefusedException;
import hta.export.pdf.ExportResult;
import hta.export.pdf.MemoExporter;
import hta.workbench.api.WorkbenchSite;
import hta.workbench.editor.internal.DossierEditor;
import hta.workbench.shell.internal.Selection;
import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.ImageIcon;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The Memo Preview: the confidential and the public PDF of the selected memo (navigator: a memo under a
 * jurisdiction) side by side, rendered page by page with PDFBox, refreshed after every save. Built from the open
 * editor's state when there is one. A refused public export shows its reasons instead. Export and rendering run
 * off the EDT.
 */
public final class MemoPreviewView extends BuiltInView {
    public static final String ID = "hta.memoPreview";
    /** Rendering resolution: about 60 % of a printed page on a 96-dpi screen. */
    static final float DPI = 60f;
    private final MemoExporter exporter;

    public MemoPreviewView(ViewContext ctx, MemoExporter exporter) {
        super(ID, "Memo Preview", ctx);
        this.exporter = exporter;
    }

    @Override
    public JComponent createComponent(WorkbenchSite site) {
        return new Panel();
    }

    /** One rendered variant: page images, or the reasons it was refused. */
    record Rendered(List<BufferedImage> pages, String refusal) {
    }

    static Rendered render(MemoExporter exporter, Dossier d, String jurisdiction, String template, Variant v) {
        try {
            ExportResult r = exporter.export(d, jurisdiction, template, v);
            List<BufferedImage> pages = new ArrayList<>();
            try (PDDocument doc = Loader.loadPDF(r.pdf())) {
                PDFRenderer renderer = new PDFRenderer(doc);
                for (int i = 0; i < doc.getNumberOfPages(); i++) pages.add(renderer.renderImageWithDPI(i, DPI));
            }
            return new Rendered(pages, null);
        } catch (ExportRefusedException e) {
            return new Rendered(List.of(), "Not exported: " + e.getMessage());
        } catch (java.io.IOException | RuntimeException e) {
            return new Rendered(List.of(), "The memo could not be rendered: " + e.getMessage());
        }
    }

    /** The view's component; public so that tests can read it. */
    public final class Panel extends JPanel implements Closable {
        private final JPanel confidential = column();
        private final JPanel publicVersion = column();
        private final JLabel heading = new JLabel(" ");
        private final Consumer<Selection.Item> onSelect = i -> refresh();
        private final Runnable onSaved = this::refresh;
        private int generation;

        Panel() {
            super(new BorderLayout());
            setName("memoPreview");
            JPanel both = new JPanel(new GridLayout(1, 2, 8, 0));
            both.add(titled("Confidential (for the agency)", confidential));
            both.add(titled("Public", publicVersion));
            add(heading, BorderLayout.NORTH);
            add(both, BorderLayout.CENTER);
            ctx.selection().addListener(onSelect);
            ctx.addWorkspaceListener(onSaved);
            refresh();
        }

        @Override
        public void dispose() {
            ctx.selection().removeListener(onSelect);
            ctx.removeWorkspaceListener(onSaved);
        }

        /** Pages shown: confidential, public. */
        public int[] pageCounts() {
            return new int[]{confidential.getComponentCount(), publicVersion.getComponentCount()};
        }

        private void refresh() {
            Selection.Item s = ctx.selection().current();
            int gen = ++generation;
            if (s == null || s.jurisdiction() == null) {
                heading.setText("  Select a memo (or a jurisdiction) of a dossier in the navigator.");
                return;
            }
            Optional<DossierEditor> open = ctx.editors().editor(s.dossierId());
            Dossier copy = open.map(e -> DossierJson.copy(e.dossier())).orElse(null);
            heading.setText("  Rendering " + s.label() + ", " + s.jurisdiction() + (s.document() == null ? "" : ", " + s.document()) + "…");
            Rendered[] r = new Rendered[2];
            ctx.jobs().schedule("Rendering memo preview", m -> {
                Dossier d = copy != null ? copy : ctx.repository().load(s.dossierId());
                m.begin("Confidential version", 2);
                r[0] = render(exporter, d, s.jurisdiction(), s.document(), Variant.CONFIDENTIAL);
                m.worked(1);
                m.subTask("Public version");
                r[1] = render(exporter, d, s.jurisdiction(), s.document(), Variant.PUBLIC);
                m.worked(1);
            }, () -> {
                if (gen != generation) return;
                heading.setText("  " + s.label() + ", " + s.jurisdiction() + (s.document() == null ? "" : ", " + s.document())
                        + (open.isPresent() && open.get().history().isDirty() ? " (unsaved edits included)" : ""));
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
