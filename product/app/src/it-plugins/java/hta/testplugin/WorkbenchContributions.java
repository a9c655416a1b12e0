package hta.testplugin;

import hta.workbench.api.CommandContribution;
import hta.workbench.api.ViewContribution;
import hta.workbench.api.WorkbenchSite;
import javax.swing.JComponent;
import javax.swing.JLabel;
import org.osgi.framework.BundleContext;

/**
 * What the "contribute" behaviour adds to the workbench besides the jurisdiction: a view and a command with a
 * key binding, so a test can show that all of it is gone after uninstalling. Loaded only for that behaviour
 * (the other test plugins do not import the workbench API).
 */
final class WorkbenchContributions {
    private WorkbenchContributions() {
    }

    static void register(BundleContext context, String code) {
        context.registerService(ViewContribution.class, new ViewContribution() {
            @Override
            public String id() {
                return "hta.testplugin." + code + ".view";
            }

            @Override
            public String title() {
                return "Testland View";
            }

            @Override
            public String defaultArea() {
                return AREA_BOTTOM;
            }

            @Override
            public JComponent createComponent(WorkbenchSite site) {
                return new JLabel("Testland " + code);
            }
        }, null);
        context.registerService(CommandContribution.class, new CommandContribution() {
            @Override
            public String id() {
                return "hta.testplugin." + code + ".hello";
            }

            @Override
            public String label() {
                return "Testland Hello";
            }

            @Override
            public String keyBinding() {
                return "ctrl alt shift T";
            }

            @Override
            public void execute(WorkbenchSite site) {
                site.status("Hello from Testland " + code);
            }
        }, null);
    }
}
