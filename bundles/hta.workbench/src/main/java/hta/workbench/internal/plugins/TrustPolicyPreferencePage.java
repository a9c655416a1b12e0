package hta.workbench.internal.plugins;

import hta.plugins.TrustPolicy;
import hta.workbench.api.PreferencePage;
import hta.workbench.internal.shell.Preferences;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.ButtonGroup;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;

/**
 * Preferences › Plugin Trust, for administrators: what the Plugins view does with a jurisdiction plugin that is
 * not signed by a signer in the installation's trust store — refuse it, ask (naming the signer), or allow
 * unsigned plugins. A tampered jar is refused under every policy (the plugin manager's rule). Shown while the
 * plugin manager runs. Used on the EDT.
 */
public final class TrustPolicyPreferencePage implements PreferencePage {
    public static final String KEY = "plugins.trustPolicy";

    private final Preferences prefs;
    private final ButtonGroup group = new ButtonGroup();
    private JRadioButton refuse;
    private JRadioButton ask;
    private JRadioButton allow;

    public TrustPolicyPreferencePage(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The stored policy; {@link TrustPolicy#ASK} when none (or an unknown one) is stored. */
    public static TrustPolicy policy(Preferences prefs) {
        String v = prefs.get(KEY);
        for (TrustPolicy p : TrustPolicy.values()) {
            if (p.name().equals(v)) return p;
        }
        return TrustPolicy.ASK;
    }

    @Override
    public String id() {
        return "hta.plugins.trust";
    }

    @Override
    public String title() {
        return "Plugin Trust";
    }

    @Override
    public JComponent createComponent() {
        refuse = radio("Refuse plugins not signed by a trusted signer", "prefs.trust.refuse");
        ask = radio("Ask, naming the signer, before installing an unsigned plugin or one from an unknown signer",
                "prefs.trust.ask");
        allow = radio("Allow unsigned plugins and unknown signers (recorded as such in the plugin history)",
                "prefs.trust.allow");
        TrustPolicy p = policy(prefs);
        (p == TrustPolicy.REFUSE ? refuse : p == TrustPolicy.ALLOW_UNSIGNED ? allow : ask).setSelected(true);
        JPanel panel = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(4, 4, 4, 4);
        c.anchor = GridBagConstraints.WEST;
        c.gridx = 0;
        c.gridy = 0;
        panel.add(new JLabel("<html><b>For administrators.</b> What installing or updating a jurisdiction plugin from"
                + " a file does<br>when the plugin is not signed by a signer in this installation's trust store:</html>"), c);
        c.gridy++;
        panel.add(refuse, c);
        c.gridy++;
        panel.add(ask, c);
        c.gridy++;
        panel.add(allow, c);
        c.gridy++;
        panel.add(new JLabel("A plugin whose contents were changed after signing is refused under every policy."), c);
        c.gridy++;
        c.weighty = 1;
        panel.add(new JLabel(), c);
        return panel;
    }

    private JRadioButton radio(String text, String name) {
        JRadioButton b = new JRadioButton(text);
        b.setName(name);
        group.add(b);
        return b;
    }

    @Override
    public void apply() {
        if (refuse == null) return;
        TrustPolicy p = refuse.isSelected() ? TrustPolicy.REFUSE : allow.isSelected() ? TrustPolicy.ALLOW_UNSIGNED
                : TrustPolicy.ASK;
        if (p != policy(prefs)) prefs.set(KEY, p.name());
    }
}
