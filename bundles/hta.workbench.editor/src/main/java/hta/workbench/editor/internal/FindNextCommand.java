package hta.workbench.editor.internal;

import hta.workbench.api.CommandContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Edit › Find Next (F3): the words last looked for, after the caret. */
@Component(service = CommandContribution.class)
public final class FindNextCommand extends FindAgainCommand {
    @Activate
    public FindNextCommand(@Reference FindReplace dialog) {
        super(dialog, true);
    }

    @Override
    public String id() {
        return "hta.edit.findNext";
    }

    @Override
    public String label() {
        return "Find Next";
    }

    @Override
    public String keyBinding() {
        return "F3";
    }
}
