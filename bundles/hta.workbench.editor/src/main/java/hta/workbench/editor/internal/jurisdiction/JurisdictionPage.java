package hta.workbench.editor.internal.jurisdiction;

import hta.workbench.api.EditorPlace;

import hta.workbench.api.Colours;

import hta.dossier.Submission;
import hta.jurisdiction.Agency;
import hta.jurisdiction.DecisionTerm;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.StatusTerm;
import hta.timeline.TimeTarget;
import hta.workbench.api.EditorPage;
import hta.workbench.api.EditorPageSite;
import hta.workbench.editor.internal.Reveals;
import hta.workbench.editor.internal.ScrollablePanel;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * The editor page of one jurisdiction's submission, in that country's terms: the agencies, the case reference
 * checked against the jurisdiction's format, the pathway (those its time targets know), the status and the
 * decision from its own vocabulary (its words, with an English gloss), and the milestones of its process with
 * their dates written as the country writes them; beside the milestones, the submission's agreements and the
 * parties its memos name ({@link AgreementsSection}, {@link PartiesSection}). Everything it shows comes from the
 * {@link Jurisdiction} service, so the page arrives and leaves with the jurisdiction's bundle. Every change is
 * one undoable edit. Used on the EDT.
 */
final class JurisdictionPage implements EditorPage {
    /** One entry of a vocabulary: the stored code and how it is shown. */
    record Choice(String code, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** The height the milestone, agreement and party sections keep at least. */
    private static final int SECTIONS_HEIGHT = 400;

    private final Jurisdiction j;
    private final EditorPageSite site;
    private final String code;
    private final JPanel panel = new JPanel(new BorderLayout(0, 4));
    /** In the page's scroll pane: as wide as the editor, as tall unless that squeezes the tables below their minimum. */
    private final ScrollablePanel content = new ScrollablePanel(new BorderLayout(0, 8), true);
    private final JTextField caseReference = new JTextField(24);
    private final JLabel caseCheck = new JLabel(" ");
    private final JComboBox<String> pathway = new JComboBox<>();
    private final JComboBox<Choice> status = new JComboBox<>();
    private final JComboBox<Choice> decision = new JComboBox<>();
    private final JTextField decisionDate = new JTextField(12);
    private final JLabel decisionDateWritten = new JLabel(" ");
    private final JLabel message = new hta.workbench.editor.internal.ErrorText(null);
    private final MilestonesSection milestones;
    private final JTabbedPane sections = new JTabbedPane();
    private final AgreementsSection agreements;
    private final PartiesSection parties;
    private boolean refreshing;

    JurisdictionPage(Jurisdiction j, EditorPageSite site) {
        this.j = j;
        this.site = site;
        this.code = j.code();
        String p = "jp." + code + ".";
        this.milestones = new MilestonesSection(p, j, site, message::setText);
        panel.setName(p + "page");
        content.setBorder(BorderFactory.createEmptyBorder(10, 10, 4, 10));
        caseReference.setName(p + "caseReference");
        caseCheck.setName(p + "caseReference.check");
        pathway.setName(p + "pathway");
        pathway.setEditable(true);
        status.setName(p + "status");
        decision.setName(p + "decision");
        decisionDate.setName(p + "decisionDate");
        message.setName(p + "message");
        content.add(top(), BorderLayout.NORTH);
        agreements = new AgreementsSection(p, code, site, message::setText);
        parties = new PartiesSection(p, code, site, message::setText);
        content.add(sections(p), BorderLayout.CENTER);
        JScrollPane page = new JScrollPane(content);
        page.setBorder(BorderFactory.createEmptyBorder());
        panel.add(page, BorderLayout.CENTER);
        message.setBorder(BorderFactory.createEmptyBorder(0, 10, 6, 10));
        panel.add(message, BorderLayout.SOUTH); // outside the scrolling, so a refusal is always in sight
        vocabularies();
        listen();
    }

    /** The title and the form: agencies, case reference, pathway, status, decision and its date. */
    private JComponent top() {
        JPanel form = new JPanel(new GridBagLayout());
        int[] row = {0};
        StringBuilder agencies = new StringBuilder("<html>");
        for (Agency a : j.agencies()) {
            if (agencies.length() > 6) agencies.append("<br>");
            agencies.append("<b>").append(esc(a.acronym())).append("</b> ").append(esc(a.name()))
                    .append(" — ").append(esc(a.role()));
        }
        addRow(form, row, "Agencies", new JLabel(agencies + "</html>"));
        JPanel ref = new JPanel(new BorderLayout(8, 0));
        ref.setOpaque(false);
        ref.add(caseReference, BorderLayout.WEST);
        ref.add(caseCheck, BorderLayout.CENTER);
        addRow(form, row, "Case reference", ref);
        addRow(form, row, "Pathway", pathway);
        addRow(form, row, "Status", status);
        addRow(form, row, "Decision", decision);
        JPanel date = new JPanel(new BorderLayout(8, 0));
        date.setOpaque(false);
        date.add(decisionDate, BorderLayout.WEST);
        date.add(decisionDateWritten, BorderLayout.CENTER);
        addRow(form, row, "Decision date (yyyy-mm-dd)", date);
        JLabel title = new JLabel(hta.workbench.api.Words.names(j.nativeName(), j.displayName()) + " (" + j.locale().toLanguageTag() + ", "
                + j.currency().getCurrencyCode() + ")");
        title.setFont(title.getFont().deriveFont(java.awt.Font.BOLD, title.getFont().getSize2D() * 1.2f));
        JPanel top = new JPanel(new BorderLayout(0, 6));
        top.add(title, BorderLayout.NORTH);
        top.add(form, BorderLayout.CENTER);
        return top;
    }

    /** The milestones, agreements and memo parties, one tab each. */
    private JComponent sections(String p) {
        sections.setName(p + "sections");
        sections.addTab("Milestones", milestones.component());
        sections.addTab("Agreements", agreements.component());
        sections.addTab("Memo Parties", parties.component());
        // Alt+letter picks a section; letters the menu bar (File, Edit, Navigate, Window, Help, ...) does not use
        sections.setMnemonicAt(0, KeyEvent.VK_L);
        sections.setMnemonicAt(1, KeyEvent.VK_G);
        sections.setMnemonicAt(2, KeyEvent.VK_O);
        // the tables keep room for a few rows; a smaller editor scrolls the page instead of squeezing them away
        sections.setMinimumSize(new Dimension(200, SECTIONS_HEIGHT));
        sections.setPreferredSize(new Dimension(200, SECTIONS_HEIGHT));
        // picking a section shows all of it when the page is scrolled
        sections.addChangeListener(e -> SwingUtilities.invokeLater(() -> content.scrollRectToVisible(
                new Rectangle(0, sections.getY(), content.getWidth(), content.getHeight() - sections.getY()))));
        return sections;
    }

    /** The status and decision choices: the jurisdiction's words, which do not change while the page lives. */
    private void vocabularies() {
        DefaultComboBoxModel<Choice> statuses = new DefaultComboBoxModel<>();
        for (StatusTerm t : j.statusVocabulary()) statuses.addElement(new Choice(t.code(), hta.workbench.api.Words.names(t.wording(), t.gloss())));
        status.setModel(statuses);
        DefaultComboBoxModel<Choice> decisions = new DefaultComboBoxModel<>();
        decisions.addElement(new Choice(null, "(no decision yet)"));
        for (DecisionTerm t : j.decisionVocabulary()) decisions.addElement(new Choice(t.code(), hta.workbench.api.Words.names(t.wording(), t.gloss())));
        decision.setModel(decisions);
    }

    /** Every field records its change as one edit. */
    private void listen() {
        onCommit(caseReference, this::commitCaseReference);
        onCommit(decisionDate, this::commitDecisionDate);
        pathway.addActionListener(e -> commitPathway(pathway.getSelectedItem()));
        status.addActionListener(e -> {
            Choice c = (Choice) status.getSelectedItem();
            if (refreshing || c == null || Objects.equals(c.code(), sub().status)) return;
            site.execute(SubmissionEdit.field("Change status", site.dossier(), code, s -> s.status,
                    (s, x) -> s.status = x, c.code()));
        });
        decision.addActionListener(e -> {
            Choice c = (Choice) decision.getSelectedItem();
            String current = sub().decision == null ? null : sub().decision.outcome;
            if (refreshing || c == null || Objects.equals(c.code(), current)) return;
            site.execute(SubmissionEdit.decisionOutcome(site.dossier(), code, c.code()));
        });
    }

    private static Color errorColour() {
        return Colours.error();
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;");
    }

    private static void addRow(JPanel form, int[] row, String label, JComponent field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row[0]++;
        c.insets = new Insets(3, 3, 3, 8);
        c.anchor = GridBagConstraints.NORTHWEST;
        JLabel l = new JLabel(label);
        l.setLabelFor(field);
        form.add(l, c);
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        form.add(field, c);
    }

    /** Runs {@code commit} on Enter and when the field loses the focus. */
    static void onCommit(JTextField field, Runnable commit) {
        field.addActionListener(e -> commit.run());
        field.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                commit.run();
            }
        });
    }

    private Submission sub() {
        return SubmissionEdit.submission(site.dossier(), code);
    }

    /** Records the pathway chosen or typed into the editable box. */
    private void commitPathway(Object v) {
        if (refreshing) return;
        String value = pathwayValue(v);
        if (!Objects.equals(value, sub().pathway)) {
            site.execute(SubmissionEdit.field("Change pathway", site.dossier(), code, s -> s.pathway,
                    (s, x) -> s.pathway = x, value));
        }
    }

    private static String pathwayValue(Object v) {
        return v == null || v.toString().isBlank() ? null : v.toString().trim();
    }

    private void commitCaseReference() {
        if (refreshing) return;
        String v = caseReference.getText().trim().isEmpty() ? null : caseReference.getText().trim();
        if (!Objects.equals(v, sub().caseReference)) {
            // kept even when the format is wrong (nothing typed is lost); the check says what is wrong
            site.execute(SubmissionEdit.field("Change case reference", site.dossier(), code, s -> s.caseReference,
                    (s, x) -> s.caseReference = x, v));
        }
        showCaseCheck();
    }

    private void showCaseCheck() {
        String v = sub().caseReference;
        Optional<String> problem = v == null ? Optional.empty() : j.validateCaseReference(v);
        if (problem.isPresent()) {
            caseCheck.setForeground(errorColour());
            caseCheck.setText("⚠ " + problem.get());
        } else {
            caseCheck.setForeground(UIManager.getColor("Label.foreground"));
            caseCheck.setText(v == null ? " " : "✓ a valid " + j.displayName() + " case reference");
        }
    }

    private void commitDecisionDate() {
        if (refreshing) return;
        parseDate("Decision date", decisionDate.getText(), date -> {
            LocalDate current = sub().decision == null ? null : sub().decision.date;
            if (message.getText().startsWith("Decision date")) message.setText(" "); // its own refusal, now put right
            if (!Objects.equals(date, current)) {
                message.setText(" ");
                site.execute(SubmissionEdit.decisionDate(site.dossier(), code, date));
            }
        });
    }

    /** Parses a date as yyyy-mm-dd; a wrong one names the field and is not applied (the field keeps the text). */
    private void parseDate(String field, String text, Consumer<LocalDate> then) {
        MilestonesSection.parseDate(field, text, message::setText, then);
    }

    /**
     * Shows a place a problem names: the case reference, the status, or a milestone of the process (on the
     * Milestones tab).
     */
    @Override
    public void reveal(EditorPlace place) {
        // in the field's own coordinates: its bounds (in its parent's) scrolled to some other place of the form
        if ("caseReference".equals(place.item())) {
            Reveals.scrollIntoView(caseReference, new Rectangle(caseReference.getSize()));
            caseReference.requestFocusInWindow();
        } else if ("status".equals(place.item())) {
            Reveals.scrollIntoView(status, new Rectangle(status.getSize()));
            status.requestFocusInWindow();
        } else if (place.item() != null) {
            sections.setSelectedIndex(0);
            sections.validate(); // the tab just chosen is laid out before its row is scrolled to
            milestones.reveal(place.item());
        }
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public void commitPending() {
        milestones.commitPending();
        commitPathway(pathway.getEditor().getItem());
        commitCaseReference();
        commitDecisionDate(); // a date already refused stays refused, with its message
        agreements.commitPending();
        parties.commitPending();
    }

    @Override
    public boolean hasPending() {
        Submission s = sub();
        String typedReference = caseReference.getText().trim().isEmpty() ? null : caseReference.getText().trim();
        return milestones.hasPending() || !Objects.equals(typedReference, s.caseReference)
                || !Objects.equals(pathwayValue(pathway.getEditor().getItem()), s.pathway)
                || decisionDatePending() || agreements.hasPending() || parties.hasPending();
    }

    /** A valid date typed into the decision date field that the dossier does not hold yet (a refused one is not). */
    private boolean decisionDatePending() {
        LocalDate current = sub().decision == null ? null : sub().decision.date;
        try {
            return !Objects.equals(SubmissionValues.parseDate("Decision date", decisionDate.getText()), current);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void refresh() {
        refreshing = true;
        try {
            Submission s = sub();
            String ref = s.caseReference == null ? "" : s.caseReference;
            if (!caseReference.getText().equals(ref)) caseReference.setText(ref);
            showCaseCheck();
            Set<String> pathways = new LinkedHashSet<>();
            for (TimeTarget t : j.processRules().targets()) {
                if (t.pathway() != null) pathways.add(t.pathway());
            }
            if (s.pathway != null) pathways.add(s.pathway);
            pathway.setModel(new DefaultComboBoxModel<>(pathways.toArray(String[]::new)));
            pathway.setSelectedItem(s.pathway);
            select(status, s.status, " (not in " + j.displayName() + "'s status list)");
            select(decision, s.decision == null ? null : s.decision.outcome,
                    " (not in " + j.displayName() + "'s decision vocabulary)");
            LocalDate dd = s.decision == null ? null : s.decision.date;
            decisionDate.setText(dd == null ? "" : dd.toString());
            decisionDateWritten.setText(dd == null ? " " : j.formats().longDate(dd));
            milestones.refresh(s);
            agreements.refresh();
            parties.refresh();
        } finally {
            refreshing = false;
        }
    }

    /** Selects the entry of {@code code}; a code the vocabulary does not know is shown as it is stored. */
    private static void select(JComboBox<Choice> box, String code, String unknown) {
        DefaultComboBoxModel<Choice> m = (DefaultComboBoxModel<Choice>) box.getModel();
        for (int i = 0; i < m.getSize(); i++) {
            if (Objects.equals(m.getElementAt(i).code(), code)) {
                box.setSelectedIndex(i);
                return;
            }
        }
        if (code == null) {
            box.setSelectedIndex(-1);
            return;
        }
        for (int i = m.getSize() - 1; i >= 0; i--) {
            if (m.getElementAt(i).text().endsWith(unknown)) m.removeElementAt(i);
        }
        Choice c = new Choice(code, code + unknown);
        m.addElement(c);
        box.setSelectedItem(c);
    }
}
