package hta.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.LeakFinding;
import hta.confidentiality.LeakIndex;
import hta.confidentiality.LeakScanner;
import hta.confidentiality.SecretValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The read-back scan's self-test: a PDF with a different confidential value planted in each place a leak can
 * hide (page text, invisible text, an annotation, the Info dictionary, the XMP packet, a bookmark, an
 * attachment, an object nothing refers to) — the scan must find every one, and the hygiene check must reject
 * the file for each hiding place that a public memo may not have at all.
 */
class PdfAuditTest {
    /** Where each canary is planted, by the id the scanner reports. */
    private static final Map<String, String> PLANTED = new TreeMap<>(Map.of(
            "page-text", "Avtalt pris 29 950 000 kr per behandling",
            "invisible-text", "3\u00A0120\u00A0000 NOK",
            "annotation", "Merk: 181.240.000 kroner",
            "info", "47 110 000 kr",
            "xmp", "Rabatt 52\u202F330\u202F000 NOK",
            "bookmark", "Avslag 27,5 % rabatt",
            "attachment", "netto 73550000 NOK i året",
            "orphan", "TNOK 61 440"));

    private static final List<SecretValue> SECRETS = List.of(
            new SecretValue("page-text", new BigDecimal("29950000"), SecretValue.Kind.AMOUNT, "NOK"),
            new SecretValue("invisible-text", new BigDecimal("3120000"), SecretValue.Kind.AMOUNT, "NOK"),
            new SecretValue("annotation", new BigDecimal("181240000"), SecretValue.Kind.AMOUNT, "NOK"),
            new SecretValue("info", new BigDecimal("47110000"), SecretValue.Kind.AMOUNT, "NOK"),
            new SecretValue("xmp", new BigDecimal("52330000"), SecretValue.Kind.AMOUNT, "NOK"),
            new SecretValue("bookmark", new BigDecimal("27.5"), SecretValue.Kind.PERCENTAGE, "percent"),
            new SecretValue("attachment", new BigDecimal("73550000"), SecretValue.Kind.AMOUNT, "NOK"),
            new SecretValue("orphan", new BigDecimal("61440000"), SecretValue.Kind.AMOUNT, "NOK"));

    private static byte[] planted;

    @BeforeAll
    static void plant() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font;
            try (InputStream in = PdfAuditTest.class.getResourceAsStream("/fonts/liberation/LiberationSans-Regular.ttf")) {
                font = PDType0Font.load(doc, in, true);
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 11);
                cs.newLineAtOffset(72, 760);
                cs.showText(PLANTED.get("page-text"));
                cs.endText();
                cs.beginText();
                cs.setFont(font, 11);
                cs.setRenderingMode(RenderingMode.NEITHER);
                cs.newLineAtOffset(72, 740);
                cs.showText(PLANTED.get("invisible-text"));
                cs.endText();
            }
            PDAnnotationText note = new PDAnnotationText();
            note.setRectangle(new PDRectangle(72, 700, 20, 20));
            note.setContents(PLANTED.get("annotation"));
            page.getAnnotations().add(note);
            doc.getDocumentInformation().setKeywords(PLANTED.get("info"));
            PDMetadata xmp = new PDMetadata(doc);
            xmp.importXMPMetadata(("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                    + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                    + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:description>"
                    + PLANTED.get("xmp") + "</dc:description></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>")
                    .getBytes(StandardCharsets.UTF_8));
            doc.getDocumentCatalog().setMetadata(xmp);
            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(PLANTED.get("bookmark"));
            item.setDestination(page);
            outline.addLast(item);
            doc.getDocumentCatalog().setDocumentOutline(outline);
            PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(
                    PLANTED.get("attachment").getBytes(StandardCharsets.UTF_8)), COSName.FLATE_DECODE);
            file.setSubtype("text/plain");
            file.setCreationDate(new GregorianCalendar(TimeZone.getTimeZone("UTC")));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("notater.txt");
            spec.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("notater.txt", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            doc.getDocumentCatalog().setNames(names);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            planted = out.toByteArray();
        }
        // an object nothing refers to, appended as a second revision: still in the file, still found
        try (PDDocument doc = Loader.loadPDF(planted)) {
            org.apache.pdfbox.cos.COSDictionary orphan = new org.apache.pdfbox.cos.COSDictionary();
            orphan.setString(COSName.getPDFName("Note"), PLANTED.get("orphan"));
            orphan.setNeedToBeUpdated(true);
            org.apache.pdfbox.cos.COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
            catalog.setItem(COSName.getPDFName("Orphan"), orphan);
            catalog.setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            byte[] second = out.toByteArray();
            // drop the reference in a third revision: the orphan stays in the file, reachable from nothing
            try (PDDocument again = Loader.loadPDF(second)) {
                org.apache.pdfbox.cos.COSDictionary c = again.getDocumentCatalog().getCOSObject();
                c.removeItem(COSName.getPDFName("Orphan"));
                c.setNeedToBeUpdated(true);
                ByteArrayOutputStream third = new ByteArrayOutputStream();
                again.saveIncremental(third);
                planted = third.toByteArray();
            }
        }
    }

    @Test
    void everyPlantedCanaryIsFound() throws IOException {
        LeakIndex index = LeakScanner.index(SECRETS, List.of());
        List<LeakFinding> findings = PdfAudit.scan(planted, index);
        Map<String, List<String>> where = findings.stream().collect(Collectors.groupingBy(LeakFinding::valueId,
                TreeMap::new, Collectors.mapping(LeakFinding::location, Collectors.toList())));
        assertEquals(PLANTED.keySet(), where.keySet(), "canaries found: " + where);
        assertTrue(where.get("page-text").stream().anyMatch(l -> l.contains("page 1 text")), where.toString());
        assertTrue(where.get("invisible-text").stream().anyMatch(l -> l.contains("page 1 text")),
                "the text stripper keeps invisible text: " + where);
    }

    @Test
    void theStripperAloneMissesWhatTheObjectWalkFinds() throws IOException {
        // proves both extractors are needed: page text has only the two page canaries
        LeakIndex index = LeakScanner.index(SECRETS, List.of());
        List<String> fromPages = PdfAudit.readBack(planted).stream().filter(p -> p.location().endsWith(" text"))
                .flatMap(p -> index.scan(p.location(), p.text()).stream()).map(LeakFinding::valueId).distinct().sorted()
                .toList();
        assertEquals(List.of("invisible-text", "page-text"), fromPages);
    }

    @Test
    void aContentStreamIsReadWithoutItsGeometry() {
        // "520.080 Td" moves the pen; it is not the amount 520 080 (an outsider's dossier had that price)
        String stream = "BT /F1 10.5 Tf 72.000 520.080 Td (Pris 520 080 kr) Tj ET\n<< /MCID 3 >> BDC 0 0 1 rg EMC";
        String read = PdfAudit.withoutNumericOperands(stream);
        assertTrue(read.contains("(Pris 520 080 kr) Tj"), read);
        assertTrue(read.contains("/F1") && read.contains("<< /MCID") && read.contains("BDC"), read);
        assertTrue(!read.contains("520.080") && !read.contains("72.000") && !read.contains("10.5"), read);
    }

    @Test
    void hygieneRejectsEveryHidingPlace() throws IOException {
        String problems = String.join("\n", PdfAudit.hygiene(planted));
        assertTrue(problems.contains("revisions"), problems);
        assertTrue(problems.contains("invisible text (render mode 3)"), problems);
        assertTrue(problems.contains("page 1 has annotations"), problems);
        assertTrue(problems.contains("/EmbeddedFiles"), problems);
        assertTrue(problems.contains("attached file"), problems);
        assertTrue(problems.contains("Info key /Keywords"), problems);
    }

    @Test
    void aSingleRevisionFileWithOnlyPageTextIsClean() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.getDocumentInformation().setTitle("Prisnotat");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            assertEquals(List.of(), PdfAudit.hygiene(out.toByteArray()));
        }
    }
}
