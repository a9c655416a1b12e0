package hta.workbench.plugins.internal;

import hta.plugins.PluginException;
import hta.plugins.PluginManager;
import hta.plugins.TrustPolicy;
import hta.workbench.api.PreferencePage;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.ButtonGroup;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Plugins preference page for administrators: the trust policy of the Plugins view for plugins that are not
 * signed by a signer in the installation's trust store (refuse, ask, allow unsigned). A plugin changed after
 * signing is refused under every policy; commands keep refusing unless given {@code --policy}. Stored by the
 * plugin manager in the data directory and recorded in the installation history. Used on the EDT.
 */
@Component(service = PreferencePage.class)
public final class PluginsPreferencePage implements PreferencePage {
    public static final String ID = "hta.plugins.trust";
    private final PluginManager manager;
    private JRadioButton refuse;
    private JRadioButton ask;
    private JRadioButton allow;

    @Activate
    public PluginsPreferencePage(@Reference PluginManager manager) {
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
    public JComponent createComponent() {
        refuse = new JRadioButton("Refuse: install only plugins signed by a signer in the trust store");
        refuse.setName("prefs.plugins.refuse");
        ask = new JRadioButton("Ask: name the signer and let the administrator decide (default)");
        ask.setName("prefs.plugins.ask");
        allow = new JRadioButton("Allow unsigned: install unsigned plugins and unknown signers (recorded as such)");
        allow.setName("prefs.plugins.allowUnsigned");
        ButtonGroup group = new ButtonGroup();
        group.add(refuse);
        group.add(ask);
        group.add(allow);
        switch (manager.interactivePolicy()) {
            case REFUSE -> refuse.setSelected(true);
            case ALLOW_UNSIGNED -> allow.setSelected(true);
            default -> ask.setSelected(true);
        }
        JPanel p = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(4, 4, 4, 4);
        c.anchor = GridBagConstraints.WEST;
        c.gridx = 0;
        p.add(new JLabel("When a plugin installed from the Plugins view is not signed by a trusted signer:"), c);
        p.add(refuse, c);
        p.add(ask, c);
        p.add(allow, c);
        p.add(new JLabel("<html>A plugin changed after signing is always refused. The <code>hta plugins</code> commands"
                + " refuse unless given <code>--policy allow-unsigned</code>.</html>"), c);
        c.weighty = 1;
        p.add(new JLabel(), c);
        return p;
    }

    /** The policy the page shows selected. */
    public TrustPolicy selected() {
        if (refuse.isSelected()) return TrustPolicy.REFUSE;
        if (allow.isSelected()) return TrustPolicy.ALLOW_UNSIGNED;
        return TrustPolicy.ASK;
    }

    /** Restore Defaults: ask (name the signer and let the administrator decide). */
    @Override
    public void restoreDefaults() {
        if (ask != null) ask.setSelected(true);
    }

    @Override
    public void apply() {
        if (refuse == null) return; // never shown: nothing entered
        try {
            manager.setInteractivePolicy(selected());
        } catch (PluginException e) {
            throw new IllegalArgumentException("Trust policy: " + e.getMessage(), e);
        }
    }
}
