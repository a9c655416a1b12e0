package hta.workbench.editor.internal;

import hta.workbench.api.EditorPage;

import hta.workbench.api.EditorPlace;

import hta.workbench.api.EditorPageSite;

import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.LeakFinding;
import hta.confidentiality.LeakScanner;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Narrative;
import hta.dossier.Submission;
import hta.dossier.json.DossierJson;
import hta.jurisdiction.Jurisdiction;
import hta.workbench.api.DossierEdit;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Rectangle;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextPane;
import javax.swing.SwingWorker;
import javax.swing.Timer;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultStyledDocument;
import javax.swing.text.Element;
import javax.swing.text.Highlighter;
import javax.swing.text.JTextComponent;

/**
 * The Narratives page: the sections of every submission; the writer edits the text, marks a span confidential
 * (Ctrl+Shift+C; shown highlighted and underlined), inserts references to values of the dossier (shown as chips,
 * {@link NarrativeReferences}), and a background leak scan underlines in red every confidential value written, or
 * computable from what is written, in unmarked text; Ctrl+1 or the context menu offers the quick fixes
 * ({@link NarrativeQuickFix}). Typing is recorded as one edit per pause. EDT only.
 */
public final class NarrativesPage extends JPanel implements EditorPage {
    private static final String HINT = "Select text and press Ctrl+Shift+C to mark it confidential (or public again);"
            + " Ctrl+Shift+I inserts a reference to a value; Ctrl+1 on a red underline offers fixes.";
    /** Pause after which typing becomes one undoable edit (and the leak scan runs). */
    static final int PAUSE_MS = 400;
    private final EditorPageSite editor;
    private final DefaultListModel<String[]> sections = new DefaultListModel<>();
    private final JList<String[]> list = new JList<>(sections);
    private final DefaultStyledDocument doc = new DefaultStyledDocument();
    private final JTextPane text = new JTextPane(doc);
    private final JLabel info = new JLabel(" ");
    private final Timer pause;
    private final List<Object> leakTags = new ArrayList<>();
    /** The findings underlined now, with their place in the document. */
    private final List<NarrativeQuickFix.Found> found = new ArrayList<>();
    private NarrativeReferences refs = NarrativeReferences.NONE;
    private String[] current;
    private boolean loading;
    private boolean pending;

    NarrativesPage(EditorPageSite editor) {
        super(new BorderLayout());
        this.editor = editor;
        list.setName("narratives.sections");
        text.setName("narratives.text");
        list.setCellRenderer((l, v, i, sel, f) -> {
            // the country's name and the section in words, not the codes the dossier file stores
            String country = editor.workbench().jurisdiction(v[0]).map(Jurisdiction::displayName).orElse(v[0]);
            JLabel lab = new JLabel(country + " · " + hta.workbench.api.Words.code(v[1]));
            lab.setToolTipText(v[0] + " · " + v[1]);
            lab.setOpaque(true);
            lab.setBackground(sel ? l.getSelectionBackground() : l.getBackground());
            lab.setForeground(sel ? l.getSelectionForeground() : l.getForeground());
            return lab;
        });
        pause = new Timer(PAUSE_MS, e -> commitPending());
        pause.setRepeats(false);
        doc.addDocumentListener(new DocumentListener() {
            public void insertUpdate(DocumentEvent e) { typed(); }
            public void removeUpdate(DocumentEvent e) { typed(); }
            public void changedUpdate(DocumentEvent e) { }
        });
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && list.getSelectedValue() != null) show(list.getSelectedValue());
        });
        info.setText(HINT);
        NarrativeQuickFix.install(this);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(list), new JScrollPane(text));
        split.setDividerLocation(220);
        add(split, BorderLayout.CENTER);
        add(info, BorderLayout.SOUTH);
        refresh();
    }

    public JTextPane textPane() {
        return text;
    }

    /** Shows section {@code section} of the submission in {@code jurisdiction} (its first section when null). */
    public void selectSection(String jurisdiction, String section) {
        for (int i = 0; i < sections.size(); i++) {
            String[] s = sections.get(i);
            if (s[0].equals(jurisdiction) && (section == null || s[1].equals(section))) {
                list.setSelectedIndex(i);
                return;
            }
        }
    }

    /** Number of leak findings underlined in the text shown. */
    public int leakMarks() {
        return leakTags.size();
    }

    EditorPageSite editor() {
        return editor;
    }

    DefaultStyledDocument document() {
        return doc;
    }

    /** The jurisdiction and section shown, or null. */
    String[] current() {
        return current;
    }

    NarrativeReferences references() {
        return refs;
    }

    List<NarrativeQuickFix.Found> findings() {
        return List.copyOf(found);
    }

    /**
     * Changes the document through {@code change} (not as typing) and records the section as it then reads as one
     * edit named {@code label}.
     */
    void edit(String label, Runnable change) {
        if (current == null) return;
        commitPending();
        loading = true;
        try {
            change.run();
        } finally {
            loading = false;
        }
        Narrative now = NarrativeDocument.read(doc);
        Narrative before = narrative(editor.dossier(), current);
        editor.execute(new SetNarrative(label + " in " + current[1], current[0], current[1],
                before == null ? null : copy(before), now));
    }

    boolean hasSelection() {
        return current != null && text.getSelectionStart() != text.getSelectionEnd();
    }

    private void typed() {
        if (loading) return;
        pending = true;
        pause.restart();
    }

    /** Where the caret is: jurisdiction, section, offset (after the selection); null when no section is shown. */
    String[] position() {
        return current == null ? null : new String[]{current[0], current[1], Integer.toString(text.getSelectionEnd())};
    }

    /** Selects characters {@code from} to {@code to} of the section shown (what Find found). */
    void select(int from, int to) {
        int n = doc.getLength();
        text.requestFocusInWindow();
        text.select(Math.min(from, n), Math.min(to, n));
    }

    /** A switch of theme: the confidential spans take the new theme's colours. */
    @Override
    public void updateUI() {
        super.updateUI();
        if (doc == null) return; // called by the constructor of the panel, before the fields
        boolean was = loading;
        loading = true;
        try {
            NarrativeDocument.restyle(doc);
        } finally {
            loading = was;
        }
    }

    @Override
    public JComponent component() {
        return this;
    }

    /** Turns pending typing into one edit of the section. */
    @Override
    public void commitPending() {
        pause.stop();
        if (!pending || current == null) return;
        pending = false;
        Narrative now = NarrativeDocument.read(doc);
        Narrative before = narrative(editor.dossier(), current);
        if (before != null && NarrativeDocument.signature(before).equals(NarrativeDocument.signature(now))) return;
        editor.execute(new SetNarrative("Edit text of " + current[1], current[0], current[1],
                before == null ? null : copy(before), now));
    }

    void toggleConfidential() {
        int from = text.getSelectionStart();
        int to = text.getSelectionEnd();
        if (current == null || from == to) return;
        commitPending();
        boolean allConfidential = true;
        for (int i = from; i < to; i++) {
            Object c = doc.getCharacterElement(i).getAttributes().getAttribute(NarrativeDocument.CLASSIFICATION);
            if (!(c instanceof Classification) || ((Classification) c).isPublic()) allConfidential = false;
        }
        Classification next = allConfidential ? Classification.PUBLIC : Classification.CONFIDENTIAL;
        loading = true;
        doc.setCharacterAttributes(from, to - from, NarrativeDocument.attributes(next), true);
        loading = false;
        Narrative now = NarrativeDocument.read(doc);
        Narrative before = narrative(editor.dossier(), current);
        editor.execute(new SetNarrative((next.isPublic() ? "Mark span public in " : "Mark span confidential in ")
                + current[1], current[0], current[1], before == null ? null : copy(before), now));
    }

    @Override
    public void refresh() {
        List<String[]> all = new ArrayList<>();
        for (Submission s : editor.dossier().submissions) {
            for (String section : s.sections.keySet()) all.add(new String[]{s.jurisdiction, section});
        }
        boolean same = all.size() == sections.size();
        for (int i = 0; same && i < all.size(); i++) {
            same = java.util.Arrays.equals(all.get(i), sections.get(i));
        }
        if (!same) {
            sections.clear();
            all.forEach(sections::addElement);
            if (current != null) selectSection(current[0], current[1]);
            if (list.getSelectedIndex() < 0 && !sections.isEmpty()) list.setSelectedIndex(0);
        }
        if (current != null && !pending) {
            Narrative n = narrative(editor.dossier(), current);
            // a value a chip shows may have changed on another page
            boolean chipsChanged = !NarrativeReferences.of(editor.dossier(), policies(editor.dossier()),
                    java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)).sameAs(refs);
            if (n != null && (chipsChanged || !NarrativeDocument.signature(n).equals(NarrativeDocument.signature(NarrativeDocument.read(doc))))) {
                int caret = text.getCaretPosition();
                load(n);
                text.setCaretPosition(Math.min(caret, doc.getLength()));
            }
        }
        scanLater();
    }

    @Override
    public void reveal(EditorPlace place) {
        if (place.jurisdiction() == null) return;
        selectSection(place.jurisdiction(), place.section());
        text.requestFocusInWindow();
        text.setCaretPosition(Math.max(0, Math.min(place.offset(), doc.getLength())));
    }

    private void show(String[] s) {
        commitPending();
        current = s;
        Narrative n = narrative(editor.dossier(), s);
        load(n == null ? new Narrative() : n);
        scanLater();
    }

    private void load(Narrative n) {
        loading = true;
        try {
            refs = NarrativeReferences.of(editor.dossier(), policies(editor.dossier()), java.util.Locale.getDefault(java.util.Locale.Category.FORMAT));
            NarrativeDocument.load(doc, current == null ? n : withMarks(n, current[0]), refs);
        } finally {
            loading = false;
        }
    }

    /** A copy of {@code n} with a redaction mark where the team workspace withheld a confidential run's text. */
    private Narrative withMarks(Narrative n, String jurisdiction) {
        Narrative shown = null;
        for (int p = 0; p < n.paragraphs.size(); p++) {
            for (int r = 0; r < n.paragraphs.get(p).size(); r++) {
                hta.dossier.TextRun run = n.paragraphs.get(p).get(r);
                if (run == null || !Withheld.run(editor, jurisdiction, run)) continue;
                if (shown == null) shown = copy(n);
                shown.paragraphs.get(p).get(r).text = Withheld.MARK;
            }
        }
        return shown == null ? n : shown;
    }

    private static Narrative narrative(Dossier d, String[] s) {
        return d.submission(s[0]).map(sub -> sub.sections.get(s[1])).orElse(null);
    }

    private static Narrative copy(Narrative n) {
        return NarrativeDocument.copy(n);
    }

    /** Scans a copy of the dossier off the EDT and underlines the findings in the section shown. */
    private void scanLater() {
        if (current == null) return;
        String[] section = current;
        Dossier copy = DossierJson.copy(editor.dossier());
        List<ConfidentialityPolicy> policies = policies(copy);
        new SwingWorker<List<LeakFinding>, Void>() {
            @Override
            protected List<LeakFinding> doInBackground() {
                return NarrativeQuickFix.unacknowledged(copy, LeakScanner.scanNarratives(copy, policies));
            }

            @Override
            protected void done() {
                try {
                    if (section == current) mark(section, get());
                } catch (Exception e) {
                    editor.workbench().log("hta.workbench.editor", "leak scan of " + section[1] + " failed", e);
                }
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

    private void mark(String[] section, List<LeakFinding> findings) {
        Highlighter h = text.getHighlighter();
        leakTags.forEach(h::removeHighlight);
        leakTags.clear();
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
                leakTags.add(h.addHighlight(start, end, SQUIGGLE));
                found.add(new NarrativeQuickFix.Found(f, p, start, end));
            } catch (BadLocationException ignored) {
                // the text changed since the scan; the next scan marks it
            }
        }
        info.setText(leakTags.isEmpty() ? HINT : "⚠ " + leakTags.size() + " confidential value(s) readable or computable from"
                + " unmarked text — Ctrl+1 on one: mark it confidential, refer to the value, or acknowledge a coincidence.");
    }

    @Override
    public void dispose() {
        pause.stop();
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

    /** Replaces one section's narrative; Swing-free. */
    static final class SetNarrative implements DossierEdit {
        private final String label;
        private final String jurisdiction;
        private final String section;
        private final Narrative before;
        private final Narrative after;

        SetNarrative(String label, String jurisdiction, String section, Narrative before, Narrative after) {
            this.label = label;
            this.jurisdiction = jurisdiction;
            this.section = section;
            this.before = before;
            this.after = after;
        }

        public String label() {
            return label;
        }

        public void apply(Dossier d) {
            set(d, after);
        }

        public void revert(Dossier d) {
            set(d, before);
        }

        private void set(Dossier d, Narrative n) {
            Map<String, Narrative> s = d.submission(jurisdiction).orElseThrow().sections;
            if (n == null) s.remove(section);
            else s.put(section, copy(n));
        }
    }
}
