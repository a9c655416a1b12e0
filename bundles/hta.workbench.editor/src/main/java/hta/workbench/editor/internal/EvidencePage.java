package hta.workbench.editor.internal;

import hta.workbench.api.EditorPageSite;

import hta.dossier.Dossier;
import hta.dossier.Evidence;
import hta.workbench.editor.internal.ProductValues.Choice;
import hta.workbench.editor.internal.ops.FieldEdit;
import hta.workbench.editor.internal.ops.ListEdit;
import java.awt.AWTKeyStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.KeyboardFocusManager;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.swing.AbstractAction;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JOptionPane;
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
 * The Evidence page: the comparator, the key outcomes, the follow-up and the uncertainties, in the working
 * language (English) or in another language's wording chosen at the top (Add Language… adds one). The texts commit on
 * Enter or when they lose the focus; the lists are edited in place, a new row is typed below its list and added
 * with Enter or the button, Delete or the button removes the selected row. Each change is one edit. EDT only.
 */
final class EvidencePage extends FormPage {
    private static final Color ERROR = new Color(190, 30, 30);
    static final String WORKING_LANGUAGE = "English (working language)";
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private final EditorPageSite editor;
    /** The language whose wording is shown and edited: {@code null} for the working language (English). */
    private String language;
    private final DefaultComboBoxModel<Choice> languages = new DefaultComboBoxModel<>();
    private final JComboBox<Choice> languageBox = new JComboBox<>(languages);
    private final JLabel languageError = new JLabel(" ");
    private boolean showingLanguages;

    EvidencePage(EditorPageSite editor) {
        this.editor = editor;
        languages();
        text("Comparator", "comparator", e -> e.comparator, (e, v) -> e.comparator = v, w -> w.comparator,
                (w, v) -> w.comparator = v);
        list("Key outcomes", "keyOutcomes", "key outcome", e -> e.keyOutcomes, w -> w.keyOutcomes);
        text("Follow-up", "followUp", e -> e.followUp, (e, v) -> e.followUp = v, w -> w.followUp,
                (w, v) -> w.followUp = v);
        list("Uncertainties", "uncertainties", "uncertainty", e -> e.uncertainties, w -> w.uncertainties);
        endRows();
        refresh();
    }

    /**
     * A text of the evidence in the working language ({@code en}, {@code setEn}) or in the chosen language's
     * wording ({@code tr}, {@code setTr}); the edit keeps the language it was made in.
     */
    private void text(String label, String name, Function<Evidence, String> en, BiConsumer<Evidence, String> setEn,
                      Function<Evidence.Wording, String> tr, BiConsumer<Evidence.Wording, String> setTr) {
        JTextField field = new JTextField(48);
        field.setName("evidence." + name);
        Function<Dossier, String> get = d -> language == null ? en.apply(d.evidence) : tr.apply(wording(d, language));
        Runnable commit = () -> {
            String v = field.getText().strip().isEmpty() ? null : field.getText().strip();
            if (!Objects.equals(v, get.apply(editor.dossier()))) {
                String tag = language;
                editor.execute(FieldEdit.of("Change " + label.toLowerCase() + in(tag), editor.dossier(),
                        d -> tag == null ? en.apply(d.evidence) : tr.apply(wording(d, tag)),
                        (d, x) -> {
                            if (tag == null) setEn.accept(d.evidence, x);
                            else setTr.accept(wording(d, tag), x);
                        }, v));
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
    private void list(String label, String name, String what, Function<Evidence, List<String>> en,
                      Function<Evidence.Wording, List<String>> tr) {
        Function<String, Function<Dossier, List<String>>> in =
                tag -> d -> tag == null ? en.apply(d.evidence) : tr.apply(wording(d, tag));
        Function<Dossier, List<String>> list = d -> in.apply(language).apply(d);
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
                Function<Dossier, List<String>> target = in.apply(language);
                editor.execute(FieldEdit.of("Change " + what + " " + (r + 1) + in(language), editor.dossier(),
                        d -> target.apply(d).get(r), (d, v) -> target.apply(d).set(r, v), text));
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
            editor.execute(ListEdit.insert("Add " + what + in(language), in.apply(language), at, text));
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
            editor.execute(ListEdit.remove("Remove " + what + " " + (r + 1) + in(language), editor.dossier(),
                    in.apply(language), r));
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

    /**
     * The language chooser: the working language and one entry per language the evidence is worded in, and
     * Add Language… for another. Fields a language leaves empty fall back to the working language in memos.
     */
    private void languages() {
        languageBox.setName("evidence.language");
        languageBox.addActionListener(e -> {
            if (showingLanguages || !(languageBox.getSelectedItem() instanceof Choice)) return;
            String tag = ((Choice) languageBox.getSelectedItem()).code;
            if (Objects.equals(tag, language)) return;
            commitPending();
            language = tag;
            refresh();
        });
        JButton add = new JButton("Add Language…");
        add.setName("evidence.addLanguage");
        add.setMnemonic('L');
        add.addActionListener(e -> {
            Object tag = JOptionPane.showInputDialog(this, "Language tag of the new wording (e.g. da, nb, nn, sv):",
                    "Add Language", JOptionPane.QUESTION_MESSAGE);
            if (tag != null) addLanguage(tag.toString());
        });
        languageError.setName("evidence.language.error");
        languageError.setForeground(ERROR);
        JPanel holder = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        holder.add(languageBox);
        holder.add(add);
        holder.add(new JLabel("Empty fields of a language fall back to the English wording in its memos."));
        JPanel withError = new JPanel(new BorderLayout());
        withError.add(holder, BorderLayout.NORTH);
        withError.add(languageError, BorderLayout.SOUTH);
        refreshers.add(() -> {
            Map<String, Evidence.Wording> now = editor.dossier().evidence.translations;
            if (language != null && !now.containsKey(language)) language = null; // its wording was undone
            List<String> tags = new ArrayList<>(now.keySet());
            List<String> listed = new ArrayList<>();
            for (int i = 1; i < languages.getSize(); i++) listed.add(languages.getElementAt(i).code);
            showingLanguages = true;
            try {
                if (languages.getSize() == 0 || !listed.equals(tags)) {
                    languages.removeAllElements();
                    languages.addElement(new Choice(null, WORKING_LANGUAGE));
                    for (String t : tags) languages.addElement(new Choice(t, languageName(t)));
                }
                for (int i = 0; i < languages.getSize(); i++) {
                    if (Objects.equals(languages.getElementAt(i).code, language)) languageBox.setSelectedIndex(i);
                }
            } finally {
                showingLanguages = false;
            }
        });
        addRow("Language", withError, languageBox);
    }

    /** Adds an empty wording in {@code typed} (one edit) and shows it; a refusal is said next to the chooser. */
    void addLanguage(String typed) {
        String tag = typed == null ? "" : typed.strip();
        Map<String, Evidence.Wording> now = editor.dossier().evidence.translations;
        String refusal = null;
        if (!LANGUAGE_TAG.matcher(tag).matches()) {
            refusal = "'" + tag + "' is not a language tag; write one such as da, nb, nn or sv";
        } else if (tag.equalsIgnoreCase("en") || tag.toLowerCase().startsWith("en-")) {
            refusal = "English is the working language; its wording is the one shown first";
        } else if (now.keySet().stream().anyMatch(tag::equalsIgnoreCase)) {
            refusal = "The evidence is worded in '" + tag + "' already; choose it in the list";
        }
        if (refusal != null) {
            languageError.setText(refusal + ". Nothing was changed.");
            return;
        }
        languageError.setText(" ");
        commitPending();
        language = tag;
        editor.execute(FieldEdit.of("Add the " + languageName(tag) + " wording of the evidence", editor.dossier(),
                d -> d.evidence.translations.get(tag), (d, w) -> {
                    if (w == null) d.evidence.translations.remove(tag);
                    else d.evidence.translations.put(tag, w);
                }, new Evidence.Wording()));
    }

    /** The language shown and edited: {@code null} for the working language. */
    String language() {
        return language;
    }

    private static String languageName(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH);
        return name.isBlank() || name.equals(tag) ? tag : name + " (" + tag + ")";
    }

    private static String in(String tag) {
        return tag == null ? "" : " (" + languageName(tag) + ")";
    }

    private static Evidence.Wording wording(Dossier d, String tag) {
        Evidence.Wording w = d.evidence.translations.get(tag);
        if (w == null) throw new IllegalStateException("the evidence has no wording in '" + tag + "' any more");
        return w;
    }
}
