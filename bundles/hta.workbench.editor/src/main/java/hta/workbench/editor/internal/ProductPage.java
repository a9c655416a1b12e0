package hta.workbench.editor.internal;

import hta.workbench.api.EditorPageSite;

import hta.dossier.Dossier;
import hta.workbench.editor.internal.ProductValues.Choice;
import hta.workbench.editor.internal.ops.FieldEdit;
import java.awt.AWTKeyStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.KeyboardFocusManager;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
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
 * The Product page: the medicine's names, codes and authorisation. Each field commits as one edit; the coded
 * fields (therapy kind, authorisation type) are chosen by their words, and a code no list knows is shown as it is
 * and kept until the writer picks another. EDT only.
 */
final class ProductPage extends FormPage {
    private static final Color REFUSAL_COLOUR = new Color(190, 30, 30);

    private final EditorPageSite editor;
    private final JScrollPane scroll;

    ProductPage(EditorPageSite editor) {
        this.editor = editor;
        text("Brand name", "brandName", d -> d.product.brandName, (d, v) -> d.product.brandName = v);
        text("INN (English)", "inn", d -> d.product.inn, (d, v) -> d.product.inn = v);
        localNames();
        text("ATC code", "atcCode", d -> d.product.atcCode, (d, v) -> d.product.atcCode = v);
        text("Marketing authorisation holder", "mah", d -> d.product.marketingAuthorisationHolder,
                (d, v) -> d.product.marketingAuthorisationHolder = v);
        choice("Therapy kind", "therapyKind", ProductValues.THERAPY_KINDS, d -> d.product.therapyKind,
                (d, v) -> d.product.therapyKind = v);
        choice("Authorisation type", "authorisationType", ProductValues.AUTHORISATION_TYPES,
                d -> d.product.authorisationType, (d, v) -> d.product.authorisationType = v);
        authorisationDate();
        flag("Orphan medicine", d -> d.product.orphan, (d, v) -> d.product.orphan = v);
        flag("Advanced therapy (ATMP)", d -> d.product.atmp, (d, v) -> d.product.atmp = v);
        endRows();
        refresh();
        scroll = new JScrollPane(this);
        scroll.setBorder(BorderFactory.createEmptyBorder());
    }

    /** The page in a scroll pane: a low editor scrolls the form instead of squeezing it. */
    @Override
    public JComponent component() {
        return scroll;
    }

    private void text(String label, String name, Function<Dossier, String> get, BiConsumer<Dossier, String> set) {
        JTextField field = new JTextField(36);
        field.setName("product." + name);
        Runnable commit = () -> {
            String v = field.getText().trim().isEmpty() ? null : field.getText().trim();
            if (!Objects.equals(v, get.apply(editor.dossier()))) {
                editor.execute(FieldEdit.of("Change " + label.toLowerCase(), editor.dossier(), get, set, v));
            }
        };
        onCommit(field, commit);
        pending.add(commit);
        unrecorded.add(() -> {
            String v = field.getText().trim().isEmpty() ? null : field.getText().trim();
            return !Objects.equals(v, get.apply(editor.dossier()));
        });
        refreshers.add(() -> {
            String v = get.apply(editor.dossier());
            if (!Objects.equals(field.getText(), v == null ? "" : v)) field.setText(v == null ? "" : v);
        });
        addRow(label, field);
    }

    /** A coded field chosen by its words from {@code known}; an unknown code in the file is offered as it is. */
    private void choice(String label, String name, Map<String, String> known, Function<Dossier, String> get,
                        BiConsumer<Dossier, String> set) {
        DefaultComboBoxModel<Choice> model = new DefaultComboBoxModel<>();
        ProductValues.choices(known).forEach(model::addElement);
        JComboBox<Choice> box = new JComboBox<>(model);
        box.setEditable(false);
        box.setName("product." + name);
        boolean[] showing = {false};
        box.addActionListener(e -> {
            if (showing[0] || !(box.getSelectedItem() instanceof Choice)) return;
            String v = ((Choice) box.getSelectedItem()).code;
            if (!Objects.equals(v, get.apply(editor.dossier()))) {
                editor.execute(FieldEdit.of("Change " + label.toLowerCase(), editor.dossier(), get, set, v));
            }
        });
        refreshers.add(() -> {
            String v = get.apply(editor.dossier());
            Choice shown = null;
            for (int i = 0; i < model.getSize(); i++) {
                if (Objects.equals(model.getElementAt(i).code, v)) shown = model.getElementAt(i);
            }
            showing[0] = true;
            try {
                if (shown == null) {
                    shown = ProductValues.unknown(v);
                    model.addElement(shown);
                }
                if (box.getSelectedItem() != shown) box.setSelectedItem(shown);
            } finally {
                showing[0] = false;
            }
        });
        addRow(label, box);
    }

    /** The EU authorisation date, typed as yyyy-MM-dd; a text that is not a date is refused next to the field. */
    private void authorisationDate() {
        String label = "EU authorisation date";
        JTextField field = new JTextField(10);
        field.setName("product.authorisationDate");
        field.setToolTipText("yyyy-MM-dd, e.g. 2023-02-20; empty when not known");
        Refusal error = new Refusal("product.authorisationDate.error", 260);
        Function<Dossier, LocalDate> get = d -> d.product.authorisationDate;
        BiConsumer<Dossier, LocalDate> set = (d, v) -> d.product.authorisationDate = v;
        LocalDate[] shown = {null};
        Runnable show = () -> {
            shown[0] = get.apply(editor.dossier());
            field.setText(ProductValues.formatDate(shown[0]));
            refused(field, error, null);
        };
        Runnable commit = () -> {
            LocalDate v;
            try {
                v = ProductValues.parseDate(field.getText());
            } catch (IllegalArgumentException e) {
                refused(field, error, label + ": " + e.getMessage() + ". Nothing was changed.");
                return;
            }
            refused(field, error, null);
            if (!Objects.equals(v, get.apply(editor.dossier()))) {
                editor.execute(FieldEdit.of("Change " + label.toLowerCase(), editor.dossier(), get, set, v));
            }
        };
        onCommit(field, commit);
        pending.add(commit);
        // a refused text is not offered for saving again: it stays, marked, for the writer to correct
        unrecorded.add(() -> error.said().isEmpty()
                && !ProductValues.formatDate(get.apply(editor.dossier())).equals(field.getText().strip()));
        escapeDoes(field, show);
        refreshers.add(() -> {
            LocalDate v = get.apply(editor.dossier());
            // a refused text stays for the writer to correct, unless the date itself changed (undo, redo)
            boolean refusedText = !error.said().isEmpty();
            if (!Objects.equals(v, shown[0])
                    || !refusedText && !ProductValues.formatDate(v).equals(field.getText())) {
                show.run();
            }
        });
        field.setMinimumSize(field.getPreferredSize());
        JPanel holder = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.anchor = GridBagConstraints.NORTHWEST;
        holder.add(field, c);
        c.insets = new Insets(0, 8, 0, 0);
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        holder.add(error, c);
        addRow(label, holder, field);
    }

    /**
     * The local spellings of the INN, one row per language tag. Cells are edited in place (tag or spelling); a
     * new spelling is typed below the table and added with Enter or the button; Delete or the button removes the
     * selected row. Each change is one edit; a refusal is said below the table.
     */
    private void localNames() {
        Function<Dossier, Map<String, String>> get = ProductValues::localNames;
        BiConsumer<Dossier, Map<String, String>> set = ProductValues::setLocalNames;
        Refusal error = new Refusal("product.localNames.error", 340);
        List<String> tags = new ArrayList<>();
        BiConsumer<String, Map<String, String>> change = (what, next) -> {
            error.say(null);
            if (!ProductValues.same(next, get.apply(editor.dossier()))) {
                editor.execute(FieldEdit.of(what, editor.dossier(), get, set, next));
            }
        };
        AbstractTableModel model = new AbstractTableModel() {
            private final String[] columns = {"Language tag", "Spelling of the INN"};

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
                String tag = tags.get(r);
                return c == 0 ? tag : get.apply(editor.dossier()).getOrDefault(tag, "");
            }

            @Override
            public boolean isCellEditable(int r, int c) {
                return true;
            }

            @Override
            public void setValueAt(Object value, int r, int c) {
                String tag = tags.get(r);
                String text = value == null ? "" : value.toString().strip();
                Map<String, String> now = get.apply(editor.dossier());
                try {
                    if (c == 0) {
                        if (text.equals(tag)) return;
                        change.accept("Change language tag " + tag + " to " + text,
                                ProductValues.withTag(now, tag, text));
                    } else {
                        change.accept("Change the " + tag + " spelling of the INN",
                                ProductValues.withSpelling(now, tag, text));
                    }
                } catch (IllegalArgumentException e) {
                    error.say(e.getMessage() + ". Nothing was changed.");
                }
            }
        };
        JTable table = new JTable(model);
        table.setName("product.localNames");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.putClientProperty("terminateEditOnFocusLost", true);
        table.setPreferredScrollableViewportSize(new Dimension(320, table.getRowHeight() * 4));
        table.getColumnModel().getColumn(0).setPreferredWidth(110);
        table.getColumnModel().getColumn(1).setPreferredWidth(310);
        // Tab leaves the small table (as in the other fields of the form); arrows move between cells
        table.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, Set.<AWTKeyStroke>of(
                KeyStroke.getKeyStroke(KeyEvent.VK_TAB, 0), KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.CTRL_DOWN_MASK)));
        table.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, Set.<AWTKeyStroke>of(
                KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.SHIFT_DOWN_MASK),
                KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK)));

        JTextField tag = new JTextField(6);
        tag.setMinimumSize(tag.getPreferredSize());
        tag.setName("product.localNames.tag");
        tag.setToolTipText("a language tag such as nb, sv or da");
        JTextField spelling = new JTextField(14);
        spelling.setName("product.localNames.spelling");
        Runnable add = () -> {
            try {
                Map<String, String> next = ProductValues.withAdded(get.apply(editor.dossier()), tag.getText(),
                        spelling.getText());
                change.accept("Add the " + tag.getText().strip() + " spelling of the INN", next);
            } catch (IllegalArgumentException e) {
                error.say(e.getMessage() + ". Nothing was changed.");
                return;
            }
            int last = table.getRowCount() - 1;
            table.getSelectionModel().setSelectionInterval(last, last);
            tag.setText("");
            spelling.setText("");
            tag.requestFocusInWindow();
        };
        tag.addActionListener(e -> spelling.requestFocusInWindow());
        spelling.addActionListener(e -> add.run());
        Runnable remove = () -> {
            int r = table.getSelectedRow();
            if (table.isEditing()) table.getCellEditor().cancelCellEditing();
            if (r < 0 || r >= tags.size()) {
                error.say("Select the row to remove first.");
                return;
            }
            String t = tags.get(r);
            change.accept("Remove the " + t + " spelling of the INN", ProductValues.without(get.apply(editor.dossier()), t));
            int next = Math.min(r, table.getRowCount() - 1);
            if (next >= 0) table.getSelectionModel().setSelectionInterval(next, next);
        };
        pending.add(() -> {
            if (table.isEditing()) table.getCellEditor().stopCellEditing();
        });
        unrecorded.add(table::isEditing);
        table.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), "hta.removeLocalName");
        table.getActionMap().put("hta.removeLocalName", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                remove.run();
            }
        });
        JButton addButton = new JButton("Add");
        addButton.setName("product.localNames.add");
        addButton.addActionListener(e -> add.run());
        JButton removeButton = new JButton("Remove");
        removeButton.setName("product.localNames.remove");
        removeButton.setToolTipText("removes the selected row (Delete in the table)");
        removeButton.addActionListener(e -> remove.run());

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
        JScrollPane scroll = new JScrollPane(table);
        // the form may be narrower than it would like; the table keeps its four rows then
        scroll.setMinimumSize(new Dimension(120, scroll.getPreferredSize().height));
        holder.add(scroll, BorderLayout.CENTER);
        holder.add(side, BorderLayout.EAST);
        holder.add(south, BorderLayout.SOUTH);
        refreshers.add(() -> {
            List<String> now = new ArrayList<>(get.apply(editor.dossier()).keySet());
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
        });
        addRow("Local INN spellings", holder, table);
    }

    private void flag(String label, Function<Dossier, Boolean> get, BiConsumer<Dossier, Boolean> set) {
        JCheckBox box = new JCheckBox(label);
        box.addActionListener(e -> {
            Boolean v = box.isSelected();
            if (!v.equals(get.apply(editor.dossier()))) {
                editor.execute(FieldEdit.of((v ? "Set " : "Clear ") + label.toLowerCase(), editor.dossier(), get, set, v));
            }
        });
        refreshers.add(() -> box.setSelected(Boolean.TRUE.equals(get.apply(editor.dossier()))));
        addRow("", box);
    }

    /** Commits a text field on Enter and when it loses the focus. */
    private static void onCommit(JTextField field, Runnable commit) {
        field.addActionListener(e -> commit.run());
        field.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                commit.run();
            }
        });
    }

    private static void escapeDoes(JTextField field, Runnable action) {
        field.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "hta.revert");
        field.getActionMap().put("hta.revert", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                action.run();
            }
        });
    }

    /** Shows or clears ({@code message == null}) a refusal of a field's text. */
    private static void refused(JTextField field, Refusal error, String message) {
        error.say(message);
        field.putClientProperty("JComponent.outline", message == null ? null : "error");
    }

    /** A refusal in words next to a field, wrapped at {@code width} pixels; blank when there is none. */
    private static final class Refusal extends JLabel {
        private final int width;
        private String said = "";

        Refusal(String name, int width) {
            super(" ");
            this.width = width;
            setName(name);
            setForeground(REFUSAL_COLOUR);
        }

        void say(String message) {
            said = message == null ? "" : message;
            setText(said.isEmpty() ? " " : "<html><div style='width:" + width + "px'>"
                    + said.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</div></html>");
            getAccessibleContext().setAccessibleDescription(said.isEmpty() ? null : said);
        }

        String said() {
            return said;
        }
    }
}
