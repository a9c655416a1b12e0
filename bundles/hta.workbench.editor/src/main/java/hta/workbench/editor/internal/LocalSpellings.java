package hta.workbench.editor.internal;

import hta.workbench.api.CutText;

import hta.dossier.Dossier;
import hta.workbench.api.EditorPageSite;
import hta.workbench.editor.internal.ops.FieldEdit;
import java.awt.AWTKeyStroke;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.KeyboardFocusManager;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;

/**
 * The local spellings of the INN on the Product page, one row per language tag. Cells are edited in place (tag or
 * spelling); a new spelling is typed below the table and added with Enter or the button; Delete or the button
 * removes the selected row. Each change is one edit; a refusal is said below the table. EDT only.
 */
final class LocalSpellings {
    private final EditorPageSite editor;
    private final Refusal error = new Refusal("product.localNames.error", 340);
    /** The tags shown, in the dossier's order; read again on every refresh. */
    private final List<String> tags = new ArrayList<>();
    private final Model model = new Model();
    private final JTable table = new JTable(model);
    private final JTextField tag = new JTextField(6);
    private final JTextField spelling = new JTextField(14);
    private final JComponent component;

    LocalSpellings(EditorPageSite editor) {
        this.editor = editor;
        table.setName("product.localNames");
        CutText.showInTooltips(table);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.putClientProperty("terminateEditOnFocusLost", true);
        table.setPreferredScrollableViewportSize(new Dimension(320, table.getRowHeight() * 4));
        table.getColumnModel().getColumn(0).setPreferredWidth(150);
        // the language by its name, the tag kept (it is what is typed when the cell is edited)
        table.getColumnModel().getColumn(0).setCellRenderer(new javax.swing.table.DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                setText(value == null ? "" : Countries.language(value.toString()));
            }
        });
        table.getColumnModel().getColumn(1).setPreferredWidth(310);
        // Tab leaves the small table (as in the other fields of the form); arrows move between cells
        table.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, Set.<AWTKeyStroke>of(
                KeyStroke.getKeyStroke(KeyEvent.VK_TAB, 0), KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.CTRL_DOWN_MASK)));
        table.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, Set.<AWTKeyStroke>of(
                KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.SHIFT_DOWN_MASK),
                KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK)));
        table.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), "hta.removeLocalName");
        table.getActionMap().put("hta.removeLocalName", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                remove();
            }
        });
        tag.setMinimumSize(tag.getPreferredSize());
        tag.setName("product.localNames.tag");
        tag.setToolTipText("a language tag such as nb, sv or da");
        spelling.setName("product.localNames.spelling");
        tag.addActionListener(e -> spelling.requestFocusInWindow());
        spelling.addActionListener(e -> add());
        component = layout();
    }

    JComponent component() {
        return component;
    }

    JTable table() {
        return table;
    }

    /** Shows the dossier's spellings now. */
    void refresh() {
        List<String> now = new ArrayList<>(spellings(editor.dossier()).keySet());
        if (now.equals(tags) && !table.isEditing()) {
            if (!tags.isEmpty()) model.fireTableRowsUpdated(0, tags.size() - 1);
            return;
        }
        int sel = table.getSelectedRow();
        if (table.isEditing()) table.getCellEditor().cancelCellEditing();
        tags.clear();
        tags.addAll(now);
        model.fireTableDataChanged();
        if (sel >= 0 && sel < tags.size()) table.getSelectionModel().setSelectionInterval(sel, sel);
    }

    /** Records a cell being edited. */
    void commitPending() {
        if (table.isEditing()) table.getCellEditor().stopCellEditing();
    }

    boolean hasPending() {
        return table.isEditing();
    }

    private static Map<String, String> spellings(Dossier d) {
        return ProductValues.localNames(d);
    }

    /** One edit from the spellings now to {@code next}, unless they are the same. */
    private void change(String what, Map<String, String> next) {
        error.say(null);
        if (!ProductValues.same(next, spellings(editor.dossier()))) {
            editor.execute(FieldEdit.of(what, editor.dossier(), LocalSpellings::spellings, ProductValues::setLocalNames, next));
        }
    }

    private void add() {
        try {
            Map<String, String> next = ProductValues.withAdded(spellings(editor.dossier()), tag.getText(), spelling.getText());
            change("Add the " + tag.getText().strip() + " spelling of the INN", next);
        } catch (IllegalArgumentException e) {
            error.say(e.getMessage() + ". Nothing was changed.");
            return;
        }
        int last = table.getRowCount() - 1;
        table.getSelectionModel().setSelectionInterval(last, last);
        tag.setText("");
        spelling.setText("");
        tag.requestFocusInWindow();
    }

    private void remove() {
        int r = table.getSelectedRow();
        if (table.isEditing()) table.getCellEditor().cancelCellEditing();
        if (r < 0 || r >= tags.size()) {
            error.say("Select the row to remove first.");
            return;
        }
        String t = tags.get(r);
        change("Remove the " + t + " spelling of the INN", ProductValues.without(spellings(editor.dossier()), t));
        int next = Math.min(r, table.getRowCount() - 1);
        if (next >= 0) table.getSelectionModel().setSelectionInterval(next, next);
    }

    /** The table with Remove beside it, the new spelling and Add below, and the refusal under them. */
    private JComponent layout() {
        JButton addButton = new JButton("Add");
        addButton.setName("product.localNames.add");
        addButton.addActionListener(e -> add());
        JButton removeButton = new JButton("Remove");
        removeButton.setName("product.localNames.remove");
        removeButton.setToolTipText("removes the selected row (Delete in the table)");
        removeButton.addActionListener(e -> remove());
        JPanel bar = new JPanel(new GridBagLayout());
        JLabel tagLabel = new JLabel("Language tag");
        tagLabel.setLabelFor(tag);
        JLabel spellingLabel = new JLabel("Spelling");
        spellingLabel.setLabelFor(spelling);
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(0, 0, 0, 4);
        bar.add(tagLabel, c);
        bar.add(tag, c);
        bar.add(spellingLabel, c);
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        bar.add(spelling, c);
        c.fill = GridBagConstraints.NONE;
        c.weightx = 0;
        c.insets = new Insets(0, 0, 0, 0);
        bar.add(addButton, c);
        JPanel south = new JPanel(new BorderLayout(0, 2));
        south.add(bar, BorderLayout.NORTH);
        south.add(error, BorderLayout.CENTER);
        JPanel side = new JPanel(new BorderLayout());
        side.add(removeButton, BorderLayout.NORTH);
        JPanel holder = new JPanel(new BorderLayout(4, 3));
        holder.add(new ListScroll(table), BorderLayout.CENTER);
        holder.add(side, BorderLayout.EAST);
        holder.add(south, BorderLayout.SOUTH);
        return holder;
    }

    /** Language tag and spelling, both edited in place; a refused change is said below the table. */
    private final class Model extends AbstractTableModel {
        private final String[] columns = {"Language", "Spelling of the INN"};

        @Override
        public int getRowCount() {
            return tags.size();
        }

        @Override
        public int getColumnCount() {
            return 2;
        }

        @Override
        public String getColumnName(int c) {
            return columns[c];
        }

        @Override
        public Object getValueAt(int r, int c) {
            String t = tags.get(r);
            return c == 0 ? t : spellings(editor.dossier()).getOrDefault(t, "");
        }

        @Override
        public boolean isCellEditable(int r, int c) {
            return true;
        }

        @Override
        public void setValueAt(Object value, int r, int c) {
            String t = tags.get(r);
            String text = value == null ? "" : value.toString().strip();
            Map<String, String> now = spellings(editor.dossier());
            try {
                if (c == 0) {
                    if (text.equals(t)) return;
                    change("Change language tag " + t + " to " + text, ProductValues.withTag(now, t, text));
                } else {
                    change("Change the " + t + " spelling of the INN", ProductValues.withSpelling(now, t, text));
                }
            } catch (IllegalArgumentException e) {
                error.say(e.getMessage() + ". Nothing was changed.");
            }
        }
    }
}
