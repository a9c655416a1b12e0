package hta.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aQute.bnd.osgi.Jar;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deliberately wrong version makes the check, and so the build, fail: a class removed from a package with only
 * a minor bump, a class added without any bump, a manifest that disagrees with the package-info, and the
 * command the build runs exits with 1 on such a jar.
 */
class WrongBumpTest {
    @TempDir
    Path tmp;

    @Test
    void aRemovedClassWithOnlyAMinorBumpIsRefused() throws Exception {
        Path broken = tmp.resolve("hta.jurisdiction.jar");
        try (Jar jar = new Jar(Bundles.jar("hta.jurisdiction").toFile())) {
            jar.remove("hta/jurisdiction/StatusTerm.class"); // in the baseline since 1.1
            jar.write(broken.toFile());
        }
        List<ContractCheck.Problem> problems = ContractCheck.check(Bundles.BASELINE, List.of(broken));
        assertTrue(problems.stream().anyMatch(p -> p.pkg().equals("hta.jurisdiction")
                && p.message().contains("major change") && p.message().contains("needs version 2.0.0")
                && p.message().contains("StatusTerm")), problems.toString());
    }

    @Test
    void anAddedClassWithoutABumpIsRefused() throws Exception {
        Path base = Bundles.BASELINE.resolve("hta.timeline.jar");
        Path classes = tmp.resolve("classes");
        Path source = tmp.resolve("src/hta/timeline/Extra.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package hta.timeline; public final class Extra { public static int answer() { return 42; } }");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, "-d", classes.toString(), source.toString()));
        Path grown = tmp.resolve("hta.timeline.jar");
        try (Jar jar = new Jar(base.toFile())) {
            jar.putResource("hta/timeline/Extra.class",
                    new aQute.bnd.osgi.FileResource(classes.resolve("hta/timeline/Extra.class").toFile()));
            jar.write(grown.toFile());
        }
        List<ContractCheck.Problem> problems = ContractCheck.check(Bundles.BASELINE, List.of(grown));
        assertTrue(problems.stream().anyMatch(p -> p.pkg().equals("hta.timeline") && p.message().contains("minor change")
                && p.message().contains("needs version 0.4.0") && p.message().contains("Extra")), problems.toString());
    }

    @Test
    void aManifestThatDisagreesWithThePackageInfoIsRefused() throws Exception {
        Path wrong = tmp.resolve("hta.dossier.jar");
        String inCode;
        try (Jar jar = new Jar(Bundles.jar("hta.dossier").toFile())) {
            Manifest m = jar.getManifest();
            String exports = m.getMainAttributes().getValue("Export-Package");
            java.util.regex.Matcher v = java.util.regex.Pattern.compile("hta\\.dossier\\.json;version=\"([^\"]+)\"").matcher(exports);
            assertTrue(v.find(), exports);
            inCode = v.group(1); // the manifest agrees with the package-info as built
            m.getMainAttributes().putValue("Export-Package", v.replaceFirst("hta.dossier.json;version=\"0.9.0\""));
            jar.setManifest(m);
            jar.write(wrong.toFile());
        }
        List<ContractCheck.Problem> problems = ContractCheck.check(Bundles.BASELINE, List.of(wrong));
        assertTrue(problems.stream().anyMatch(p -> p.pkg().equals("hta.dossier.json")
                && p.message().contains("@Version(\"" + inCode + "\") but the manifest exports it at 0.9.0")), problems.toString());
    }

    @Test
    void theBuildStepExitsWithOneOnAWrongBump() throws Exception {
        Path broken = tmp.resolve("hta.jurisdiction.jar");
        try (Jar jar = new Jar(Bundles.jar("hta.jurisdiction").toFile())) {
            jar.remove("hta/jurisdiction/StatusTerm.class");
            jar.write(broken.toFile());
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ContractCheck.class.getName(), Bundles.BASELINE.toString(),
                broken.toString()).redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        assertEquals(1, p.waitFor(), out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("contract: hta.jurisdiction (hta.jurisdiction): major change"),
                out.toString(StandardCharsets.UTF_8));
    }
}
