package hta.workbench.editor.internal;

import hta.dossier.Dossier;
import hta.workbench.api.EditorContribution;
import hta.workbench.api.EditorPageContribution;
import hta.workbench.api.EditorPart;
import hta.workbench.api.WorkbenchSite;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.SwingUtilities;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The dossier editor, contributed to the workbench: makes a {@link DossierEditor} per opened dossier, with a page
 * per {@link EditorPageContribution} service — this bundle's own pages and those of any other bundle, tracked
 * live (whiteboard): when a page service arrives or goes, every open editor adds or closes its tab (the dossier's
 * data stays). Service events arrive on any thread and are handed to the EDT.
 */
@Component(service = EditorContribution.class)
public final class DossierEditorContribution implements EditorContribution {
    private final List<EditorPageContribution> pages = new CopyOnWriteArrayList<>();
    /** The open editors (EDT only), until the workbench closes them. */
    private final Set<DossierEditor> editors = new LinkedHashSet<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPage(EditorPageContribution page) {
        pages.add(page);
        SwingUtilities.invokeLater(this::pagesChanged);
    }

    void removePage(EditorPageContribution page) {
        pages.remove(page);
        SwingUtilities.invokeLater(this::pagesChanged);
    }

    private void pagesChanged() {
        List.copyOf(editors).forEach(DossierEditor::syncPages);
    }

    @Override
    public String id() {
        return "hta.workbench.editor";
    }

    @Override
    public EditorPart createEditor(Dossier dossier, WorkbenchSite site) {
        DossierEditor[] made = new DossierEditor[1];
        made[0] = new DossierEditor(dossier, site, () -> List.copyOf(pages), () -> editors.remove(made[0]));
        editors.add(made[0]);
        return made[0];
    }
}
