package hta.app;

import hta.dossier.Classification;
import hta.dossier.Narrative;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import hta.dossier.TextRun;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Test support: a test jurisdiction's data in a dossier, and a memo's text read back. */
final class TestlandData {
    private TestlandData() {
    }

    /** A submission with a section {@code notes}: a public run, then a confidential one. */
    static Submission submission(String code, String publicText, String confidentialText) {
        Submission s = new Submission();
        s.jurisdiction = code;
        Narrative n = new Narrative();
        n.paragraphs.add(new ArrayList<>(List.of(new TextRun(publicText, Classification.PUBLIC),
                new TextRun(confidentialText, Classification.CONFIDENTIAL))));
        s.sections.put("notes", n);
        return s;
    }

    /** A confidential agreed price in pounds. */
    static PricePoint agreedPrice(String id, String code, String amount) {
        PricePoint p = new PricePoint();
        p.id = id;
        p.jurisdiction = code;
        p.kind = PriceKind.AGREED_PRICE;
        p.amount = new BigDecimal(amount);
        p.currency = "GBP";
        p.classification = Classification.CONFIDENTIAL;
        return p;
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
