package hta.plugins.internal;

import hta.plugins.TrustPolicy;
import java.nio.file.Path;
import org.osgi.framework.BundleContext;

/**
 * Where this installation keeps what: the app's bundled plugins, trust store and repository, and in the data
 * directory the plugin state, the plugin store, the watched folder; with this run's settings (safe mode, the
 * watched folder's trust policy, the limits). Read once from the framework properties.
 *
 * @param bundledDir    the app's {@code plugins/} folder, or {@code null} without an app home
 * @param trustStore    the app's {@code security/trusted-plugins.p12}, or {@code null}
 * @param repositoryDir the plugin repository for the catalogue, or {@code null}
 * @param stateDir      {@code DATA/plugin-state}
 * @param watchedDir    {@code DATA/plugins}
 */
record Installation(Path bundledDir, Path trustStore, Path repositoryDir, Path stateDir, Path watchedDir,
                    boolean safeMode, TrustPolicy watchedPolicy, Limits limits) {
    /** The trust store in the installation: certificates only, so its password protects integrity, not secrets. */
    static final String TRUST_STORE = "security/trusted-plugins.p12";
    static final char[] TRUST_STORE_PASSWORD = "hta-public".toCharArray();

    static Installation of(BundleContext context) {
        String home = context.getProperty("hta.home");
        String data = context.getProperty("hta.data.dir");
        Path dataDir = data != null ? Path.of(data) : context.getDataFile("data").toPath();
        String repository = context.getProperty("hta.plugins.repository");
        Path homeDir = home == null ? null : Path.of(home);
        return new Installation(homeDir == null ? null : homeDir.resolve("plugins"),
                homeDir == null ? null : homeDir.resolve(TRUST_STORE),
                repository != null ? Path.of(repository) : homeDir == null ? null : homeDir.resolve("repository"),
                dataDir.resolve("plugin-state"), dataDir.resolve("plugins"),
                Boolean.parseBoolean(context.getProperty("hta.safe.mode")),
                "allow-unsigned".equals(context.getProperty("hta.plugins.watched.policy"))
                        ? TrustPolicy.ALLOW_UNSIGNED : TrustPolicy.REFUSE,
                Limits.from(context::getProperty));
    }

    Path stateFile() {
        return stateDir.resolve("state.properties");
    }

    Path lastGoodFile() {
        return stateDir.resolve("last-good.properties");
    }

    Path policyFile() {
        return stateDir.resolve("policy.properties");
    }

    Path historyFile() {
        return stateDir.resolve("history.tsv");
    }

    /** The plugin store: one copy of every jar in use, named by its digest. */
    Path store() {
        return stateDir.resolve("jars");
    }

    /** Where jars are copied to be checked only ({@code hta plugins verify}, dry runs); emptied after each. */
    Path checks() {
        return stateDir.resolve("checks");
    }

    Path refusedFile() {
        return stateDir.resolve("watched-refused.tsv");
    }

    Path markers() {
        return stateDir.resolve("running");
    }

    Path lockFile() {
        return stateDir.resolve("admin.lock");
    }
}
