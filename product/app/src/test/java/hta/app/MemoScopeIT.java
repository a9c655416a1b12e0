package hta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hta.app.InProcessCli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, the export's plumbing an outsider's third probe found wrong, in the assembled app through {@code bin/hta}:
 * a refusal is about what the memo prints (a field only the Norwegian memo prints does not block the Swedish one);
 * every file of a multi-dossier export says whose it is; a character the memo's font cannot draw refuses the memo,
 * naming the field and the character, instead of printing "?" in its place — and what the font can draw is read
 * back from the PDF as written.
 */
class MemoScopeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static AppRuntime app;
    private static Path out;

    @BeforeAll
    static void start() throws Exception {
        app = AppRuntime.start(Map.of());
        out = Files.createTempDirectory("hta-scope-out");
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    private static Run hta(String... args) throws Exception {
        return InProcessCli.run(app, args);
    }

    /** A copy of a demo dossier under a new id, changed, written into {@code workspace}. */
    private static void dossier(Path workspace, String demo, String id, Consumer<ObjectNode> change) throws Exception {
        ObjectNode d = (ObjectNode) JSON.readTree(AppRuntime.APP.resolve("demo-workspace").resolve(demo + ".json").toFile());
        d.put("id", id);
        change.accept(d);
        JSON.writerWithDefaultPrettyPrinter().writeValue(workspace.resolve(id + ".json").toFile(), d);
    }

    private static void paragraph(ObjectNode d, String code, String section, String text) {
        ConfidentialityGuardIT.submission(d, code).with("sections").with(section).withArray("paragraphs").addArray()
                .addObject().put("text", text).put("classification", "PUBLIC");
    }

    @Test
    void aFieldOnlyTheNorwegianMemoPrintsBlocksOnlyTheNorwegianMemo() throws Exception {
        // the Norwegian signatory's role names the agreed price: the Norwegian memo is refused, the others are not
        dossier(app.workspace(), "hemgenix", "scope-role", d -> ((ObjectNode) ConfidentialityGuardIT.submission(d, "no")
                .withArray("signatories").get(0)).put("role", "Fagsjef (avtalepris 29 950 000 kr)"));
        Path dir = Files.createDirectories(out.resolve("role"));
        Run no = hta("export", "--dossier", "scope-role", "--jurisdiction", "no", "--variant", "public", "--out", dir + "/");
        assertEquals(1, no.exitCode(), no.all());
        assertTrue(no.err().contains("$.submissions[0].signatories[0].role"), no.err());
        for (String code : List.of("se", "dk", "nice")) {
            Run other = hta("export", "--dossier", "scope-role", "--jurisdiction", code, "--variant", "public", "--out",
                    dir + "/");
            assertFalse(other.err().contains("signatories"), code + ": " + other.all());
            assertEquals(0, other.exitCode(), code + ": " + other.all());
        }
    }

    @Test
    void everyFileOfAMultiDossierExportSaysWhoseItIs() throws Exception {
        Path ws = Files.createTempDirectory("hta-scope-ws");
        dossier(ws, "hemgenix", "alpha", d -> { });
        dossier(ws, "hemgenix", "beta", d -> { });
        dossier(ws, "zolgensma", "gamma", d -> { });
        Path dir = Files.createDirectories(out.resolve("all"));
        Run r = hta("export", "--all", "--workspace", ws.toString(), "--variant", "both", "--out-dir", dir.toString());
        assertTrue(r.out().startsWith("Wrote "), r.all());
        for (String variant : List.of("public", "confidential")) {
            List<Path> files = ConfidentialityGuardIT.files(dir.resolve(variant));
            assertTrue(files.size() >= 6, files.toString());
            Set<String> stems = new HashSet<>();
            for (Path f : files) {
                String name = f.getFileName().toString();
                String owner = name.substring(0, name.indexOf('_'));
                assertTrue(Set.of("alpha", "beta", "gamma").contains(owner), "no dossier prefix: " + name);
                // the same memo of two copies of one dossier: the same name after the prefix, in both
                stems.add(owner.equals("gamma") ? name : name.substring(owner.length()));
            }
            long alpha = files.stream().filter(f -> f.getFileName().toString().startsWith("alpha_")).count();
            long beta = files.stream().filter(f -> f.getFileName().toString().startsWith("beta_")).count();
            assertEquals(alpha, beta, files.toString());
            assertEquals(files.size() - alpha, stems.size(), "alpha's and beta's memos are named alike: " + files);
        }
    }

    @Test
    void aCharacterTheFontCannotDrawRefusesTheMemoNamingTheField() throws Exception {
        dossier(app.workspace(), "hemgenix", "scope-glyph", d -> paragraph(d, "no", "oppsummering",
                "Avtaleprisen er 28\u2077\u2044\u2081\u2080 millioner kroner per pasient."));
        Path dir = Files.createDirectories(out.resolve("glyph"));
        // the confidential memo prints the paragraph and has no leak scan in the way: the font decides
        Run r = hta("export", "--dossier", "scope-glyph", "--jurisdiction", "no", "--variant", "confidential", "--out",
                dir + "/");
        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.err().contains("$.submissions[0].sections.oppsummering.paragraphs["), r.err());
        assertTrue(r.err().contains("(Narratives): the character"), r.err());
        assertTrue(r.err().matches("(?s).*U\\+20(77|44|81|80) .*cannot be printed in the memo's font.*"), r.err());
        assertEquals(List.of(), ConfidentialityGuardIT.files(dir), "nothing written");
    }

    @Test
    void whatTheFontCanDrawIsPrintedAsWritten() throws Exception {
        dossier(app.workspace(), "hemgenix", "scope-latin", d -> paragraph(d, "no", "oppsummering",
                "Dosen er 2 × 10¹³ genomkopier per kg; om lag ½ av dosen gis først, 5 µl per minutt."));
        Path dir = Files.createDirectories(out.resolve("latin"));
        Run r = hta("export", "--dossier", "scope-latin", "--jurisdiction", "no", "--variant", "public", "--out", dir + "/");
        assertEquals(0, r.exitCode(), r.all());
        String text = ExportIT.everything(ConfidentialityGuardIT.files(dir).get(0));
        assertTrue(text.contains("10¹³ genomkopier") && text.contains("½ av dosen") && text.contains("5 µl"), text);
    }
}
