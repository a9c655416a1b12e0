package hta.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Baseline process: a bare Felix with Felix SCR (and the OSGi bundles SCR needs) started and stopped.
 * Usage: {@code BareFelix APP_DIR CACHE_DIR}.
 */
public final class BareFelix {
    public static void main(String[] args) throws Exception {
        int code = 0;
        Framework fw = null;
        try {
            fw = start(Path.of(args[0]), args[1]);
        } catch (Exception e) {
            System.err.println("bare Felix failed: " + e.getMessage());
            code = 1;
        } finally {
            if (fw != null) {
                fw.stop();
                fw.waitForStop(10_000);
            }
        }
        System.exit(code); // as the launcher does: framework threads must not keep the process alive
    }

    /** Felix started with SCR and the OSGi bundles SCR needs, from the app's {@code bundles} folder. */
    static Framework start(Path appDir, String cacheDir) throws Exception {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, cacheDir);
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        Framework fw = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow().newFramework(config);
        fw.init();
        List<Path> jars;
        try (Stream<Path> s = Files.list(appDir.resolve("bundles"))) {
            jars = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("org.apache.felix.scr") || n.startsWith("org.osgi.");
            }).sorted().toList();
        }
        fw.start();
        List<Bundle> installed = new java.util.ArrayList<>();
        for (Path jar : jars) installed.add(fw.getBundleContext().installBundle(jar.toUri().toString()));
        for (Bundle b : installed) b.start();
        return fw;
    }
}
