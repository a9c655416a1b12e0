package hta.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * One run of the embedded Felix framework: a private bundle cache in the data directory, the app's
 * bundles installed and started, and the application service ({@code hta.application=cli|workbench}) called
 * with the user's arguments. Closing stops the framework and removes the cache.
 */
final class Runtime implements AutoCloseable {
    /** Service property naming an application: {@code cli} or {@code workbench}. */
    static final String APPLICATION_PROPERTY = "hta.application";
    private static final long APPLICATION_TIMEOUT_MS = 30_000;
    /** Apache Felix File Install, which watches the data directory's {@code plugins/} folder. */
    static final String WATCHER = "org.apache.felix.fileinstall";

    private final Framework framework;
    private final Path cache;
    private final String mode;

    private Runtime(Framework framework, Path cache, String mode) {
        this.framework = framework;
        this.cache = cache;
        this.mode = mode;
    }

    static Runtime start(Path home, DataDirectory data, String mode, Main.LaunchOptions options) throws LaunchException {
        data.removeStaleCaches();
        Path cache = data.cacheRoot().resolve(mode + "-" + ProcessHandle.current().pid());
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_BOOTDELEGATION, "sun.*,com.sun.*");
        config.put("felix.log.level", "1");
        config.put("hta.home", home.toString());
        config.put("hta.data.dir", data.root().toString());
        config.put("hta.mode", mode);
        config.put("hta.safe.mode", Boolean.toString(options.safeMode()));
        config.put("hta.workspace", (options.workspace() != null ? options.workspace().toAbsolutePath()
                : data.workspace()).toString());
        config.put("pdfbox.fontcache", data.root().toString());
        // the watched folder; File Install hands every jar in it to the plugin manager's trust checks
        config.put("felix.fileinstall.dir", data.watchedPlugins().toString());
        config.put("felix.fileinstall.filter", ".*\\.jar");
        config.put("felix.fileinstall.poll", "1000");
        config.put("felix.fileinstall.log.level", "1");
        config.put("felix.fileinstall.enableConfigSave", "false");
        // administrators' settings (Configuration Admin) outlive the per-process bundle cache
        config.put("felix.cm.dir", data.root().resolve("config").toString());
        System.setProperty("pdfbox.fontcache", data.root().toString());

        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new LaunchException("the OSGi framework is missing from " + home.resolve("lib")));
        Framework framework = factory.newFramework(config);
        Runtime runtime = new Runtime(framework, cache, mode);
        try {
            framework.init();
            List<Bundle> installed = new ArrayList<>();
            // only the platform: the plugin manager (hta.plugins) installs the jurisdiction plugins from the
            // installation state in the data directory, bundled ones included, and none in safe mode
            installAll(framework.getBundleContext(), home.resolve("bundles"), false, installed);
            framework.start();
            List<Bundle> last = new ArrayList<>();
            for (Bundle b : installed) {
                if (b.getHeaders().get(Constants.FRAGMENT_HOST) != null) continue;
                // the folder watcher starts last, once the plugin manager's installer is there to take its jars
                if (WATCHER.equals(b.getSymbolicName())) {
                    last.add(b);
                    continue;
                }
                start(b);
            }
            last.forEach(Runtime::start);
            return runtime;
        } catch (BundleException e) {
            runtime.close();
            throw new LaunchException("the OSGi framework could not start: " + rootMessage(e), e);
        }
    }

    private static void start(Bundle b) {
        try {
            b.start();
        } catch (BundleException | RuntimeException e) {
            System.err.println("warning: bundle " + b.getSymbolicName() + " did not start: " + rootMessage(e));
        }
    }

    private static void installAll(BundleContext context, Path folder, boolean plugins, List<Bundle> installed)
            throws LaunchException {
        if (!Files.isDirectory(folder)) {
            if (plugins) return;
            throw new LaunchException("the application is incomplete: " + folder + " is missing");
        }
        List<Path> jars;
        try (Stream<Path> s = Files.list(folder)) {
            jars = s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new LaunchException("cannot read " + folder + ": " + e.getMessage(), e);
        }
        for (Path jar : jars) {
            try {
                installed.add(context.installBundle(jar.toUri().toString()));
            } catch (BundleException e) {
                System.err.println("warning: " + jar.getFileName() + " was not installed: " + rootMessage(e));
            }
        }
    }

    @SuppressWarnings("unchecked")
    int runApplication(List<String> args) throws LaunchException {
        BundleContext context = framework.getBundleContext();
        String filter = "(&(" + Constants.OBJECTCLASS + "=" + Function.class.getName() + ")("
                + APPLICATION_PROPERTY + "=" + mode + "))";
        ServiceTracker<Object, Object> tracker;
        try {
            tracker = new ServiceTracker<>(context, context.createFilter(filter), null);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        tracker.open();
        try {
            Object app = tracker.waitForService(APPLICATION_TIMEOUT_MS);
            if (app == null) {
                throw new LaunchException("the " + mode + " application did not become available within "
                        + APPLICATION_TIMEOUT_MS / 1000 + " s; bundles not active: " + inactiveBundles());
            }
            Integer code = ((Function<String[], Integer>) app).apply(args.toArray(String[]::new));
            return code == null ? 0 : code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            tracker.close();
        }
    }

    private String inactiveBundles() {
        List<String> names = new ArrayList<>();
        for (Bundle b : framework.getBundleContext().getBundles()) {
            if (b.getState() != Bundle.ACTIVE && b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                names.add(b.getSymbolicName());
            }
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) c = c.getCause();
        String m = c.getMessage();
        return m == null ? c.getClass().getSimpleName() : m;
    }

    @Override
    public void close() {
        try {
            framework.stop();
            framework.waitForStop(15_000);
        } catch (BundleException | InterruptedException e) {
            // shutting down anyway
        }
        try {
            DataDirectory.deleteTree(cache);
        } catch (IOException ignored) {
            // removed at the next start by removeStaleCaches
        }
    }
}
