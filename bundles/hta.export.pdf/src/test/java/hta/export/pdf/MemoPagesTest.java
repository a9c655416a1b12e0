package hta.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** Memo pages rendered to images at the size asked for, each page as it is drawn; bad input refused clearly. */
class MemoPagesTest {

    /** Two A4 pages: the first with a black square at the top left, the second blank. */
    private static byte[] memo() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage first = new PDPage(PDRectangle.A4);
            doc.addPage(first);
            doc.addPage(new PDPage(PDRectangle.A4));
            try (PDPageContentStream s = new PDPageContentStream(doc, first)) {
                s.addRect(0, PDRectangle.A4.getHeight() - 72, 72, 72); // one inch, from the top left corner
                s.fill();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPageIsRenderedAtTheResolutionAskedForWithWhatIsDrawnOnIt() throws IOException {
        byte[] pdf = memo();
        BufferedImage printed = MemoPages.render(pdf, 0, MemoPages.PRINTED_SIZE_DPI);
        assertEquals(Math.round(PDRectangle.A4.getWidth()), printed.getWidth());
        BufferedImage doubled = MemoPages.render(pdf, 0, 144f);
        assertEquals(2 * printed.getWidth(), doubled.getWidth(), 1);
        assertEquals(0xff000000, printed.getRGB(10, 10), "the square is drawn at the top left");
        assertEquals(0xffffffff, printed.getRGB(200, 200), "the rest of the page is white");
        List<BufferedImage> all = MemoPages.renderAll(pdf, 36f);
        assertEquals(2, all.size());
        assertEquals(0xffffffff, all.get(1).getRGB(5, 5), "the second page is blank");
    }

    @Test
    void aPageThatIsNotThereAndBytesThatAreNoPdfAreRefused() throws IOException {
        byte[] pdf = memo();
        IndexOutOfBoundsException missing = assertThrows(IndexOutOfBoundsException.class, () -> MemoPages.render(pdf, 2, 72f));
        assertEquals("page 3 of a memo with 2 page(s)", missing.getMessage());
        assertThrows(IOException.class, () -> MemoPages.render("not a pdf".getBytes(StandardCharsets.US_ASCII), 0, 72f));
    }
}
