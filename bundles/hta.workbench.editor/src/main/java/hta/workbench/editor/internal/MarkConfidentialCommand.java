package hta.workbench.editor.internal;

import hta.workbench.api.CommandContribution;
import hta.workbench.api.WorkbenchSite;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * Edit › Mark Selection Confidential / Public (Ctrl+Shift+C): toggles the classification of the text selected on
 * the Narratives page of the editor in front.
 */
@Component(service = CommandContribution.class)
public final class MarkConfidentialCommand implements CommandContribution {
    @Override
    public String id() {
        return "hta.edit.markConfidential";
    }

    @Override
    public String label() {
        return "Mark Selection Confidential / Public";
    }

    @Override
    public String category() {
        return "Edit";
    }

    @Override
    public String keyBinding() {
        return "ctrl shift C";
    }

    @Override
    public boolean isEnabled(WorkbenchSite site) {
        return narratives(site).map(NarrativesPage::hasSelection).orElse(false);
    }

    @Override
    public void execute(WorkbenchSite site) {
        narratives(site).ifPresent(NarrativesPage::toggleConfidential);
    }

    /** The Narratives page in front of the editor in front, if that is what the writer looks at. */
    private static Optional<NarrativesPage> narratives(WorkbenchSite site) {
        return site.editors().activeEditor().filter(DossierEditor.class::isInstance).map(DossierEditor.class::cast)
                .flatMap(DossierEditor::selectedPage).filter(NarrativesPage.class::isInstance).map(NarrativesPage.class::cast);
    }
}
