package hta.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.LeakFinding;
import hta.confidentiality.LeakIndex;
import hta.confidentiality.LeakScanner;
import hta.confidentiality.SecretValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The read-back scan finds confidential values in the places a tagged PDF keeps text beside its page content: a
 * figure's alternative text, a span's replacement text, an abbreviation's expansion and an element's title in the
 * structure tree; replacement text in a marked-content property list inside the content stream (as UTF-16 hex,
 * which a byte-wise look at the stream cannot read); a figure written with character references in the XMP
 * packet. The last two are found only through {@code TextPlaces}.
 */
class TaggedPlacesAuditTest {
    /** A confidential value and the text it is planted as, by the id the scanner reports. */
    private record Canary(String id, String text, String value, SecretValue.Kind kind) {
        SecretValue secret() {
            return new SecretValue(id, new BigDecimal(value), kind, kind == SecretValue.Kind.PERCENTAGE ? "percent" : "NOK");
        }
    }

    private static final List<Canary> CANARIES = List.of(
            new Canary("alt", "Netto 3\u2009120\u2009000 NOK i året", "3120000", SecretValue.Kind.AMOUNT),
            new Canary("actual-text", "52\u202F330\u202F000 kr", "52330000", SecretValue.Kind.AMOUNT),
            new Canary("expansion", "47 110 000 kroner", "47110000", SecretValue.Kind.AMOUNT),
            new Canary("title", "Rabatt 27,5 %", "27.5", SecretValue.Kind.PERCENTAGE),
            new Canary("content-actual-text", "181\u00A0240\u00A0000 NOK", "181240000", SecretValue.Kind.AMOUNT),
            new Canary("xmp-reference", "73&#xA0;550&#xA0;000 NOK", "73550000", SecretValue.Kind.AMOUNT));
    private static final Map<String, String> PLANTED = CANARIES.stream().collect(
            Collectors.toMap(Canary::id, Canary::text, (a, b) -> a, TreeMap::new));
    private static final List<SecretValue> SECRETS = CANARIES.stream().map(Canary::secret).toList();

    private static byte[] planted;

    @BeforeAll
    static void plant() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            // a standard font is enough here: the file is read back, not validated
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                String hex = HexFormat.of().formatHex(("\uFEFF" + PLANTED.get("content-actual-text")).getBytes(StandardCharsets.UTF_16BE));
                appendRaw(cs, "/Span <</MCID 0 /ActualText <" + hex + ">>> BDC\n");
                cs.beginText();
                cs.setFont(font, 11);
                cs.newLineAtOffset(72, 760);
                cs.showText("Avtalt pris");
                cs.endText();
                cs.endMarkedContent();
            }
            PDStructureTreeRoot root = new PDStructureTreeRoot();
            PDStructureElement document = new PDStructureElement("Document", root);
            root.appendKid(document);
            PDStructureElement figure = new PDStructureElement("Figure", document);
            figure.setAlternateDescription(PLANTED.get("alt"));
            figure.setTitle(PLANTED.get("title"));
            document.appendKid(figure);
            PDStructureElement span = new PDStructureElement("Span", document);
            span.setActualText(PLANTED.get("actual-text"));
            span.setExpandedForm(PLANTED.get("expansion"));
            document.appendKid(span);
            doc.getDocumentCatalog().setStructureTreeRoot(root);
            PDMetadata xmp = new PDMetadata(doc);
            String packet = String.join("\n", "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">",
                    " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">",
                    "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">",
                    "   <dc:source>" + PLANTED.get("xmp-reference") + "</dc:source>",
                    "  </rdf:Description>", " </rdf:RDF>", "</x:xmpmeta>");
            xmp.importXMPMetadata(packet.getBytes(StandardCharsets.UTF_8));
            doc.getDocumentCatalog().setMetadata(xmp);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            planted = out.toByteArray();
        }
    }

    @SuppressWarnings("deprecation")
    private static void appendRaw(PDPageContentStream cs, String operators) throws IOException {
        cs.appendRawCommands(operators);
    }

    @Test
    void everyTaggedPlaceIsScanned() throws IOException {
        LeakIndex index = LeakScanner.index(SECRETS, List.of());
        Map<String, List<String>> where = PdfAudit.scan(planted, index).stream().collect(Collectors.groupingBy(
                LeakFinding::valueId, TreeMap::new, Collectors.mapping(LeakFinding::location, Collectors.toList())));
        assertEquals(PLANTED.keySet(), where.keySet(), "canaries found: " + where);
        assertTrue(where.get("alt").stream().anyMatch(l -> l.contains("structure element Figure")), where.toString());
        assertTrue(where.get("content-actual-text").stream().anyMatch(l -> l.contains("marked-content properties")), where.toString());
        assertTrue(where.get("xmp-reference").stream().anyMatch(l -> l.contains("XMP")), where.toString());
    }

    @Test
    void theObjectWalkAloneMissesTheXmpAsXml() throws IOException {
        // without the tagged-place reading an XMP character reference stays hidden: proves the extraction is needed
        LeakIndex index = LeakScanner.index(SECRETS, List.of());
        List<LeakFinding> fromWalk = PdfAudit.readBack(planted).stream()
                .filter(p -> p.location().startsWith("PDF object") && !p.location().contains("XMP")
                        || p.location().startsWith("PDF trailer") || p.location().endsWith(" text"))
                .flatMap(p -> index.scan(p.location(), p.text()).stream()).toList();
        Set<String> ids = fromWalk.stream().map(LeakFinding::valueId).collect(Collectors.toSet());
        assertTrue(!ids.contains("xmp-reference"), fromWalk.toString());
    }

    @Test
    void replacementTextInsideContentIsRefused() throws IOException {
        String problems = String.join("\n", PdfAudit.hygiene(planted));
        assertTrue(problems.contains("page 1 has replacement or alternative text inside its content"), problems);
    }
}
