package hta.workbench.plugins.internal;

import hta.plugins.PluginInfo;
import hta.plugins.PluginManager;
import hta.workbench.api.JurisdictionStatus;
import hta.workbench.api.WorkbenchSite;
import javax.swing.SwingUtilities;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Tells the workbench's views why a jurisdiction plugin is not there, from what the plugin manager knows: disabled
 * by an administrator, not loaded in safe mode, failed, removed (offered again in the Plugins view).
 */
@Component(service = JurisdictionStatus.class)
public final class PluginStatus implements JurisdictionStatus {
    private final PluginManager manager;
    /** The words per code, read again after every event of the manager (off the EDT: the manager reads jars). */
    private volatile Map<String, String> words = Map.of();
    private final AutoCloseable subscription;

    @Activate
    public PluginStatus(@Reference PluginManager manager) {
        this.manager = manager;
        read();
        subscription = manager.subscribe(e -> read());
    }

    @Deactivate
    void deactivate() throws Exception {
        subscription.close();
    }

    /** The open window, told when the words changed so that its views show them. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile WorkbenchSite site;

    private void read() {
        Map<String, String> m = new HashMap<>();
        for (PluginInfo p : manager.plugins()) {
            if (!p.isActive() && p.state() != PluginInfo.State.STARTING) m.put(p.code(), words(p));
        }
        boolean changed = !m.equals(words);
        words = m;
        WorkbenchSite s = site;
        if (changed && s != null) SwingUtilities.invokeLater(s::workspaceChanged);
    }

    @Override
    public Optional<String> whyMissing(String code) {
        return Optional.ofNullable(words.get(code));
    }

    static String words(PluginInfo p) {
        return switch (p.state()) {
            case DISABLED -> "plugin disabled";
            case NOT_LOADED -> "plugin not loaded (safe mode)";
            case FAILED -> "plugin failed (the Error Log says why)";
            case AVAILABLE -> "plugin not installed (offered in the Plugins view)";
            default -> "plugin " + p.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }
}
