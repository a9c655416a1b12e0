package hta.export.pdf.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;

/**
 * Writes the composer's {@link Tag} tree as the PDF's structure tree (ISO 32000-1, 14.7): one structure element
 * per tag with its attributes, marked-content references to the sequences the writer drew (page and MCID), the
 * parent tree from each page's MCIDs back to their elements, and the catalog's MarkInfo. Only standard structure
 * types are used, so no role map is needed. Stateless.
 */
final class StructureTree {
    private StructureTree() {
    }

    /** Adds the structure of {@code document} (whose content the writer has drawn on {@code pages}) to {@code doc}. */
    static void write(PDDocument doc, Tag document, List<PDPage> pages) {
        PDStructureTreeRoot root = new PDStructureTreeRoot();
        Map<Integer, List<PDStructureElement>> byPage = new LinkedHashMap<>();
        for (int i = 0; i < pages.size(); i++) byPage.put(i, new ArrayList<>());
        PDStructureElement top = element(document, root);
        root.appendKid(top);
        kids(document, top, pages, byPage);
        Map<Integer, PDParentTreeValue> numbers = new LinkedHashMap<>();
        for (Map.Entry<Integer, List<PDStructureElement>> e : byPage.entrySet()) {
            COSArray parents = new COSArray();
            e.getValue().forEach(parents::add);
            numbers.put(e.getKey(), new PDParentTreeValue(parents));
            pages.get(e.getKey()).setStructParents(e.getKey());
        }
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
        parentTree.setNumbers(numbers);
        root.setParentTree(parentTree);
        root.setParentTreeNextKey(pages.size());
        doc.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        doc.getDocumentCatalog().setMarkInfo(markInfo);
    }

    private static PDStructureElement element(Tag tag, PDStructureNode parent) {
        PDStructureElement e = new PDStructureElement(tag.type, parent);
        if (tag.language != null) e.setLanguage(tag.language);
        if (tag.alt != null) e.setAlternateDescription(tag.alt);
        if (tag.actualText != null) e.setActualText(tag.actualText);
        // at most one attribute object per element: written as the /A dictionary itself
        if (tag.scope != null) {
            PDTableAttributeObject table = new PDTableAttributeObject();
            table.setScope(tag.scope.name());
            e.getCOSObject().setItem(COSName.A, table);
        } else if (tag.listNumbering != null) {
            PDListAttributeObject list = new PDListAttributeObject();
            list.setListNumbering(tag.listNumbering);
            e.getCOSObject().setItem(COSName.A, list);
        } else if (tag.bbox != null) {
            PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
            layout.setBBox(new PDRectangle(tag.bbox[0], tag.bbox[1], tag.bbox[2], tag.bbox[3]));
            e.getCOSObject().setItem(COSName.A, layout);
        }
        return e;
    }

    /** The element's kids in reading order: child elements, and references to the content it owns. */
    private static void kids(Tag tag, PDStructureElement e, List<PDPage> pages, Map<Integer, List<PDStructureElement>> byPage) {
        for (Object kid : tag.kids) {
            if (kid instanceof Tag child) {
                PDStructureElement c = element(child, e);
                e.appendKid(c);
                kids(child, c, pages, byPage);
            } else if (kid instanceof Marking.Content content && content.mcid >= 0) {
                PDPage page = pages.get(content.page);
                if (e.getCOSObject().getDictionaryObject(COSName.PG) == null) e.setPage(page);
                // kids on the element's own page (/Pg) are bare MCIDs; on another page, references naming it
                if (e.getCOSObject().getDictionaryObject(COSName.PG) == page.getCOSObject()) {
                    e.appendKid(content.mcid);
                } else {
                    PDMarkedContentReference mcr = new PDMarkedContentReference();
                    mcr.setPage(page);
                    mcr.setMCID(content.mcid);
                    e.appendKid(mcr);
                }
                List<PDStructureElement> parents = byPage.get(content.page);
                while (parents.size() <= content.mcid) parents.add(null);
                parents.set(content.mcid, e);
            }
        }
    }
}
