package hta.jurisdiction.testkit;

import hta.jurisdiction.Jurisdiction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Manifest and capability sanity of a jurisdiction plugin: a symbolic name and a description (the catalogue shows
 * it); the {@code hta.jurisdiction} capability with the jurisdiction's own code and a contract version the platform
 * under test provides (same major, not newer); the matching requirement of the {@code hta.jurisdiction.contract}
 * capability up to the next major; imports of the platform only from its API packages (never an internal package or
 * another plugin); nothing exported, no Require-Bundle; and a declarative-services component that registers the
 * jurisdiction under test as a {@code hta.jurisdiction.Jurisdiction} service. Stateless.
 */
public final class ManifestCheck {
    private static final Pattern CAPABILITY = Pattern.compile(
            "hta\\.jurisdiction;\\s*code=\"?([^;\"]+)\"?;\\s*contract:Version=\"(\\d+)\\.(\\d+)(\\.\\d+)?\"");
    private static final Pattern REQUIREMENT = Pattern.compile(
            "hta\\.jurisdiction\\.contract;\\s*filter:=\"\\(&\\(version>=(\\d+)\\.(\\d+)(\\.\\d+)?\\)\\(!\\(version>=(\\d+)\\.0(\\.0)?\\)\\)\\)\"");

    private ManifestCheck() {
    }

    /**
     * The manifest a build of the plugin made or keeps: {@code target/classes/META-INF/MANIFEST.MF} (bnd writes it
     * before the tests run) or {@code META-INF/MANIFEST.MF} (a manifest-first build).
     */
    public static Path defaultManifest() {
        Path built = Path.of("target", "classes", "META-INF", "MANIFEST.MF");
        return Files.exists(built) ? built : Path.of("META-INF", "MANIFEST.MF");
    }

    public static List<String> check(Jurisdiction j, Path manifestFile, Path classes) {
        List<String> problems = new ArrayList<>();
        Attributes m;
        try (InputStream in = Files.newInputStream(manifestFile)) {
            m = new Manifest(in).getMainAttributes();
        } catch (IOException e) {
            return List.of("cannot read the plugin's manifest " + manifestFile.toAbsolutePath() + ": " + e.getMessage());
        }
        String name = m.getValue("Bundle-SymbolicName");
        if (name == null || !name.split(";")[0].trim().matches("[A-Za-z_][\\w-]*(\\.[A-Za-z_][\\w-]*)*")) {
            problems.add("Bundle-SymbolicName is missing or not a dotted name: " + name);
        }
        if (m.getValue("Bundle-Description") == null) problems.add("Bundle-Description is missing: the app's catalogue shows it");
        if (m.getValue("Export-Package") != null) problems.add("a jurisdiction plugin exports nothing; found Export-Package");
        if (m.getValue("Require-Bundle") != null) problems.add("a jurisdiction plugin imports packages, not bundles; found Require-Bundle");
        capability(problems, j, m.getValue("Provide-Capability"), m.getValue("Require-Capability"));
        imports(problems, m.getValue("Import-Package"));
        component(problems, j, classes);
        return problems;
    }

    private static void capability(List<String> problems, Jurisdiction j, String provided, String required) {
        Matcher c = CAPABILITY.matcher(provided == null ? "" : provided);
        if (!c.find()) {
            problems.add("Provide-Capability lacks hta.jurisdiction;code=" + j.code() + ";contract:Version=\"MAJOR.MINOR\": " + provided);
            return;
        }
        if (!c.group(1).equals(j.code())) problems.add("the capability names code " + c.group(1) + ", the jurisdiction says " + j.code());
        int major = Integer.parseInt(c.group(2));
        int minor = Integer.parseInt(c.group(3));
        String[] platform = platformContract().split("\\.");
        int pMajor = Integer.parseInt(platform[0]);
        int pMinor = Integer.parseInt(platform[1]);
        if (major != pMajor || minor > pMinor) {
            problems.add("built for contract " + major + "." + minor + ", which this platform (contract "
                    + platformContract() + ") does not provide");
        }
        Matcher r = REQUIREMENT.matcher(required == null ? "" : required);
        if (!r.find()) {
            problems.add("Require-Capability lacks hta.jurisdiction.contract;filter:=\"(&(version>=" + major + "." + minor
                    + ")(!(version>=" + (major + 1) + ".0)))\": " + required);
        } else if (Integer.parseInt(r.group(1)) != major || Integer.parseInt(r.group(2)) != minor
                || Integer.parseInt(r.group(4)) != major + 1) {
            problems.add("the contract requirement (" + r.group() + ") does not run from the contract it was built for ("
                    + major + "." + minor + ") to the next major version");
        }
    }

    /**
     * The contract of the platform on the class path, read at run time: the constant would be compiled into the kit,
     * and a kit built against an older platform would then judge plugins by that one's contract.
     */
    static String platformContract() {
        try {
            return (String) Jurisdiction.class.getField("CONTRACT_VERSION").get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the platform on the class path has no Jurisdiction.CONTRACT_VERSION", e);
        }
    }

    private static void imports(List<String> problems, String header) {
        Set<String> api = platformApi();
        for (String p : ManifestHeaders.packageNames(header)) {
            if (p.startsWith("hta.") && !api.contains(p)) {
                problems.add("imports " + p + ", which is not an API package of the platform");
            }
        }
    }

    /** The packages exported by the platform's API jars on the class path (not by jurisdiction plugins). */
    static Set<String> platformApi() {
        Set<String> packages = new TreeSet<>();
        try {
            Enumeration<URL> all = ManifestCheck.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (all.hasMoreElements()) {
                Attributes a;
                try (InputStream in = all.nextElement().openStream()) {
                    a = new Manifest(in).getMainAttributes();
                }
                String name = a.getValue("Bundle-SymbolicName");
                String provided = a.getValue("Provide-Capability");
                boolean plugin = provided != null && provided.contains("hta.jurisdiction;");
                if (name == null || !name.startsWith("hta.") || plugin || a.getValue("Export-Package") == null) continue;
                packages.addAll(ManifestHeaders.packageNames(a.getValue("Export-Package")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packages;
    }

    private static void component(List<String> problems, Jurisdiction j, Path classes) {
        Path dir = classes.resolve("OSGI-INF");
        String implementation = "<implementation class=\"" + j.getClass().getName() + "\"";
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".xml")).toList()) {
                    String xml = Files.readString(f);
                    if (xml.contains(implementation) && xml.contains("interface=\"hta.jurisdiction.Jurisdiction\"")) return;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        problems.add("no declarative-services component in " + dir + " registers " + j.getClass().getName()
                + " as a hta.jurisdiction.Jurisdiction service (annotate it with @Component(service = Jurisdiction.class))");
    }
}
