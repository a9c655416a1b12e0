package hta.workbench.shell.internal.prefs;

import hta.workbench.shell.internal.commands.Command;
import hta.workbench.shell.internal.jobs.ErrorLog;
import java.io.IOException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The workbench's own preferences: author name for saves, theme, autosave interval. Stored in the data
 * directory; read once at start, written when changed. Used on the EDT.
 */
public final class Preferences {
    public static final String AUTHOR = "author";
    public static final String THEME = "theme";
    public static final String AUTOSAVE_SECONDS = "autosave.seconds";
    public static final String WORKSPACE = "workspace";
    public static final String LOCALE = "locale";
    public static final int DEFAULT_AUTOSAVE_SECONDS = 30;

    private final SettingsFile file;
    private final Properties props;
    private final ErrorLog log;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public Preferences(SettingsFile file, ErrorLog log) {
        this.file = file;
        this.log = log;
        Properties p;
        try {
            p = file.read();
        } catch (IOException e) {
            log.error(Command.WORKBENCH, "preferences could not be read; defaults are used", e);
            p = new Properties();
        }
        this.props = p;
    }

    /**
     * The name the writer gave for saves, or null when none: saves are then recorded without a name rather than
     * under the computer's account name, which is no person's name to a reader of the history (issue 17.17).
     */
    public String author() {
        String v = props.getProperty(AUTHOR);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /**
     * Who saves in {@code workspace}: in a team workspace the login the server knows (what the others see in their
     * editors' bars and the history, and what the audit records), in a folder the author name of these preferences.
     */
    public String author(hta.dossier.repository.DossierRepository workspace) {
        return hta.dossier.repository.Workspaces.isUrl(workspace.address()) ? workspace.access().user() : author();
    }

    public boolean darkTheme() {
        return "dark".equals(props.getProperty(THEME));
    }

    /** The autosave interval the user chose (what the preference page shows), without the system property. */
    public int storedAutosaveSeconds() {
        try {
            return Math.max(1, Integer.parseInt(props.getProperty(AUTOSAVE_SECONDS, Integer.toString(DEFAULT_AUTOSAVE_SECONDS)).trim()));
        } catch (NumberFormatException e) {
            return DEFAULT_AUTOSAVE_SECONDS;
        }
    }

    /** Seconds between autosaves of unsaved dossiers; the system property {@code hta.autosave.seconds} wins. */
    public int autosaveSeconds() {
        String v = System.getProperty("hta.autosave.seconds", props.getProperty(AUTOSAVE_SECONDS, Integer.toString(DEFAULT_AUTOSAVE_SECONDS)));
        try {
            return Math.max(1, Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            return DEFAULT_AUTOSAVE_SECONDS;
        }
    }

    /** A stored value, or null. */
    public String get(String key) {
        return props.getProperty(key);
    }

    /** The workspace folder chosen in the preferences (used from the next start), or null for the default. */
    public String workspace() {
        String v = props.getProperty(WORKSPACE);
        return v == null || v.isBlank() ? null : v;
    }

    /**
     * The locale of the workbench's own dates and numbers (memos always use their jurisdiction's), or null for
     * the system's.
     */
    public java.util.Locale locale() {
        String v = props.getProperty(LOCALE);
        return v == null || v.isBlank() ? null : java.util.Locale.forLanguageTag(v);
    }

    public void set(String key, String value) {
        props.setProperty(key, value);
        try {
            file.write(props);
        } catch (IOException e) {
            log.error(Command.WORKBENCH, "preferences could not be saved to " + file.path(), e);
        }
        listeners.forEach(Runnable::run);
    }

    public void addListener(Runnable l) {
        listeners.add(l);
    }
}
