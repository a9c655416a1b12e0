package hta.workbench.editor.internal;

import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.LeakFinding;
import hta.confidentiality.LeakScanner;
import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.jurisdiction.Jurisdiction;
import hta.workbench.api.EditorPageSite;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Rectangle;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javax.swing.JTextPane;
import javax.swing.SwingWorker;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultStyledDocument;
import javax.swing.text.Element;
import javax.swing.text.Highlighter;
import javax.swing.text.JTextComponent;

/**
 * The leak scan of the Narratives page: a copy of the dossier is scanned off the EDT, and every confidential value
 * written, or computable from what is written, in unmarked text of the section shown is underlined in red; the
 * findings are kept with their place for the quick fixes ({@link NarrativeQuickFix}). EDT only.
 */
final class NarrativeLeakMarks {
    private final EditorPageSite editor;
    private final JTextPane text;
    private final DefaultStyledDocument doc;
    /** The jurisdiction and section shown (null when none). */
    private final Supplier<String[]> current;
    /** Told how many findings are underlined after each scan; {@link #FAILED} when the scan failed. */
    private final IntConsumer counted;
    /** What {@code counted} is told when the scan failed: nothing is underlined, and nothing is known. */
    static final int FAILED = -1;
    private final List<Object> tags = new ArrayList<>();
    private final List<NarrativeQuickFix.Found> found = new ArrayList<>();

    NarrativeLeakMarks(EditorPageSite editor, JTextPane text, DefaultStyledDocument doc, Supplier<String[]> current,
                       IntConsumer counted) {
        this.editor = editor;
        this.text = text;
        this.doc = doc;
        this.current = current;
        this.counted = counted;
    }

    int count() {
        return tags.size();
    }

    List<NarrativeQuickFix.Found> findings() {
        return List.copyOf(found);
    }

    /** Scans a copy of the dossier off the EDT and underlines the findings in the section shown. */
    void scanLater() {
        String[] section = current.get();
        if (section == null) return;
        Dossier copy = DossierJson.copy(editor.dossier());
        List<ConfidentialityPolicy> policies = policies(copy);
        new SwingWorker<List<LeakFinding>, Void>() {
            @Override
            protected List<LeakFinding> doInBackground() {
                return NarrativeQuickFix.unacknowledged(copy, LeakScanner.scanNarratives(copy, policies));
            }

            @Override
            protected void done() {
                List<LeakFinding> findings;
                try {
                    findings = get();
                } catch (Exception e) {
                    // the Error Log keeps the failure for support; the page says only that the text is unchecked,
                    // never the exception's text, which could quote a confidential value
                    editor.workbench().log("hta.workbench.editor", "leak scan of " + section[1] + " failed", e);
                    if (section == current.get()) unchecked();
                    return;
                }
                if (section == current.get()) mark(section, findings);
            }
        }.execute();
    }

    /** The confidentiality policies of the jurisdictions the dossier is submitted to (installed ones). */
    List<ConfidentialityPolicy> policies(Dossier d) {
        List<ConfidentialityPolicy> policies = new ArrayList<>();
        for (Jurisdiction j : editor.workbench().jurisdictions()) {
            if (d.submission(j.code()).isPresent()) policies.add(j.confidentiality());
        }
        return policies;
    }

    /** The scan failed: no underline is left that could be taken for the whole story. */
    private void unchecked() {
        tags.forEach(text.getHighlighter()::removeHighlight);
        tags.clear();
        found.clear();
        counted.accept(FAILED);
    }

    private void mark(String[] section, List<LeakFinding> findings) {
        Highlighter h = text.getHighlighter();
        tags.forEach(h::removeHighlight);
        tags.clear();
        found.clear();
        String prefix = "submission " + section[0] + ", section " + section[1] + ", paragraph ";
        Element root = doc.getDefaultRootElement();
        for (LeakFinding f : findings) {
            if (!f.location().startsWith(prefix)) continue;
            int p;
            try {
                p = Integer.parseInt(f.location().substring(prefix.length())) - 1;
            } catch (NumberFormatException e) {
                continue;
            }
            if (p < 0 || p >= root.getElementCount()) continue;
            // the scanner reads a reference as no text; in the document it is one character
            int start = NarrativeQuickFix.documentOffset(doc, p, f.offset());
            int end = Math.min(NarrativeQuickFix.documentOffset(doc, p, f.offset() + Math.max(1, f.length())),
                    root.getElement(p).getEndOffset());
            try {
                tags.add(h.addHighlight(start, end, SQUIGGLE));
                found.add(new NarrativeQuickFix.Found(f, p, start, end));
            } catch (BadLocationException ignored) {
                // the text changed since the scan; the next scan marks it
            }
        }
        counted.accept(tags.size());
    }

    private static final Highlighter.HighlightPainter SQUIGGLE = new Highlighter.HighlightPainter() {
        @Override
        public void paint(Graphics g, int p0, int p1, Shape bounds, JTextComponent c) {
            try {
                Rectangle a = c.modelToView2D(p0).getBounds();
                Rectangle b = c.modelToView2D(p1).getBounds();
                g.setColor(Color.RED);
                int y = a.y + a.height - 2;
                for (int x = a.x; x < (b.y == a.y ? b.x : a.x + 40); x += 4) {
                    g.drawLine(x, y, x + 2, y + 2);
                    g.drawLine(x + 2, y + 2, x + 4, y);
                }
            } catch (BadLocationException ignored) {
                // nothing to paint
            }
        }
    };
}
