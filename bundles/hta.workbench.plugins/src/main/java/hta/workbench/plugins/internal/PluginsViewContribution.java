package hta.workbench.plugins.internal;

import hta.plugins.PluginManager;
import hta.workbench.api.ViewContribution;
import hta.workbench.api.WorkbenchSite;
import javax.swing.JComponent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The Plugins view for administrators, contributed while a plugin manager runs. */
@Component(service = ViewContribution.class)
public final class PluginsViewContribution implements ViewContribution {
    public static final String ID = "hta.plugins";
    private final PluginManager manager;

    @Activate
    public PluginsViewContribution(@Reference PluginManager manager) {
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
