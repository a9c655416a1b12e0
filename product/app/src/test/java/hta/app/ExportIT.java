package hta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/hta export} of the Norwegian price memo, both variants, read back with PDFBox: the public one
 * holds the public figures and none of the confidential ones (page text, Info, XMP), the confidential one
 * holds them all.
 */
class ExportIT {
    /** The demo workspace's confidential values (fictional), as they would be written in Norwegian. */
    private static final List<String> CONFIDENTIAL = List.of("29 950 000", "29950000", "3 120 000", "181 240 000", "9,6 år");
    private static Path out;
    private static Path data;

    @BeforeAll
    static void export() throws Exception {
        data = Files.createTempDirectory("hta-export-data");
        out = Path.of(System.getProperty("hta.test.out", "target/test-artifacts")).resolve("export");
        Files.createDirectories(out);
        for (String variant : List.of("public", "confidential")) {
            Commands.Result r = Commands.hta(data, "export", "--dossier", "hemgenix", "--jurisdiction", "no",
                    "--variant", variant, "--out", out.toString(), "--force");
            assertEquals(0, r.exitCode(), r.err());
        }
    }

    private static Path pdf(String suffix) {
        return out.resolve("ID2022_075_Hemgenix_prisnotat_" + suffix + ".pdf");
    }

    /** All text a reader can get: pages (overlaps kept), Info and XMP, with every kind of space made plain. */
    static String everything(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSuppressDuplicateOverlappingText(false);
            StringBuilder sb = new StringBuilder(s.getText(doc));
            PDDocumentInformation info = doc.getDocumentInformation();
            for (String key : info.getMetadataKeys()) sb.append('\n').append(info.getCustomMetadataValue(key));
            if (doc.getDocumentCatalog().getMetadata() != null) {
                sb.append('\n').append(new String(doc.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8"));
            }
            return sb.toString().replaceAll("\\p{Zs}", " ");
        }
    }

    @Test
    void publicMemoShowsPublicFiguresOnly() throws Exception {
        String text = everything(pdf("offentlig"));
        assertTrue(text.contains("43 028 738"), "Maks-AUP missing");
        assertTrue(text.contains("265 593 782"), "year-1 budget impact at Maks-AUP missing");
        assertTrue(text.contains("OFFENTLIG VERSJON"));
        for (String secret : CONFIDENTIAL) assertFalse(text.contains(secret), "public memo contains " + secret);
        assertFalse(text.contains("KONFIDENSIELT"));
        assertTrue(text.contains("170 dager hvorav 58 dager"), "processing time sentence");
    }

    @Test
    void confidentialMemoShowsEveryValue() throws Exception {
        String text = everything(pdf("konfidensielt"));
        assertTrue(text.contains("43 028 738"));
        assertTrue(text.contains("29 950 000"), "agreed price missing from the confidential memo");
        assertTrue(text.contains("9,6 år"));
        assertTrue(text.contains("KONFIDENSIELT"));
    }

    @Test
    void theTimelineChartSpeaksTheMemosLanguage() throws Exception {
        String no = everything(pdf("offentlig"));
        for (String words : List.of("Tidslinje for saksbehandlingen", "Venter på leverandørens prisopplysninger",
                "Forhandling om rammeavtale", "Utarbeidelse av prisnotat")) {
            assertTrue(no.contains(words), "the Norwegian chart lacks '" + words + "'");
        }
        // the delivery agreement's three months run from Beslutningsforum; whether it was made is not recorded, so
        // the chart draws no "Leveranseavtale 0 / 92 dager"
        assertFalse(no.contains("Leveranseavtale innen tre måneder"), no);
        Path se = out.resolve("zolgensma-se.pdf");
        Commands.Result r = Commands.hta(data, "export", "--dossier", "zolgensma", "--jurisdiction", "se",
                "--variant", "public", "--out", se.toString(), "--force");
        assertEquals(0, r.exitCode(), r.err());
        String sv = everything(se);
        // the TLV report of February 2021 implies the company's dossier came in, on a day not recorded: no bar of
        // "waiting for the company's dossier" from 2019 to 2021
        assertFalse(sv.contains("TLV inväntar företagets underlag"), sv);
        // the workbench's English labels of the phases and targets stay out of the memos
        for (String english : List.of("Waiting for the company", "Negotiating the framework", "Writing the price memo",
                "Delivery agreement", "TLV awaiting", "reviews a recommendation", "days")) {
            assertFalse(no.contains(english), "the Norwegian memo says '" + english + "'");
            assertFalse(sv.contains(english), "the Swedish memo says '" + english + "'");
        }
    }

    @Test
    void fontsAreEmbedded() throws Exception {
        for (String suffix : List.of("offentlig", "konfidensielt")) {
            try (PDDocument doc = Loader.loadPDF(pdf(suffix).toFile())) {
                for (PDPage page : doc.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertTrue(font.isEmbedded(), font.getName() + " not embedded in " + suffix);
                    }
                }
            }
        }
    }

    @Test
    void refusedExportWritesNothingAndSaysWhy() throws Exception {
        Commands.Result r = Commands.hta(data, "export", "--dossier", "no-such", "--jurisdiction", "no",
                "--variant", "public", "--out", out.resolve("none.pdf").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("hta: ") && r.err().contains("no-such"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out.resolve("none.pdf")));
        Commands.Result usage = Commands.hta(data, "export", "--dossier", "hemgenix");
        assertEquals(2, usage.exitCode(), usage.err());
    }

    @Test
    void batchExportsEveryMemoAndListsTheRefusedOnesAtTheEnd() throws Exception {
        Path dir = Files.createTempDirectory("hta-batch");
        Commands.Result r = Commands.hta(data, "export", "--all", "--variant", "both", "--out-dir", dir.toString());
        // the demo workspace has templates it does not fill (e.g. the SMC summary lacks a list price): refused, exit 1
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Wrote "), r.out());
        String[] lines = r.err().split("\n");
        int header = -1;
        for (int i = 0; i < lines.length; i++) if (lines[i].matches("hta: \\d+ memos? refused:")) header = i;
        assertTrue(header >= 0, r.err());
        for (int i = header + 1; i < lines.length; i++) assertTrue(lines[i].startsWith("  "), "listed at the end: " + lines[i]);
        assertTrue(r.err().contains("hemgenix/smc/submission-summary/public: ") && r.err().contains("list price"), r.err());
        assertFalse(r.err().contains("\r") || r.err().contains("[#"), "no progress bar when stderr is not a console");
        assertFalse(r.err().contains("Exception"), r.err());
        List<Path> pub;
        List<Path> conf;
        try (var s = Files.list(dir.resolve("public"))) {
            pub = s.toList();
        }
        try (var s = Files.list(dir.resolve("confidential"))) {
            conf = s.toList();
        }
        // several dossiers: every file says whose it is
        assertTrue(pub.contains(dir.resolve("public").resolve("hemgenix_ID2022_075_Hemgenix_prisnotat_offentlig.pdf")), pub.toString());
        assertEquals(pub.size(), conf.size());
        assertTrue(pub.size() >= 7, pub.toString());
        int refused = lines.length - header - 1;
        assertTrue(r.out().contains("Wrote " + (pub.size() + conf.size()) + " of "), r.out());
        for (Path p : pub) {
            String text = everything(p);
            assertFalse(text.contains("29 950 000"), p + " holds the agreed price");
        }
        assertTrue(refused >= 2, r.err());
        Commands.Result usage = Commands.hta(data, "export", "--all");
        assertEquals(2, usage.exitCode(), usage.err());
        assertTrue(usage.err().contains("--out-dir"), usage.err());
    }
}
