package hta.dossier.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Dossier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Load then write without changes gives the same bytes; unknown data survives; old files migrate. */
class RoundTripTest {
    static final Path HEMGENIX = Path.of("../../product/app/src/main/dist/demo-workspace/hemgenix.json");

    /** A canonical file with unknown fields at several levels and a submission for a jurisdiction not installed. */
    static String withForeignData() throws Exception {
        String json = Files.readString(HEMGENIX);
        json = json.replace("\"submissions\" : [\n", "\"submissions\" : [\n"
                + "    {\n"
                + "      \"jurisdiction\" : \"de\",\n"
                + "      \"caseReference\" : \"G-BA 2024-01-01-D-999\",\n"
                + "      \"jurisdictionData\" : {\n"
                + "        \"zusatznutzen\" : \"nicht belegt\",\n"
                + "        \"values\" : [\n"
                + "          1.50,\n"
                + "          2E+3,\n"
                + "          null,\n"
                + "          true\n"
                + "        ],\n"
                + "        \"nested\" : {\n"
                + "          \"z\" : 1,\n"
                + "          \"a\" : \"\\u00e9t\\u00e9 \\\"quoted\\\"\"\n"
                + "        }\n"
                + "      },\n"
                + "      \"pluginOnly\" : {\n"
                + "        \"x\" : 1\n"
                + "      }\n"
                + "    },\n");
        json = json.replace("\"orphan\" : true,", "\"orphan\" : true,\n    \"futureFlag\" : [ ],");
        return json;
    }

    @Test
    void demoFileRoundTripsByteIdentical() throws Exception {
        byte[] bytes = Files.readAllBytes(HEMGENIX);
        assertArrayEquals(bytes, DossierJson.write(DossierJson.read(bytes)));
    }

    /**
     * A submission's jurisdiction name, recorded beside its code so that a workbench without the plugin can name it:
     * read and written back in place (right after the code); a file without it stays without it.
     */
    @Test
    void theJurisdictionsNameRecordedBesideItsCodeRoundTripsAndFilesWithoutItStayAsTheyAre() throws Exception {
        byte[] fictivimab = Files.readAllBytes(HEMGENIX.resolveSibling("fictivimab.json"));
        Dossier d = DossierJson.read(fictivimab);
        assertEquals("EU joint clinical assessment", d.submission("jca").orElseThrow().jurisdictionName);
        assertEquals(null, d.submission("se").orElseThrow().jurisdictionName);
        assertArrayEquals(fictivimab, DossierJson.write(d));
        byte[] hemgenix = Files.readAllBytes(HEMGENIX);
        assertFalse(new String(hemgenix, StandardCharsets.UTF_8).contains("jurisdictionName"));
        Dossier h = DossierJson.read(hemgenix);
        h.submission("no").orElseThrow().jurisdictionName = "Norway";
        String out = new String(DossierJson.write(h), StandardCharsets.UTF_8);
        assertTrue(out.contains("\"jurisdiction\" : \"no\",\n      \"jurisdictionName\" : \"Norway\",\n"), out);
        assertEquals("Norway", DossierJson.read(out.getBytes(StandardCharsets.UTF_8)).submission("no").orElseThrow().jurisdictionName);
    }

    @Test
    void evidenceWordingPerLanguageIsKeptAndFallsBackFieldByField() throws Exception {
        // the demo Zolgensma dossier has no translations: it stays without the field
        byte[] zolgensma = Files.readAllBytes(HEMGENIX.resolveSibling("zolgensma.json"));
        assertFalse(new String(zolgensma, StandardCharsets.UTF_8).contains("\"translations\""));
        assertArrayEquals(zolgensma, DossierJson.write(DossierJson.read(zolgensma)));

        Dossier d = DossierJson.read(Files.readAllBytes(HEMGENIX));
        hta.dossier.Evidence.Wording da = d.evidence.in("da");
        assertEquals("Profylakse med rekombinant faktor IX med forlænget halveringstid", da.comparator);
        assertEquals("Årlig blødningsrate", da.keyOutcomes.get(0));
        d.evidence.translations.get("da").followUp = null;
        assertEquals(d.evidence.followUp, d.evidence.in("da").followUp, "a field left out falls back to English");
        assertEquals(d.evidence.comparator, d.evidence.in("sv").comparator, "a language without wording is English");
        d.evidence.in("da").comparator = "changed";
        assertEquals("Profylakse med rekombinant faktor IX med forlænget halveringstid",
                d.evidence.translations.get("da").comparator, "the wording returned is a copy");
    }

    @Test
    void unknownJurisdictionDataAndFieldsSurvive() throws Exception {
        Dossier d = DossierJson.read(withForeignData().getBytes(StandardCharsets.UTF_8));
        String out = new String(DossierJson.write(d), StandardCharsets.UTF_8);
        assertTrue(out.contains("\"zusatznutzen\" : \"nicht belegt\""), out);
        assertTrue(out.contains("1.50"), "trailing zeros of a number in unknown data are kept");
        assertTrue(out.contains("\"pluginOnly\""));
        assertTrue(out.contains("\"futureFlag\""));
        // written once, the form is canonical and stays byte-identical from then on
        byte[] once = out.getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(once, DossierJson.write(DossierJson.read(once)));
        assertEquals("G-BA 2024-01-01-D-999", d.submission("de").orElseThrow().caseReference);
        assertEquals("nicht belegt", d.submission("de").orElseThrow().jurisdictionData.get("zusatznutzen").asText());
    }

    @Test
    void version1FileMigratesAndLosesOnlyTheMistakenComputedFields() throws Exception {
        String v1 = Files.readString(HEMGENIX).replace("\"schemaVersion\" : 2", "\"schemaVersion\" : 1")
                .replace("\"classification\" : \"PUBLIC\"\n    },", "\"classification\" : \"PUBLIC\",\n      \"confidential\" : false\n    },");
        assertTrue(v1.contains("\"confidential\" : false"));
        Dossier d = DossierJson.read(v1.getBytes(StandardCharsets.UTF_8));
        assertEquals(Dossier.CURRENT_SCHEMA_VERSION, d.schemaVersion);
        String out = new String(DossierJson.write(d), StandardCharsets.UTF_8);
        assertFalse(out.contains("\"confidential\" :"), "a v1 computed flag is dropped, not doubled");
        assertArrayEquals(Files.readAllBytes(HEMGENIX), out.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * References in narrative, agreement ids and acknowledgements are written in their declared place and read back;
     * files without them (every older file) are written exactly as before.
     */
    @Test
    void referencesAgreementIdsAndAcknowledgementsRoundTripAndOldFilesStayAsTheyAre() throws Exception {
        for (String name : List.of("hemgenix.json", "zolgensma.json", "blincyto.json")) {
            byte[] old = Files.readAllBytes(HEMGENIX.resolveSibling(name));
            String text = new String(old, StandardCharsets.UTF_8);
            assertFalse(text.contains("\"acknowledgements\"") || text.contains("\"ref\""), name);
            assertArrayEquals(old, DossierJson.write(DossierJson.read(old)), name);
        }
        Dossier d = DossierJson.read(Files.readAllBytes(HEMGENIX));
        hta.dossier.Submission no = d.submission("no").orElseThrow();
        List<hta.dossier.TextRun> paragraph = no.sections.values().iterator().next().paragraphs.get(0);
        paragraph.add(hta.dossier.TextRun.reference("no-rhf-aup"));
        no.agreements.get(0).id = "no-framework";
        hta.dossier.Acknowledgement a = new hta.dossier.Acknowledgement();
        a.publicItem = "no-maks-aup";
        a.confidentialItem = "se-net-price";
        a.fingerprint = "sha256:" + "0".repeat(32) + ":" + "a".repeat(64);
        a.reason = "the NOK list price and the SEK net price are unrelated";
        a.author = "kari";
        a.time = java.time.Instant.parse("2026-11-23T11:40:12.345Z");
        d.acknowledgements.add(a);
        byte[] written = DossierJson.write(d);
        String out = new String(written, StandardCharsets.UTF_8);
        assertTrue(out.contains("{\n                \"ref\" : \"no-rhf-aup\"\n              }"), out);
        assertTrue(out.contains("\"id\" : \"no-framework\",\n          \"kind\""), out);
        assertTrue(out.endsWith("  \"acknowledgements\" : [\n    {\n      \"publicItem\" : \"no-maks-aup\",\n"
                + "      \"confidentialItem\" : \"se-net-price\",\n      \"fingerprint\" : \"" + a.fingerprint + "\",\n"
                + "      \"reason\" : \"the NOK list price and the SEK net price are unrelated\",\n"
                + "      \"author\" : \"kari\",\n      \"time\" : \"2026-11-23T11:40:12.345Z\"\n    }\n  ]\n}\n"), out);
        Dossier back = DossierJson.read(written);
        assertArrayEquals(written, DossierJson.write(back));
        assertEquals("no-rhf-aup", back.submission("no").orElseThrow().sections.values().iterator().next()
                .paragraphs.get(0).get(paragraph.size() - 1).ref);
        assertTrue(back.acknowledgements.get(0).isRecorded());
        assertEquals(a.time, back.acknowledgements.get(0).time);
        // and the store's schema check accepts the file
        Path dir = Files.createTempDirectory("hta-roundtrip");
        Path file = dir.resolve("hemgenix.json");
        Files.write(file, written);
        assertEquals(List.of(), hta.dossier.validation.FileValidation.file(file, true).problems());
    }
}
