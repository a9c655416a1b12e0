package hta.workbench.views.internal;

import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.DossierSummary;
import hta.workbench.editor.internal.DossierEditor;
import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.JPanel;
import javax.swing.Timer;

/**
 * Base of the views that show the whole workspace (Landscape, Portfolio, Timeline): reads every dossier off the
 * EDT, with open editors' unsaved state, shortly after an edit, a save or a plugin change, then calls
 * {@link #show} on the EDT.
 */
abstract class WorkspaceView extends JPanel implements BuiltInView.Closable {
    protected final ViewContext ctx;
    private final Timer delay;
    private final Consumer<DossierEditor> onEdit;
    private final Runnable onWorkspace;
    private int generation;

    WorkspaceView(ViewContext ctx, String jobName) {
        super(new BorderLayout());
        this.ctx = ctx;
        delay = new Timer(400, e -> reload(jobName));
        delay.setRepeats(false);
        onEdit = e -> delay.restart();
        onWorkspace = delay::restart;
        ctx.editors().addListener(onEdit);
        ctx.addWorkspaceListener(onWorkspace);
        delay.start();
    }

    @Override
    public void dispose() {
        delay.stop();
        ctx.editors().removeListener(onEdit);
        ctx.removeWorkspaceListener(onWorkspace);
    }

    private void reload(String jobName) {
        int gen = ++generation;
        Map<String, Dossier> open = new HashMap<>();
        for (DossierEditor e : ctx.editors().editors()) open.put(e.dossier().id, DossierJson.copy(e.dossier()));
        List<Dossier> all = new ArrayList<>();
        ctx.jobs().schedule(jobName, m -> {
            for (DossierSummary s : ctx.repository().list()) {
                if (m.isCancelled()) return;
                all.add(open.containsKey(s.id()) ? open.get(s.id()) : ctx.repository().load(s.id()));
            }
        }, () -> {
            if (gen == generation) show(all);
        });
    }

    /** Shows the workspace's dossiers; on the EDT. */
    abstract void show(List<Dossier> dossiers);
}
