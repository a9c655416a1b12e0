package hta.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hta.app.InProcessCli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, the structure and the refusals, in the assembled app through {@code bin/hta}'s commands (called in
 * process as the launcher calls them), on copies of the demo dossiers with one defect each. Every test is named after
 * a defect the outside test found; each failed on the code before the fix (a crash, a leak or a refusal without a
 * field).
 */
class ConfidentialityGuardIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static AppRuntime app;
    private static Path out;

    @BeforeAll
    static void start() throws Exception {
        app = AppRuntime.start(Map.of());
        out = Files.createTempDirectory("hta-guard-out");
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    static Run hta(String... args) throws Exception {
        return InProcessCli.run(app, args);
    }

    /** A copy of a demo dossier under a new id, changed, written into the workspace; returns its file. */
    static Path dossier(String demo, String id, Consumer<ObjectNode> change) throws Exception {
        ObjectNode d = (ObjectNode) JSON.readTree(AppRuntime.APP.resolve("demo-workspace").resolve(demo + ".json").toFile());
        d.put("id", id);
        change.accept(d);
        Path file = app.workspace().resolve(id + ".json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), d);
        return file;
    }

    static ObjectNode price(ObjectNode d, String id) {
        for (var p : d.withArray("prices")) if (id.equals(p.path("id").asText())) return (ObjectNode) p;
        throw new AssertionError("no price " + id);
    }

    static ObjectNode submission(ObjectNode d, String code) {
        for (var s : d.withArray("submissions")) if (code.equals(s.path("jurisdiction").asText())) return (ObjectNode) s;
        throw new AssertionError("no submission " + code);
    }

    /** Appends a public paragraph to a section of a submission's narrative. */
    static void paragraph(ObjectNode d, String code, String section, String text) {
        ObjectNode sections = submission(d, code).with("sections");
        ArrayNode paragraphs = sections.with(section).withArray("paragraphs");
        paragraphs.addArray().addObject().put("text", text).put("classification", "PUBLIC");
    }

    static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    static Path folder(String name) throws Exception {
        return Files.createDirectories(out.resolve(name));
    }

    @Test
    void swedishStatusMemoOfAConfidentialPriceWithoutIdIsRefusedNamingTheFieldInsteadOfCrashing() throws Exception {
        dossier("zolgensma", "z-noid", d -> price(d, "se-rebate").remove("id"));
        Path dir = folder("noid");
        Run pub = hta("export", "--dossier", "z-noid", "--jurisdiction", "se", "--template", "tlv-status",
                "--variant", "public", "--out", dir + "/");
        assertEquals(1, pub.exitCode(), pub.all());
        assertTrue(pub.err().contains("z-noid.json: $.prices[1].id (Prices): this price has no id"), pub.err());
        assertTrue(pub.err().contains("[id-missing]"), pub.err());
        assertFalse(pub.all().contains("NullPointerException"), pub.all());
        assertEquals(List.of(), files(dir), "nothing written");
        Run conf = hta("export", "--dossier", "z-noid", "--jurisdiction", "se", "--template", "tlv-status",
                "--variant", "confidential", "--out", dir + "/");
        assertEquals(0, conf.exitCode(), conf.all());
    }

    @Test
    void aDuplicateFigureIdDoesNotLetTheSecondValueThrough() throws Exception {
        dossier("hemgenix", "h-dup", d -> {
            ArrayNode figures = d.with("economics").withArray("figures");
            ObjectNode first = (ObjectNode) figures.get(0);
            first.put("classification", "PUBLIC").put("value", 1200000);
            figures.addObject().put("id", first.get("id").asText()).put("label", "Same id, confidential")
                    .put("value", 3333333).put("unit", "NOK").put("classification", "CONFIDENTIAL");
            paragraph(d, "no", "oppsummering", "Den andre kostnaden er 3 333 333 NOK i året.");
        });
        Path dir = folder("dup");
        Run r = hta("export", "--dossier", "h-dup", "--jurisdiction", "no", "--variant", "public", "--out", dir + "/");
        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.err().contains("h-dup.json: $.economics.figures[2].id (Economics): the id 'no-comparator-annual-cost'"
                + " is also the id of $.economics.figures[0]"), r.err());
        assertTrue(r.err().contains("[unique-id]"), r.err());
        assertEquals(List.of(), files(dir));
    }

    @Test
    void aConfidentialPriceReusingAPublicPricesIdIsNotPrintedAsPublic() throws Exception {
        dossier("zolgensma", "z-reuse", d -> {
            ObjectNode aip = JSON.createObjectNode().put("id", "se-aip").put("jurisdiction", "se")
                    .put("kind", "PHARMACY_PURCHASE_PRICE").put("amount", 1000).put("currency", "SEK")
                    .put("classification", "PUBLIC");
            d.withArray("prices").insert(0, aip);
            price(d, "se-list-demo").put("id", "se-aip");
        });
        Path dir = folder("reuse");
        Run r = hta("export", "--dossier", "z-reuse", "--jurisdiction", "se", "--template", "tlv-status",
                "--variant", "public", "--out", dir + "/");
        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.err().contains("z-reuse.json: $.prices[1].id (Prices): the id 'se-aip' is also the id of $.prices[0]"),
                r.err());
        assertEquals(List.of(), files(dir));
    }

    @Test
    void aPublicFigureWithAFormulaInWordsOrMisspeltDoesNotPrintAValueDerivedFromAConfidentialPrice() throws Exception {
        for (String formula : List.of("twice the SAIP", "prise:dk-saip * 2")) {
            String id = formula.startsWith("twice") ? "h-words" : "h-misspelt";
            Path file = dossier("hemgenix", id, d -> d.with("economics").withArray("figures").addObject()
                    .put("id", "dk-twice-saip").put("label", "To gange SAIP").put("value", 39000000).put("unit", "DKK")
                    .put("classification", "PUBLIC").put("formula", formula));
            Path dir = folder(id);
            Run r = hta("export", "--dossier", id, "--jurisdiction", "dk", "--template", "ansoegning", "--variant",
                    "public", "--out", dir + "/");
            assertEquals(1, r.exitCode(), r.all());
            assertTrue(r.err().contains(id + ".json: $.economics.figures[2].formula (Economics): the formula cannot be read"),
                    r.err());
            assertFalse(r.err().contains(formula), "the formula's text is not quoted: " + r.err());
            assertEquals(List.of(), files(dir));
            // hta validate names the same field and exits 1: the export does not go ahead where validate objects
            Run v = hta("validate", file.toString());
            assertEquals(1, v.exitCode(), v.all());
            assertTrue(v.out().contains(file + ": $.economics.figures[2].formula (Economics): the formula cannot be read"),
                    v.out());
            assertTrue(v.out().contains("blocks the public export) [formula]"), v.out());
        }
    }

    @Test
    void aLeakInNarrativeNamesTheFieldAndPageNotACharacterOffset() throws Exception {
        dossier("hemgenix", "h-leak", d -> paragraph(d, "no", "pristilbud", "Behandlingen koster 29\u00A0950\u00A0000 NOK."));
        Run r = hta("export", "--dossier", "h-leak", "--jurisdiction", "no", "--variant", "public", "--out",
                folder("leak") + "/");
        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.err().contains("h-leak.json: $.submissions[0].sections.pristilbud.paragraphs[1] (Narratives): the"
                + " confidential value 'no-rhf-aup' is written in text that is not marked confidential, in \u201CBehandlingen"
                + " koster \u2592\u2592\u2592 NOK.\u201D"), r.err());
        assertFalse(r.err().contains("character"), r.err());
        assertFalse(r.err().contains("29") || r.err().contains("950"), r.err());
        Run scan = hta("scan", "--dossier", "h-leak");
        assertEquals(1, scan.exitCode(), scan.all());
        assertTrue(scan.out().contains("h-leak.json: $.submissions[0].sections.pristilbud.paragraphs[1] (Narratives)"),
                scan.out());
    }

    /**
     * A memo prints text in other languages than its own: the Norwegian price memo quotes the Swedish decision, the
     * English memos print labels written in Norwegian. A confidential price written in that language's words is
     * read in them (issue 14, sixth probe: «24,5 miljoner kronor» in the Norwegian memo, «29,95 mill. kr» in NICE's).
     */
    @Test
    void aConfidentialPriceInAnotherLanguagesWordsIsReadInThem() throws Exception {
        dossier("hemgenix", "h-lang", d -> {
            ObjectNode decision = submission(d, "se").with("decision");
            decision.put("publishedWording", decision.path("publishedWording").asText()
                    + " Rekommendationen gäller om regionernas kostnad inte överstiger 24,5 miljoner kronor per patient.");
        });
        Run no = hta("export", "--dossier", "h-lang", "--jurisdiction", "no", "--variant", "public", "--out",
                folder("lang-no") + "/");
        assertEquals(1, no.exitCode(), no.all());
        assertTrue(no.err().contains("'se-net-price'"), no.err());
        assertEquals(List.of(), files(folder("lang-no")), "nothing written");
        dossier("hemgenix", "h-label", d -> ((ObjectNode) d.with("economics").withArray("figures").get(0))
                .put("label", "Pasienter behandlet (29,95 mill. kr per pasient)"));
        Run nice = hta("export", "--dossier", "h-label", "--jurisdiction", "nice", "--variant", "public", "--out",
                folder("lang-nice") + "/");
        assertEquals(1, nice.exitCode(), nice.all());
        assertTrue(nice.err().contains("'no-rhf-aup'"), nice.err());
    }

    /**
     * Another country's public price with that country's VAT is public arithmetic in every memo, and its
     * confidential price with that VAT is found in every memo: the English memos read Danish text with Denmark's 25 %
     * as well as their own 20 % (issue 14, sixteenth probe: «AIP inklusive moms er 32,69 mio. kr.» was refused by the
     * four English memos alone).
     */
    @Test
    void anotherCountrysVatIsReadInEveryMemo() throws Exception {
        dossier("hemgenix", "h-vat", d -> {
            d.withArray("prices").addObject().put("id", "dk-aip").put("jurisdiction", "dk").put("kind", "PHARMACY_PURCHASE_PRICE")
                    .put("amount", 26150000).put("currency", "DKK").put("vatIncluded", false).put("source", "Medicinpriser")
                    .put("classification", "PUBLIC");
            ObjectNode decision = submission(d, "dk").with("decision");
            decision.put("conditions", decision.path("conditions").asText() + " AIP inklusive moms er 32,69 mio. kr.");
        });
        for (String code : List.of("nice", "no")) {
            Run run = hta("export", "--dossier", "h-vat", "--jurisdiction", code, "--variant", "public", "--out",
                    folder("vat-" + code) + "/");
            assertEquals(0, run.exitCode(), code + ": " + run.all());
        }
        dossier("hemgenix", "h-vat-leak", d -> {
            ObjectNode decision = submission(d, "dk").with("decision");
            decision.put("conditions", decision.path("conditions").asText() + " SAIP inklusive moms er 24,375 mio. kr.");
        });
        Run nice = hta("export", "--dossier", "h-vat-leak", "--jurisdiction", "nice", "--variant", "public", "--out",
                folder("vat-leak") + "/");
        assertEquals(1, nice.exitCode(), nice.all());
        assertTrue(nice.err().contains("'dk-saip'"), nice.err());
    }

    @Test
    void aCoincidenceIsAcknowledgedOnceAndRefusedAgainWhenAValueChanges() throws Exception {
        Path file = dossier("hemgenix", "h-coin", d -> price(d, "se-net-price").put("amount", 43028738));
        Path dir = folder("coin");
        String[] export = {"export", "--dossier", "h-coin", "--jurisdiction", "no", "--variant", "public", "--out",
                dir + "/", "--force"};
        Run refused = hta(export);
        assertEquals(1, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains("h-coin.json: $.prices[0].amount (Prices): the public value 'no-maks-aup' equals,"
                + " or lets a reader compute, the confidential value 'se-net-price'"), refused.err());
        Run ack = hta("acknowledge", "--dossier", "h-coin", "--public", "no-maks-aup", "--confidential", "se-net-price",
                "--reason", "the NOK maximum price and the SEK net price are unrelated", "--author", "kari");
        assertEquals(0, ack.exitCode(), ack.all());
        assertFalse(Files.readString(file).substring(Files.readString(file).indexOf("acknowledgements")).contains("43028738"));
        Run ok = hta(export);
        assertEquals(0, ok.exitCode(), ok.all());
        Run listed = hta("validate", file.toString());
        assertEquals(0, listed.exitCode(), listed.all());
        assertTrue(listed.out().contains("$.acknowledgements[0]: acknowledged coincidence of public 'no-maks-aup' and"
                + " confidential 'se-net-price', by kari"), listed.out());

        // both values change and coincide again: the acknowledgement lapses by itself
        ObjectNode d = (ObjectNode) JSON.readTree(file.toFile());
        price(d, "se-net-price").put("amount", 44000123);
        price(d, "no-maks-aup").put("amount", 44000123);
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), d);
        Run again = hta(export);
        assertEquals(1, again.exitCode(), again.all());
        assertTrue(again.err().contains("'no-maks-aup' equals, or lets a reader compute, the confidential value"
                + " 'se-net-price'"), again.err());
        Run lapsed = hta("validate", file.toString(), "--json");
        assertEquals(1, lapsed.exitCode(), lapsed.all());
        var json = JSON.readTree(lapsed.out()).get("files").get(0);
        assertEquals("lapsed", json.get("acknowledgements").get(0).get("state").asText());
        assertTrue(json.get("findings").toString().contains("acknowledgement-lapsed"), json.toString());
    }

    @Test
    void aConfidentialReferenceIsRedactedInThePublicMemoAndPrintedInTheConfidentialOne() throws Exception {
        Consumer<ObjectNode> refs = d -> {
            ArrayNode p = submission(d, "no").with("sections").with("pristilbud").withArray("paragraphs").addArray();
            p.addObject().put("text", "Avtalt pris: ").put("classification", "PUBLIC");
            p.addObject().put("ref", "no-rhf-aup");
            p.addObject().put("text", ", maksimal AUP: ").put("classification", "PUBLIC");
            p.addObject().put("ref", "no-maks-aup");
            p.addObject().put("text", ".").put("classification", "PUBLIC");
        };
        dossier("hemgenix", "h-ref", refs);
        dossier("hemgenix", "h-ref2", refs.andThen(d -> price(d, "no-rhf-aup").put("amount", 28000000)));
        Path pub = folder("ref-public");
        Path pub2 = folder("ref-public2");
        Path conf = folder("ref-confidential");
        assertEquals(0, hta("export", "--dossier", "h-ref", "--jurisdiction", "no", "--variant", "public", "--out",
                pub + "/memo.pdf").exitCode());
        assertEquals(0, hta("export", "--dossier", "h-ref2", "--jurisdiction", "no", "--variant", "public", "--out",
                pub2 + "/memo.pdf").exitCode());
        Run c = hta("export", "--dossier", "h-ref", "--jurisdiction", "no", "--variant", "confidential", "--out",
                conf + "/memo.pdf");
        assertEquals(0, c.exitCode(), c.all());
        String publicText = ExportIT.everything(pub.resolve("memo.pdf"));
        String confidentialText = ExportIT.everything(conf.resolve("memo.pdf"));
        assertTrue(publicText.contains("Avtalt pris:"), publicText);
        assertTrue(publicText.contains("maksimal AUP: 43 028 738"), publicText);
        assertFalse(publicText.contains("29 950 000"), publicText);
        assertTrue(confidentialText.contains("Avtalt pris: 29 950 000"), confidentialText);
        assertTrue(confidentialText.contains("maksimal AUP: 43 028 738"), confidentialText);
        // the mark's geometry does not depend on the value: the public files are the same bytes
        assertArrayEquals(Files.readAllBytes(pub.resolve("memo.pdf")), Files.readAllBytes(pub2.resolve("memo.pdf")));
    }

    @Test
    void publicAndConfidentialFilesNeverShareANameAndNothingIsReplacedBySurprise() throws Exception {
        Path dir = folder("anbefaling");
        Run pub = hta("export", "--dossier", "hemgenix", "--jurisdiction", "dk", "--template", "anbefaling", "--variant",
                "public", "--out", dir + "/");
        Run conf = hta("export", "--dossier", "hemgenix", "--jurisdiction", "dk", "--template", "anbefaling", "--variant",
                "confidential", "--out", dir + "/");
        assertEquals(0, pub.exitCode(), pub.all());
        assertEquals(0, conf.exitCode(), conf.all());
        assertEquals(List.of(dir.resolve("Hemgenix_anbefaling_fortrolig.pdf"), dir.resolve("Hemgenix_anbefaling_offentlig.pdf")),
                files(dir));
        byte[] before = Files.readAllBytes(dir.resolve("Hemgenix_anbefaling_offentlig.pdf"));
        Run again = hta("export", "--dossier", "hemgenix", "--jurisdiction", "dk", "--template", "anbefaling", "--variant",
                "public", "--out", dir + "/");
        assertEquals(2, again.exitCode(), again.all());
        assertTrue(again.err().contains("Hemgenix_anbefaling_offentlig.pdf already exists; nothing was written (use --force"
                + " to replace it)"), again.err());
        assertEquals(1, again.err().strip().lines().count(), again.err());
        Run named = hta("export", "--dossier", "hemgenix", "--jurisdiction", "dk", "--template", "anbefaling", "--variant",
                "public", "--out", dir.resolve("Hemgenix_anbefaling_offentlig.pdf").toString());
        assertEquals(2, named.exitCode(), named.all());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("Hemgenix_anbefaling_offentlig.pdf")));
        Run forced = hta("export", "--dossier", "hemgenix", "--jurisdiction", "dk", "--template", "anbefaling", "--variant",
                "public", "--out", dir + "/", "--force");
        assertEquals(0, forced.exitCode(), forced.all());
    }

    @Test
    void aMissingFolderOrOneInsideTheWorkspaceIsAnErrorNamingIt() throws Exception {
        Path base = folder("missing");
        Run missing = hta("export", "--dossier", "hemgenix", "--jurisdiction", "no", "--variant", "public", "--out",
                base.resolve("missing-dir") + "/");
        assertEquals(2, missing.exitCode(), missing.all());
        assertTrue(missing.err().contains("the output folder " + base.resolve("missing-dir") + " does not exist"), missing.err());
        assertEquals(List.of(), files(base), "no file named after the folder");
        Path dossierFile = app.workspace().resolve("hemgenix.json");
        byte[] dossier = Files.readAllBytes(dossierFile);
        for (String target : List.of(dossierFile.toString(), app.workspace() + "/", app.workspace().resolve("new.pdf").toString())) {
            Run inside = hta("export", "--dossier", "hemgenix", "--jurisdiction", "no", "--variant", "confidential",
                    "--out", target, "--force");
            assertEquals(2, inside.exitCode(), inside.all());
            assertTrue(inside.err().contains("is inside the workspace"), inside.err());
        }
        assertArrayEquals(dossier, Files.readAllBytes(dossierFile));
        assertFalse(Files.exists(app.workspace().resolve("new.pdf")));
        Run all = hta("export", "--all", "--out-dir", base.resolve("nope").toString());
        assertEquals(2, all.exitCode(), all.all());
        assertTrue(all.err().contains(base.resolve("nope") + " does not exist"), all.err());
    }

    @Test
    void batchExportTellsASubmissionWithoutPluginApartFromARefusal() throws Exception {
        Path ws = Files.createTempDirectory("hta-guard-ws");
        ObjectNode d = (ObjectNode) JSON.readTree(AppRuntime.APP.resolve("demo-workspace/blincyto.json").toFile());
        d.withArray("submissions").addObject().put("jurisdiction", "de").put("caseReference", "G-BA 2024-01-01-D-999");
        JSON.writerWithDefaultPrettyPrinter().writeValue(ws.resolve("blincyto.json").toFile(), d);
        Path dir = folder("batch");
        Run r = hta("export", "--all", "--workspace", ws.toString(), "--out-dir", dir.toString());
        assertTrue(r.out().contains("Skipped blincyto/de: no jurisdiction plugin 'de' is installed"), r.all());
        assertFalse(r.err().contains("blincyto/de"), r.err());
        // a second run replaces nothing: every memo it would write exists
        Run again = hta("export", "--all", "--workspace", ws.toString(), "--out-dir", dir.toString());
        assertEquals(1, again.exitCode(), again.all());
        assertTrue(again.out().startsWith("Wrote 0 of "), again.out());
        assertTrue(again.err().contains("already exists (replace it with --force)"), again.err());
    }

    @Test
    void aFileNameNeverHoldsAConfidentialValue() throws Exception {
        // a brand that is the agreed price as a number
        dossier("hemgenix", "h-brand", d -> d.with("product").put("brandName", "29950000"));
        Path dir = folder("brand");
        Run pub = hta("export", "--dossier", "h-brand", "--jurisdiction", "no", "--variant", "public", "--out", dir + "/");
        assertEquals(1, pub.exitCode(), pub.all());
        assertTrue(pub.err().contains("h-brand.json: $.product.brandName (Product): the confidential value 'no-rhf-aup'"),
                pub.err());
        Run conf = hta("export", "--dossier", "h-brand", "--jurisdiction", "no", "--variant", "confidential", "--out",
                dir + "/");
        assertEquals(0, conf.exitCode(), conf.all());
        List<Path> written = files(dir);
        assertEquals(1, written.size(), written.toString());
        String name = written.get(0).getFileName().toString();
        assertFalse(name.contains("29950000") || name.contains("2995"), name);
        assertTrue(name.endsWith("_konfidensielt.pdf"), name);
    }
}
