package hta.export.pdf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a written PDF back into the texts a reader (or a tool) could get from it: the page text with
 * overlapping duplicates kept, the Info dictionary, the XMP packet and the bookmarks. Stateless.
 */
public final class PdfReadBack {
    /** A piece of the file's content and where it came from. */
    public record Part(String location, String text) {
    }

    public static List<Part> parts(byte[] pdf) throws IOException {
        List<Part> parts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSuppressDuplicateOverlappingText(false);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                parts.add(new Part("PDF page " + p, stripper.getText(doc)));
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            for (String key : info.getMetadataKeys()) {
                parts.add(new Part("PDF Info " + key, String.valueOf(info.getCustomMetadataValue(key))));
            }
            PDMetadata md = doc.getDocumentCatalog().getMetadata();
            if (md != null) {
                parts.add(new Part("PDF XMP metadata", new String(md.toByteArray(), java.nio.charset.StandardCharsets.UTF_8)));
            }
            if (doc.getDocumentCatalog().getDocumentOutline() != null) {
                StringBuilder sb = new StringBuilder();
                for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                    sb.append(item.getTitle()).append('\n');
                }
                parts.add(new Part("PDF bookmarks", sb.toString()));
            }
        }
        return parts;
    }
}
