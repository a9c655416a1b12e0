package hta.settings.internal;

import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import hta.jurisdiction.Setting;
import hta.settings.SettingChange;
import hta.settings.SettingValue;
import hta.settings.Settings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The settings service over the OSGi Configuration Admin service: each jurisdiction's settings are properties of
 * its configuration PID, which Declarative Services hands to the jurisdiction's component (reactivating it on a
 * change). The history lives in the data directory ({@code settings/history.tsv}); the configurations themselves
 * where the launcher points Configuration Admin ({@code felix.cm.dir}, the data directory's {@code config/}).
 */
@Component(service = Settings.class)
public final class ConfigAdminSettings implements Settings {
    /** The framework property naming the per-user data directory. */
    static final String DATA_DIR = "hta.data.dir";
    /** Configurations readable by any bundle: the jurisdiction's component, whichever bundle version is installed. */
    private static final String ANY_LOCATION = "?";

    private final ConfigurationAdmin admin;
    private final JurisdictionRegistry registry;
    private final SettingsHistory history;

    @Activate
    public ConfigAdminSettings(@Reference ConfigurationAdmin admin, @Reference JurisdictionRegistry registry,
                               BundleContext context) {
        this(admin, registry, historyFile(context));
    }

    ConfigAdminSettings(ConfigurationAdmin admin, JurisdictionRegistry registry, Path historyFile) {
        this.admin = admin;
        this.registry = registry;
        this.history = new SettingsHistory(historyFile);
    }

    private static Path historyFile(BundleContext context) {
        String dir = context.getProperty(DATA_DIR);
        return dir != null ? Path.of(dir, "settings", "history.tsv") : context.getDataFile("history.tsv").toPath();
    }

    @Override
    public List<SettingValue> list() {
        List<SettingValue> result = new ArrayList<>();
        for (Jurisdiction j : registry.jurisdictions()) result.addAll(declared(j));
        result.sort(Comparator.comparing(SettingValue::key));
        return result;
    }

    /**
     * The settings {@code j} declares, with their values, read on a thread of their own within a limit: its PID and
     * its settings are the plugin's code, and a plugin whose settings never came back hung every 'hta config'
     * command (outside trust test). Past the limit, or when it fails, the plugin's settings are left out.
     */
    private List<SettingValue> declared(Jurisdiction j) {
        java.util.concurrent.CompletableFuture<List<SettingValue>> read = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                // a plugin reads only the configurations named after its code (the plugin manager scopes
                // Configuration Admin so): a PID outside them could not reach it, and could be another country's
                if (!ownPid(j)) {
                    read.complete(List.of());
                    return;
                }
                Dictionary<String, Object> props = properties(j.configurationPid());
                List<SettingValue> out = new ArrayList<>();
                for (Setting s : j.settings()) out.add(value(j, s, props));
                read.complete(out);
            } catch (RuntimeException | LinkageError e) {
                read.complete(List.of());
            }
        }, "hta-settings-" + j.code());
        t.setDaemon(true);
        t.start();
        try {
            return read.get(SETTINGS_LIMIT_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** How long a plugin's settings may take to read (they are data: a plugin declares them at once). */
    private static final long SETTINGS_LIMIT_MS = 5_000;

    /** Whether the jurisdiction's configuration PID is {@code hta.jurisdiction.CODE} or below it. */
    static boolean ownPid(Jurisdiction j) {
        String own = "hta.jurisdiction." + j.code();
        String pid = j.configurationPid();
        return pid != null && (pid.equals(own) || pid.startsWith(own + "."));
    }

    @Override
    public Optional<SettingValue> get(String key) {
        return list().stream().filter(v -> v.key().equals(key)).findFirst();
    }

    @Override
    public synchronized SettingValue set(String key, String value, String who) {
        SettingValue current = known(key);
        current.setting().check(value).ifPresent(m -> {
            throw new IllegalArgumentException(key + " " + m + "; nothing was changed");
        });
        return change(current, value.trim(), who);
    }

    @Override
    public synchronized SettingValue unset(String key, String who) {
        return change(known(key), null, who);
    }

    @Override
    public List<SettingChange> history() {
        try {
            return history.read();
        } catch (IOException e) {
            throw new IllegalStateException("the settings history " + history.file() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private SettingValue known(String key) {
        return get(key).orElseThrow(() -> new IllegalArgumentException("no installed jurisdiction has a setting '" + key
                + "'; 'hta config list' shows them"));
    }

    /** Writes the configuration, then the history; restores the configuration when the history cannot be written. */
    private SettingValue change(SettingValue current, String value, String who) {
        String pid = current.pid();
        String name = current.setting().name();
        try {
            Configuration c = admin.getConfiguration(pid, ANY_LOCATION);
            Dictionary<String, Object> before = c.getProperties();
            Dictionary<String, Object> after = copy(before);
            if (value == null) after.remove(name);
            else after.put(name, current.setting().typed(value));
            write(c, after);
            try {
                history.append(new SettingChange(Instant.now(), who == null || who.isBlank() ? "unknown" : who,
                        current.key(), current.value(), value));
            } catch (IOException e) {
                write(admin.getConfiguration(pid, ANY_LOCATION), copy(before));
                throw new IllegalStateException("the change of " + current.key() + " could not be recorded in "
                        + history.file() + " (" + e.getMessage() + "); nothing was changed", e);
            }
        } catch (IOException e) {
            throw new IllegalStateException("the configuration " + pid + " cannot be written: " + e.getMessage(), e);
        }
        return new SettingValue(current.key(), current.jurisdiction(), pid, current.setting(), value);
    }

    private static void write(Configuration c, Dictionary<String, Object> props) throws IOException {
        boolean empty = true;
        for (var keys = props.keys(); keys.hasMoreElements(); ) {
            String k = keys.nextElement();
            if (!k.equals("service.pid") && !k.equals("service.factoryPid") && !k.equals("service.bundleLocation")) {
                empty = false;
            }
        }
        if (empty) c.delete();
        else c.update(props);
    }

    private static Dictionary<String, Object> copy(Dictionary<String, Object> d) {
        Hashtable<String, Object> copy = new Hashtable<>();
        if (d != null) {
            for (var keys = d.keys(); keys.hasMoreElements(); ) {
                String k = keys.nextElement();
                copy.put(k, d.get(k));
            }
        }
        return copy;
    }

    /** The stored properties of a PID, without creating a configuration; null when there is none. */
    private Dictionary<String, Object> properties(String pid) {
        try {
            Configuration[] cs = admin.listConfigurations("(" + org.osgi.framework.Constants.SERVICE_PID + "=" + pid + ")");
            return cs == null || cs.length == 0 ? null : cs[0].getProperties();
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException("the configuration " + pid + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static SettingValue value(Jurisdiction j, Setting s, Dictionary<String, Object> props) {
        Object v = props == null ? null : props.get(s.name());
        return new SettingValue(j.code() + "." + s.name(), j.code(), j.configurationPid(), s, v == null ? null : v.toString());
    }
}
