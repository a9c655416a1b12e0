package hta.workbench.editor.internal;

import hta.workbench.api.CommandContribution;
import hta.workbench.api.WorkbenchSite;

/**
 * Edit › Find Next (F3) and Find Previous (Shift+F3): the words last looked for in the {@link FindReplace} dialog,
 * found again in the narratives of the dossier in front, whether the dialog is open or not.
 */
public abstract class FindAgainCommand implements CommandContribution {
    private final FindReplace dialog;
    private final boolean forward;

    FindAgainCommand(FindReplace dialog, boolean forward) {
        this.dialog = dialog;
        this.forward = forward;
    }

    @Override
    public String category() {
        return "Edit";
    }

    @Override
    public boolean isEnabled(WorkbenchSite site) {
        return FindCommand.editor(site).isPresent() && !dialog.words().isEmpty();
    }

    @Override
    public void execute(WorkbenchSite site) {
        dialog.find(site, forward);
    }
}
