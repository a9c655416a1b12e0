package hta.workbench.editor.internal;

import hta.confidentiality.Coincidences;
import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.LeakFinding;
import hta.confidentiality.NumberWords;
import hta.confidentiality.PrintedFields;
import hta.confidentiality.ReferenceSuggestions;
import hta.dossier.Acknowledgement;
import hta.dossier.Dossier;
import hta.dossier.Narrative;
import hta.dossier.TextRun;
import hta.dossier.json.DossierJson;
import hta.jurisdiction.Jurisdiction;
import hta.workbench.api.DossierEdit;
import java.awt.Rectangle;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.swing.AbstractAction;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JTextField;
import javax.swing.JTextPane;
import javax.swing.KeyStroke;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultStyledDocument;
import javax.swing.text.Element;

/**
 * The quick fixes of the Narratives page (issue 14), on Ctrl+1 or the context menu at the caret: for a confidential
 * value the leak scan underlines — mark it confidential, or acknowledge a coincidence (recorded with a reason under
 * the writer's name, lapsing when either value changes); for a typed number that matches a value of the dossier —
 * refer to the value instead (a chip that prints in the memo's format, carries the value's classification and
 * follows its changes); and anywhere — Insert Reference to a Value… (Ctrl+Shift+I). Every fix is one undoable edit.
 * EDT only.
 */
final class NarrativeQuickFix {
    /** An underlined finding: which paragraph, and where in the document. */
    record Found(LeakFinding finding, int paragraph, int start, int end) {
    }

    private final NarrativesPage page;
    private final JTextPane text;

    private NarrativeQuickFix(NarrativesPage page) {
        this.page = page;
        this.text = page.textPane();
    }

    static void install(NarrativesPage page) {
        NarrativeQuickFix fix = new NarrativeQuickFix(page);
        JTextPane text = page.textPane();
        text.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_1, KeyEvent.CTRL_DOWN_MASK), "hta.quickFix");
        text.getActionMap().put("hta.quickFix", action(fix::showAtCaret));
        text.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_I,
                KeyEvent.CTRL_DOWN_MASK | KeyEvent.SHIFT_DOWN_MASK), "hta.insertReference");
        text.getActionMap().put("hta.insertReference", action(fix::insertReference));
        text.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                popup(e);
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                popup(e);
            }

            private void popup(MouseEvent e) {
                if (!e.isPopupTrigger()) return;
                int at = text.viewToModel2D(e.getPoint());
                if (at >= 0 && (at < text.getSelectionStart() || at > text.getSelectionEnd())) text.setCaretPosition(at);
                fix.menu().show(text, e.getX(), e.getY());
            }
        });
    }

    private static AbstractAction action(Runnable r) {
        return new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        };
    }

    private void showAtCaret() {
        if (page.current() == null) return;
        Rectangle at;
        try {
            at = text.modelToView2D(text.getCaretPosition()).getBounds();
        } catch (BadLocationException e) {
            at = new Rectangle(0, 0, 0, 0);
        }
        menu().show(text, at.x, at.y + at.height);
    }

    /** The fixes at the caret, then Insert Reference. */
    JPopupMenu menu() {
        JPopupMenu m = new JPopupMenu("Quick fix");
        m.setName("narratives.quickFix");
        int caret = text.getCaretPosition();
        // one place may reveal several values (the price itself, and totals computed from it): one fix each
        List<Found> here = page.findings().stream().filter(f -> caret >= f.start() && caret <= f.end())
                .sorted(java.util.Comparator.comparing((Found f) -> f.finding().kind() != LeakFinding.Kind.WRITTEN)).toList();
        if (!here.isEmpty()) {
            List<String> ids = here.stream().map(f -> f.finding().valueId()).distinct().toList();
            boolean written = here.get(0).finding().kind() == LeakFinding.Kind.WRITTEN;
            String more = ids.size() == 1 ? "" : (written ? "; " : " and ") + (ids.size() - 1) + " more can be computed from it";
            String what = "'" + ids.get(0) + "'" + (written ? " is written here" + more : more.isEmpty() ? " can be computed from it" : more);
            int start = here.stream().mapToInt(Found::start).min().orElseThrow();
            int end = here.stream().mapToInt(Found::end).max().orElseThrow();
            m.add(item("Mark confidential (the value " + what + ")", () -> markConfidential(start, end)));
            m.add(item("Acknowledge a coincidence with '" + ids.get(0) + "'" + (ids.size() > 1 ? " and " + (ids.size() - 1) + " more" : "")
                    + "…", () -> acknowledge(here)));
        }
        for (Suggested s : suggestions(caret)) {
            m.add(item("Refer to " + NarrativeReferences.readable(s.suggestion().label()) + " (" + s.suggestion().valueId() + ") instead of the typed number",
                    () -> refer(s)));
        }
        if (m.getComponentCount() > 0) m.addSeparator();
        m.add(item("Insert Reference to a Value…\tCtrl+Shift+I", this::insertReference));
        return m;
    }

    private static javax.swing.JMenuItem item(String label, Runnable r) {
        String[] parts = label.split("\t");
        javax.swing.JMenuItem i = new javax.swing.JMenuItem(parts[0]);
        if (parts.length > 1) i.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_I, KeyEvent.CTRL_DOWN_MASK | KeyEvent.SHIFT_DOWN_MASK));
        i.setName("quickFix:" + parts[0]);
        i.addActionListener(e -> r.run());
        return i;
    }

    private void markConfidential(int start, int end) {
        text.select(start, end);
        page.toggleConfidential();
    }

    /** A suggestion with the document range of the typed number. */
    private record Suggested(ReferenceSuggestions.Suggestion suggestion, int start, int end) {
    }

    /** The numbers typed in the caret's paragraph that match a value and cover the caret. */
    private List<Suggested> suggestions(int caret) {
        String[] section = page.current();
        if (section == null) return List.of();
        DefaultStyledDocument doc = page.document();
        Element root = doc.getDefaultRootElement();
        int p = root.getElementIndex(caret);
        Narrative shown = NarrativeDocument.read(doc);
        if (p >= shown.paragraphs.size()) return List.of();
        List<TextRun> runs = shown.paragraphs.get(p);
        int paragraphStart = root.getElement(p).getStartOffset();
        return ReferenceSuggestions.in(page.editor().dossier(), runs, words(section[0])).stream().map(s -> {
            int runStart = paragraphStart;
            for (int r = 0; r < s.run(); r++) runStart += runs.get(r).isReference() ? 1 : runs.get(r).text.length();
            return new Suggested(s, runStart + s.start(), runStart + s.end());
        }).filter(s -> caret >= s.start() && caret <= s.end()).toList();
    }

    private NumberWords words(String jurisdiction) {
        return page.editor().workbench().jurisdiction(jurisdiction).map(Jurisdiction::confidentiality)
                .map(ConfidentialityPolicy::numberWords).orElse(NumberWords.NONE);
    }

    private void refer(Suggested s) {
        String id = s.suggestion().valueId();
        page.edit("Refer to " + id, () -> replace(s.start(), s.end(), id));
    }

    private void replace(int start, int end, String id) {
        try {
            page.document().remove(start, end - start);
            page.document().insertString(start, NarrativeDocument.REF_CHAR, page.references().attributes(id, null));
        } catch (BadLocationException e) {
            throw new IllegalStateException("the text changed under the fix", e);
        }
    }

    /** Asks for a value of the dossier and puts a reference to it at the caret (over the selection). */
    void insertReference() {
        if (page.current() == null) return;
        List<NarrativeReferences.Choice> choices = page.references().choices();
        if (choices.isEmpty()) {
            JOptionPane.showMessageDialog(text, "The dossier has no price, figure or budget cell with an id to refer to.",
                    "Insert Reference", JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        JComboBox<NarrativeReferences.Choice> box = new JComboBox<>(choices.toArray(NarrativeReferences.Choice[]::new));
        box.setName("narratives.referenceChoice");
        JPanel panel = new JPanel(new java.awt.BorderLayout(0, 4));
        panel.add(new JLabel("The value to refer to (the memo prints it in its format; a confidential one is redacted in the public memo):"),
                java.awt.BorderLayout.NORTH);
        panel.add(box, java.awt.BorderLayout.CENTER);
        int from = text.getSelectionStart();
        int to = text.getSelectionEnd();
        if (JOptionPane.showConfirmDialog(text, panel, "Insert Reference to a Value", JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.PLAIN_MESSAGE) != JOptionPane.OK_OPTION || box.getSelectedItem() == null) {
            return;
        }
        String id = ((NarrativeReferences.Choice) box.getSelectedItem()).value().id();
        page.edit("Insert reference to " + id, () -> replace(from, to, id));
    }

    /**
     * Records that the text may keep the number although it coincides with a confidential value: asks why (and the
     * writer's name when none is given yet), then adds the acknowledgement to the dossier as one edit.
     */
    private void acknowledge(List<Found> here) {
        Found f = here.get(0);
        List<String> ids = here.stream().map(x -> x.finding().valueId()).distinct().toList();
        Dossier copy = DossierJson.copy(page.editor().dossier());
        Optional<String> field = field(copy, page.current()[0], page.current()[1], f.paragraph());
        if (field.isEmpty()) return;
        JTextField reason = new JTextField(40);
        reason.setName("narratives.acknowledge.reason");
        JTextField author = new JTextField(page.editor().workbench().author() == null ? "" : page.editor().workbench().author(), 20);
        author.setName("narratives.acknowledge.author");
        JPanel panel = new JPanel(new java.awt.GridLayout(0, 1, 0, 2));
        panel.add(new JLabel("<html>The text shows a number that equals, or lets a reader compute, the confidential value"
                + (ids.size() > 1 ? "s " : " ") + String.join(", ", ids) + ".<br>Record why this is a harmless coincidence;"
                + " the record lapses when either value changes.</html>"));
        panel.add(new JLabel("Why it is harmless:"));
        panel.add(reason);
        panel.add(new JLabel("Your name:"));
        panel.add(author);
        while (JOptionPane.showConfirmDialog(text, panel, "Acknowledge a Coincidence", JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.PLAIN_MESSAGE) == JOptionPane.OK_OPTION) {
            if (reason.getText().isBlank() || author.getText().isBlank()) {
                JOptionPane.showMessageDialog(text, "An acknowledgement needs a reason and your name.", "Acknowledge a Coincidence",
                        JOptionPane.WARNING_MESSAGE);
                continue;
            }
            page.commitPending();
            Dossier now = DossierJson.copy(page.editor().dossier());
            List<Acknowledgement> records = ids.stream().map(id -> Coincidences.acknowledge(now, field.get(), id,
                    reason.getText(), author.getText(), Instant.now())).toList();
            if (page.editor().workbench().author() == null) page.editor().workbench().setAuthor(author.getText());
            page.editor().execute(new AddAcknowledgements(records));
            return;
        }
    }

    /** The JSON path of a paragraph as the leak scanner and acknowledgements name it. */
    static Optional<String> field(Dossier d, String jurisdiction, String section, int paragraph) {
        int s = d.submissions.indexOf(d.submission(jurisdiction).orElse(null));
        if (s < 0) return Optional.empty();
        String prefix = "$.submissions[" + s + "].sections";
        String suffix = ".paragraphs[" + paragraph + "]";
        return PrintedFields.of(d, jurisdiction).stream().map(PrintedFields.Field::path)
                .filter(x -> x.startsWith(prefix) && x.endsWith(suffix) && x.contains(section)).findFirst();
    }

    /**
     * The findings in narrative that no active acknowledgement covers (an acknowledged coincidence is not a leak:
     * the public export lets it through, so the page does not underline it).
     */
    static List<LeakFinding> unacknowledged(Dossier d, List<LeakFinding> findings) {
        if (d.acknowledgements.isEmpty()) return findings;
        java.util.regex.Pattern where = java.util.regex.Pattern.compile("submission (.+), section (.+), paragraph (\\d+)");
        return findings.stream().filter(f -> {
            java.util.regex.Matcher m = where.matcher(f.location());
            if (!m.matches()) return true;
            Optional<String> field = field(d, m.group(1), m.group(2), Integer.parseInt(m.group(3)) - 1);
            return field.isEmpty() || !Coincidences.covers(d, new hta.confidentiality.Disclosure(field.get(), null, null, f, null));
        }).toList();
    }

    /** The document offset of character {@code offset} of paragraph {@code p}'s text as the scanner read it. */
    static int documentOffset(DefaultStyledDocument doc, int p, int offset) {
        Element para = doc.getDefaultRootElement().getElement(p);
        int seen = 0;
        for (int i = para.getStartOffset(); i < para.getEndOffset(); i++) {
            if (doc.getCharacterElement(i).getAttributes().getAttribute(NarrativeDocument.REF) != null) continue;
            if (seen == offset) return i;
            seen++;
        }
        return para.getEndOffset() - 1;
    }

    /** Adds acknowledgements to the dossier; Swing-free. */
    static final class AddAcknowledgements implements DossierEdit {
        private final List<Acknowledgement> records;

        AddAcknowledgements(List<Acknowledgement> records) {
            this.records = List.copyOf(records);
        }

        @Override
        public String label() {
            return "Acknowledge a coincidence with " + records.get(0).confidentialItem + (records.size() > 1 ? " and others" : "");
        }

        @Override
        public void apply(Dossier d) {
            d.acknowledgements.addAll(records);
        }

        @Override
        public void revert(Dossier d) {
            d.acknowledgements.removeAll(records);
        }
    }
}
