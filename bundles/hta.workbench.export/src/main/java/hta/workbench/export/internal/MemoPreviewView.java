package hta.workbench.export.internal;

import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.export.pdf.ExportRefusedException;
import hta.export.pdf.ExportResult;
import hta.export.pdf.MemoExporter;
import hta.export.pdf.MemoPages;
import hta.plugins.PluginManager;
import hta.workbench.api.ViewContribution;
import hta.workbench.api.WorkbenchSite;
import java.awt.image.BufferedImage;
import java.util.List;
import javax.swing.JComponent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The Memo Preview: the confidential and the public PDF of the selected memo (navigator: a memo under a
 * jurisdiction) side by side, rendered page by page through the export API ({@link MemoPages}), refreshed after
 * every save, fitted to the width of the view or zoomed ({@link PreviewPanel}); on the confidential side the places
 * the public memo removes are marked. Built from the open editor's state when there is one. A refused public
 * export shows its reasons instead. Export and rendering run off the EDT, through the plugin manager's time limit when there is one
 * ({@link GuardedExporter}), so a hanging template marks its plugin failed instead of leaving the preview waiting.
 * Contributed while the PDF exporter runs.
 */
@Component(service = ViewContribution.class)
public final class MemoPreviewView implements ViewContribution {
    public static final String ID = "hta.memoPreview";
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
        return new PreviewPanel(site, new GuardedExporter(exporter, () -> pluginManager, GuardedExporter.TIMEOUT));
    }

    @Override
    public void dispose(JComponent component) {
        ((PreviewPanel) component).dispose();
    }

    /**
     * One rendered variant: the memo (PDF bytes), its page sizes in points, page images at {@code dpi}, its words
     * with their places, or the reasons it was refused.
     */
    record Rendered(byte[] pdf, List<float[]> sizes, List<BufferedImage> pages, float dpi, List<MemoPages.Word> words,
                    String refusal) {
        static Rendered refused(String why) {
            return new Rendered(null, List.of(), List.of(), 0, List.of(), why);
        }

        List<String> texts() {
            return words.stream().map(MemoPages.Word::text).toList();
        }
    }

    /** Exports and renders one variant at {@code dpi}; off the EDT. */
    static Rendered render(MemoExporter exporter, Dossier d, String jurisdiction, String template, Variant v, float dpi) {
        try {
            ExportResult r = exporter.export(d, jurisdiction, template, v);
            return new Rendered(r.pdf(), MemoPages.pageSizes(r.pdf()), MemoPages.renderAll(r.pdf(), dpi), dpi,
                    MemoPages.words(r.pdf()), null);
        } catch (ExportRefusedException e) {
            return Rendered.refused("Not exported: " + e.getMessage());
        } catch (java.io.IOException | RuntimeException e) {
            // the kind only: a template's message may quote a confidential value beside the public memo
            return Rendered.refused("The memo could not be rendered (" + e.getClass().getSimpleName() + ")");
        }
    }
}
