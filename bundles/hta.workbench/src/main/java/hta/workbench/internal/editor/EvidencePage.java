package hta.workbench.internal.editor;

import hta.dossier.Dossier;
import hta.workbench.internal.ops.FieldEdit;
import hta.workbench.internal.ops.ListEdit;
import java.awt.AWTKeyStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.KeyboardFocusManager;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;

/**
 * The Evidence page: the comparator, the key outcomes, the follow-up and the uncertainties. The texts commit on
 * Enter or when they lose the focus; the lists are edited in place, a new row is typed below its list and added
 * with Enter or the button, Delete or the button removes the selected row. Each change is one edit. EDT only.
 */
final class EvidencePage extends JPanel {
    private static final Color ERROR = new Color(190, 30, 30);

    private final DossierEditor editor;
    private final List<Runnable> refreshers = new ArrayList<>();
    /** Turn what is typed but not yet recorded (a field not left, a cell being edited) into edits. */
    private final List<Runnable> pending = new ArrayList<>();
    /** Whether anything is typed but not yet recorded. */
    private final List<java.util.function.BooleanSupplier> unrecorded = new ArrayList<>();
    private int row;

    EvidencePage(DossierEditor editor) {
        super(new GridBagLayout());
        this.editor = editor;
        setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        text("Comparator", "comparator", d -> d.evidence.comparator, (d, v) -> d.evidence.comparator = v);
        list("Key outcomes", "keyOutcomes", "key outcome", d -> d.evidence.keyOutcomes);
        text("Follow-up", "followUp", d -> d.evidence.followUp, (d, v) -> d.evidence.followUp = v);
        list("Uncertainties", "uncertainties", "uncertainty", d -> d.evidence.uncertainties);
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.weighty = 1;
        add(new JLabel(), c);
        refresh();
    }

    private void text(String label, String name, Function<Dossier, String> get, BiConsumer<Dossier, String> set) {
        JTextField field = new JTextField(48);
        field.setName("evidence." + name);
        Runnable commit = () -> {
            String v = field.getText().strip().isEmpty() ? null : field.getText().strip();
            if (!Objects.equals(v, get.apply(editor.dossier()))) {
                editor.execute(FieldEdit.of("Change " + label.toLowerCase(), editor.dossier(), get, set, v));
            }
        };
        pending.add(commit);
        unrecorded.add(() -> {
            String v = get.apply(editor.dossier());
            return !field.getText().strip().equals(v == null ? "" : v);
        });
        field.addActionListener(e -> commit.run());
        field.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                commit.run();
            }
        });
        refreshers.add(() -> {
            String v = get.apply(editor.dossier());
            if (!Objects.equals(field.getText(), v == null ? "" : v)) field.setText(v == null ? "" : v);
        });
        addRow(label, field, field);
    }

    /** A list of texts: one row per entry, edited in place; added below, removed with Delete or the button. */
    private void list(String label, String name, String what, Function<Dossier, List<String>> list) {
        JLabel error = new JLabel(" ");
        error.setName("evidence." + name + ".error");
        error.setForeground(ERROR);
        List<String> shown = new ArrayList<>();
        AbstractTableModel model = new AbstractTableModel() {
            @Override
            public int getRowCount() {
                return shown.size();
            }

            @Override
            public int getColumnCount() {
                return 1;
            }

            @Override
            public String getColumnName(int c) {
                return label;
            }

            @Override
            public Object getValueAt(int r, int c) {
                return shown.get(r);
            }

            @Override
            public boolean isCellEditable(int r, int c) {
                return true;
            }

            @Override
            public void setValueAt(Object value, int r, int c) {
                String text = value == null ? "" : value.toString().strip();
                if (text.isEmpty()) {
                    error.setText("A " + what + " cannot be empty; remove the row instead. Nothing was changed.");
                    return;
                }
                error.setText(" ");
                if (r >= list.apply(editor.dossier()).size() || text.equals(list.apply(editor.dossier()).get(r))) return;
                editor.execute(FieldEdit.of("Change " + what + " " + (r + 1), editor.dossier(),
                        d -> list.apply(d).get(r), (d, v) -> list.apply(d).set(r, v), text));
            }
        };
        JTable table = new JTable(model);
        table.setName("evidence." + name);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.putClientProperty("terminateEditOnFocusLost", true);
        table.setPreferredScrollableViewportSize(new Dimension(560, table.getRowHeight() * 4));
        // Tab leaves the small table (as in the other fields of the form); arrows move between rows
        table.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, Set.<AWTKeyStroke>of(
                KeyStroke.getKeyStroke(KeyEvent.VK_TAB, 0), KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.CTRL_DOWN_MASK)));
        table.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, Set.<AWTKeyStroke>of(
                KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.SHIFT_DOWN_MASK),
                KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK)));

        pending.add(() -> {
            if (table.isEditing()) table.getCellEditor().stopCellEditing();
        });
        unrecorded.add(table::isEditing);

        JTextField entry = new JTextField(40);
        entry.setName("evidence." + name + ".new");
        Runnable add = () -> {
            String text = entry.getText().strip();
            if (text.isEmpty()) {
                error.setText("Type the " + what + " to add first.");
                return;
            }
            error.setText(" ");
            int at = list.apply(editor.dossier()).size();
            editor.execute(ListEdit.insert("Add " + what, list, at, text));
            table.getSelectionModel().setSelectionInterval(at, at);
            entry.setText("");
        };
        entry.addActionListener(e -> add.run());
        Runnable remove = () -> {
            int r = table.getSelectedRow();
            if (table.isEditing()) table.getCellEditor().cancelCellEditing();
            if (r < 0 || r >= list.apply(editor.dossier()).size()) {
                error.setText("Select the row to remove first.");
                return;
            }
            error.setText(" ");
            editor.execute(ListEdit.remove("Remove " + what + " " + (r + 1), editor.dossier(), list, r));
            int next = Math.min(r, table.getRowCount() - 1);
            if (next >= 0) table.getSelectionModel().setSelectionInterval(next, next);
        };
        table.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), "hta.removeRow");
        table.getActionMap().put("hta.removeRow", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                remove.run();
            }
        });
        JButton addButton = new JButton("Add");
        addButton.setName("evidence." + name + ".add");
        addButton.addActionListener(e -> add.run());
        JButton removeButton = new JButton("Remove");
        removeButton.setName("evidence." + name + ".remove");
        removeButton.setToolTipText("removes the selected row (Delete in the list)");
        removeButton.addActionListener(e -> remove.run());

        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        JLabel entryLabel = new JLabel("New " + what);
        entryLabel.setLabelFor(entry);
        bar.add(entryLabel);
        bar.add(entry);
        bar.add(addButton);
        bar.add(removeButton);
        JPanel south = new JPanel(new BorderLayout());
        south.add(bar, BorderLayout.NORTH);
        south.add(error, BorderLayout.SOUTH);
        JPanel holder = new JPanel(new BorderLayout(0, 3));
        holder.add(new JScrollPane(table), BorderLayout.CENTER);
        holder.add(south, BorderLayout.SOUTH);
        refreshers.add(() -> {
            List<String> now = list.apply(editor.dossier());
            int sel = table.getSelectedRow();
            if (table.isEditing()) table.getCellEditor().cancelCellEditing();
            if (now.equals(shown)) {
                if (!shown.isEmpty()) model.fireTableRowsUpdated(0, shown.size() - 1);
                return;
            }
            shown.clear();
            shown.addAll(now);
            model.fireTableDataChanged();
            if (sel >= 0 && sel < shown.size()) table.getSelectionModel().setSelectionInterval(sel, sel);
        });
        addRow(label, holder, table);
    }

    /** A row of the form: the label (for {@code focusTarget}) and the component. */
    private void addRow(String label, Component component, Component focusTarget) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row++;
        c.insets = new Insets(3, 3, 3, 8);
        c.anchor = component instanceof JPanel ? GridBagConstraints.NORTHWEST : GridBagConstraints.WEST;
        JLabel l = new JLabel(label);
        l.setLabelFor(focusTarget);
        add(l, c);
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        add(component, c);
    }

    void refresh() {
        refreshers.forEach(Runnable::run);
    }

    /** Records what is typed but not yet committed, before a save, copy or undo. */
    void commitPending() {
        pending.forEach(Runnable::run);
    }

    /** Whether a field holds text not yet recorded or a cell is being edited (Save is offered for it). */
    boolean hasPending() {
        return unrecorded.stream().anyMatch(java.util.function.BooleanSupplier::getAsBoolean);
    }
}
