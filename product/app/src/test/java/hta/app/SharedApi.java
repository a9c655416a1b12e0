package hta.app;

import hta.jurisdiction.testkit.ManifestHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * The packages a test shares with the bundles it starts: those exported by the {@code hta.*} bundles whose jars
 * are on the test class path, and Jackson, whose types the dossier API exposes. Read from the jars' manifests,
 * so a package a bundle starts exporting is shared without a change here. Stateless.
 */
final class SharedApi {
    /** Jackson's types are in the dossier API (annotations, {@code ObjectNode}): its classes must be the test's too. */
    private static final String JACKSON = "com.fasterxml.jackson.*";

    private SharedApi() {
    }

    /** The additions to {@code org.osgi.framework.bootdelegation}, each after a comma; empty when none. */
    static String bootDelegation() {
        Set<String> packages = exportedByApiJars();
        if (packages.isEmpty()) return ""; // e.g. the bench module: the bundles keep their own API classes
        StringBuilder sb = new StringBuilder();
        for (String p : packages) sb.append(',').append(p);
        return sb.append(',').append(JACKSON).toString();
    }

    static Set<String> exportedByApiJars() {
        Set<String> packages = new TreeSet<>();
        try {
            Enumeration<URL> manifests = SharedApi.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                Attributes main;
                try (InputStream in = manifests.nextElement().openStream()) {
                    main = new Manifest(in).getMainAttributes();
                }
                String name = main.getValue("Bundle-SymbolicName");
                String exports = main.getValue("Export-Package");
                if (name == null || !name.startsWith("hta.") || exports == null) continue;
                packages.addAll(ManifestHeaders.packageNames(exports));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packages;
    }
}
