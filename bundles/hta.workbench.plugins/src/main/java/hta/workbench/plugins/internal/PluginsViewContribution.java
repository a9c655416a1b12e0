package hta.workbench.plugins.internal;

import hta.plugins.PluginManager;
import hta.workbench.api.ViewContribution;
import hta.workbench.api.WorkbenchSite;
import hta.workbench.plugins.internal.PluginsView;
import javax.swing.JComponent;

/** Shows the Plugins view (package {@code internal.plugins}) as a workbench view while a plugin manager runs. */
public final class PluginsViewContribution implements ViewContribution {
    public static final String ID = "hta.plugins";
    private final PluginManager manager;

    public PluginsViewContribution(PluginManager manager) {
        this.manager = manager;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Plugins";
    }

    @Override
    public JComponent createComponent(WorkbenchSite site) {
        return new PluginsView(manager);
    }
}
