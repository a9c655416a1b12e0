package hta.workbench.shell.internal.prefs;

import hta.workbench.api.PreferencePage;
import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;

/**
 * The workbench's General preference page: author name, workspace location and locale (both from the next
 * start), dark theme, autosave interval. Used on the EDT.
 */
public final class GeneralPreferencePage implements PreferencePage {
    /** Locales offered for the workbench's own dates and numbers; the first entry means the system's. */
    static final String[] LOCALES = {"(system default)", "en-GB", "en-US", "nb-NO", "sv-SE", "da-DK", "de-DE", "fr-FR"};

    private final Preferences prefs;
    private final Runnable themeChanged;
    private final Path currentWorkspace;
    private JTextField author;
    private JCheckBox dark;
    private JTextField autosave;
    private JTextField workspace;
    private JComboBox<String> locale;

    public GeneralPreferencePage(Preferences prefs, Runnable themeChanged, Path currentWorkspace) {
        this.prefs = prefs;
        this.themeChanged = themeChanged;
        this.currentWorkspace = currentWorkspace;
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
        dark.setName("prefs.dark");
        autosave = new JTextField(Integer.toString(prefs.storedAutosaveSeconds()), 6);
        autosave.setName("prefs.autosave");
        workspace = new JTextField(prefs.workspace() != null ? prefs.workspace() : currentWorkspace.toString(), 28);
        workspace.setName("prefs.workspace");
        workspace.putClientProperty("JTextField.placeholderText", "the default workspace");
        JButton browse = new JButton("Browse…");
        browse.addActionListener(e -> {
            JFileChooser c = new JFileChooser(workspace.getText());
            c.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
            if (c.showDialog(browse, "Choose") == JFileChooser.APPROVE_OPTION) {
                workspace.setText(c.getSelectedFile().getAbsolutePath());
            }
        });
        JPanel ws = new JPanel(new BorderLayout(4, 0));
        ws.add(workspace, BorderLayout.CENTER);
        ws.add(browse, BorderLayout.EAST);
        locale = new JComboBox<>(LOCALES);
        locale.setName("prefs.locale");
        locale.setEditable(true);
        // an editable box is as wide as its editor's columns, which cut "(system default)"; leave room for a tag typed
        locale.setPrototypeDisplayValue("(system default)    ");
        locale.setSelectedItem(prefs.locale() == null ? LOCALES[0] : prefs.locale().toLanguageTag());
        JPanel p = new JPanel(new GridBagLayout());
        int row = 0;
        row = row(p, row, "Author name (for saves in a folder; a team workspace records your login):", author, author, true);
        row = row(p, row, "Workspace folder (from the next start):", ws, workspace, true);
        row = row(p, row, "Locale of the workbench's dates and numbers (next start):", locale, locale, false);
        row = row(p, row, "Autosave unsaved dossiers every (seconds):", autosave, autosave, false);
        row = row(p, row, null, dark, dark, false);
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.weighty = 1;
        p.add(new JLabel(), c);
        return p;
    }

    /** One row: the label (whole, in the first column) and the field, widened with the dialog when {@code grow}. */
    private static int row(JPanel p, int row, String label, JComponent field, JComponent focus, boolean grow) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.insets = new Insets(4, 4, 4, 4);
        c.anchor = GridBagConstraints.WEST;
        if (label != null) {
            c.gridx = 0;
            p.add(label(label, focus), c);
        }
        c.gridx = 1;
        c.weightx = 1;
        c.fill = grow ? GridBagConstraints.HORIZONTAL : GridBagConstraints.NONE;
        p.add(field, c);
        return row + 1;
    }

    /** A typed workspace folder that exists. @throws IllegalArgumentException naming the field otherwise */
    private static Path folder(String folder) {
        Path ws;
        try {
            ws = Path.of(folder).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("Workspace folder: '" + folder + "' is not a valid path (" + e.getReason() + ")");
        }
        if (!Files.isDirectory(ws)) {
            throw new IllegalArgumentException("Workspace folder: '" + folder + "' is not an existing folder");
        }
        return ws;
    }

    /** Restore Defaults: the default workspace, the system's locale, autosave every 30 s, light theme; the name stays. */
    @Override
    public void restoreDefaults() {
        if (author == null) return; // never shown
        workspace.setText("");
        locale.setSelectedItem(LOCALES[0]);
        autosave.setText(Integer.toString(Preferences.DEFAULT_AUTOSAVE_SECONDS));
        dark.setSelected(false);
    }

    private static JLabel label(String text, JComponent target) {
        JLabel l = new JLabel(text);
        l.setLabelFor(target);
        return l;
    }

    @Override
    public void apply() {
        String name = author.getText().trim();
        // empty: no name (saves are recorded without one, and History asks for it), never the account name
        int seconds;
        try {
            seconds = Integer.parseInt(autosave.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Autosave: '" + autosave.getText() + "' is not a whole number of seconds");
        }
        if (seconds < 5 || seconds > 3600) throw new IllegalArgumentException("Autosave: use 5 to 3600 seconds");
        String folder = workspace.getText().trim();
        Path ws = folder.isEmpty() ? null : folder(folder);
        String tag = String.valueOf(locale.getSelectedItem()).trim();
        String storedLocale = "";
        if (!tag.isEmpty() && !tag.equals(LOCALES[0])) {
            Locale l = Locale.forLanguageTag(tag);
            if (l.getLanguage().isEmpty()) {
                throw new IllegalArgumentException("Locale: '" + tag + "' is not a language tag such as nb-NO or en-GB");
            }
            storedLocale = l.toLanguageTag();
        }
        boolean themeChange = dark.isSelected() != prefs.darkTheme();
        prefs.set(Preferences.AUTHOR, name);
        prefs.set(Preferences.AUTOSAVE_SECONDS, Integer.toString(seconds));
        prefs.set(Preferences.THEME, dark.isSelected() ? "dark" : "light");
        if (ws == null) {
            prefs.set(Preferences.WORKSPACE, ""); // the default workspace from the next start
        } else if (!Objects.equals(ws, currentWorkspace.toAbsolutePath().normalize()) || prefs.workspace() != null) {
            prefs.set(Preferences.WORKSPACE, ws.toString());
        }
        prefs.set(Preferences.LOCALE, storedLocale);
        if (themeChange) themeChanged.run();
    }
}
