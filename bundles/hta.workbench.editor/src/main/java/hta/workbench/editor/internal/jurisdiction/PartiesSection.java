package hta.workbench.editor.internal.jurisdiction;

import hta.workbench.api.CutText;

import hta.dossier.Party;
import hta.dossier.Submission;
import hta.workbench.api.EditorPageSite;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;

/**
 * The parties a memo names: its sender (one party: organisation, role, name) and the lists of recipients,
 * copy recipients and signatories, each a table edited in place with Add, Remove and moves up and down (the
 * memo prints them in this order). Every change is one undoable edit. EDT only.
 */
final class PartiesSection {
    private static final String[] COLUMNS = {"Organisation", "Role", "Name"};

    private final EditorPageSite site;
    private final String code;
    private final Consumer<String> message;
    private final JPanel panel = new JPanel(new BorderLayout(0, 8));
    private final JTextField senderOrganisation = new JTextField(22);
    private final JTextField senderRole = new JTextField(16);
    private final JTextField senderName = new JTextField(16);
    private final List<PartyList> lists = new ArrayList<>();
    /** Commits the organisation, role and name fields of the sender, in that order. */
    private final List<Runnable> senderCommits = new ArrayList<>();

    PartiesSection(String prefix, String code, EditorPageSite site, Consumer<String> message) {
        this.site = site;
        this.code = code;
        this.message = message;
        senderOrganisation.setName(prefix + "sender.organisation");
        senderRole.setName(prefix + "sender.role");
        senderName.setName(prefix + "sender.name");
        JPanel sender = new JPanel(new GridBagLayout());
        sender.setBorder(BorderFactory.createTitledBorder("Sender (from)"));
        JTextField[] fields = {senderOrganisation, senderRole, senderName};
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(0, 4, 2, 4);
        for (int i = 0; i < fields.length; i++) {
            JLabel label = new JLabel(COLUMNS[i]);
            label.setLabelFor(fields[i]);
            c.weightx = 0;
            c.fill = GridBagConstraints.NONE;
            sender.add(label, c);
            c.weightx = i == 0 ? 2 : 1;
            c.fill = GridBagConstraints.HORIZONTAL;
            sender.add(fields[i], c);
        }
        senderCommits.add(() -> commitSender("organisation", senderOrganisation, p -> p.organisation,
                (p, v) -> p.organisation = v));
        senderCommits.add(() -> commitSender("role", senderRole, p -> p.role, (p, v) -> p.role = v));
        senderCommits.add(() -> commitSender("name", senderName, p -> p.name, (p, v) -> p.name = v));
        for (int i = 0; i < fields.length; i++) JurisdictionPage.onCommit(fields[i], senderCommits.get(i));

        JPanel tables = new JPanel(new GridLayout(0, 1, 0, 6));
        for (PartyRole role : PartyRole.values()) {
            PartyList l = new PartyList(prefix, role);
            lists.add(l);
            tables.add(l.panel);
        }
        panel.add(sender, BorderLayout.NORTH);
        panel.add(tables, BorderLayout.CENTER);
    }

    /** Commits a sender field not yet left and a cell being edited. */
    void commitPending() {
        for (Runnable r : senderCommits) r.run();
        for (PartyList l : lists) AgreementsSection.stopEditing(l.table);
    }

    /** Whether a sender field holds text the dossier does not, or a cell is being edited. */
    boolean hasPending() {
        Party p = sub().sender;
        return differs(senderOrganisation, p == null ? null : p.organisation)
                || differs(senderRole, p == null ? null : p.role) || differs(senderName, p == null ? null : p.name)
                || lists.stream().anyMatch(l -> l.table.isEditing());
    }

    private static boolean differs(JTextField field, String value) {
        String typed = field.getText().strip();
        return !typed.equals(value == null ? "" : value.strip());
    }

    JComponent component() {
        return panel;
    }

    private Submission sub() {
        return SubmissionEdit.submission(site.dossier(), code);
    }

    /** Shows the parties as they are now (after an edit, undo, redo or reload). */
    void refresh() {
        Party s = sub().sender;
        show(senderOrganisation, s == null ? null : s.organisation);
        show(senderRole, s == null ? null : s.role);
        show(senderName, s == null ? null : s.name);
        for (PartyList l : lists) l.refresh();
    }

    private static void show(JTextField field, String value) {
        String v = value == null ? "" : value;
        if (!field.getText().equals(v)) field.setText(v);
    }

    private void commitSender(String what, JTextField field, Function<Party, String> get, BiConsumer<Party, String> set) {
        String value = SubmissionValues.text(field.getText());
        Party s = sub().sender;
        if (Objects.equals(value, s == null ? null : get.apply(s))) return;
        message.accept(" ");
        site.execute(SubmissionEdit.sender("Change sender " + what, site.dossier(), code, get, set, value));
    }

    /** One list of parties: a table with its buttons. */
    private final class PartyList {
        final PartyRole role;
        final Model model = new Model();
        final JTable table = new JTable(model);
        final JPanel panel = new JPanel(new BorderLayout(6, 0));

        PartyList(String prefix, PartyRole role) {
            this.role = role;
            String p = prefix + role.field;
            table.setName(p);
            CutText.showInTooltips(table);
            table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
            table.putClientProperty("terminateEditOnFocusLost", true);
            table.setSurrendersFocusOnKeystroke(true);
            table.setPreferredScrollableViewportSize(new Dimension(480, table.getRowHeight() * 3));
            table.setToolTipText("Insert adds a " + role.one + ", Delete removes the selected one; Ctrl+Tab leaves the table");
            AgreementsSection.bind(table, KeyStroke.getKeyStroke(KeyEvent.VK_INSERT, 0), "add", this::add);
            AgreementsSection.bind(table, KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), "remove", this::remove);
            JPanel buttons = new JPanel(new GridLayout(0, 2, 2, 2));
            // no mnemonics: three lists share the tab, so the same letters would clash; Tab reaches every button
            buttons.add(AgreementsSection.button(p + ".add", "Add", (char) 0, this::add));
            buttons.add(AgreementsSection.button(p + ".remove", "Remove", (char) 0, this::remove));
            buttons.add(AgreementsSection.button(p + ".up", "Up", (char) 0, () -> move(-1)));
            buttons.add(AgreementsSection.button(p + ".down", "Down", (char) 0, () -> move(1)));
            JPanel east = new JPanel(new BorderLayout());
            east.add(buttons, BorderLayout.NORTH);
            panel.setBorder(BorderFactory.createTitledBorder(role.title));
            panel.add(new JScrollPane(table), BorderLayout.CENTER);
            panel.add(east, BorderLayout.EAST);
        }

        List<Party> parties() {
            return role.of(sub());
        }

        void refresh() {
            int sel = table.getSelectedRow();
            if (table.isEditing()) table.getCellEditor().cancelCellEditing();
            model.fireTableDataChanged();
            if (sel >= 0 && sel < table.getRowCount()) table.getSelectionModel().setSelectionInterval(sel, sel);
        }

        void add() {
            Party party = new Party();
            List<Party> after = new ArrayList<>(parties());
            after.add(party);
            change("Add " + role.one, after);
            int row = parties().indexOf(party);
            table.changeSelection(row, 0, false, false);
            table.requestFocusInWindow();
        }

        void remove() {
            int row = table.getSelectedRow();
            if (row < 0) {
                message.accept("Select the " + role.one + " to remove");
                return;
            }
            if (table.isEditing()) table.getCellEditor().cancelCellEditing();
            List<Party> after = new ArrayList<>(parties());
            Party gone = after.remove(row);
            change("Remove " + role.one + " " + SubmissionValues.describe(gone), after);
            if (table.getRowCount() > 0) {
                int next = Math.min(row, table.getRowCount() - 1);
                table.getSelectionModel().setSelectionInterval(next, next);
            }
        }

        void move(int by) {
            int row = table.getSelectedRow();
            int to = row + by;
            if (row < 0 || to < 0 || to >= parties().size()) return;
            if (table.isEditing()) table.getCellEditor().cancelCellEditing();
            List<Party> after = new ArrayList<>(parties());
            after.add(to, after.remove(row));
            change("Move " + role.one + " " + (by < 0 ? "up" : "down"), after);
            table.changeSelection(to, Math.max(0, table.getSelectedColumn()), false, false);
        }

        private void change(String label, List<Party> after) {
            message.accept(" ");
            site.execute(SubmissionEdit.list(label, site.dossier(), code, role::of, after));
        }

        private final class Model extends hta.workbench.editor.internal.ListTableModel<Party> {
            Model() {
                super(PartyList.this::parties, COLUMNS);
            }

            @Override
            public boolean isCellEditable(int r, int c) {
                return true;
            }

            @Override
            public Object getValueAt(int r, int c) {
                Party p = parties().get(r);
                String v = c == 0 ? p.organisation : c == 1 ? p.role : p.name;
                return v == null ? "" : v;
            }

            @Override
            public void setValueAt(Object value, int r, int c) {
                if (r >= parties().size()) return;
                Party p = parties().get(r);
                String v = SubmissionValues.text(value);
                String what = COLUMNS[c].toLowerCase();
                Function<Party, String> get = c == 0 ? x -> x.organisation : c == 1 ? x -> x.role : x -> x.name;
                BiConsumer<Party, String> set = c == 0 ? (x, s) -> x.organisation = s
                        : c == 1 ? (x, s) -> x.role = s : (x, s) -> x.name = s;
                if (Objects.equals(get.apply(p), v)) return;
                message.accept(" ");
                site.execute(SubmissionEdit.entry("Change " + role.one + " " + what, code, p, get, set, v));
            }
        }
    }
}
