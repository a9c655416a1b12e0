package hta.workbench.plugins.internal;

import hta.plugins.CatalogueEntry;
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
 * by an administrator, not loaded in safe mode, failed, removed (offered again in the Plugins view); its name (the
 * plugin's, or the plugin repository's entry for the code) and what the writer can do about it.
 */
@Component(service = JurisdictionStatus.class)
public final class PluginStatus implements JurisdictionStatus {
    private final PluginManager manager;
    /** The words per code, read again after every event of the manager (off the EDT: the manager reads jars). */
    private volatile Map<String, String> words = Map.of();
    /** The name per code of every plugin the manager knows, installed or offered in its repository. */
    private volatile Map<String, String> names = Map.of();
    /** What to do per code of a plugin that is not active, or offered in the repository. */
    private volatile Map<String, String> remedies = Map.of();
    /** Who signed each installed plugin, and whether it is trusted, per code. */
    private volatile Map<String, String> signers = Map.of();
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
        Map<String, String> n = new HashMap<>();
        Map<String, String> r = new HashMap<>();
        Map<String, String> g = new HashMap<>();
        try {
            // the repository's entries first, so that an installed plugin's own name and state win
            for (CatalogueEntry e : manager.catalogue()) {
                if (e.name() != null && !e.name().isBlank()) n.put(e.code(), e.name());
                if (e.offer() == CatalogueEntry.Offer.INSTALL) r.put(e.code(), FROM_REPOSITORY);
            }
        } catch (RuntimeException unreadable) {
            // no names from the repository; the Plugins view says why it cannot read it
        }
        for (PluginInfo p : manager.plugins()) {
            if (p.name() != null && !p.name().isBlank()) n.put(p.code(), p.name());
            if (p.trust() != null) g.put(p.code(), PluginRows.trustText(p));
            if (!p.isActive() && p.state() != PluginInfo.State.STARTING) {
                m.put(p.code(), words(p));
                r.put(p.code(), remedy(p));
            }
        }
        boolean changed = !m.equals(words) || !n.equals(names);
        names = n;
        remedies = r;
        signers = g;
        words = m;
        WorkbenchSite s = site;
        if (changed && s != null) SwingUtilities.invokeLater(s::workspaceChanged);
    }

    @Override
    public Optional<String> whyMissing(String code) {
        return Optional.ofNullable(words.get(code));
    }

    @Override
    public Optional<String> name(String code) {
        return Optional.ofNullable(names.get(code));
    }

    @Override
    public Optional<String> remedy(String code) {
        return Optional.ofNullable(remedies.get(code));
    }

    @Override
    public Optional<String> signer(String code) {
        return Optional.ofNullable(signers.get(code));
    }

    private static final String FROM_REPOSITORY = "install its plugin in the Plugins view (Portfolio perspective):"
            + " Plugin repository tab, Install from the repository";

    /** What to do about a plugin that is not active, completing "To edit, check or export this submission, …". */
    static String remedy(PluginInfo p) {
        return switch (p.state()) {
            case DISABLED -> "enable its plugin in the Plugins view (Portfolio perspective): Installed tab, Enable";
            case NOT_LOADED -> "restart the workbench without safe mode";
            case FAILED -> "see why its plugin failed in the Error Log, then update it in the Plugins view or ask your"
                    + " administrator";
            case AVAILABLE -> "install its plugin in the Plugins view (Portfolio perspective): Installed tab, Install bundled";
            default -> "wait until its plugin has started, or see the Plugins view";
        };
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
