package hta.export.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders the pages of a memo made by a {@link MemoExporter} ({@link ExportResult#pdf()}) to images, for a
 * preview on screen, so that callers need not know the PDF library. Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class MemoPages {
    /** The resolution of a page drawn at its printed size: 72 dots per inch, one dot per PDF point. */
    public static final float PRINTED_SIZE_DPI = 72f;

    private MemoPages() {
    }

    /**
     * Page {@code index} (from 0) of {@code pdf} at {@code dpi} dots per inch.
     *
     * @throws IOException when the bytes are not a readable PDF
     * @throws IndexOutOfBoundsException when the memo has no such page
     */
    public static BufferedImage render(byte[] pdf, int index, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (index < 0 || index >= doc.getNumberOfPages()) {
                throw new IndexOutOfBoundsException("page " + (index + 1) + " of a memo with " + doc.getNumberOfPages()
                        + " page(s)");
            }
            return new PDFRenderer(doc).renderImageWithDPI(index, dpi);
        }
    }

    /** Every page of {@code pdf} at {@code dpi} dots per inch, in order. @throws IOException when it is not a readable PDF */
    public static List<BufferedImage> renderAll(byte[] pdf, float dpi) throws IOException {
        List<BufferedImage> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) pages.add(renderer.renderImageWithDPI(i, dpi));
        }
        return pages;
    }
}
