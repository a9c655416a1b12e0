package hta.workbench.editor.internal;

import hta.workbench.api.Colours;

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
    /** The attribute key marking text of a run that is made up (demo data): kept through editing and saving. */
    static final Object FICTIONAL = new Object() {
        @Override
        public String toString() {
            return "hta.fictional";
        }
    };
    /** The character a reference takes in the document (the chip is drawn in its place). */
    static final String REF_CHAR = "\uFFFC";

    private NarrativeDocument() {
    }

    static AttributeSet attributes(Classification c) {
        SimpleAttributeSet a = new SimpleAttributeSet();
        boolean conf = c != null && !c.isPublic();
        a.addAttribute(CLASSIFICATION, c == null ? Classification.PUBLIC : c);
        StyleConstants.setUnderline(a, conf);
        // the theme's colours now; NarrativesPage restyles its text when the theme is switched
        if (conf) {
            StyleConstants.setBackground(a, Colours.confidentialBackground());
            StyleConstants.setForeground(a, Colours.confidentialForeground());
        } else {
            a.addAttribute(StyleConstants.Background, new Color(0, 0, 0, 0));
            a.removeAttribute(StyleConstants.Foreground);
        }
        return a;
    }

    /** Styles every run again with the theme's colours now (after a switch of theme); the text is unchanged. */
    static void restyle(DefaultStyledDocument doc) {
        int pos = 0;
        while (pos < doc.getLength()) {
            javax.swing.text.Element run = doc.getCharacterElement(pos);
            Object c = run.getAttributes().getAttribute(CLASSIFICATION);
            int end = Math.min(run.getEndOffset(), doc.getLength());
            // a reference's chip paints itself in the theme's colours; replacing its attributes would lose the reference
            if (run.getAttributes().getAttribute(REF) == null) {
                doc.setCharacterAttributes(pos, end - pos, withFictional(attributes(c instanceof Classification k ? k : null),
                        Boolean.TRUE.equals(run.getAttributes().getAttribute(FICTIONAL))), true);
            }
            pos = Math.max(end, pos + 1);
        }
    }

    static void load(DefaultStyledDocument doc, Narrative n) {
        load(doc, n, NarrativeReferences.NONE);
    }

    /**
     * The text of {@code n} exactly as {@link #load} puts it in the document — paragraphs on lines of their own, a
     * reference as its one {@link #REF_CHAR} — so that an offset found in it (Find) is the offset in the page: a
     * reference left out put every later place one character early.
     */
    static String text(Narrative n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n.paragraphs.size(); i++) {
            if (i > 0) sb.append('\n');
            for (TextRun r : n.paragraphs.get(i)) sb.append(r.isReference() ? REF_CHAR : r.text == null ? "" : r.text.replace('\n', ' '));
        }
        return sb.toString();
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
                    doc.insertString(pos, t, withFictional(attributes(r.classification), r.isFictional()));
                    pos += t.length();
                }
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AttributeSet withFictional(AttributeSet a, boolean fictional) {
        if (!fictional) return a;
        SimpleAttributeSet s = new SimpleAttributeSet(a);
        s.addAttribute(FICTIONAL, Boolean.TRUE);
        return s;
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
                boolean fictional = Boolean.TRUE.equals(leaf.getAttributes().getAttribute(FICTIONAL));
                TextRun last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (last != null && !last.isReference() && last.classification == cls && last.isFictional() == fictional) {
                    last.text += text;
                } else {
                    TextRun run = new TextRun(text, cls);
                    if (fictional) run.fictional = Boolean.TRUE;
                    runs.add(run);
                }
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
                    TextRun run = new TextRun(r.text, r.classification);
                    run.fictional = r.fictional;
                    runs.add(run);
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
