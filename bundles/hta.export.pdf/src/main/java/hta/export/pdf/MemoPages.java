package hta.export.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Renders the pages of a memo made by a {@link MemoExporter} ({@link ExportResult#pdf()}) to images, for a
 * preview on screen, and tells where its words are on them, so that callers need not know the PDF library.
 * Stateless and thread-safe.
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

    /**
     * One word of a memo as a reader sees it on a page: its text and its box in PDF points measured from the
     * page's top-left corner (multiply by {@code dpi / 72} to place it on a page image rendered at {@code dpi}).
     *
     * @param page   the page index, from 0
     * @param text   the word (no spaces)
     * @param x      left edge
     * @param top    top edge
     * @param width  width
     * @param height height
     * @since 0.2
     */
    public record Word(int page, String text, float x, float top, float width, float height) {
    }

    /** The size of each page in PDF points (width, height), in order. @throws IOException when it is not a readable PDF */
    public static List<float[]> pageSizes(byte[] pdf) throws IOException {
        List<float[]> sizes = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                var box = doc.getPage(i).getCropBox();
                sizes.add(new float[]{box.getWidth(), box.getHeight()});
            }
        }
        return sizes;
    }

    /**
     * Every word of {@code pdf} in reading order (the order the memo wrote it), page by page, with its place.
     *
     * @throws IOException when the bytes are not a readable PDF
     * @since 0.2
     */
    public static List<Word> words(byte[] pdf) throws IOException {
        List<Word> words = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    collect(getCurrentPageNo() - 1, positions, words);
                }
            };
            stripper.setSortByPosition(false);
            stripper.getText(doc);
        }
        return words;
    }

    /** Splits one run of glyphs at white space into words with their boxes. */
    private static void collect(int page, List<TextPosition> glyphs, List<Word> out) {
        StringBuilder text = new StringBuilder();
        float left = 0;
        float right = 0;
        float top = 0;
        float bottom = 0;
        for (TextPosition g : glyphs) {
            String u = g.getUnicode();
            if (u == null || u.isBlank()) {
                if (text.length() > 0) out.add(new Word(page, text.toString(), left, top, right - left, bottom - top));
                text.setLength(0);
                continue;
            }
            float gTop = g.getYDirAdj() - g.getHeightDir();
            float gBottom = g.getYDirAdj();
            if (text.length() == 0) {
                left = g.getXDirAdj();
                top = gTop;
                bottom = gBottom;
            }
            text.append(u);
            right = g.getXDirAdj() + g.getWidthDirAdj();
            top = Math.min(top, gTop);
            bottom = Math.max(bottom, gBottom);
        }
        if (text.length() > 0) out.add(new Word(page, text.toString(), left, top, right - left, bottom - top));
    }
}
