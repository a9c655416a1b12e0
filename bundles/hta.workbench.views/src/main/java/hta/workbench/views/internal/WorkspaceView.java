package hta.workbench.views.internal;

import hta.dossier.Dossier;
import hta.dossier.repository.DossierSummary;
import hta.workbench.api.Subscription;
import hta.workbench.api.WorkbenchSite;
import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JPanel;
import javax.swing.Timer;

/**
 * Base of the views that show the whole workspace (Landscape, Portfolio, Timeline): reads every dossier off the
 * EDT, with open editors' unsaved state, shortly after an edit, a save or a plugin change, then calls
 * {@link #show} on the EDT.
 */
abstract class WorkspaceView extends JPanel implements BuiltInView.Closable {
    protected final WorkbenchSite site;
    private final Timer delay;
    private final List<Subscription> subscriptions = BuiltInView.newSubscriptions();
    private int generation;

    WorkspaceView(WorkbenchSite site, String jobName) {
        super(new BorderLayout());
        this.site = site;
        delay = new Timer(400, e -> reload(jobName));
        delay.setRepeats(false);
        subscriptions.add(site.editors().onChange(delay::restart));
        subscriptions.add(site.onWorkspaceChange(delay::restart));
        subscriptions.add(delay::stop);
        delay.start();
    }

    @Override
    public List<Subscription> subscriptions() {
        return subscriptions;
    }

    private void reload(String jobName) {
        int gen = ++generation;
        Map<String, Dossier> open = openDossiers(site);
        List<Dossier> all = new ArrayList<>();
        site.schedule(jobName, m -> {
            for (DossierSummary s : site.workspace().list()) {
                if (m.isCancelled()) return;
                all.add(open.containsKey(s.id()) ? open.get(s.id()) : site.workspace().load(s.id()));
            }
        }, () -> {
            if (gen == generation) show(all);
        });
    }

    /** Copies of the open editors' dossiers with their unsaved edits, by id; EDT. */
    static Map<String, Dossier> openDossiers(WorkbenchSite site) {
        Map<String, Dossier> open = new HashMap<>();
        for (String id : site.editors().openDossierIds()) site.editors().copyOf(id).ifPresent(d -> open.put(id, d));
        return open;
    }

    /** Shows the workspace's dossiers; on the EDT. */
    abstract void show(List<Dossier> dossiers);
}
