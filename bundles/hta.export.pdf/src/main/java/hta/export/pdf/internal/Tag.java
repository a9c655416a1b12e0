package hta.export.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of a memo's logical structure as the composer builds it: a standard PDF structure type (ISO 32000-1,
 * 14.8.4: Document, H1…H6, P, Span, Table, THead, TBody, TR, TH, TD, L, LI, Lbl, LBody, Figure, Div), the few
 * attributes a memo needs, and its kids in reading order — child elements and the pieces of page content it owns
 * ({@link Marking.Content}), interleaved as they are read. {@link StructureTree} turns it into the PDF's structure
 * tree once the pages are drawn. Not thread-safe: one tree per document.
 */
final class Tag {
    /** Header cell scope (ISO 32000-1, Table 349). */
    enum Scope { Row, Column }

    final String type;
    final List<Object> kids = new ArrayList<>();
    /** Language of the element's text when it differs from the document's (BCP 47). */
    String language;
    /** Alternative description (figures). */
    String alt;
    /** Replacement text read instead of the content (redaction marks). */
    String actualText;
    /** Scope of a TH cell. */
    Scope scope;
    /** Numbering of an L element's labels, e.g. {@code Decimal}. */
    String listNumbering;
    /** Bounding box of a figure on its page: x, y, width, height in points. */
    float[] bbox;

    Tag(String type) {
        this.type = type;
    }

    /** A new child element, appended to the kids. */
    Tag add(String childType) {
        Tag child = new Tag(childType);
        kids.add(child);
        return child;
    }

    /** A new piece of this element's content, appended to the kids: the next marked-content sequence. */
    Marking.Content content() {
        Marking.Content c = new Marking.Content(this);
        kids.add(c);
        return c;
    }

    /** The element's text for assistive technology other than its content: alternative and replacement text. */
    List<String> texts() {
        List<String> texts = new ArrayList<>();
        if (alt != null) texts.add(alt);
        if (actualText != null) texts.add(actualText);
        for (Object k : kids) {
            if (k instanceof Tag t) texts.addAll(t.texts());
        }
        return texts;
    }
}
