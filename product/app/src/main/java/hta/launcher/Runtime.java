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
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * One run of the embedded Felix framework: a private bundle cache in the data directory, the app's
 * bundles installed and started, and the application service ({@code hta.application=cli|workbench}) called
 * with the user's arguments. Closing stops the framework; the next start removes the cache.
 */
final class Runtime implements AutoCloseable {
    /** Service property naming an application: {@code cli} or {@code workbench}. */
    static final String APPLICATION_PROPERTY = "hta.application";
    /**
     * Declarative Services registers the application while its bundle starts, so it is there when the bundles are;
     * this bound only matters when a bundle it needs failed, and then there is nothing to wait for.
     */
    private static final long APPLICATION_TIMEOUT_MS = 5_000;
    /** How long the framework may take to stop; a plugin stuck in its start or stop is not waited for at all. */
    private static final long STOP_TIMEOUT_MS = 10_000;
    /**
     * Set by the plugin manager (which shares no class with the launcher) when a plugin never gave its thread back,
     * once its stop pass is over.
     */
    static final String STUCK_PLUGINS = "hta.plugins.stuck";
    /** Apache Felix File Install, which watches the data directory's {@code plugins/} folder. */
    static final String WATCHER = "org.apache.felix.fileinstall";

    private final Framework framework;
    private final String mode;
    /** The app's own bundles: the only ones whose application is run. */
    private final Path bundles;

    private Runtime(Framework framework, String mode, Path bundles) {
        this.framework = framework;
        this.mode = mode;
        this.bundles = bundles;
    }

    static Runtime start(Path home, DataDirectory data, String mode, Main.LaunchOptions options) throws LaunchException {
        data.removeStaleCachesInBackground();
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
        Runtime runtime = new Runtime(framework, mode, home.resolve("bundles").toAbsolutePath().normalize());
        try {
            framework.init();
            List<Bundle> installed = new ArrayList<>();
            // only the platform: the plugin manager (hta.plugins) installs the jurisdiction plugins from the
            // installation state in the data directory, bundled ones included, and none in safe mode
            installAll(framework.getBundleContext(), home.resolve("bundles"), false,
                    BundleSelection.of(mode, options.applicationArgs()), installed);
            framework.start();
            List<Bundle> last = new ArrayList<>();
            boolean window = "workbench".equals(mode);
            for (Bundle b : installed) {
                if (b.getHeaders().get(Constants.FRAGMENT_HOST) != null) continue;
                // the folder watcher starts last, once the plugin manager's installer is there to take its jars; a
                // headless command does not watch (the plugin manager takes the folder's jars in when it starts)
                if (WATCHER.equals(b.getSymbolicName())) {
                    if (window) last.add(b);
                    continue;
                }
                // the window's bundles are installed (plugins may use their API) but not started for a command
                if (!window && windowOnly(b)) continue;
                start(b);
            }
            last.forEach(Runtime::start);
            return runtime;
        } catch (BundleException e) {
            runtime.close();
            throw new LaunchException("the OSGi framework could not start: " + rootMessage(e), e);
        } catch (LaunchException e) {
            runtime.close();
            throw e;
        }
    }

    /** Bundles only the window needs: the workbench's own and its look and feel. */
    static boolean windowOnly(Bundle b) {
        String name = b.getSymbolicName() == null ? "" : b.getSymbolicName();
        return name.startsWith("hta.workbench") || name.startsWith("com.formdev.flatlaf");
    }

    private static void start(Bundle b) {
        try {
            b.start();
        } catch (BundleException | RuntimeException e) {
            System.err.println("warning: bundle " + b.getSymbolicName() + " did not start: " + rootMessage(e));
        }
    }

    private static void installAll(BundleContext context, Path folder, boolean plugins, BundleSelection selection,
                                   List<Bundle> installed) throws LaunchException {
        if (!Files.isDirectory(folder)) {
            if (plugins) return;
            throw new LaunchException("the application is incomplete: " + folder + " is missing");
        }
        List<Path> jars;
        try (Stream<Path> s = Files.list(folder)) {
            jars = s.filter(p -> p.getFileName().toString().endsWith(".jar") && selection.installs(p.getFileName().toString()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new LaunchException("cannot read " + folder + ": " + e.getMessage(), e);
        }
        for (Path jar : jars) {
            try {
                // read in place: the framework need not copy the app's jars into its cache at every start
                installed.add(context.installBundle("reference:" + jar.toUri()));
            } catch (BundleException e) {
                // a platform bundle that cannot be installed (a full disk, a damaged jar): nothing would work
                throw new LaunchException("the application cannot start: " + jar.getFileName() + " cannot be installed ("
                        + rootMessage(e) + ")", e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    int runApplication(List<String> args) throws LaunchException {
        BundleContext context = framework.getBundleContext();
        String filter = "(&(" + Constants.OBJECTCLASS + "=" + Function.class.getName() + ")("
                + APPLICATION_PROPERTY + "=" + mode + "))";
        ServiceTracker<Object, Object> tracker;
        // only an application of the app's own bundles: a plugin registering one (ranked above, to take over every
        // command) is hidden from bundles by the plugin manager's hooks, but the framework exempts this context
        String platform = bundles.toUri().toString();
        ServiceTrackerCustomizer<Object, Object> ownOnly = new ServiceTrackerCustomizer<>() {
            @Override
            public Object addingService(ServiceReference<Object> ref) {
                Bundle b = ref.getBundle();
                return b != null && b.getLocation().replaceFirst("^reference:", "").startsWith(platform)
                        ? context.getService(ref) : null;
            }

            @Override
            public void modifiedService(ServiceReference<Object> ref, Object service) {
                // nothing to follow
            }

            @Override
            public void removedService(ServiceReference<Object> ref, Object service) {
                context.ungetService(ref);
            }
        };
        try {
            tracker = new ServiceTracker<>(context, context.createFilter(filter), ownOnly);
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
            long deadline = System.currentTimeMillis() + STOP_TIMEOUT_MS;
            // a plugin stuck in start or stop holds its bundle's lock, so the framework would never finish stopping
            while (framework.waitForStop(50).getType() == org.osgi.framework.FrameworkEvent.WAIT_TIMEDOUT
                    && System.getProperty(STUCK_PLUGINS) == null && System.currentTimeMillis() < deadline) {
                // polled: returns as soon as the framework has stopped
            }
        } catch (BundleException | InterruptedException e) {
            // shutting down anyway
        }
        // the cache is left for the next start to remove in the background (DataDirectory.removeStaleCaches)
    }
}
