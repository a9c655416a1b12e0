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
import java.util.ArrayList;
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
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Writes a {@link MemoDocument} as a tagged PDF conforming to PDF/UA-1 and PDF/A-2a: embedded fonts with Unicode
 * maps, sRGB output intent, XMP matching the Info dictionary (title and producer only), the document's language,
 * its title shown by viewers, a structure tree in reading order (headings, paragraphs, tables with header cells,
 * lists, the chart as a figure with a description in the memo's language, redactions read as their fixed words),
 * the page frame (the version's marking, page numbers) and decoration as artifacts, headings as bookmarks. The
 * file has no timestamps and a document ID derived from its content, so the same memo always gives the same
 * bytes. Stateless.
 */
public final class PdfMemoWriter {
    static final String PRODUCER = "HTA Workbench";
    private static final COSName TABS = COSName.getPDFName("Tabs");

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
            List<List<Placed>> pages = composer.pages();
            MessageDigest digest = sha256();
            List<PDPage> pdPages = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(new PDRectangle(PageComposer.PAGE_WIDTH, PageComposer.PAGE_HEIGHT));
                // tab order follows the structure (PDF/UA asks it of pages with annotations; memos have none)
                page.getCOSObject().setName(TABS, "S");
                doc.addPage(page);
                pdPages.add(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    frame(cs, fonts, memo, i + 1, pages.size(), digest);
                    content(cs, pages.get(i), i, digest);
                }
            }
            StructureTree.write(doc, composer.structure(), pdPages);
            // the words read instead of the drawing (chart description, redaction marks) belong to the content too
            composer.structure().texts().forEach(t -> digest.update(t.getBytes(StandardCharsets.UTF_8)));
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

    /**
     * The page's operations, each run of operations with the same marking in one marked-content sequence: real
     * content with the next MCID of the page (recorded on its {@link Marking.Content} for the structure tree),
     * artifacts with their type.
     */
    private static void content(PDPageContentStream cs, List<Placed> ops, int pageIndex, MessageDigest digest)
            throws IOException {
        int mcid = 0;
        Marking open = null;
        for (Placed p : ops) {
            if (open == null || !same(open, p.marking())) {
                if (open != null) cs.endMarkedContent();
                open = p.marking();
                if (open instanceof Marking.Content c) {
                    c.page = pageIndex;
                    c.mcid = mcid++;
                    cs.beginMarkedContent(COSName.getPDFName(c.owner.type), c.mcid);
                } else {
                    beginArtifact(cs, (Marking.Artifact) open);
                }
            }
            draw(cs, p.op(), digest);
        }
        if (open != null) cs.endMarkedContent();
    }

    /** Content sequences are one per {@link Marking.Content} object; artifacts of one kind run together. */
    private static boolean same(Marking a, Marking b) {
        return a instanceof Marking.Content ? a == b : a.equals(b);
    }

    /** {@code /Artifact <</Type … /Subtype …>> BDC}: the property list written inline, so every byte is ours. */
    @SuppressWarnings("deprecation")
    private static void beginArtifact(PDPageContentStream cs, Marking.Artifact a) throws IOException {
        cs.appendRawCommands("/Artifact <</Type /" + a.type() + (a.subtype() == null ? "" : " /Subtype /" + a.subtype())
                + ">> BDC\n");
    }

    /** The running head (marking and rule) and foot (page number and marking): pagination artifacts. */
    private static void frame(PDPageContentStream cs, MemoFonts fonts, MemoDocument memo, int page, int count,
                              MessageDigest digest) throws IOException {
        float size = 8.5f;
        String marking = fonts.drawable(fonts.bold, memo.marking());
        float mw = fonts.width(fonts.bold, size, marking);
        beginArtifact(cs, Marking.Artifact.HEADER);
        draw(cs, new DrawOp.Text(PageComposer.PAGE_WIDTH - PageComposer.MARGIN_X - mw, PageComposer.PAGE_HEIGHT - 40f,
                marking, fonts.bold, size, DrawOp.MARK), digest);
        draw(cs, new DrawOp.Rule(PageComposer.MARGIN_X, PageComposer.PAGE_HEIGHT - 48f,
                PageComposer.PAGE_WIDTH - PageComposer.MARGIN_X, PageComposer.PAGE_HEIGHT - 48f, 0.5f, DrawOp.RULE), digest);
        cs.endMarkedContent();
        String label = fonts.drawable(fonts.regular, memo.pageLabels().label(page, count));
        float lw = fonts.width(fonts.regular, size, label);
        beginArtifact(cs, Marking.Artifact.FOOTER);
        draw(cs, new DrawOp.Text(PageComposer.PAGE_WIDTH - PageComposer.MARGIN_X - lw, 40f, label, fonts.regular, size,
                DrawOp.GREY), digest);
        // the marking again at the foot, left, shrunk if it would run into the page number
        float room = PageComposer.PAGE_WIDTH - 2 * PageComposer.MARGIN_X - lw - 16f;
        float footSize = mw <= room ? size : size * room / mw;
        draw(cs, new DrawOp.Text(PageComposer.MARGIN_X, 40f, marking, fonts.bold, footSize, DrawOp.MARK), digest);
        cs.endMarkedContent();
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
        // DrawOp.Anchor draws nothing: its marked-content sequence is the place of a blank redaction
    }

    private static void bookmarks(PDDocument doc, List<PageComposer.Outline> outline) {
        PDDocumentOutline root = new PDDocumentOutline();
        for (PageComposer.Outline o : outline) {
            if (o.level() > 2) continue;
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(shortTitle(o.title()));
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
        PDViewerPreferences viewer = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        viewer.setDisplayDocTitle(true);
        catalog.setViewerPreferences(viewer);
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(XmpPacket.of(memo.title(), memo.language(), PRODUCER));
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

    /**
     * A bookmark's title of at most 120 characters: cut at a word boundary, and never ending in a number (or a sign
     * after one) whose following words were cut off — "22,5 % b…" would show a percentage without what it is of.
     */
    static String shortTitle(String title) {
        if (title.length() <= 120) return title;
        String[] words = title.substring(0, 117).split(" ");
        int keep = words.length - 1; // the last word may be cut in the middle
        // a number among the last three words kept lost what it counts ("200 million patient-…"): cut before it
        for (int j = keep - 1; j >= Math.max(0, keep - 3); j--) {
            if (words[j].chars().anyMatch(Character::isDigit)) {
                keep = j;
                break;
            }
        }
        while (keep > 0 && !words[keep - 1].chars().anyMatch(Character::isLetter)) keep--;
        if (keep == 0) return title.substring(0, 117) + "…"; // one long word: nothing to cut between
        return String.join(" ", java.util.Arrays.copyOf(words, keep)).stripTrailing() + "…";
    }
}
