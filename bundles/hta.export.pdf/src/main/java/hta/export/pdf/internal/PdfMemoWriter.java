package hta.export.pdf.internal;

import hta.confidentiality.Variant;
import hta.jurisdiction.memo.MemoDocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Writes a {@link MemoDocument} as a PDF/A-2b file: embedded fonts, sRGB output intent, XMP matching the
 * Info dictionary (title and producer only), the version's marking and page number on every page, headings
 * as bookmarks. The file has no timestamps and a document ID derived from its content, so the same memo
 * always gives the same bytes. Stateless.
 */
public final class PdfMemoWriter {
    static final String PRODUCER = "HTA Workbench";

    /** A written file and its page count. */
    public record Written(byte[] pdf, int pages) {
    }

    public byte[] write(MemoDocument memo) throws IOException {
        return write(memo, null, Variant.CONFIDENTIAL).pdf();
    }

    /**
     * Writes the memo, with the process timeline chart when {@code chart} is not null. Both variants are written
     * the same way (no timestamps, content-derived ID); the variant only selects what the caller passed in.
     */
    public Written write(MemoDocument memo, TimelineChart chart, Variant variant) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            MemoFonts fonts = new MemoFonts(doc);
            PageComposer composer = new PageComposer(fonts);
            composer.compose(memo, chart);
            List<List<DrawOp>> pages = composer.pages();
            MessageDigest digest = sha256();
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(new PDRectangle(PageComposer.PAGE_WIDTH, PageComposer.PAGE_HEIGHT));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    frame(cs, fonts, memo, i + 1, pages.size(), digest);
                    for (DrawOp op : pages.get(i)) draw(cs, op, digest);
                }
            }
            bookmarks(doc, composer.outline());
            metadata(doc, memo);
            byte[] id = Arrays.copyOf(digest.digest(), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return new Written(out.toByteArray(), pages.size());
        }
    }

    private static void frame(PDPageContentStream cs, MemoFonts fonts, MemoDocument memo, int page, int count,
                              MessageDigest digest) throws IOException {
        float size = 8.5f;
        String marking = fonts.drawable(fonts.bold, memo.marking());
        float mw = fonts.width(fonts.bold, size, marking);
        draw(cs, new DrawOp.Text(PageComposer.PAGE_WIDTH - PageComposer.MARGIN_X - mw, PageComposer.PAGE_HEIGHT - 40f,
                marking, fonts.bold, size, DrawOp.MARK), digest);
        draw(cs, new DrawOp.Rule(PageComposer.MARGIN_X, PageComposer.PAGE_HEIGHT - 48f,
                PageComposer.PAGE_WIDTH - PageComposer.MARGIN_X, PageComposer.PAGE_HEIGHT - 48f, 0.5f, DrawOp.RULE), digest);
        String label = fonts.drawable(fonts.regular, memo.pageLabels().label(page, count));
        float lw = fonts.width(fonts.regular, size, label);
        draw(cs, new DrawOp.Text(PageComposer.PAGE_WIDTH - PageComposer.MARGIN_X - lw, 40f, label, fonts.regular, size,
                DrawOp.GREY), digest);
        // the marking again at the foot, left, shrunk if it would run into the page number
        float room = PageComposer.PAGE_WIDTH - 2 * PageComposer.MARGIN_X - lw - 16f;
        float footSize = mw <= room ? size : size * room / mw;
        draw(cs, new DrawOp.Text(PageComposer.MARGIN_X, 40f, marking, fonts.bold, footSize, DrawOp.MARK), digest);
    }

    private static void draw(PDPageContentStream cs, DrawOp op, MessageDigest digest) throws IOException {
        if (op instanceof DrawOp.Text t) {
            cs.beginText();
            cs.setNonStrokingColor(t.rgb()[0], t.rgb()[1], t.rgb()[2]);
            cs.setFont(t.font(), t.size());
            cs.newLineAtOffset(t.x(), t.y());
            cs.showText(t.text());
            cs.endText();
            digest.update(t.text().getBytes(StandardCharsets.UTF_8));
        } else if (op instanceof DrawOp.Box b) {
            cs.setNonStrokingColor(b.rgb()[0], b.rgb()[1], b.rgb()[2]);
            cs.addRect(b.x(), b.y(), b.width(), b.height());
            cs.fill();
        } else if (op instanceof DrawOp.Dashed r) {
            cs.setStrokingColor(r.rgb()[0], r.rgb()[1], r.rgb()[2]);
            cs.setLineWidth(r.lineWidth());
            cs.setLineDashPattern(new float[] {2f, 1.5f}, 0);
            cs.moveTo(r.x1(), r.y1());
            cs.lineTo(r.x2(), r.y2());
            cs.stroke();
            cs.setLineDashPattern(new float[0], 0);
        } else if (op instanceof DrawOp.Diamond d) {
            cs.setNonStrokingColor(d.rgb()[0], d.rgb()[1], d.rgb()[2]);
            cs.moveTo(d.x(), d.y() + d.r());
            cs.lineTo(d.x() + d.r(), d.y());
            cs.lineTo(d.x(), d.y() - d.r());
            cs.lineTo(d.x() - d.r(), d.y());
            cs.closePath();
            cs.fill();
        } else if (op instanceof DrawOp.Rule r) {
            cs.setStrokingColor(r.rgb()[0], r.rgb()[1], r.rgb()[2]);
            cs.setLineWidth(r.lineWidth());
            cs.moveTo(r.x1(), r.y1());
            cs.lineTo(r.x2(), r.y2());
            cs.stroke();
        }
    }

    private static void bookmarks(PDDocument doc, List<PageComposer.Outline> outline) {
        PDDocumentOutline root = new PDDocumentOutline();
        for (PageComposer.Outline o : outline) {
            if (o.level() > 2) continue;
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(o.title().length() > 120 ? o.title().substring(0, 117) + "…" : o.title());
            item.setDestination(doc.getPage(o.page()));
            root.addLast(item);
        }
        doc.getDocumentCatalog().setDocumentOutline(root);
    }

    private static void metadata(PDDocument doc, MemoDocument memo) throws IOException {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(memo.title());
        info.setProducer(PRODUCER);
        doc.setDocumentInformation(info);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(memo.language());
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(memo.title());
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        try {
            pdfa.setPart(2);
            pdfa.setConformance("B");
        } catch (org.apache.xmpbox.type.BadFieldValueException e) {
            throw new IOException(e);
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, xml, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("cannot write XMP metadata", e);
        }
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xml.toByteArray());
        catalog.setMetadata(metadata);
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(icc));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
