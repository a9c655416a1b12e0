package hta.app;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Test support: the assembled app's bundles started in an embedded Felix, as the launcher does, with a
 * private data directory and a copy of the demo workspace.
 *
 * <p>Tests call the app through its API types: the API bundles' jars are on the test class path (test
 * dependencies of this module), and the framework takes the packages those bundles export, and Jackson, which
 * they expose, from the test class path for every bundle (boot delegation to the framework's class loader). So
 * a test and the bundles see one {@code hta.dossier.Dossier}, one {@code MemoExporter}, and {@link #service(Class)}
 * returns a service as its interface: a renamed method fails the test's compilation, not its run. The
 * bundles' implementation ({@code *.internal}) and every plugin still load from their own jars, wired by their
 * manifests. Why boot delegation rather than system-bundle exports: the platform bundles contain the API
 * packages they export and would otherwise keep their own copy of them; boot delegation makes every bundle,
 * those included, use the one copy the test holds, without changing any manifest.
 */
public final class AppRuntime implements AutoCloseable {
    public static final Path APP = Path.of(System.getProperty("hta.app.dir", "target/hta-workbench"));

    /**
     * The JIT setting of every JVM the tests start (drivers, and the app's scripts through {@code HTA_JAVA_OPTS}):
     * the client compiler only. The tests' processes live seconds to a minute, and the optimising compiler costs
     * them more CPU than it saves; on two cores it made the integration tests about a third slower. Behaviour is
     * the same; only benchmarks (module bench) measure speed, and they do not use this.
     */
    public static final String TEST_JIT = "-XX:TieredStopAtLevel=1";

    /** This JVM's {@code java}, which starts a test's own JVMs (with {@link #TEST_JIT}). */
    public static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /**
     * Sets up the environment of an app script a test runs: this JVM's Java, {@link #TEST_JIT}, then what the
     * test gives ({@code null} removes a variable; {@code HTA_JAVA_OPTS} given is added after the JIT setting).
     */
    public static void scriptEnvironment(Map<String, String> environment, Map<String, String> given) {
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("HTA_JAVA_OPTS", TEST_JIT);
        given.forEach((k, v) -> {
            if (v == null) environment.remove(k);
            else environment.put(k, "HTA_JAVA_OPTS".equals(k) ? TEST_JIT + " " + v : v);
        });
    }

    private final Framework framework;
    private final Path dataDir;
    private final List<ServiceTracker<Object, Object>> trackers = new ArrayList<>();

    private AppRuntime(Framework framework, Path dataDir) {
        this.framework = framework;
        this.dataDir = dataDir;
    }

    public static AppRuntime start(Map<String, String> extra) throws Exception {
        return start(Files.createTempDirectory("hta-it-data"), extra);
    }

    /**
     * Starts on a given data directory (its plugin state, watched folder and workspace are used as they are;
     * the demo workspace is copied only when it has none), e.g. to restart on the state a previous run left.
     */
    public static AppRuntime start(Path data, Map<String, String> extra) throws Exception {
        Path workspace = data.resolve("workspace");
        if (!Files.exists(workspace)) copyTree(APP.resolve("demo-workspace"), workspace);
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, data.resolve("cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_BOOTDELEGATION, "sun.*,com.sun.*" + SharedApi.bootDelegation());
        config.put(Constants.FRAMEWORK_BUNDLE_PARENT, Constants.FRAMEWORK_BUNDLE_PARENT_FRAMEWORK);
        config.put("hta.workspace", workspace.toString());
        config.put("hta.data.dir", data.toString());
        config.put("hta.home", APP.toAbsolutePath().toString());
        config.put("felix.log.level", "1");
        config.put("felix.fileinstall.dir", data.resolve("plugins").toString());
        config.put("felix.fileinstall.filter", ".*\\.jar");
        config.put("felix.fileinstall.poll", "300");
        config.put("felix.fileinstall.log.level", "1");
        config.put("felix.cm.dir", data.resolve("config").toString());
        config.putAll(extra);
        Framework fw = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow().newFramework(config);
        fw.init();
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : jars(APP.resolve("bundles"))) installed.add(fw.getBundleContext().installBundle(jar.toUri().toString()));
        // as the launcher does: the plugin manager installs the jurisdiction plugins, File Install starts last
        fw.start();
        Bundle watcher = null;
        for (Bundle b : installed) {
            if ("org.apache.felix.fileinstall".equals(b.getSymbolicName())) watcher = b;
            else if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) b.start();
        }
        if (watcher != null) watcher.start();
        AppRuntime app = new AppRuntime(fw, data);
        // the plugin manager loads the jurisdiction plugins on a thread of its own; its operations wait for that,
        // so asking it once makes tests that go straight to the registry or the exporter see them loaded
        if (!Boolean.parseBoolean(config.get("hta.safe.mode"))) call(app.service("hta.plugins.PluginManager", null), "plugins");
        return app;
    }

    static List<Path> jars(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path workspace() {
        return dataDir.resolve("workspace");
    }

    public Bundle bundle(String symbolicName) {
        for (Bundle b : context().getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) return b;
        }
        return null;
    }

    /** Waits for a service by interface name (and optional filter), failing after a few seconds. */
    public Object service(String className, String filter) throws Exception {
        String f = "(&(" + Constants.OBJECTCLASS + "=" + className + ")" + (filter == null ? "" : filter) + ")";
        ServiceTracker<Object, Object> t = new ServiceTracker<>(context(), context().createFilter(f), null);
        t.open(true); // the system bundle cannot see our API packages: track across class spaces
        // kept open until close(): releasing the service would let SCR deactivate a delayed component
        trackers.add(t);
        Object s = t.waitForService(10_000);
        if (s == null) throw new AssertionError("service " + className + " " + (filter == null ? "" : filter) + " not available");
        return s;
    }

    /** Waits for a service by its interface, failing after a few seconds. */
    public <T> T service(Class<T> type) throws Exception {
        return service(type, null);
    }

    /** Waits for a service by its interface and a filter such as {@code (hta.application=cli)}. */
    public <T> T service(Class<T> type, String filter) throws Exception {
        return type.cast(service(type.getName(), filter));
    }

    /**
     * Calls a public method by name on an object from a bundle, for what the API does not offer (e.g. a class
     * of a plugin). Prefer the typed services: a method named here is only checked when the test runs.
     */
    public static Object call(Object target, String method, Object... args) throws Exception {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                m.setAccessible(true);
                return m.invoke(target, args);
            }
        }
        throw new NoSuchMethodException(target.getClass() + "." + method);
    }

    static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p)) Files.copy(p, to.resolve(p.getFileName()));
            }
        }
    }

    /**
     * A copy of the built app in {@code to}, file modes kept (its scripts stay executable): for tests that change
     * what belongs to the installation (its trust store, its plugin repository).
     */
    public static Path copyApp(Path to) throws IOException {
        return copyFolder(APP.toAbsolutePath().normalize(), to);
    }

    /** A copy of a folder and everything in it, file modes kept. */
    public static Path copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return to;
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(x);
        }
    }

    @Override
    public void close() throws Exception {
        stop();
        deleteTree(dataDir);
    }

    /** Stops the framework and keeps the data directory (for a restart on the same state). */
    public void stop() throws Exception {
        trackers.forEach(ServiceTracker::close);
        trackers.clear();
        try {
            framework.stop();
            framework.waitForStop(15_000);
        } catch (BundleException e) {
            // closing anyway
        }
        deleteTree(dataDir.resolve("cache"));
    }
}
