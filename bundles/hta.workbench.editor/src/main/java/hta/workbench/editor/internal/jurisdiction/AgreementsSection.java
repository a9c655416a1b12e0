package hta.workbench.editor.internal.jurisdiction;

import hta.workbench.api.CutText;


import hta.dossier.Agreement;
import hta.dossier.Classification;
import hta.workbench.api.EditorPageSite;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.AbstractAction;
import javax.swing.DefaultCellEditor;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableCellRenderer;

/**
 * The agreements of one submission (managed access, payment by result, framework or rebate agreements) as a
 * table edited in place: kind, description, reference, the period as yyyy-MM-dd, and the classification, shown
 * in words and toggled like a price's. A date that is not one, or a period that ends before it starts, is
 * refused with a message and changes nothing. Every change is one undoable edit. EDT only.
 */
final class AgreementsSection {
    private static final String[] COLUMNS = {"Kind", "Description", "Reference", "Start (yyyy-mm-dd)",
            "End (yyyy-mm-dd)", "Classification"};
    private static final int KIND = 0;
    private static final int DESCRIPTION = 1;
    private static final int REFERENCE = 2;
    private static final int START = 3;
    private static final int END = 4;
    private static final int CLASSIFICATION = 5;

    private final EditorPageSite site;
    private final String code;
    private final Consumer<String> message;
    private final Model model = new Model();
    private final JTable table = new JTable(model);
    private final JPanel panel = new JPanel(new BorderLayout(0, 4));

    AgreementsSection(String prefix, String code, EditorPageSite site, Consumer<String> message) {
        this.site = site;
        this.code = code;
        this.message = message;
        table.setName(prefix + "agreements");
        CutText.showInTooltips(table);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.putClientProperty("terminateEditOnFocusLost", true);
        table.setSurrendersFocusOnKeystroke(true);
        table.setDefaultRenderer(Object.class, new Renderer());
        JComboBox<String> kinds = new JComboBox<>(SubmissionValues.AGREEMENT_KINDS.values().toArray(String[]::new));
        kinds.setEditable(true); // a kind the list does not know may be typed as its code
        table.getColumnModel().getColumn(KIND).setCellEditor(new DefaultCellEditor(kinds));
        List<String> levels = new ArrayList<>();
        for (Classification c : Classification.values()) levels.add(SubmissionValues.classificationLabel(c));
        table.getColumnModel().getColumn(CLASSIFICATION)
                .setCellEditor(new DefaultCellEditor(new JComboBox<>(levels.toArray(String[]::new))));
        table.getColumnModel().getColumn(DESCRIPTION).setPreferredWidth(320);
        table.setToolTipText("Insert adds an agreement, Delete removes the selected one; Ctrl+Tab leaves the table");

        JButton add = button(prefix + "agreements.add", "Add Agreement", 'A', this::add);
        JButton remove = button(prefix + "agreements.remove", "Remove", 'R', this::removeSelected);
        JButton toggle = button(prefix + "agreements.toggleClassification", "Toggle Classification", 'C',
                this::toggleSelected);
        toggle.setToolTipText("Public → Confidential → Academic in confidence → Public");
        bind(table, KeyStroke.getKeyStroke(KeyEvent.VK_INSERT, 0), "addAgreement", this::add);
        bind(table, KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), "removeAgreement", this::removeSelected);

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        buttons.add(add);
        buttons.add(remove);
        buttons.add(toggle);
        buttons.add(new JLabel("A confidential agreement's description never appears in a public memo."));
        panel.add(new JScrollPane(table), BorderLayout.CENTER);
        panel.add(buttons, BorderLayout.SOUTH);
    }

    static JButton button(String name, String text, char mnemonic, Runnable action) {
        JButton b = new JButton(text);
        b.setName(name);
        if (mnemonic != 0) b.setMnemonic(mnemonic);
        b.addActionListener(e -> action.run());
        return b;
    }

    static void bind(JComponent c, KeyStroke key, String id, Runnable action) {
        c.getInputMap(JComponent.WHEN_FOCUSED).put(key, id);
        c.getActionMap().put(id, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    /** Ends the editing of a cell the way Enter would, so that what was typed becomes an edit. */
    static void stopEditing(JTable t) {
        if (t.isEditing()) t.getCellEditor().stopCellEditing();
    }

    void commitPending() {
        stopEditing(table);
    }

    boolean hasPending() {
        return table.isEditing();
    }

    JComponent component() {
        return panel;
    }

    private List<Agreement> agreements() {
        return SubmissionEdit.submission(site.dossier(), code).agreements;
    }

    /** Shows the submission's agreements as they are now (after an edit, undo, redo or reload). */
    void refresh() {
        int sel = table.getSelectedRow();
        if (table.isEditing()) table.getCellEditor().cancelCellEditing();
        model.fireTableDataChanged();
        if (sel >= 0 && sel < table.getRowCount()) table.getSelectionModel().setSelectionInterval(sel, sel);
    }

    /** Adds an agreement at the end, confidential until the writer says otherwise, and selects it. */
    void add() {
        Agreement a = new Agreement();
        a.classification = Classification.CONFIDENTIAL;
        List<Agreement> after = new ArrayList<>(agreements());
        after.add(a);
        site.execute(SubmissionEdit.list("Add agreement", site.dossier(), code, s -> s.agreements, after));
        int row = agreements().indexOf(a);
        table.changeSelection(row, KIND, false, false);
        table.requestFocusInWindow();
    }

    void removeSelected() {
        int row = table.getSelectedRow();
        if (row < 0) {
            message.accept("Select the agreement to remove");
            return;
        }
        if (table.isEditing()) table.getCellEditor().cancelCellEditing();
        List<Agreement> after = new ArrayList<>(agreements());
        Agreement gone = after.remove(row);
        site.execute(SubmissionEdit.list("Remove agreement " + describe(gone), site.dossier(), code,
                s -> s.agreements, after));
        if (table.getRowCount() > 0) {
            int next = Math.min(row, table.getRowCount() - 1);
            table.getSelectionModel().setSelectionInterval(next, next);
        }
    }

    /** Moves the selected agreement to the next classification (one edit). */
    void toggleSelected() {
        int row = table.getSelectedRow();
        if (row < 0) {
            message.accept("Select the agreement whose classification to change");
            return;
        }
        Agreement a = agreements().get(row);
        classify(a, SubmissionValues.nextClassification(a.classification));
    }

    private void classify(Agreement a, Classification c) {
        if (c == a.classification) return;
        set("Mark agreement " + describe(a) + " " + SubmissionValues.classificationLabel(c).toLowerCase(), a,
                x -> x.classification, (x, v) -> x.classification = v, c);
    }

    private <T> void set(String label, Agreement a, Function<Agreement, T> get, BiConsumer<Agreement, T> put, T value) {
        message.accept(" ");
        if (Objects.equals(get.apply(a), value)) return;
        site.execute(SubmissionEdit.entry(label, code, a, get, put, value));
    }

    private static String describe(Agreement a) {
        String kind = SubmissionValues.kindLabel(a.kind);
        return kind.isEmpty() ? "(no kind)" : kind;
    }

    /** Applies what was typed into a cell; a wrong date or period is refused with the reason, nothing changed. */
    private void edit(int row, int column, Object value) {
        Agreement a = agreements().get(row);
        String where = "Agreement " + (row + 1) + " (" + describe(a) + ")";
        try {
            switch (column) {
                case KIND:
                    set("Change agreement kind", a, x -> x.kind, (x, v) -> x.kind = v,
                            SubmissionValues.kindCode(String.valueOf(value)));
                    break;
                case DESCRIPTION:
                    set("Change agreement description", a, x -> x.description, (x, v) -> x.description = v,
                            SubmissionValues.text(value));
                    break;
                case REFERENCE:
                    set("Change agreement reference", a, x -> x.reference, (x, v) -> x.reference = v,
                            SubmissionValues.text(value));
                    break;
                case START: {
                    LocalDate d = SubmissionValues.parseDate(where + ", start date", String.valueOf(value));
                    SubmissionValues.checkPeriod(where + ", start date", d, a.endDate);
                    set("Change agreement start date", a, x -> x.startDate, (x, v) -> x.startDate = v, d);
                    break;
                }
                case END: {
                    LocalDate d = SubmissionValues.parseDate(where + ", end date", String.valueOf(value));
                    SubmissionValues.checkPeriod(where + ", end date", a.startDate, d);
                    set("Change agreement end date", a, x -> x.endDate, (x, v) -> x.endDate = v, d);
                    break;
                }
                default: {
                    Classification c = SubmissionValues.classificationOf(String.valueOf(value));
                    if (c != null) classify(a, c);
                }
            }
        } catch (IllegalArgumentException e) {
            message.accept(e.getMessage());
        }
    }

    private final class Model extends hta.workbench.editor.internal.ListTableModel<Agreement> {
        Model() {
            super(AgreementsSection.this::agreements, COLUMNS);
        }

        @Override
        public boolean isCellEditable(int r, int c) {
            return true;
        }

        @Override
        public Object getValueAt(int r, int c) {
            Agreement a = agreements().get(r);
            switch (c) {
                case KIND:
                    return SubmissionValues.kindLabel(a.kind);
                case DESCRIPTION:
                    return a.description != null ? a.description
                            : hta.workbench.editor.internal.Withheld.terms(site, code, a) ? hta.workbench.editor.internal.Withheld.MARK : "";
                case REFERENCE:
                    return a.reference == null ? "" : a.reference;
                case START:
                    return a.startDate == null ? "" : a.startDate.toString();
                case END:
                    return a.endDate == null ? "" : a.endDate.toString();
                default:
                    return SubmissionValues.classificationLabel(a.classification);
            }
        }

        @Override
        public void setValueAt(Object value, int r, int c) {
            if (r < agreements().size()) edit(r, c, value);
        }
    }

    /** Tints an agreement that may not be shown publicly, as the Prices page tints a confidential price. */
    private final class Renderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object v, boolean sel, boolean focus, int r, int c) {
            Component comp = super.getTableCellRendererComponent(t, v, sel, focus, r, c);
            List<Agreement> list = agreements();
            Classification cl = r < list.size() ? list.get(r).classification : null;
            hta.workbench.editor.internal.ConfidentialRows.paint(comp, t, sel, cl != null && !cl.isPublic(), c);
            if (comp instanceof JComponent && v != null) ((JComponent) comp).setToolTipText(v.toString());
            return comp;
        }
    }
}
