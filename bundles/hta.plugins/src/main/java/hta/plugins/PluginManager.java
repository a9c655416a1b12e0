package hta.plugins;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
    Plan plan(Plan.Action action, String target, TrustPolicy policy);

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

    /** Replaces an installed plugin (same code) by the jar's version; refreshes only that plugin. */
    PluginInfo update(Path jar, TrustPolicy policy, Predicate<Verification> ask);

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

    /** This run's most recent events (changes and failures, at most 200), oldest first. */
    List<PluginEvent> events();

    /** Calls the listener on every new event until the returned handle is closed. */
    AutoCloseable subscribe(Consumer<PluginEvent> listener);
}
