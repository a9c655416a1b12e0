package hta.workbench.editor.internal;

import hta.confidentiality.ConfidentialityPolicy;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Narrative;
import hta.dossier.Submission;
import hta.jurisdiction.Jurisdiction;
import hta.workbench.api.EditorPage;
import hta.workbench.api.EditorPageSite;
import hta.workbench.api.EditorPlace;
import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextPane;
import javax.swing.Timer;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.DefaultStyledDocument;
import javax.swing.text.Element;

/**
 * The Narratives page: the sections of every submission; the writer edits the text, marks a span confidential
 * (Ctrl+Shift+C; shown highlighted and underlined), inserts references to values of the dossier (shown as chips,
 * {@link NarrativeReferences}), and a background leak scan underlines in red every confidential value written, or
 * computable from what is written, in unmarked text ({@link NarrativeLeakMarks}); Ctrl+1 or the context menu offers the quick fixes
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
    /** The hint or the leaks found, wrapped to the page's width. */
    private final NarrativeHint info = new NarrativeHint();
    /** Said above the text while the leak scan cannot check it. */
    private final ScanFailedBanner unchecked = new ScanFailedBanner();
    private final Timer pause;
    private final NarrativeLeakMarks leaks;
    private NarrativeReferences refs = NarrativeReferences.NONE;
    private String[] current;
    private boolean loading;
    private boolean pending;

    /** A section of an installed jurisdiction: "Norway · Bakgrunn". */
    static String sectionLabel(String country, String section) {
        return country + " · " + hta.workbench.api.Words.code(section);
    }

    /**
     * A section of a jurisdiction whose plugin is missing, the section first and why in words: "Begruendung
     * (plugin 'de' not installed)", "Begruendung (Germany (de): plugin disabled)" — not "de · Begruendung", which
     * read as a country nobody knows.
     *
     * @param name the jurisdiction as {@code WorkbenchSite.jurisdictionName} says it (the code when nothing names it)
     * @param why  {@code WorkbenchSite.whyMissing}: "plugin not installed", "plugin disabled" …
     */
    static String missingSectionLabel(String code, String section, String name, String why) {
        String words = hta.workbench.api.Words.code(section);
        String reason = why == null || why.isBlank() ? "plugin not installed" : why;
        if (name == null || name.equals(code)) {
            return words + " (" + (reason.startsWith("plugin ") ? "plugin '" + code + "' " + reason.substring(7)
                    : "'" + code + "': " + reason) + ")";
        }
        return words + " (" + name + ": " + reason + ")";
    }

    /** The jurisdiction's name the dossier recorded while its plugin was installed; null when none. */
    private String recordedName(String code) {
        return editor.dossier().submission(code).map(s -> s.jurisdictionName).orElse(null);
    }

    NarrativesPage(EditorPageSite editor) {
        super(new BorderLayout());
        this.editor = editor;
        list.setName("narratives.sections");
        text.setName("narratives.text");
        list.setCellRenderer((l, v, i, sel, f) -> {
            // the country's name and the section in words, not the codes the dossier file stores
            String country = editor.workbench().jurisdiction(v[0]).map(Jurisdiction::displayName).orElse(null);
            JLabel lab = new JLabel(country != null ? sectionLabel(country, v[1])
                    : missingSectionLabel(v[0], v[1], editor.workbench().jurisdictionName(v[0], recordedName(v[0])),
                    editor.workbench().whyMissing(v[0])));
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
        leaks = new NarrativeLeakMarks(editor, text, doc, () -> current, this::counted);
        hint(HINT);
        NarrativeQuickFix.install(this);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(list), new JScrollPane(text));
        split.setDividerLocation(220);
        add(unchecked, BorderLayout.NORTH);
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
        return leaks.count();
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
        return leaks.findings();
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
        editor.execute(new SetNarrative(label + " in " + sectionName(), current[0], current[1], before, now));
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
        editor.execute(new SetNarrative("Edit text of " + sectionName(), current[0], current[1], before, now));
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
                + sectionName(), current[0], current[1], before, now));
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

    /** The section shown, in words (the Edit menu names it in Undo and Redo). */
    private String sectionName() {
        return hta.workbench.api.Words.code(current[1]);
    }

    private void scanLater() {
        leaks.scanLater();
    }

    /** The confidentiality policies of the jurisdictions the dossier is submitted to (installed ones). */
    List<ConfidentialityPolicy> policies(Dossier d) {
        return leaks.policies(d);
    }

    /** The hint, or how many leaks are underlined and what to do about them. */
    private void counted(int leaks) {
        unchecked.setVisible(leaks == NarrativeLeakMarks.FAILED);
        if (leaks == NarrativeLeakMarks.FAILED) {
            hint(HINT);
            return;
        }
        hint(leaks == 0 ? HINT : "⚠ " + leaks + " confidential value(s) readable or computable from unmarked text —"
                + " Ctrl+1 on one: mark it confidential, refer to the value, or acknowledge a coincidence.");
    }

    /** Shows {@code text} below the section, wrapped to the page's width (a one-line label cut it). */
    private void hint(String text) {
        info.say(text);
    }

    @Override
    public void dispose() {
        pause.stop();
    }
}
