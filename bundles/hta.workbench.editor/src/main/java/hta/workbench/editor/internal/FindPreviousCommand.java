package hta.workbench.editor.internal;

import hta.workbench.api.CommandContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Edit › Find Previous (Shift+F3): the words last looked for, before the caret. */
@Component(service = CommandContribution.class)
public final class FindPreviousCommand extends FindAgainCommand {
    @Activate
    public FindPreviousCommand(@Reference FindReplace dialog) {
        super(dialog, false);
    }

    @Override
    public String id() {
        return "hta.edit.findPrevious";
    }

    @Override
    public String label() {
        return "Find Previous";
    }

    @Override
    public String keyBinding() {
        return "shift F3";
    }
}
