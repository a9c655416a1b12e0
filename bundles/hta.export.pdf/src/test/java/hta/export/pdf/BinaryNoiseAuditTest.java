package hta.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.LeakFinding;
import hta.confidentiality.LeakIndex;
import hta.confidentiality.LeakScanner;
import hta.confidentiality.SecretValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * The read-back reads the file's internals for text, not its binary data as numbers (issue 14, sixth outsider probe
 * tn01: a sentence added to a memo changed the document ID hashed from its content, and the ID's bytes read as a
 * confidential share). Each file is written with PDFBox and read back: the same places hold digit noise — the
 * document ID, an uncompressed binary stream, a content stream's hex glyph codes — and then real text, which is
 * still found.
 */
class BinaryNoiseAuditTest {
    private static final LeakIndex INDEX = LeakScanner.index(List.of(
            new SecretValue("saip", new BigDecimal("19500000"), SecretValue.Kind.AMOUNT, "DKK"),
            new SecretValue("share", new BigDecimal("74.57"), SecretValue.Kind.PERCENTAGE, "percent")), List.of());

    /**
     * A one-page memo whose trailer ID, an extra uncompressed stream and a hex string drawn on the page (in the
     * composite font of the page text, or in a simple font) hold these bytes.
     */
    private static byte[] pdf(byte[] id, byte[] stream, String hex, boolean simpleFont) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font;
            try (InputStream in = BinaryNoiseAuditTest.class.getResourceAsStream("/fonts/liberation/LiberationSans-Regular.ttf")) {
                font = PDType0Font.load(doc, in, true);
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 11);
                cs.newLineAtOffset(72, 760);
                cs.showText("Oppfølgingsdata finnes for 48 og 60 måneder.");
                cs.endText();
            }
            String name = simpleFont ? page.getResources().add(new PDType1Font(Standard14Fonts.FontName.HELVETICA)).getName()
                    : page.getResources().getFontNames().iterator().next().getName();
            PDStream drawn = new PDStream(doc);
            try (OutputStream out = drawn.createOutputStream()) {
                out.write(("BT /" + name + " 11 Tf 72 700 Td <" + hex + "> Tj ET\n").getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(List.of(new PDStream((COSStream) page.getCOSObject().getDictionaryObject(COSName.CONTENTS)), drawn));
            COSStream data = doc.getDocument().createCOSStream();
            try (OutputStream out = data.createRawOutputStream()) {
                out.write(stream);
            }
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("PieceInfo"), data);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
        return out;
    }

    @Test
    void binaryDataIsReadAsItsPrintableRunsAndTheDocumentIdNotAtAll() throws IOException {
        // "7", a C1 control, "5%": 75 % to a reader who drops the control as invisible; 19 500 000 across C1 bytes
        byte[] id = bytes('7', 0x85, '5', '%', '1', '9', 0x81, '5', '0', '0', 0x90, '0', '0', '0', 0x00, 0x8d);
        byte[] stream = bytes(0x00, 0x81, '1', '9', 0x90, '5', '0', '0', 0x8d, '0', '0', '0', 0x00, '7', 0x85, '5', '%', 0x1b);
        // glyph codes of the composite font: 19 500 000 as hex digits, and glyph 190, "¾" as a byte (75 %)
        byte[] pdf = pdf(id, stream, "00BE19500000", false);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // the ID really is in the file, so the scan below is a real test of skipping it
            assertEquals(new COSString(id).toHexString(),
                    ((COSString) doc.getDocument().getTrailer().getCOSArray(COSName.ID).get(0)).toHexString());
        }
        List<LeakFinding> found = PdfAudit.scan(pdf, INDEX);
        assertEquals(List.of(), found, "binary data read as numbers: " + found);
    }

    @Test
    void textInTheSamePlacesIsStillFound() throws IOException {
        byte[] stream = ("\u0000\u0000SAIP 19 500 000 kr\u0000andel 74,6 %\u0000").getBytes(StandardCharsets.ISO_8859_1);
        // a simple font's codes in hex are its text: "19500000"
        byte[] pdf = pdf(bytes(1, 2, 3, 4), stream, "3139353030303030", true);
        List<String> where = PdfAudit.scan(pdf, INDEX).stream().map(f -> f.valueId() + "@" + f.location()).distinct().toList();
        long saip = where.stream().filter(w -> w.startsWith("saip@PDF object")).count();
        assertTrue(saip >= 2, "the stream's text and the drawn hex string: " + where);
        assertTrue(where.stream().anyMatch(w -> w.startsWith("share@PDF object")), where.toString());
    }

    @Test
    void aByteViewMarksWhatIsNoText() {
        assertEquals("Pris 19 500 000 kr\n", PdfAudit.printable("Pris 19 500 000 kr\n"));
        assertEquals("19\uFFFD500\uFFFD000", PdfAudit.printable("19\u0081500\u0000000"));
    }

    @Test
    void stringsInACompositeFontAreGlyphCodes() {
        String stream = "BT /F1 11 Tf <00BE0014> Tj (\\000\u00be) Tj /F2 11 Tf (SAIP 19 500 000 kr) Tj <3735> Tj ET";
        String read = PdfAudit.withoutNumericOperands(stream, java.util.Set.of("F1"));
        assertTrue(!read.contains("\u00be") && read.contains("(SAIP 19 500 000 kr) Tj") && read.contains("<75>"), read);
    }
}
