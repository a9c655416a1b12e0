package hta.workbench.internal.shell;

import hta.workbench.api.PreferencePage;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;

/** The workbench's General preference page: author name, dark theme, autosave interval. Used on the EDT. */
public final class GeneralPreferencePage implements PreferencePage {
    private final Preferences prefs;
    private final Runnable themeChanged;
    private JTextField author;
    private JCheckBox dark;
    private JTextField autosave;

    public GeneralPreferencePage(Preferences prefs, Runnable themeChanged) {
        this.prefs = prefs;
        this.themeChanged = themeChanged;
    }

    @Override
    public String id() {
        return "hta.general";
    }

    @Override
    public String title() {
        return "General";
    }

    @Override
    public JComponent createComponent() {
        author = new JTextField(prefs.author(), 24);
        author.setName("prefs.author");
        dark = new JCheckBox("Dark theme", prefs.darkTheme());
        autosave = new JTextField(Integer.toString(prefs.autosaveSeconds()), 6);
        JPanel p = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(4, 4, 4, 4);
        c.anchor = GridBagConstraints.WEST;
        c.gridy = 0;
        p.add(label("Author name (recorded with every save):", author), c);
        p.add(author, c);
        c.gridy = 1;
        p.add(label("Autosave unsaved dossiers every (seconds):", autosave), c);
        p.add(autosave, c);
        c.gridy = 2;
        p.add(dark, c);
        c.gridy = 3;
        c.weighty = 1;
        p.add(new JLabel(), c);
        return p;
    }

    private static JLabel label(String text, JComponent target) {
        JLabel l = new JLabel(text);
        l.setLabelFor(target);
        return l;
    }

    @Override
    public void apply() {
        String name = author.getText().trim();
        if (name.isEmpty()) throw new IllegalArgumentException("Author name: enter the name saves are recorded under");
        int seconds;
        try {
            seconds = Integer.parseInt(autosave.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Autosave: '" + autosave.getText() + "' is not a whole number of seconds");
        }
        if (seconds < 5 || seconds > 3600) throw new IllegalArgumentException("Autosave: use 5 to 3600 seconds");
        boolean themeChange = dark.isSelected() != prefs.darkTheme();
        prefs.set(Preferences.AUTHOR, name);
        prefs.set(Preferences.AUTOSAVE_SECONDS, Integer.toString(seconds));
        prefs.set(Preferences.THEME, dark.isSelected() ? "dark" : "light");
        if (themeChange) themeChanged.run();
    }
}
