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
 * their classification as an attribute and are shown highlighted and underlined. EDT only.
 */
final class NarrativeDocument {
    /** The attribute key holding a run's classification. */
    static final Object CLASSIFICATION = new Object() {
        @Override
        public String toString() {
            return "hta.classification";
        }
    };

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
            doc.setCharacterAttributes(pos, end - pos, attributes(c instanceof Classification k ? k : null), true);
            pos = Math.max(end, pos + 1);
        }
    }

    static void load(DefaultStyledDocument doc, Narrative n) {
        try {
            doc.remove(0, doc.getLength());
            int pos = 0;
            for (int i = 0; i < n.paragraphs.size(); i++) {
                if (i > 0) {
                    doc.insertString(pos, "\n", attributes(Classification.PUBLIC));
                    pos++;
                }
                for (TextRun r : n.paragraphs.get(i)) {
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
                Classification cls = c instanceof Classification ? (Classification) c : Classification.PUBLIC;
                TextRun last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (last != null && last.classification == cls) last.text += text;
                else runs.add(new TextRun(text, cls));
            }
            if (runs.isEmpty()) runs.add(new TextRun("", Classification.PUBLIC));
            n.paragraphs.add(runs);
        }
        return n;
    }

    /** A comparable form of a narrative: text and classification of every run. */
    static String signature(Narrative n) {
        StringBuilder sb = new StringBuilder();
        for (List<TextRun> p : n.paragraphs) {
            sb.append('¶');
            TextRun last = null;
            for (TextRun r : p) {
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
