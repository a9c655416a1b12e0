package hta.workbench.editor.internal;

import hta.workbench.api.CutText;

import hta.dossier.Dossier;
import hta.workbench.api.EditorPageSite;
import hta.workbench.editor.internal.ops.FieldEdit;
import hta.workbench.editor.internal.ops.ListEdit;
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
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
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
 * One list of texts of the Evidence page (the key outcomes, the uncertainties) in the language the page shows: one
 * row per entry, edited in place; a new entry is typed below and added with Enter or the button, Delete or the
 * button removes the selected row. Each change is one edit in the language it was made in. EDT only.
 */
final class EvidenceList {
    private final EditorPageSite editor;
    private final String label;
    private final String what;
    /** The list in a language's wording ({@code null}: the working language). */
    private final Function<String, Function<Dossier, List<String>>> in;
    /** The language the page shows now. */
    private final Supplier<String> language;
    /** How an edit's label names a language, e.g. " (Danish (da))"; empty for the working language. */
    private final Function<String, String> naming;
    private final JLabel error;
    private final List<String> shown = new ArrayList<>();
    private final Model model = new Model();
    /** An empty list says so in its table, and what to do (it showed a header over nothing). */
    private final JTable table = new JTable(model) {
        @Override
        protected void paintComponent(java.awt.Graphics g) {
            super.paintComponent(g);
            if (getRowCount() > 0) return;
            g.setColor(javax.swing.UIManager.getColor("Label.disabledForeground"));
            g.setFont(getFont());
            java.awt.FontMetrics fm = g.getFontMetrics();
            g.drawString(javax.swing.SwingUtilities.layoutCompoundLabel(this, fm, emptyText(), null, 0, 0, 0, 0,
                    new java.awt.Rectangle(4, 0, Math.max(0, getWidth() - 8), getRowHeight()), new java.awt.Rectangle(),
                    new java.awt.Rectangle(), 0), 4, fm.getAscent() + 2);
        }
    };
    private final JTextField entry = new JTextField(24);
    private final JComponent component;

    EvidenceList(EditorPageSite editor, String label, String name, String what,
                 Function<String, Function<Dossier, List<String>>> in, Supplier<String> language,
                 Function<String, String> naming) {
        this.editor = editor;
        this.label = label;
        this.what = what;
        this.in = in;
        this.language = language;
        this.naming = naming;
        error = new ErrorText("evidence." + name + ".error");
        table.setName("evidence." + name);
        CutText.showInTooltips(table);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true); // an empty table still has room to say so
        // no header: the form's label names the list; the header was an empty row above it (made before the label
        // was known, its column had no name)
        table.setTableHeader(null);
        table.putClientProperty("terminateEditOnFocusLost", true);
        table.setPreferredScrollableViewportSize(new Dimension(560, table.getRowHeight() * 4));
        // Tab leaves the small table (as in the other fields of the form); arrows move between rows
        table.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, Set.<AWTKeyStroke>of(
                KeyStroke.getKeyStroke(KeyEvent.VK_TAB, 0), KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.CTRL_DOWN_MASK)));
        table.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, Set.<AWTKeyStroke>of(
                KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.SHIFT_DOWN_MASK),
                KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK)));
        table.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), "hta.removeRow");
        table.getActionMap().put("hta.removeRow", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                remove();
            }
        });
        entry.setName("evidence." + name + ".new");
        entry.addActionListener(e -> add());
        component = layout(name);
    }

    JComponent component() {
        return component;
    }

    JTable table() {
        return table;
    }

    /**
     * What an empty list says in its table: none yet and how to add one; in another language, that memos in it use
     * the English entries meanwhile. Also the table's accessible description.
     */
    String emptyText() {
        String tag = language.get();
        String plural = label.toLowerCase(java.util.Locale.ROOT);
        return tag == null ? "No " + plural + " yet: type one in the field below and press Enter"
                : "No " + plural + " in " + Countries.language(tag) + " yet: memos in it use the English ones;"
                + " type one below to word them";
    }

    private List<String> list(Dossier d) {
        return in.apply(language.get()).apply(d);
    }

    /** Shows the list as the dossier holds it now, in the language shown. */
    void refresh() {
        List<String> now = list(editor.dossier());
        int sel = table.getSelectedRow();
        if (table.isEditing()) table.getCellEditor().cancelCellEditing();
        table.getAccessibleContext().setAccessibleDescription(now.isEmpty() ? emptyText() : null);
        if (now.equals(shown)) {
            if (!shown.isEmpty()) model.fireTableRowsUpdated(0, shown.size() - 1);
            table.repaint(); // the empty text follows the language shown
            return;
        }
        shown.clear();
        shown.addAll(now);
        model.fireTableDataChanged();
        if (sel >= 0 && sel < shown.size()) table.getSelectionModel().setSelectionInterval(sel, sel);
    }

    void commitPending() {
        if (table.isEditing()) table.getCellEditor().stopCellEditing();
    }

    boolean hasPending() {
        return table.isEditing();
    }

    private void add() {
        String text = entry.getText().strip();
        if (text.isEmpty()) {
            error.setText("Type the " + what + " to add first.");
            return;
        }
        error.setText(" ");
        String tag = language.get();
        int at = list(editor.dossier()).size();
        editor.execute(ListEdit.insert("Add " + what + naming.apply(tag), in.apply(tag), at, text));
        table.getSelectionModel().setSelectionInterval(at, at);
        entry.setText("");
    }

    private void remove() {
        int r = table.getSelectedRow();
        if (table.isEditing()) table.getCellEditor().cancelCellEditing();
        if (r < 0 || r >= list(editor.dossier()).size()) {
            error.setText("Select the row to remove first.");
            return;
        }
        error.setText(" ");
        String tag = language.get();
        editor.execute(ListEdit.remove("Remove " + what + " " + (r + 1) + naming.apply(tag), editor.dossier(),
                in.apply(tag), r));
        int next = Math.min(r, table.getRowCount() - 1);
        if (next >= 0) table.getSelectionModel().setSelectionInterval(next, next);
    }

    /** The table, the entry for a new row with Add and Remove, and the refusal under them. */
    private JComponent layout(String name) {
        JButton addButton = new JButton("Add");
        addButton.setName("evidence." + name + ".add");
        addButton.addActionListener(e -> add());
        JButton removeButton = new JButton("Remove");
        removeButton.setName("evidence." + name + ".remove");
        removeButton.setToolTipText("removes the selected row (Delete in the list)");
        removeButton.addActionListener(e -> remove());
        // one line whatever the width (a wrapping flow would hide the buttons below its preferred height)
        JPanel bar = new JPanel(new GridBagLayout());
        JLabel entryLabel = new JLabel("New " + what);
        entryLabel.setLabelFor(entry);
        entry.setMinimumSize(new Dimension(80, entry.getPreferredSize().height));
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(0, 0, 0, 4);
        bar.add(entryLabel, c);
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        bar.add(entry, c);
        c.fill = GridBagConstraints.NONE;
        c.weightx = 0;
        bar.add(addButton, c);
        c.insets = new Insets(0, 0, 0, 0);
        bar.add(removeButton, c);
        JPanel south = new JPanel(new BorderLayout());
        south.add(bar, BorderLayout.NORTH);
        south.add(error, BorderLayout.SOUTH);
        JPanel holder = new JPanel(new BorderLayout(0, 3));
        holder.add(new ListScroll(table), BorderLayout.CENTER);
        holder.add(south, BorderLayout.SOUTH);
        return holder;
    }

    /** One column, the entries; an edited cell becomes one edit of that entry. */
    private final class Model extends AbstractTableModel {
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
            List<String> now = list(editor.dossier());
            if (r >= now.size() || text.equals(now.get(r))) return;
            String tag = language.get();
            Function<Dossier, List<String>> target = in.apply(tag);
            editor.execute(FieldEdit.of("Change " + what + " " + (r + 1) + naming.apply(tag), editor.dossier(),
                    d -> target.apply(d).get(r), (d, v) -> target.apply(d).set(r, v), text));
        }
    }
}
