package hta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hta.dossier.Dossier;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The EU JCA and Germany plugins, which an outside team built against the SDK alone (product/sdk's separate build)
 * and signed with its own key, in the real app: the catalogue offers them and the app does not bundle them; they are
 * refused until an administrator trusts the team's certificate as docs/plugin-guide.md says
 * ({@code hta plugins trust add}); then {@code hta plugins install CODE} installs them from the catalogue, and the
 * app's exporter writes their public and confidential memos, which are read back. Runs on a copy of the app, whose
 * trust store it changes; the Norwegian price memo of the same dossier then cites the joint assessment. Also
 * checks that the separate build's local repository held nothing of this reactor but the SDK's artifacts.
 */
class ExternalPluginsIT {
    static final Path SDK = Path.of(System.getProperty("hta.sdk.target", "../sdk/target"));
    static final String DOSSIER = "fictivimab";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theTeamsPluginsAreOfferedTrustedInstalledFromTheCatalogueAndExportTheirMemos() throws Exception {
        Path home = Files.createTempDirectory("hta-external");
        try {
            Path app = AppRuntime.copyApp(home.resolve("app"));
            Path data = home.resolve("data");
            JsonNode offered = json(ok(Commands.hta(app, data, "plugins", "catalogue", "--json")));
            for (String code : List.of("jca", "de")) {
                JsonNode e = entry(offered, code);
                assertEquals("install", e.get("offer").asText(), e.toString());
                assertEquals("Example HTA team", e.get("vendor").asText(), e.toString());
                assertEquals("1.4", e.get("contract").asText(), e.toString());
                // offered from the repository folder, not in the app's plugins folder
                assertFalse(Files.exists(app.resolve("plugins").resolve(Path.of(e.get("jar").asText()).getFileName())), "bundled: " + e);
            }
            JsonNode before = json(ok(Commands.hta(app, data, "plugins", "list", "--json")));
            for (JsonNode p : before) assertFalse(Set.of("jca", "de").contains(p.get("code").asText()), "bundled: " + p);

            Commands.Result refused = Commands.hta(app, data, "plugins", "install", "jca");
            assertEquals(1, refused.exitCode(), refused.toString());
            assertTrue(refused.err().contains("signed by Example HTA team, who is not in this installation's trust store"),
                    refused.err());

            Path pem = SDK.resolve("team-signing").resolve("team.pem");
            String trusted = ok(Commands.hta(app, data, "plugins", "trust", "add", pem.toString()));
            assertTrue(trusted.startsWith("Trusted: CN=Example HTA team,O=Example (alias example-hta-team)"), trusted);
            assertTrue(trusted.contains("SHA-256 " + fingerprint(pem)), trusted);
            JsonNode signers = json(ok(Commands.hta(app, data, "plugins", "trust", "list", "--json")));
            assertTrue(signers.findValuesAsText("fingerprint").contains(fingerprint(pem)), signers.toString());

            assertTrue(ok(Commands.hta(app, data, "plugins", "install", "jca"))
                    .startsWith("Installed: EU joint clinical assessment (jca) 1.0.0, active"));
            assertTrue(ok(Commands.hta(app, data, "plugins", "install", "de")).startsWith("Installed: Germany (AMNOG) (de) 1.0.0, active"));
            for (String code : List.of("jca", "de")) {
                JsonNode p = entry(json(ok(Commands.hta(app, data, "plugins", "list", "--json"))), code);
                assertEquals("trusted", p.get("trust").asText(), p.toString());
                assertEquals("Example HTA team", p.get("signer").asText(), p.toString());
            }
            String history = ok(Commands.hta(app, data, "plugins", "history"));
            assertTrue(history.contains("trust-add - -  done  from " + pem.toAbsolutePath()), history);

            settingsReachThePlugins(app, data, home);
            // last: the in-process runtime deletes the data directory when it closes
            exportAndReadBack(app, data);
        } finally {
            AppRuntime.deleteTree(home);
        }
    }

    /** Both memos of both plugins through the app's exporter, on the installed plugins, read back with PDFBox. */
    private static void exportAndReadBack(Path app, Path data) throws Exception {
        try (AppRuntime runtime = AppRuntime.start(data, Map.of("hta.home", app.toString()))) {
            Memos memos = new Memos(runtime);
            Dossier dossier = memos.load(DOSSIER);
            Map<String, List<String>> hidden = Map.of(
                    "jca", List.of("0.47"),
                    "de", List.of("1,2 Mio.", "7.654,32"));
            // the joint assessment names its legal basis (wherever the page wraps the line)
            Map<String, List<String>> cited = Map.of(
                    "jca", List.of("Regulation (EU) 2021/2282", "Implementing Regulation (EU) 2024/1381"),
                    "de", List.of());
            Map<String, String> marks = Map.of("jca", "[confidential information removed]", "de", "[vertraulich]");
            for (String code : List.of("jca", "de")) {
                String template = memos.templates(code).get(0);
                Memos.Memo open = memos.export(DOSSIER, dossier, code, template, "PUBLIC");
                Memos.Memo secret = memos.export(DOSSIER, dossier, code, template, "CONFIDENTIAL");
                String publicText = text(open.pdf());
                String confidentialText = text(secret.pdf());
                for (String value : hidden.get(code)) {
                    assertFalse(publicText.contains(value), code + " public memo shows " + value + ":\n" + publicText);
                    assertTrue(confidentialText.contains(value), code + " confidential memo lacks " + value + ":\n" + confidentialText);
                }
                assertTrue(publicText.contains(marks.get(code)), publicText);
                for (String citation : cited.get(code)) {
                    assertTrue(publicText.replaceAll("\\s+", " ").contains(citation)
                            && confidentialText.replaceAll("\\s+", " ").contains(citation), code + " lacks " + citation);
                }
                assertEquals(List.of(), memos.scan(open.pdf(), memos.leakIndex(dossier, code)), code + ": the read-back scan");
                assertFalse(open.fileName().equals(secret.fileName()));
            }
            // the Norwegian price memo of the same (fictional) dossier cites the joint assessment, whose endorsement
            // date it learns from the installed JCA plugin's process, and the German decision, in Norwegian
            String prisnotat = text(memos.export(DOSSIER, dossier, "no", "prisnotat", "PUBLIC").pdf()).replaceAll("\\s+", " ");
            assertTrue(prisnotat.contains("Legemidlet har vært gjennom en felles klinisk vurdering i EU etter forordning (EU)"
                    + " 2021/2282 om metodevurdering. Rapporten ble godkjent av EUs koordineringsgruppe for metodevurdering"
                    + " 21.04.2026."), prisnotat);
            assertTrue(prisnotat.contains("Felles klinisk vurdering (EU), sak JCA-FICT-2025-01, rapport godkjent 21.04.2026"), prisnotat);
            assertTrue(prisnotat.contains("Tyskland: Tilleggsnytte av lite omfang (fiktivt eksempel) (01.10.2026)"), prisnotat);
        }
    }

    /**
     * The plugins' unconfirmed facts are settings an administrator lists and sets with {@code hta config} (guide
     * §6): a duration becomes a target of the timeline, a wrong value is refused in one line and changes nothing,
     * and Germany's confidential reimbursement amount, off by default, removes an amount the writer marked public
     * from the public memo once it is on.
     */
    private static void settingsReachThePlugins(Path app, Path data, Path home) throws Exception {
        Commands.Result listed = Commands.hta(app, data, "config", "list", "--json");
        Set<String> keys = new TreeSet<>(json(ok(listed)).findValuesAsText("key"));
        assertTrue(keys.containsAll(List.of("de.assessment.days", "de.resolution.days", "de.erstattungsbetrag.confidential",
                "jca.scoping.days", "jca.dossier.days")), keys.toString());

        Commands.Result wrong = Commands.hta(app, data, "config", "set", "jca.scoping.days", "abc");
        assertEquals(1, wrong.exitCode(), wrong.toString());
        assertEquals("hta: jca.scoping.days takes a whole number, not 'abc'; nothing was changed", wrong.err().strip());
        Path workspace = home.resolve("workspace");
        Files.createDirectories(workspace);
        Files.copy(app.resolve("demo-workspace").resolve(DOSSIER + ".json"), workspace.resolve(DOSSIER + ".json"));
        assertFalse(timeline(app, data, workspace, "jca").contains("jca.scoping"), "a target before it is set");
        assertEquals("jca.scoping.days = 87 (was unset (off))", ok(Commands.hta(app, data, "config", "set", "jca.scoping.days", "87")).strip());
        JsonNode scoping = target(timeline(app, data, workspace, "jca"), "jca.scoping");
        assertEquals("MET", scoping.get("state").asText(), scoping.toString());

        // a writer marked the German reimbursement amount public: printed until the administrator's rule says otherwise
        ObjectNode dossier = (ObjectNode) JSON.readTree(workspace.resolve(DOSSIER + ".json").toFile());
        for (JsonNode p : dossier.get("prices")) {
            if (p.get("id").asText().equals("de-erstattungsbetrag")) ((ObjectNode) p).put("classification", "PUBLIC");
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(workspace.resolve(DOSSIER + ".json").toFile(), dossier);
        assertTrue(germanPublicMemo(app, data, workspace, home.resolve("before.pdf")).contains("7.654,32"));
        ok(Commands.hta(app, data, "config", "set", "de.erstattungsbetrag.confidential", "true"));
        String after = germanPublicMemo(app, data, workspace, home.resolve("after.pdf"));
        assertFalse(after.contains("7.654,32"), after);
        assertTrue(after.contains("[vertraulich]"), after);
    }

    private static String timeline(Path app, Path data, Path workspace, String code) throws Exception {
        return ok(Commands.hta(app, data, "timeline", "--workspace", workspace.toString(), "--dossier", DOSSIER,
                "--jurisdiction", code, "--json"));
    }

    private static JsonNode target(String timelineJson, String id) throws Exception {
        for (JsonNode t : json(timelineJson).findValues("targets")) {
            for (JsonNode e : t) if (id.equals(e.path("id").asText())) return e;
        }
        throw new AssertionError("no target " + id + " in " + timelineJson);
    }

    private static String germanPublicMemo(Path app, Path data, Path workspace, Path pdf) throws Exception {
        ok(Commands.hta(app, data, "export", "--workspace", workspace.toString(), "--dossier", DOSSIER, "--jurisdiction",
                "de", "--variant", "public", "--out", pdf.toString()));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theSeparateBuildSawOnlyTheSdkOfThisReactor() throws Exception {
        Path isolated = SDK.resolve("external-repository").resolve("hta");
        Path sdk = SDK.resolve("sdk-repository").resolve("hta");
        Set<String> used = artifacts(isolated);
        Set<String> offered = artifacts(sdk);
        assertFalse(used.isEmpty(), "the separate build fetched no SDK artifact from " + isolated);
        List<String> foreign = new ArrayList<>();
        for (String a : used) if (!offered.contains(a)) foreign.add(a);
        assertEquals(List.of(), foreign, "artifacts of group hta the separate build had that are not the SDK's");
        try (Stream<Path> groups = Files.list(SDK.resolve("external-repository"))) {
            for (Path g : (Iterable<Path>) groups::iterator) {
                String name = g.getFileName().toString();
                assertTrue(name.equals("hta") || !name.startsWith("hta"), "another group of this reactor: " + g);
            }
        }
    }

    /** The artifact folders (artifactId/version) of a Maven repository's group folder. */
    private static Set<String> artifacts(Path group) throws Exception {
        Set<String> out = new TreeSet<>();
        if (!Files.isDirectory(group)) return out;
        try (Stream<Path> files = Files.walk(group)) {
            files.filter(f -> f.toString().endsWith(".jar") || f.toString().endsWith(".pom"))
                    .forEach(f -> out.add(group.relativize(f).toString()));
        }
        return out;
    }

    private static String ok(Commands.Result r) {
        assertEquals(0, r.exitCode(), r.toString());
        return r.out();
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private static JsonNode entry(JsonNode list, String code) {
        for (JsonNode e : list) if (code.equals(e.get("code").asText())) return e;
        throw new AssertionError("no entry for " + code + " in " + list);
    }

    private static String fingerprint(Path pem) throws Exception {
        X509Certificate c = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(pem)));
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
