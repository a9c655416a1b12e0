package hta.export.pdf;

import hta.confidentiality.LeakFinding;
import hta.confidentiality.LeakIndex;
import hta.export.pdf.internal.TextPlaces;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF back the way a curious reader (or a tool) could, and checks a public memo's hygiene. Two
 * extractors, because no single one sees everything (CONFIDENTIALITY.md, "Verifying a public PDF"):
 * <ul>
 *   <li>the page text, with PDFBox's text stripper and duplicate-overlap suppression off, so text drawn on
 *   top of other text (or drawn invisibly) is kept;</li>
 *   <li>a walk over every object of the file — the ones reachable from the trailer and every other object in
 *   the cross-reference table — collecting every string decoded (PDFDocEncoding / UTF-16) and every stream
 *   decoded through its filters: Info, XMP, bookmarks, annotations, form fields, attachments, name trees,
 *   alternate text and content streams alike;</li>
 *   <li>the tagged-PDF places read as assistive technology and metadata readers read them ({@link TextPlaces}):
 *   the structure tree's titles, alternative and replacement texts, expansions and languages, the property lists
 *   of marked content inside content streams, and XMP packets as XML.</li>
 * </ul>
 * Font programs and ICC profiles (binary glyph outlines and colour tables), CID sets and CID-to-glyph maps, and the
 * document ID are not read as text: their bytes would raise false alarms on short numbers, and text hidden in them is
 * not extractable by a reader. Other bytes are read as their printable runs ({@link #printable}), and the strings a
 * content stream shows in a composite font are glyph codes whose text the page-text scan reads.
 * Stateless and thread-safe.
 */
public final class PdfAudit {
    /** Info dictionary keys a public memo may carry. */
    public static final Set<String> INFO_ALLOW_LIST = Set.of("Title", "Producer");

    private static final Set<String> FORBIDDEN_KEYS = Set.of("JS", "JavaScript", "AA", "OpenAction", "AcroForm",
            "EmbeddedFiles", "EF", "OCProperties", "OC", "Encrypt", "XRefStm", "Launch", "RichMedia");

    /** Keys whose stream values hold font programs or colour profiles rather than text. */
    private static final List<COSName> BINARY_KEYS = List.of(COSName.getPDFName("FontFile"), COSName.FONT_FILE2,
            COSName.FONT_FILE3, COSName.DEST_OUTPUT_PROFILE, COSName.CID_SET, COSName.CID_TO_GID_MAP);

    /** What a byte that is no character of text becomes in a text view of bytes: a mark no number is read across. */
    private static final char NOT_TEXT = '\uFFFD';

    private PdfAudit() {
    }

    /** A piece of the file's content and where it came from. */
    public record Part(String location, String text) {
    }

    /** Every text a reader can get out of the file. */
    public static List<Part> readBack(byte[] pdf) throws IOException {
        List<Part> parts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSuppressDuplicateOverlappingText(false);
            stripper.setSortByPosition(false);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                parts.add(new Part(PAGE + p + " text", stripper.getText(doc)));
            }
            new Walker(doc.getDocument(), parts, compositeFonts(doc)).walkAll();
            // the tagged-PDF places (structure tree, marked-content properties, XMP as XML), read as a reader would
            parts.addAll(TextPlaces.read(doc));
        }
        return parts;
    }

    /**
     * Every place in the file where a value of the index appears, in any written form or derivation: part by
     * part, and in the page texts joined in reading order, so that a number split across a page break
     * ({@code 11 837 | 265 NOK}) is read whole (those findings name both pages).
     */
    public static List<LeakFinding> scan(byte[] pdf, LeakIndex all) throws IOException {
        // the writer's prose was scanned field by field before rendering, with the rule for sentences that name a
        // confidential price; a page's tables have no sentences for that rule
        LeakIndex index = all.forRenderedPages();
        List<LeakFinding> findings = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        List<Integer> pageStarts = new ArrayList<>();
        LeakIndex internals = index.forFileInternals();
        for (Part part : readBack(pdf)) {
            boolean page = part.location().startsWith(PAGE);
            // what the page shows is read with the reader's arithmetic; the file's internals (coordinates, glyph
            // codes, metadata copies of the page text) for the values as written
            findings.addAll((page ? index : internals).scan(part.location(), part.text()));
            if (page) {
                pageStarts.add(joined.length());
                joined.append(part.text()).append('\n');
            }
        }
        for (LeakFinding f : index.scan("PDF pages joined", joined.toString())) {
            int first = page(pageStarts, f.offset());
            int last = page(pageStarts, f.offset() + Math.max(0, f.length() - 1));
            if (first == last) continue; // found on its page already
            findings.add(new LeakFinding("PDF pages " + first + "–" + last + " text (split across the page break)",
                    f.valueId(), f.offset() - pageStarts.get(first - 1), f.length(), f.kind(), f.form()));
        }
        return findings;
    }

    private static final String PAGE = "PDF page ";

    /** The 1-based page holding a character of the joined text. */
    private static int page(List<Integer> starts, int offset) {
        int p = 1;
        while (p < starts.size() && starts.get(p) <= offset) p++;
        return p;
    }

    /**
     * What makes a file unfit as a public memo, whatever it says: more than one revision (incremental
     * update), encryption, JavaScript or actions, forms, attachments, optional-content layers, annotations,
     * raster images, invisible text (text render modes 3 and 7), Info keys outside {@link #INFO_ALLOW_LIST}.
     * Empty when the file is clean.
     */
    public static List<String> hygiene(byte[] pdf) throws IOException {
        List<String> problems = new ArrayList<>();
        int revisions = count(pdf, "%%EOF".getBytes(StandardCharsets.US_ASCII));
        if (revisions != 1) problems.add("the file has " + revisions + " revisions (incremental updates)");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSDocument cos = doc.getDocument();
            Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            if (cos.getTrailer().containsKey(COSName.PREV)) problems.add("the trailer refers to an earlier revision (/Prev)");
            for (Map.Entry<COSObjectKey, Long> e : cos.getXrefTable().entrySet()) {
                COSObject o = cos.getObjectFromPool(e.getKey());
                structure("object " + e.getKey().getNumber(), o.getObject(), seen, problems);
            }
            structure("trailer", cos.getTrailer(), seen, problems);
            for (String key : doc.getDocumentInformation().getMetadataKeys()) {
                if (!INFO_ALLOW_LIST.contains(key)) problems.add("Info key /" + key + " is not on the allow-list");
            }
            int n = 0;
            for (PDPage page : doc.getPages()) {
                n++;
                if (!page.getAnnotations().isEmpty()) problems.add("page " + n + " has annotations");
                invisibleText(page, n, problems);
            }
        }
        return problems.stream().distinct().toList();
    }

    private static void structure(String where, COSBase base, Set<COSBase> seen, List<String> problems) {
        if (base instanceof COSObject) return; // indirect objects are checked under their own number
        if (base == null || !seen.add(base)) return;
        if (base instanceof COSDictionary d) {
            for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
                String key = e.getKey().getName();
                if (FORBIDDEN_KEYS.contains(key)) problems.add(where + " has /" + key);
                structure(where, e.getValue(), seen, problems);
            }
            if (COSName.IMAGE.equals(d.getCOSName(COSName.SUBTYPE))) problems.add(where + " is a raster image");
            if (COSName.XREF.equals(d.getCOSName(COSName.TYPE)) && d.containsKey(COSName.PREV)) {
                problems.add(where + " is a cross-reference stream of an incremental update (/Prev)");
            }
            if (COSName.FILESPEC.equals(d.getCOSName(COSName.TYPE))) problems.add(where + " is an attached file");
        } else if (base instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) structure(where, a.get(i), seen, problems);
        }
    }

    private static void invisibleText(PDPage page, int n, List<String> problems) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        List<Object> tokens = parser.parse();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op && "Tr".equals(op.getName())
                    && tokens.get(i - 1) instanceof COSNumber mode) {
                int m = mode.intValue();
                if (m == 3 || m == 7) problems.add("page " + n + " has invisible text (render mode " + m + ")");
            }
            // replacement text in the content replaces the drawn glyphs in text extraction (PDFBox's stripper
            // too), so what is drawn there would escape the page-text scan; the memo writer puts replacement and
            // alternative text on structure elements only
            if (tokens.get(i) instanceof Operator op && ("BDC".equals(op.getName()) || "DP".equals(op.getName()))
                    && replacesText(page, tokens.get(i - 1))) {
                problems.add("page " + n + " has replacement or alternative text inside its content, which hides"
                        + " the drawn text from extraction");
            }
        }
    }

    /** Whether a marked-content property list (inline, or named in the page's resources) carries replacement text. */
    private static boolean replacesText(PDPage page, Object operand) {
        COSBase properties = operand instanceof COSBase b ? b : null;
        if (operand instanceof COSName name && page.getResources() != null
                && page.getResources().getCOSObject().getDictionaryObject(COSName.PROPERTIES) instanceof COSDictionary named) {
            properties = named.getDictionaryObject(name);
        }
        return properties instanceof COSDictionary d
                && (d.containsKey(COSName.ACTUAL_TEXT) || d.containsKey(COSName.ALT) || d.containsKey(COSName.E));
    }

    private static int count(byte[] data, byte[] needle) {
        int count = 0;
        outer:
        for (int i = 0; i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) continue outer;
            }
            count++;
        }
        return count;
    }

    /** Collects the strings and decoded streams of every object, one part per indirect object. */
    /** An operator only a content stream has: begin text, a transformation, a rectangle, a painted object. */
    private static final java.util.regex.Pattern CONTENT_OPERATOR = java.util.regex.Pattern.compile("(?m)(^|\\s)(BT|cm|re|Do)(\\s|$)");

    /** A content stream with every number outside its strings made a space; strings and operators as they are. */
    static String withoutNumericOperands(String content) {
        return withoutNumericOperands(content, Set.of());
    }

    /**
     * A content stream with every number outside its strings made a space, and the strings shown in a composite font
     * (named in {@code compositeFonts}) made spaces too: their bytes are glyph codes, not text — a reader gets their
     * text from the page, which the page-text scan reads — and as characters they are noise ("¾" for glyph 190, a
     * superscript for glyph 178). Strings in other fonts are their text; a hex string is read as the bytes it holds.
     */
    static String withoutNumericOperands(String content, Set<String> compositeFonts) {
        StringBuilder out = new StringBuilder(content.length());
        int depth = 0;
        String lastName = null;
        boolean glyphCodes = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (depth > 0) {
                if (c == '\\' && i + 1 < content.length()) {
                    char next = content.charAt(++i);
                    if (glyphCodes) out.append("  "); else out.append(c).append(next);
                    continue;
                }
                if (c == '(') depth++;
                if (c == ')') depth--;
                out.append(glyphCodes && depth > 0 ? ' ' : c);
            } else if (c == '(') {
                depth = 1;
                out.append(c);
            } else if (c == '<' && i + 1 < content.length() && content.charAt(i + 1) == '<') {
                out.append("<<"); // a dictionary (marked-content properties), not a hex string
                i++;
            } else if (c == '<') {
                int close = content.indexOf('>', i + 1);
                if (close < 0) close = content.length();
                String bytes = hexBytes(content.substring(i + 1, close));
                out.append('<').append(glyphCodes ? " ".repeat(bytes.length()) : printable(bytes)).append('>');
                i = close;
            } else if (c == '/') {
                int j = i + 1;
                while (j < content.length() && !Character.isWhitespace(content.charAt(j)) && "/[]()<>{}%".indexOf(content.charAt(j)) < 0) j++;
                lastName = content.substring(i + 1, j);
                out.append(content, i, j);
                i = j - 1;
            } else if (c == 'T' && content.startsWith("Tf", i) && (i == 0 || Character.isWhitespace(content.charAt(i - 1)))
                    && (i + 2 == content.length() || Character.isWhitespace(content.charAt(i + 2)))) {
                glyphCodes = lastName != null && compositeFonts.contains(lastName);
                out.append("Tf");
                i++;
            } else if ((Character.isDigit(c) || c == '.' || c == '-' || c == '+')
                    && (i == 0 || !Character.isLetter(content.charAt(i - 1)))) {
                int j = i;
                while (j < content.length() && (Character.isDigit(content.charAt(j)) || ".-+".indexOf(content.charAt(j)) >= 0)) j++;
                if (j < content.length() && Character.isLetter(content.charAt(j))) {
                    out.append(content, i, j); // part of a name or operator
                } else {
                    out.append(" ".repeat(j - i));
                }
                i = j - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A text view of bytes with every byte that is no character of text — C0 controls other than tab, line feed,
     * form feed and carriage return, DEL, the C1 controls — made {@link #NOT_TEXT}. A reader of the page drops C1
     * controls as invisible (and would join "7", 0x85, "5" into 75); in bytes they are not invisible characters but
     * data, and a number is not read across them. Binary data then reads as its printable runs, as {@code strings}
     * shows them, while real text, which has no such bytes, reads unchanged (issue 14, sixth probe: the digits of a
     * document ID hashed from the page text made a confidential share appear in the trailer once a sentence was
     * added).
     */
    static String printable(String bytes) {
        StringBuilder out = null;
        for (int i = 0; i < bytes.length(); i++) {
            char c = bytes.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' || c >= 0x7f && c <= 0x9f;
            if (control && out == null) out = new StringBuilder(bytes.length()).append(bytes, 0, i);
            if (out != null) out.append(control ? NOT_TEXT : c);
        }
        return out == null ? bytes : out.toString();
    }

    /** The bytes of a hex string's digits (white space ignored, an odd last digit followed by 0), as Latin-1. */
    private static String hexBytes(String digits) {
        StringBuilder out = new StringBuilder(digits.length() / 2);
        int high = -1;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), 16);
            if (d < 0) continue;
            if (high < 0) {
                high = d;
            } else {
                out.append((char) (high << 4 | d));
                high = -1;
            }
        }
        if (high >= 0) out.append((char) (high << 4));
        return out.toString();
    }

    /** For each page's content stream, the names its resources give to composite (Type0) fonts. */
    private static Map<COSBase, Set<String>> compositeFonts(PDDocument doc) {
        Map<COSBase, Set<String>> out = new IdentityHashMap<>();
        for (PDPage page : doc.getPages()) {
            Set<String> names = compositeFontNames(page.getCOSObject().getDictionaryObject(COSName.RESOURCES));
            COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
            if (contents instanceof COSStream one) out.put(one, names);
            if (contents instanceof COSArray many) {
                for (int i = 0; i < many.size(); i++) {
                    if (many.getObject(i) instanceof COSStream one) out.put(one, names);
                }
            }
        }
        return out;
    }

    /** The font names of a resource dictionary whose fonts are composite (Type0): their strings are glyph codes. */
    private static Set<String> compositeFontNames(COSBase resources) {
        Set<String> names = new java.util.HashSet<>();
        if (resources instanceof COSDictionary r && r.getDictionaryObject(COSName.FONT) instanceof COSDictionary fonts) {
            for (Map.Entry<COSName, COSBase> e : fonts.entrySet()) {
                COSBase font = e.getValue() instanceof COSObject o ? o.getObject() : e.getValue();
                if (font instanceof COSDictionary f && COSName.TYPE0.equals(f.getCOSName(COSName.SUBTYPE))) {
                    names.add(e.getKey().getName());
                }
            }
        }
        return names;
    }

    private static final class Walker {
        private final COSDocument cos;
        private final List<Part> parts;
        private final Map<COSBase, Set<String>> compositeFonts;
        private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<COSBase> binary = Collections.newSetFromMap(new IdentityHashMap<>());

        Walker(COSDocument cos, List<Part> parts, Map<COSBase, Set<String>> compositeFonts) {
            this.cos = cos;
            this.parts = parts;
            this.compositeFonts = compositeFonts;
        }

        void walkAll() {
            // binary programs and profiles: glyph outlines and colour tables, not text; their bytes would give
            // false alarms on short numbers. Their dictionaries are still walked.
            for (COSObjectKey key : cos.getXrefTable().keySet()) {
                if (cos.getObjectFromPool(key).getObject() instanceof COSDictionary d) {
                    // object streams and cross-reference streams: offsets and numbers; the objects they hold
                    // are walked one by one from the cross-reference table
                    if (d instanceof COSStream s && (COSName.OBJ_STM.equals(d.getCOSName(COSName.TYPE))
                            || COSName.XREF.equals(d.getCOSName(COSName.TYPE)))) {
                        binary.add(s);
                    }
                    for (COSName k : BINARY_KEYS) {
                        if (d.getDictionaryObject(k) instanceof COSStream binary) this.binary.add(binary);
                    }
                }
            }
            StringBuilder trailer = new StringBuilder();
            collect(cos.getTrailer(), trailer);
            add("PDF trailer (Info, catalog and everything inline)", trailer);
            for (COSObjectKey key : new ArrayList<>(cos.getXrefTable().keySet())) {
                COSObject o = cos.getObjectFromPool(key);
                StringBuilder sb = new StringBuilder();
                collect(o.getObject(), sb);
                add("PDF object " + key.getNumber() + " " + key.getGeneration(), sb);
            }
        }

        private void add(String location, StringBuilder sb) {
            if (sb.length() > 0) parts.add(new Part(location, sb.toString()));
        }

        /** Appends the object's own strings; indirect objects it refers to get their own part. */
        private void collect(COSBase base, StringBuilder sb) {
            if (base == null || !seen.add(base)) return;
            if (base instanceof COSObject o) {
                // referenced objects are walked from the cross-reference table; an object missing there is
                // still reached here
                COSBase target = o.getObject();
                if (target != null && !cos.getXrefTable().containsKey(o.getKey())) collect(target, sb);
                return;
            }
            if (base instanceof COSString s) {
                sb.append(printable(s.getString())).append('\n');
                sb.append(printable(new String(s.getBytes(), StandardCharsets.ISO_8859_1))).append('\n');
            } else if (base instanceof COSName n) {
                sb.append(n.getName()).append('\n');
            } else if (base instanceof COSArray a) {
                for (int i = 0; i < a.size(); i++) collect(a.get(i), sb);
            } else if (base instanceof COSDictionary d) {
                // the file identifier (trailer, cross-reference stream): a hash of the content, bytes and not text,
                // which changes whenever the page text does
                boolean identified = d == cos.getTrailer() || COSName.XREF.equals(d.getCOSName(COSName.TYPE));
                for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
                    if (!(identified && COSName.ID.equals(e.getKey()))) collect(e.getValue(), sb);
                }
                if (d instanceof COSStream stream && !binary.contains(stream)) stream(stream, sb);
            }
        }

        /** The bytes as UTF-8 when they are well-formed UTF-8, else null. */
        private static String strictUtf8(byte[] data) {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(data)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                return null;
            }
        }

        private void stream(COSStream stream, StringBuilder sb) {
            byte[] data;
            try (InputStream in = stream.createInputStream()) {
                data = in.readAllBytes();
            } catch (IOException e) {
                // a filter PDFBox cannot decode: scan the raw bytes (their printable runs, as any byte view below)
                try (InputStream in = stream.createRawInputStream()) {
                    data = in.readAllBytes();
                } catch (IOException raw) {
                    sb.append("(unreadable stream)\n");
                    return;
                }
            }
            String latin = printable(new String(data, StandardCharsets.ISO_8859_1));
            if (CONTENT_OPERATOR.matcher(latin).find() && !latin.contains("<x:xmpmeta")) {
                // a content stream: its numbers are coordinates, sizes and colours, which a reader never sees as
                // amounts ("520.080 Td" is not 520 080); its strings and operators stay
                // a form's own resources name its fonts; a page's content streams have the page's
                Set<String> composite = stream.containsKey(COSName.RESOURCES)
                        ? compositeFontNames(stream.getDictionaryObject(COSName.RESOURCES))
                        : compositeFonts.getOrDefault(stream, Set.of());
                sb.append(withoutNumericOperands(latin, composite)).append('\n');
                return;
            }
            String utf8 = strictUtf8(data);
            // the Latin-1 view of UTF-8 text (the XMP packet) turns "människor" into "mÃ¤nniskor", whose '¤' is a
            // currency sign and whose word no longer says what a number counts: only text that is no UTF-8 needs it
            if (utf8 == null) sb.append(latin).append('\n');
            sb.append(printable(utf8 != null ? utf8 : new String(data, StandardCharsets.UTF_8))).append('\n');
            if (data.length >= 2 && (data[0] & 0xff) == 0xfe && (data[1] & 0xff) == 0xff) {
                sb.append(printable(new String(data, StandardCharsets.UTF_16BE))).append('\n');
            }
        }
    }
}
