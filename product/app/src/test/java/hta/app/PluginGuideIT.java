package hta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Walks docs/plugin-guide.md: every {@code sh} block, in order, in one shell, in a fresh home folder that holds
 * what the guide says a reader has — the SDK this build wrote in {@code ~/hta-sdk}, a copy of the app in
 * {@code ~/hta-workbench}, Java and Maven on the path, a signing password in {@code HTA_SIGNING_PASSWORD} — from
 * copying the template to the installed, signed plugin and its exported memos. Maven's local repository is the new
 * home's own; its settings take third-party artifacts from this build's local repository (read as a remote one,
 * Maven Central behind it) and nothing of this reactor, so the plugin is built from the SDK alone.
 */
class PluginGuideIT {
    private static final Path DOC = Path.of("../../docs/plugin-guide.md");

    @Test
    void theGuidesStepsTakeAnEmptyFolderToAnInstalledSignedPluginAndItsMemos() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        while (m.find()) blocks.add(m.group(1));
        assertTrue(blocks.size() >= 6, "the guide's runnable blocks: " + blocks.size());
        Path home = Files.createTempDirectory("hta-guide-home");
        try {
            AppRuntime.copyFolder(ExternalPluginsIT.SDK.resolve("sdk-repository"), home.resolve("hta-sdk/sdk-repository"));
            AppRuntime.copyApp(home.resolve("hta-workbench"));
            Files.createDirectories(home.resolve(".m2"));
            // this build's local repository first; what it never needed (bnd's Maven plugin, which no module of this
            // build uses) from Maven Central, as for any outside team — Central holds no hta artifact
            String thirdParty = Path.of(System.getProperty("hta.maven.repository")).toUri().toString();
            String repository = "<id>third-party</id><url>" + thirdParty + "</url><snapshots><enabled>false</enabled></snapshots>";
            Files.writeString(home.resolve(".m2/settings.xml"), "<settings><profiles><profile><id>third-party</id>"
                    + "<repositories><repository>" + repository + "</repository></repositories>"
                    + "<pluginRepositories><pluginRepository>" + repository + "</pluginRepository></pluginRepositories>"
                    + "</profile></profiles><activeProfiles><activeProfile>third-party</activeProfile></activeProfiles>"
                    + "</settings>\n");
            String java = Path.of(System.getProperty("java.home")).toString();
            StringBuilder script = new StringBuilder("set -euo pipefail\n")
                    .append("export HOME='").append(home).append("' XDG_DATA_HOME='").append(home.resolve(".local/share")).append("'\n")
                    // Java reads its user.home from the account, not from HOME: Maven is told the new one
                    .append("export MAVEN_OPTS='-Duser.home=").append(home).append(' ').append(AppRuntime.TEST_JIT)
                    .append("' HTA_JAVA_OPTS='").append(AppRuntime.TEST_JIT).append("' JAVA_HOME='").append(java).append("'\n")
                    .append("export PATH='").append(Path.of(System.getProperty("hta.maven.home"), "bin")).append(':')
                    .append(Path.of(java, "bin")).append(":'\"$PATH\"\n")
                    .append("export HTA_SIGNING_PASSWORD='guide-walk-").append(ProcessHandle.current().pid()).append("'\n")
                    .append("cd \"$HOME\"\n");
            for (String b : blocks) script.append(b).append('\n');
            script.append("echo WALKED\n");
            Path file = home.resolve("walk.sh");
            Files.writeString(file, script);
            Path out = home.resolve("walk.log");
            Process p = new ProcessBuilder("bash", file.toString()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            boolean done = p.waitFor(8, TimeUnit.MINUTES);
            if (!done) p.destroyForcibly();
            String log = Files.readString(out);
            assertTrue(done, "the walk did not finish:\n" + log);
            assertEquals(0, p.exitValue(), log);
            assertTrue(log.contains("WALKED"), log);
            assertTrue(log.contains("Trusted: CN=Acme HTA team,O=Acme (alias acme-hta-team)"), log);
            assertTrue(log.contains("Installed: Acmeland (ac) 1.0.0, active"), log);
            assertTrue(log.contains("accepted under the default policy (refuse)"), log);

            String open = text(home.resolve("acme-memos/XX-2025-014_price-note_public.pdf"));
            String secret = text(home.resolve("acme-memos/XX-2025-014_price-note_confidential.pdf"));
            assertTrue(secret.contains("39,875.50") && secret.contains("17.4 %"), secret);
            assertFalse(open.contains("39,875") || open.contains("17.4"), open);
            assertTrue(open.contains("[commercial in confidence]") && open.contains("48,250.00"), open);
            assertEquals(List.of(), foreignArtifacts(home.resolve(".m2/repository")), "what the plugin's build had of this reactor");
        } finally {
            AppRuntime.deleteTree(home);
        }
    }

    /** Artifacts of group {@code hta} in the walk's local repository that the SDK does not publish. */
    private static List<String> foreignArtifacts(Path repository) throws Exception {
        Path sdk = ExternalPluginsIT.SDK.resolve("sdk-repository/hta");
        List<String> foreign = new ArrayList<>();
        TreeSet<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(repository.resolve("hta"))) {
            files.filter(f -> f.toString().endsWith(".jar") || f.toString().endsWith(".pom"))
                    .forEach(f -> found.add(repository.resolve("hta").relativize(f).toString()));
        }
        assertFalse(found.isEmpty(), "the walk's build took nothing from the SDK");
        for (String a : found) if (!Files.exists(sdk.resolve(a))) foreign.add(a);
        return foreign;
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
