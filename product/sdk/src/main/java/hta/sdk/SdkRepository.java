package hta.sdk;

import hta.jurisdiction.testkit.ManifestHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

/**
 * Writes the SDK as a Maven repository folder (groupId {@code hta}): the API jars of the platform bundles (their
 * exported packages and manifest only), the complete bundles under classifier {@code runtime} for the test kit, the
 * test kit, the plugin-repository publisher, and the BOM {@code hta:hta-sdk-bom}, each with a pom naming its
 * dependencies (derived from the bundles' Import-Package through {@code sdk.properties}) and SHA-1 checksums. Run by
 * the build ({@code product/sdk/pom.xml}); a platform import it cannot place fails it with that import's name.
 *
 * <p>Usage: {@code SdkRepository OUT VERSION sdk.properties JUNIT_GAV TESTKIT_JAR PUBLISHER_JAR NAME=BUNDLE_JAR…}
 */
public final class SdkRepository {
    private static final Pattern CONTRACT = Pattern.compile("hta\\.jurisdiction\\.contract;\\s*version:Version=\"([^\"]+)\"");
    private final Path out;
    private final String version;
    private final Properties config;
    private final Map<String, Path> bundles = new LinkedHashMap<>();
    /** Which SDK artifact exports each platform package. */
    private final Map<String, String> exporters = new LinkedHashMap<>();
    private final List<String> written = new ArrayList<>();

    SdkRepository(Path out, String version, Properties config) {
        this.out = out;
        this.version = version;
        this.config = config;
    }

    public static void main(String[] args) throws Exception {
        Properties config = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(args[2]))) {
            config.load(in);
        }
        SdkRepository sdk = new SdkRepository(Path.of(args[0]), args[1], config);
        for (int i = 6; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            sdk.bundles.put(kv[0], Path.of(kv[1]));
        }
        sdk.write(args[3], Path.of(args[4]), Path.of(args[5]));
    }

    void write(String junit, Path testkit, Path publisher) throws IOException {
        for (Map.Entry<String, Path> b : bundles.entrySet()) {
            for (String p : ManifestHeaders.packageNames(manifest(b.getValue()).getMainAttributes().getValue("Export-Package"))) {
                exporters.put(p, b.getKey());
            }
        }
        Set<String> api = names("api");
        Set<String> runtime = names("runtime");
        Set<Dependency> thirdParty = new LinkedHashSet<>();
        for (Map.Entry<String, Path> b : bundles.entrySet()) {
            String name = b.getKey();
            Path dir = dir(name);
            if (api.contains(name)) apiJar(b.getValue(), dir.resolve(name + "-" + version + ".jar"));
            if (runtime.contains(name)) copy(b.getValue(), dir.resolve(name + "-" + version + "-runtime.jar"));
            List<Dependency> deps = dependencies(name, b.getValue());
            deps.stream().filter(d -> !d.groupId().equals("hta")).forEach(thirdParty::add);
            pom(dir, name, "jar", "HTA Workbench platform API: " + name, deps, "");
        }
        List<Dependency> kit = new ArrayList<>();
        api.forEach(n -> kit.add(new Dependency("hta", n, version, null, null)));
        runtime.forEach(n -> kit.add(new Dependency("hta", n, version, "runtime", "runtime")));
        String[] j = junit.split(":");
        kit.add(new Dependency(j[0], j[1], j[2], null, null));
        kit.addAll(thirdParty);
        copy(testkit, dir("hta.jurisdiction.testkit").resolve("hta.jurisdiction.testkit-" + version + ".jar"));
        pom(dir("hta.jurisdiction.testkit"), "hta.jurisdiction.testkit", "jar", "HTA Workbench jurisdiction test kit", kit, "");
        copy(publisher, dir("hta-plugin-publisher").resolve("hta-plugin-publisher-" + version + ".jar"));
        pom(dir("hta-plugin-publisher"), "hta-plugin-publisher", "jar", "Publishes plugin jars into a plugin repository", List.of(), "");
        bom(api, runtime);
        System.out.println("SDK " + version + " written to " + out + " (" + written.size() + " files)");
    }

    private Set<String> names(String key) {
        Set<String> names = new LinkedHashSet<>();
        for (String n : config.getProperty(key, "").split(",")) {
            if (n.isBlank()) continue;
            if (!bundles.containsKey(n.trim())) throw new IllegalArgumentException("sdk.properties names " + n.trim() + ", which the build did not pass");
            names.add(n.trim());
        }
        return names;
    }

    /** The artifacts a bundle needs: the SDK artifacts exporting its hta.* imports, the mapped third-party ones. */
    private List<Dependency> dependencies(String name, Path jar) throws IOException {
        Set<Dependency> deps = new LinkedHashSet<>();
        List<String> ignored = List.of(config.getProperty("ignored", "").split("\\s*,\\s*"));
        for (String p : ManifestHeaders.packageNames(manifest(jar).getMainAttributes().getValue("Import-Package"))) {
            String exporter = exporters.get(p);
            if (exporter != null) {
                if (!exporter.equals(name)) deps.add(new Dependency("hta", exporter, version, null, null));
                continue;
            }
            if (ignored.stream().anyMatch(prefix -> !prefix.isBlank() && p.startsWith(prefix))) continue;
            String gav = thirdParty(p);
            if (gav == null) throw new IllegalArgumentException(name + " imports " + p + ", which sdk.properties does not map to an artifact");
            String[] g = gav.split(":");
            deps.add(new Dependency(g[0], g[1], g[2], null, null));
        }
        return new ArrayList<>(deps);
    }

    /** The artifact of the longest mapped prefix of a package. */
    private String thirdParty(String pkg) {
        for (String p = pkg; !p.isEmpty(); p = p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : "") {
            String gav = config.getProperty("package." + p);
            if (gav != null) return gav.trim();
        }
        return null;
    }

    /** The bundle's manifest and the classes and resources of its exported packages, nothing else. */
    private void apiJar(Path bundle, Path target) throws IOException {
        Manifest m = manifest(bundle);
        Set<String> exported = ManifestHeaders.packageNames(m.getMainAttributes().getValue("Export-Package"));
        try (JarFile in = new JarFile(bundle.toFile()); OutputStream os = Files.newOutputStream(target);
             JarOutputStream jar = new JarOutputStream(os, m)) {
            for (JarEntry e : in.stream().toList()) {
                String n = e.getName();
                int slash = n.lastIndexOf('/');
                if (e.isDirectory() || slash < 0 || !exported.contains(n.substring(0, slash).replace('/', '.'))) continue;
                ZipEntry copy = new ZipEntry(n);
                copy.setTime(e.getTime());
                jar.putNextEntry(copy);
                try (InputStream is = in.getInputStream(e)) {
                    is.transferTo(jar);
                }
                jar.closeEntry();
            }
        }
        checksum(target);
    }

    private void bom(Set<String> api, Set<String> runtime) throws IOException {
        StringBuilder managed = new StringBuilder();
        for (String n : api) managed.append(Dependency.xml(new Dependency("hta", n, version, null, null), "        "));
        for (String n : runtime) managed.append(Dependency.xml(new Dependency("hta", n, version, "runtime", null), "        "));
        for (String n : List.of("hta.jurisdiction.testkit", "hta-plugin-publisher")) {
            managed.append(Dependency.xml(new Dependency("hta", n, version, null, null), "        "));
        }
        String contract = bundles.containsKey("hta.jurisdiction") ? contractVersion(manifest(bundles.get("hta.jurisdiction"))) : "";
        String extra = "  <properties>\n    <hta.contract.version>" + contract + "</hta.contract.version>\n  </properties>\n"
                + "  <dependencyManagement>\n    <dependencies>\n" + managed + "    </dependencies>\n  </dependencyManagement>\n";
        pom(dir("hta-sdk-bom"), "hta-sdk-bom", "pom", "HTA Workbench SDK: the versions of every SDK artifact", List.of(), extra);
    }

    private void pom(Path dir, String artifactId, String packaging, String name, List<Dependency> deps, String extra) throws IOException {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n  <modelVersion>4.0.0</modelVersion>\n")
                .append("  <groupId>hta</groupId>\n  <artifactId>").append(artifactId).append("</artifactId>\n")
                .append("  <version>").append(version).append("</version>\n  <packaging>").append(packaging).append("</packaging>\n")
                .append("  <name>").append(name).append("</name>\n").append(extra);
        if (!deps.isEmpty()) {
            sb.append("  <dependencies>\n");
            deps.forEach(d -> sb.append(Dependency.xml(d, "    ")));
            sb.append("  </dependencies>\n");
        }
        sb.append("</project>\n");
        Path file = dir.resolve(artifactId + "-" + version + ".pom");
        Files.writeString(file, sb);
        checksum(file);
    }

    private Path dir(String artifactId) throws IOException {
        return Files.createDirectories(out.resolve("hta").resolve(artifactId).resolve(version));
    }

    private void copy(Path from, Path to) throws IOException {
        Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        checksum(to);
    }

    private void checksum(Path file) throws IOException {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(Files.readAllBytes(file));
            Files.writeString(file.resolveSibling(file.getFileName() + ".sha1"), HexFormat.of().formatHex(sha1));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        written.add(file.toString());
    }

    /** The contract version the platform bundle provides, or empty. */
    private static String contractVersion(Manifest m) {
        String provided = m.getMainAttributes().getValue("Provide-Capability");
        Matcher c = CONTRACT.matcher(provided == null ? "" : provided);
        return c.find() ? c.group(1) : "";
    }

    private static Manifest manifest(Path jar) throws IOException {
        try (JarFile f = new JarFile(jar.toFile())) {
            Manifest m = f.getManifest();
            if (m == null) throw new IOException(jar + " has no manifest");
            return m;
        }
    }
}
