package hta.export.pdf.internal;

import hta.export.pdf.PdfAudit;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The places where a tagged PDF keeps text beside its page content, each read the way the software that uses it
 * reads it, for the read-back scan: the structure tree (titles, alternative and replacement text, expansions and
 * languages of every element: what a screen reader says), the property lists of marked content inside the content
 * streams (an ActualText written there is a string inside a stream, which a byte-wise look at the stream cannot
 * decode), and the XMP packets as XML (text and attribute values with character references resolved, so a
 * no-break space written {@code &#xA0;} is one). Extraction only: matching is {@link PdfAudit#scan}'s business.
 * Stateless.
 */
public final class TextPlaces {
    private static final List<COSName> ELEMENT_TEXT = List.of(COSName.T, COSName.ALT, COSName.ACTUAL_TEXT, COSName.E,
            COSName.LANG);

    private TextPlaces() {
    }

    /** Every such text of {@code doc}, one part per place. */
    public static List<PdfAudit.Part> read(PDDocument doc) throws IOException {
        List<PdfAudit.Part> parts = new ArrayList<>();
        COSBase root = doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.STRUCT_TREE_ROOT);
        structure(root, parts, Collections.newSetFromMap(new IdentityHashMap<>()));
        Set<COSBase> seenStreams = Collections.newSetFromMap(new IdentityHashMap<>());
        int n = 0;
        for (PDPage page : doc.getPages()) {
            n++;
            markedContent("PDF page " + n, page, page.getResources(), parts, seenStreams);
        }
        for (COSObject o : doc.getDocument().getXrefTable().keySet().stream().map(doc.getDocument()::getObjectFromPool).toList()) {
            if (o.getObject() instanceof COSStream s && COSName.METADATA.equals(s.getCOSName(COSName.TYPE))) {
                xmp("PDF object " + o.getKey().getNumber() + " (XMP metadata)", s, parts);
            }
        }
        return parts;
    }

    /** The text entries of every structure element, walking the tree from its root through the kids. */
    private static void structure(COSBase node, List<PdfAudit.Part> parts, Set<COSBase> seen) {
        if (node instanceof COSObject o) node = o.getObject();
        if (node == null || !seen.add(node)) return;
        if (node instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) structure(a.get(i), parts, seen);
        } else if (node instanceof COSDictionary d) {
            StringBuilder sb = new StringBuilder();
            for (COSName key : ELEMENT_TEXT) {
                if (d.getDictionaryObject(key) instanceof COSString s) sb.append(key.getName()).append(": ").append(s.getString()).append('\n');
            }
            if (sb.length() > 0) {
                String type = d.getCOSName(COSName.S) == null ? "?" : d.getCOSName(COSName.S).getName();
                parts.add(new PdfAudit.Part("PDF structure element " + type, sb.toString()));
            }
            structure(d.getDictionaryObject(COSName.K), parts, seen);
        }
    }

    /** Strings in the property lists of BDC and DP operators, in the content and in the forms it draws. */
    private static void markedContent(String where, PDContentStream content, PDResources resources,
                                      List<PdfAudit.Part> parts, Set<COSBase> seen) throws IOException {
        StringBuilder sb = new StringBuilder();
        List<Object> operands = new ArrayList<>();
        PDFStreamParser parser = new PDFStreamParser(content);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (!(token instanceof Operator op)) {
                operands.add(token);
                continue;
            }
            if (("BDC".equals(op.getName()) || "DP".equals(op.getName())) && operands.size() == 2
                    && operands.get(1) instanceof COSDictionary properties) {
                strings(properties, sb);
            }
            operands.clear();
        }
        if (sb.length() > 0) parts.add(new PdfAudit.Part(where + " marked-content properties", sb.toString()));
        if (resources == null) return;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form && seen.add(form.getCOSObject())) {
                markedContent(where + " form " + name.getName(), form, form.getResources(), parts, seen);
            }
        }
    }

    private static void strings(COSBase base, StringBuilder sb) {
        if (base instanceof COSString s) {
            sb.append(s.getString()).append('\n');
        } else if (base instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) strings(a.get(i), sb);
        } else if (base instanceof COSDictionary d) {
            d.getValues().forEach(v -> strings(v, sb));
        }
    }

    /** An XMP packet's text nodes and attribute values; a packet that is not well-formed XML is left to the byte scan. */
    private static void xmp(String where, COSStream stream, List<PdfAudit.Part> parts) {
        try (InputStream in = stream.createInputStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            Document xml = factory.newDocumentBuilder().parse(in);
            StringBuilder sb = new StringBuilder();
            text(xml.getDocumentElement(), sb);
            parts.add(new PdfAudit.Part(where, sb.toString()));
        } catch (Exception e) {
            // not XML: the object walk has scanned its bytes already
        }
    }

    private static void text(Node node, StringBuilder sb) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            if (!node.getNodeValue().isBlank()) sb.append(node.getNodeValue().strip()).append('\n');
            return;
        }
        NamedNodeMap attributes = node.getAttributes();
        if (attributes != null) {
            for (int i = 0; i < attributes.getLength(); i++) sb.append(((Attr) attributes.item(i)).getValue()).append('\n');
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) text(child, sb);
    }
}
