package hta.plugins;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Administers jurisdiction plugins in the running framework and keeps the installation's state in the data
 * directory, so what an administrator does survives restarts. Every change runs in a fixed order: verify
 * trust and compatibility, ask {@link RemovalParticipant}s, install, refresh only the bundles affected, start.
 * Thread-safe; the changing operations block until done and should be called off the UI thread.
 */
@ProviderType
public interface PluginManager {
    /** Every jurisdiction plugin (installed, disabled, failed, or offered), sorted by code. */
    List<PluginInfo> plugins();

    /**
     * The catalogue of the plugin repository that ships with the product ({@code repository/} in the app, or the
     * folder the framework property {@code hta.plugins.repository} names): the newest version of each
     * jurisdiction plugin with its description and what installing it would mean here. Install or update an
     * entry by passing its {@link CatalogueEntry#jar()} to {@link #install} or {@link #update}.
     *
     * @throws PluginException when the repository exists but its catalogue cannot be read
     */
    List<CatalogueEntry> catalogue();

    /**
     * The trust policy administrators set for the Plugins view ({@link TrustPolicy#ASK} unless changed); kept in
     * the data directory. Commands use {@link TrustPolicy#REFUSE} unless told otherwise.
     */
    TrustPolicy interactivePolicy();

    /** Sets the Plugins view's trust policy; recorded in the installation history. */
    void setInteractivePolicy(TrustPolicy policy);

    /** Checks a jar (manifest, compatibility, signature) without installing anything. */
    Verification verify(Path jar);

    /**
     * What an action would do, without doing it. {@code target} is a jar path (install, update) or a code
     * (uninstall, enable, disable; install of a bundled plugin an administrator removed).
     */
    default Plan plan(Plan.Action action, String target, TrustPolicy policy) {
        return plan(action, target, policy, Set.of());
    }

    /** What an action would do with these update options, without doing it. @since 0.4 */
    Plan plan(Plan.Action action, String target, TrustPolicy policy, Set<UpdateOption> options);

    /**
     * Installs a plugin from a jar and starts it; returns when its contributions are live. A plugin that throws
     * on start stays installed, marked failed with the reason. {@code ask} is consulted under
     * {@link TrustPolicy#ASK} for an unsigned jar or an unknown signer (it may be {@code null} otherwise).
     *
     * @throws PluginException when refused (trust, compatibility, already installed) or when it cannot resolve
     */
    PluginInfo install(Path jar, TrustPolicy policy, Predicate<Verification> ask);

    /** Installs a bundled plugin an administrator removed earlier, by code. */
    PluginInfo installBundled(String code);

    /**
     * Replaces an installed plugin (same code) by a newer version of the same bundle; refreshes only that plugin.
     * Going back to an older version, or to another bundle declaring the same code, is refused unless
     * {@code options} allow it.
     *
     * @since 0.4
     */
    PluginInfo update(Path jar, TrustPolicy policy, Predicate<Verification> ask, Set<UpdateOption> options);

    /** {@link #update(Path, TrustPolicy, Predicate, Set)} without options: only newer versions of the same bundle. */
    default PluginInfo update(Path jar, TrustPolicy policy, Predicate<Verification> ask) {
        return update(jar, policy, ask, Set.of());
    }

    /** Uninstalls a plugin; dossier files are never touched. A bundled plugin stays offered. */
    void uninstall(String code);

    PluginInfo enable(String code);

    PluginInfo disable(String code);

    /** Returns to the last known good set of plugins (the set before the last change made while all worked). */
    List<PluginInfo> restoreLastGood();

    /** The last known good set, as codes with versions (e.g. {@code no 0.1.0.v2026…}); empty when none is kept. */
    List<String> lastGood();

    /** The installation history, oldest first. */
    List<AuditEntry> history();

    /** Writes the history to a file: JSON when the name ends in {@code .json}, otherwise CSV. */
    void exportHistory(Path file) throws IOException;

    /**
     * Runs a call into a plugin (e.g. rendering a memo) with a time limit. When the call throws or does not
     * return in time, the plugin is marked failed with the reason and stopped, so the others keep working.
     *
     * @throws PluginException naming the plugin, the time limit or the exception
     */
    <T> T call(String code, Duration timeout, Callable<T> work);

    /**
     * What the user should be told once about this installation's plugins, one line each: a plugin quarantined
     * because it ended the process, hung or threw (with how to re-enable it), a damaged state or policy file, an
     * unreadable trust store. A quarantine is returned once across runs; a damaged file every run until repaired.
     *
     * @since 0.4
     */
    List<String> notices();

    /** This run's most recent events (changes and failures, at most 200), oldest first. */
    List<PluginEvent> events();

    /** Calls the listener on every new event until the returned handle is closed. */
    AutoCloseable subscribe(Consumer<PluginEvent> listener);
}
