package hta.baseline;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Analyzer;
import aQute.bnd.osgi.Constants;
import aQute.bnd.osgi.Descriptors.PackageRef;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Processor;
import aQute.bnd.osgi.Resource;
import aQute.bnd.service.diff.Delta;
import aQute.bnd.service.diff.Diff;
import aQute.bnd.version.Version;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The versioned contract, checked at build time. For every package the platform bundles export:
 * <ul>
 * <li>its version is in code — {@code @Version} in its {@code package-info.java} — and equal to the version the
 * manifest exports it with;</li>
 * <li>compared with the same package in the baseline (the API of the previous release, {@code releng/baseline}),
 * its version went up as far as its change requires, by bnd's baselining: a removed or changed member, or a
 * method added to an interface others implement ({@code @ConsumerType}), needs the next major version; an
 * addition the next minor one; and a package of the baseline that no bundle exports any more is a major
 * change of the whole contract.</li>
 * </ul>
 * Packages are matched by name, not by bundle, so moving a package to another bundle is no change. Stateless.
 */
public final class ContractCheck {
    /** One thing wrong with one package; {@code message} says what and which version it should have. */
    public record Problem(String bundle, String pkg, String message) {
        @Override
        public String toString() {
            return pkg + " (" + bundle + "): " + message;
        }
    }

    private ContractCheck() {
    }

    /**
     * Checks the jars against the baseline.
     *
     * @param baseline the folder of baseline jars (only their manifests and exported classes are read)
     * @param jars     the bundles as built now
     */
    public static List<Problem> check(Path baseline, List<Path> jars) throws Exception {
        Map<String, Exported> before = exportedPackages(jarsIn(baseline));
        try {
            return check(before, jars);
        } finally {
            for (Jar jar : new java.util.HashSet<>(before.values().stream().map(Exported::jar).toList())) jar.close();
        }
    }

    private static List<Problem> check(Map<String, Exported> before, List<Path> jars) throws Exception {
        List<Problem> problems = new ArrayList<>();
        TreeSet<String> exportedNow = new TreeSet<>();
        for (Path file : jars) {
            try (Jar jar = new Jar(file.toFile())) {
                String bsn = jar.getBsn();
                Parameters exports = exports(jar);
                exports.keySet().forEach(exportedNow::add);
                problems.addAll(versionsInCode(bsn, jar, exports));
                problems.addAll(baselined(bsn, jar, exports, before));
            }
        }
        for (Map.Entry<String, Exported> p : before.entrySet()) {
            if (!exportedNow.contains(p.getKey())) {
                problems.add(new Problem(p.getValue().bsn(), p.getKey(), "was exported by the baseline at "
                        + p.getValue().version() + " and is exported by no bundle now: removing a package is a major"
                        + " change of the contract"));
            }
        }
        return problems;
    }

    /** Every exported package's {@code @Version} from its package-info agrees with the manifest. */
    private static List<Problem> versionsInCode(String bsn, Jar jar, Parameters exports) throws Exception {
        List<Problem> problems = new ArrayList<>();
        try (Analyzer analyzer = new Analyzer()) {
            analyzer.setJar(jar);
            analyzer.analyze();
            for (Map.Entry<String, Attrs> e : exports.entrySet()) {
                PackageRef ref = analyzer.getPackageRef(e.getKey().replace('.', '/'));
                Attrs info = analyzer.getContained().get(ref);
                String inCode = info == null ? null : info.get(Constants.VERSION_ATTRIBUTE);
                Version inManifest = Version.parseVersion(e.getValue().get(Constants.VERSION_ATTRIBUTE));
                if (inCode == null) {
                    problems.add(new Problem(bsn, e.getKey(), "has no @Version in its package-info.java (the manifest"
                            + " exports it at " + inManifest + ")"));
                } else if (!Version.parseVersion(inCode).equals(inManifest)) {
                    problems.add(new Problem(bsn, e.getKey(), "package-info.java says @Version(\"" + inCode
                            + "\") but the manifest exports it at " + inManifest + "; they must agree"));
                }
            }
            analyzer.setJar((Jar) null); // the caller closes the jar
        }
        return problems;
    }

    /** bnd's baselining of the bundle's packages against the same packages in the baseline. */
    private static List<Problem> baselined(String bsn, Jar jar, Parameters exports, Map<String, Exported> before)
            throws Exception {
        List<Problem> problems = new ArrayList<>();
        try (Jar older = olderOf(bsn, exports, before); Processor reporter = new Processor()) {
            Baseline baseline = new Baseline(reporter, new DiffPluginImpl());
            for (Baseline.Info info : baseline.baseline(jar, older, null)) {
                Delta delta = info.packageDiff.getDelta();
                // bnd leaves a change at an unchanged version to the release process; here it is the mistake
                boolean changed = delta == Delta.MAJOR || delta == Delta.MINOR || delta == Delta.MICRO
                        || delta == Delta.CHANGED;
                boolean tooLow = changed && info.suggestedVersion != null
                        && info.newerVersion.compareTo(info.suggestedVersion) < 0;
                if (!info.mismatch && !tooLow) continue;
                problems.add(new Problem(bsn, info.packageName, delta.toString().toLowerCase() + " change since the"
                        + " baseline (" + info.olderVersion + ") needs version " + info.suggestedVersion + ", but it is "
                        + info.newerVersion + causes(info.packageDiff)));
            }
            reporter.getErrors().forEach(e -> problems.add(new Problem(bsn, "-", "baselining failed: " + e)));
        }
        return problems;
    }

    /** A jar of the baseline's classes of the packages this bundle exports now, wherever they were before. */
    private static Jar olderOf(String bsn, Parameters exports, Map<String, Exported> before) throws Exception {
        Jar older = new Jar("baseline-of-" + bsn);
        StringBuilder header = new StringBuilder();
        for (String pkg : exports.keySet()) {
            Exported was = before.get(pkg);
            if (was == null) continue;
            String dir = pkg.replace('.', '/') + "/";
            for (Map.Entry<String, Resource> r : was.jar().getResources().entrySet()) {
                String path = r.getKey();
                if (path.startsWith(dir) && path.indexOf('/', dir.length()) < 0) older.putResource(path, r.getValue());
            }
            if (header.length() > 0) header.append(',');
            header.append(pkg).append(";version=\"").append(was.version()).append('"');
        }
        Manifest m = new Manifest();
        m.getMainAttributes().putValue("Manifest-Version", "1.0");
        m.getMainAttributes().putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        m.getMainAttributes().putValue(Constants.BUNDLE_SYMBOLICNAME, bsn);
        m.getMainAttributes().putValue(Constants.BUNDLE_VERSION, "0.0.0");
        if (header.length() > 0) m.getMainAttributes().putValue(Constants.EXPORT_PACKAGE, header.toString());
        older.setManifest(m);
        return older;
    }

    private static String causes(Diff diff) {
        StringBuilder sb = new StringBuilder();
        collect(diff, sb, 0);
        return sb.length() == 0 ? "" : ":" + sb;
    }

    /** The changed members, at most a few, as bnd names them ({@code REMOVED METHOD render(…)}). */
    private static void collect(Diff diff, StringBuilder sb, int depth) {
        for (Diff child : diff.getChildren()) {
            Delta d = child.getDelta();
            if (d == Delta.UNCHANGED || d == Delta.IGNORED) continue;
            // an element added or removed as a whole is named as such, not member by member
            if (d == Delta.ADDED || d == Delta.REMOVED || child.getChildren().isEmpty() || depth > 3) {
                if (sb.length() < 600) sb.append("\n    ").append(d).append(' ').append(child.getType()).append(' ')
                        .append(child.getName());
            } else {
                collect(child, sb, depth + 1);
            }
        }
    }

    /** A package of the baseline: the jar it is in, its bundle, its version. */
    private record Exported(Jar jar, String bsn, Version version) {
    }

    private static Map<String, Exported> exportedPackages(List<Path> jars) throws Exception {
        Map<String, Exported> result = new LinkedHashMap<>();
        for (Path file : jars) {
            Jar jar = new Jar(file.toFile()); // closed by check(): its classes are read while baselining
            for (Map.Entry<String, Attrs> e : exports(jar).entrySet()) {
                result.put(e.getKey(), new Exported(jar, jar.getBsn(),
                        Version.parseVersion(e.getValue().get(Constants.VERSION_ATTRIBUTE))));
            }
        }
        return result;
    }

    private static Parameters exports(Jar jar) throws Exception {
        Manifest m = jar.getManifest();
        String header = m == null ? null : m.getMainAttributes().getValue(Constants.EXPORT_PACKAGE);
        return new Parameters(header);
    }

    static List<Path> jarsIn(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    /**
     * {@code ContractCheck BASELINE-FOLDER JAR…}: prints each problem and exits with 1 when there is one, so a
     * build step fails.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ContractCheck BASELINE-FOLDER BUNDLE-JAR...");
            System.exit(2);
        }
        List<Path> jars = new ArrayList<>();
        for (int i = 1; i < args.length; i++) jars.add(new File(args[i]).toPath());
        List<Problem> problems = check(Path.of(args[0]), jars);
        problems.forEach(p -> System.err.println("contract: " + p));
        if (!problems.isEmpty()) System.exit(1);
        System.out.println("contract: " + jars.size() + " bundles agree with their package versions and the baseline");
    }
}
