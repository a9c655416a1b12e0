package hta.workbench.editor.internal;

import hta.dossier.Classification;
import hta.dossier.Narrative;
import hta.dossier.TextRun;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultStyledDocument;
import javax.swing.text.Element;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;

/**
 * Converts between a {@link Narrative} and a styled document: one line per paragraph, confidential runs carry
 * their classification as an attribute and are shown highlighted and underlined; a reference to a value of the
 * dossier ({@link TextRun#ref}) is one character showing the value as a chip ({@link NarrativeReferences}), so
 * that it is typed over, moved or deleted whole and read back as the reference it is. EDT only.
 */
final class NarrativeDocument {
    /** The attribute key holding a run's classification. */
    static final Object CLASSIFICATION = new Object() {
        @Override
        public String toString() {
            return "hta.classification";
        }
    };
    /** The attribute key holding a reference's value id. */
    static final Object REF = new Object() {
        @Override
        public String toString() {
            return "hta.ref";
        }
    };
    /** The character a reference takes in the document (the chip is drawn in its place). */
    static final String REF_CHAR = "\uFFFC";
    static final Color CONFIDENTIAL_BACKGROUND = new Color(255, 214, 153);

    private NarrativeDocument() {
    }

    static AttributeSet attributes(Classification c) {
        SimpleAttributeSet a = new SimpleAttributeSet();
        boolean conf = c != null && !c.isPublic();
        a.addAttribute(CLASSIFICATION, c == null ? Classification.PUBLIC : c);
        StyleConstants.setUnderline(a, conf);
        if (conf) StyleConstants.setBackground(a, CONFIDENTIAL_BACKGROUND);
        else a.addAttribute(StyleConstants.Background, new Color(0, 0, 0, 0));
        return a;
    }

    static void load(DefaultStyledDocument doc, Narrative n) {
        load(doc, n, NarrativeReferences.NONE);
    }

    /** Loads {@code n}; references are shown as {@code chips} makes them. */
    static void load(DefaultStyledDocument doc, Narrative n, NarrativeReferences chips) {
        try {
            doc.remove(0, doc.getLength());
            int pos = 0;
            for (int i = 0; i < n.paragraphs.size(); i++) {
                if (i > 0) {
                    doc.insertString(pos, "\n", attributes(Classification.PUBLIC));
                    pos++;
                }
                for (TextRun r : n.paragraphs.get(i)) {
                    if (r.isReference()) {
                        doc.insertString(pos, REF_CHAR, chips.attributes(r.ref, r.classification));
                        pos++;
                        continue;
                    }
                    String t = r.text == null ? "" : r.text.replace('\n', ' ');
                    doc.insertString(pos, t, attributes(r.classification));
                    pos += t.length();
                }
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Narrative read(DefaultStyledDocument doc) {
        Narrative n = new Narrative();
        Element root = doc.getDefaultRootElement();
        for (int p = 0; p < root.getElementCount(); p++) {
            Element para = root.getElement(p);
            List<TextRun> runs = new ArrayList<>();
            for (int r = 0; r < para.getElementCount(); r++) {
                Element leaf = para.getElement(r);
                String text;
                try {
                    text = doc.getText(leaf.getStartOffset(), leaf.getEndOffset() - leaf.getStartOffset());
                } catch (BadLocationException e) {
                    throw new IllegalStateException(e);
                }
                text = text.replace("\n", "");
                if (text.isEmpty()) continue;
                Object c = leaf.getAttributes().getAttribute(CLASSIFICATION);
                Object ref = leaf.getAttributes().getAttribute(REF);
                if (ref instanceof String id) {
                    for (int k = 0; k < text.length(); k++) {
                        TextRun reference = TextRun.reference(id);
                        if (c instanceof Classification rc && !rc.isPublic()) reference.classification = rc;
                        runs.add(reference);
                    }
                    continue;
                }
                Classification cls = c instanceof Classification ? (Classification) c : Classification.PUBLIC;
                TextRun last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (last != null && !last.isReference() && last.classification == cls) last.text += text;
                else runs.add(new TextRun(text, cls));
            }
            if (runs.isEmpty()) runs.add(new TextRun("", Classification.PUBLIC));
            n.paragraphs.add(runs);
        }
        return n;
    }

    /** A copy of {@code n}: runs and references, not shared with it. */
    static Narrative copy(Narrative n) {
        Narrative c = new Narrative();
        for (List<TextRun> p : n.paragraphs) {
            List<TextRun> runs = new ArrayList<>();
            for (TextRun r : p) {
                if (r.isReference()) {
                    TextRun ref = TextRun.reference(r.ref);
                    ref.classification = r.classification;
                    runs.add(ref);
                } else {
                    runs.add(new TextRun(r.text, r.classification));
                }
            }
            c.paragraphs.add(runs);
        }
        return c;
    }

    /** A comparable form of a narrative: text and classification of every run, and every reference. */
    static String signature(Narrative n) {
        StringBuilder sb = new StringBuilder();
        for (List<TextRun> p : n.paragraphs) {
            sb.append('¶');
            TextRun last = null;
            for (TextRun r : p) {
                if (r.isReference()) {
                    sb.append("{ref:").append(r.ref).append(r.classification == null ? "" : ":" + r.classification).append('}');
                    last = null;
                    continue;
                }
                String t = r.text == null ? "" : r.text;
                if (t.isEmpty()) continue;
                Classification c = r.classification == null ? Classification.PUBLIC : r.classification;
                if (last == null || last.classification != c) sb.append('[').append(c.ordinal()).append(']');
                sb.append(t);
                last = new TextRun(t, c);
            }
        }
        return sb.toString();
    }
}
