package hta.workbench.editor.internal;

import hta.workbench.api.EditorPlace;
import hta.workbench.api.CutText;
import hta.workbench.api.Words;
import hta.workbench.api.EditorPage;
import hta.workbench.api.EditorPageSite;
import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.FormulaEvaluation;
import hta.confidentiality.TaintResult;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.jurisdiction.Jurisdiction;
import hta.workbench.editor.internal.ProductValues.Choice;
import hta.workbench.editor.internal.ops.FieldEdit;
import hta.workbench.editor.internal.ops.ListEdit;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;

/**
 * The Economics page: the analysis type, chosen by its words (a code no list knows is shown and kept), and the
 * economic figures with their own classification, their formula and the classification they have after taint
 * propagation in each of the dossier's jurisdictions. Id, label, unit and formula are edited in place, and the
 * value of a figure that is not derived; a derived figure's value is computed from its formula (what memos print),
 * and a new formula stores the value it gives. The
 * classification is toggled with the button, as on the Prices page; a restricted row is tinted. Each change is
 * one edit; a refusal is said below the table and changes nothing. EDT only.
 */
public final class EconomicsPage extends ScrollablePanel implements EditorPage {
    static final int ID = 0;
    static final int LABEL = 1;
    static final int VALUE = 2;
    static final int UNIT = 3;
    static final int CLASSIFICATION = 4;
    static final int FORMULA = 5;
    static final int EFFECTIVE = 6;

    private final EditorPageSite editor;
    private final Model model = new Model();
    private final FiguresTable table = new FiguresTable(model, VALUE, row -> row < figures().size()
            && EconomicsValues.derived(figures().get(row)) ? figures().get(row).id : null,
            this::refuseValue, this::removeSelected);
    private final DefaultComboBoxModel<Choice> types = new DefaultComboBoxModel<>();
    private final JComboBox<Choice> type = new JComboBox<>(types);
    private final JLabel error = new ErrorText("economics.figures.error");
    private final JLabel notes = new JLabel(" ");
    private List<Map<String, Classification>> effective = new ArrayList<>();
    /** Each row's evaluation: the value a derived figure's formula gives (as memos print it). */
    private List<FormulaEvaluation.Result> values = List.of();
    private boolean showing;
    private JScrollPane scroll;

    EconomicsPage(EditorPageSite editor) {
        super(new BorderLayout(0, 6), true);
        this.editor = editor;
        setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));

        ProductValues.choices(EconomicsValues.ANALYSIS_TYPES).forEach(types::addElement);
        type.setName("economics.analysisType");
        type.addActionListener(e -> {
            if (showing || !(type.getSelectedItem() instanceof Choice)) return;
            String v = ((Choice) type.getSelectedItem()).code;
            if (!Objects.equals(v, editor.dossier().economics.analysisType)) {
                editor.execute(FieldEdit.of("Change analysis type", editor.dossier(), d -> d.economics.analysisType,
                        (d, x) -> d.economics.analysisType = x, v));
            }
        });
        JLabel typeLabel = new JLabel("Analysis type");
        typeLabel.setDisplayedMnemonic('y');
        typeLabel.setLabelFor(type);
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        top.add(typeLabel);
        top.add(type);

        setUpTable();
        add(top, BorderLayout.NORTH);
        add(table.scrolled(4), BorderLayout.CENTER);
        add(south(), BorderLayout.SOUTH);
        refresh();
    }

    /** The figures' table: restricted rows tinted, cut cells in tooltips, the columns that need room wider. */
    private void setUpTable() {
        table.setName("economics.figures");
        CutText.showInTooltips(table);
        table.setDefaultRenderer(Object.class, new FiguresRenderer(VALUE, FORMULA, r -> figures().get(r),
                r -> r < effective.size() && EconomicsValues.restricted(figures().get(r), effective.get(r)),
                f -> FormulaWords.of(editor.dossier(), f.formula, code -> Countries.name(editor.workbench(),
                        editor.dossier(), code))));
        // amounts and classifications are read whole; the label and the formula share what is left
        java.awt.FontMetrics fm = table.getFontMetrics(table.getFont());
        int[][] widths = {{ID, fm.stringWidth("no-comparator-cost"), 180}, {LABEL, 120, 300},
                {VALUE, fm.stringWidth("999,999,999,999"), 130}, {UNIT, fm.stringWidth("years"), 60},
                {CLASSIFICATION, fm.stringWidth("Confidential"), 110}, {FORMULA, 120, 240}, {EFFECTIVE, 120, 200}};
        for (int[] w : widths) {
            table.getColumnModel().getColumn(w[0]).setMinWidth(w[1] + 12);
            table.getColumnModel().getColumn(w[0]).setPreferredWidth(Math.max(w[1] + 12, w[2]));
        }
    }

    /** Typing into a derived figure's value: said instead of ignored, since the value is the formula's. */
    private void refuseValue(String id) {
        error.setText("The value of figure " + id + " is computed from its formula; change the formula, or clear it"
                + " to type a value.");
    }

    /** The buttons, the refusal of a typed value and the notes of the taint analysis. */
    private JPanel south() {
        JButton add = button("Add Figure", "economics.addFigure", 'A', e -> addFigure());
        JButton remove = button("Remove Figure", "economics.removeFigure", 'R', e -> removeSelected());
        remove.setToolTipText("removes the selected figure (Delete in the table)");
        JButton toggle = button("Toggle Classification", "economics.toggleClassification", 'T', e -> toggleSelected());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        buttons.add(add);
        buttons.add(remove);
        buttons.add(toggle);
        JLabel help = new JLabel("A derived figure's value is computed from its formula and it inherits the most"
                + " restricted classification of its inputs.");
        help.setToolTipText("A formula names its inputs: price:ID, figure:ID, cell:ROW:YEAR (a budget cell),"
                + " patients:YEAR, with + - * / and brackets, e.g. price:no-rhf-aup / figure:no-comparator-annual-cost");
        help.setName("economics.help");
        notes.setName("economics.notes");
        // the help on a line of its own: beside the buttons it was pushed out of sight in a narrow editor
        JPanel lines = new JPanel(new java.awt.GridLayout(0, 1));
        lines.add(help);
        lines.add(error);
        JPanel south = new JPanel(new BorderLayout());
        south.add(buttons, BorderLayout.NORTH);
        south.add(lines, BorderLayout.CENTER);
        south.add(notes, BorderLayout.SOUTH);
        return south;
    }

    private static JButton button(String text, String name, char mnemonic, java.awt.event.ActionListener action) {
        JButton b = new JButton(text);
        b.setName(name);
        b.setMnemonic(mnemonic);
        b.addActionListener(action);
        return b;
    }

    public JTable table() {
        return table;
    }

    /** Switches the selected figure's own classification between public and confidential (one edit). */
    public void toggleSelected() {
        int r = table.getSelectedRow();
        if (r < 0) {
            error.setText("Select the figure whose classification to change first.");
            return;
        }
        Figure f = figures().get(r);
        Classification next = EconomicsValues.toggled(f);
        change("Mark figure " + f.id + " " + Words.classification(next).toLowerCase(java.util.Locale.ROOT), r, x -> x.classification,
                (x, v) -> x.classification = v, next);
    }

    /** Appends a new public figure with a fresh id and selects it for editing (one edit). */
    public void addFigure() {
        Figure f = new Figure();
        f.id = EconomicsValues.newId(figures());
        f.label = "New figure";
        f.classification = Classification.PUBLIC;
        int at = figures().size();
        error.setText(" ");
        editor.execute(ListEdit.insert("Add figure " + f.id, d -> d.economics.figures, at, f));
        table.getSelectionModel().setSelectionInterval(at, at);
        table.scrollRectToVisible(table.getCellRect(at, LABEL, true));
        table.requestFocusInWindow();
    }

    /** Removes the selected figure (one edit). */
    public void removeSelected() {
        int r = table.getSelectedRow();
        if (table.isEditing()) table.getCellEditor().cancelCellEditing();
        if (r < 0 || r >= figures().size()) {
            error.setText("Select the figure to remove first.");
            return;
        }
        error.setText(" ");
        editor.execute(ListEdit.remove("Remove figure " + figures().get(r).id, editor.dossier(),
                d -> d.economics.figures, r));
        int next = Math.min(r, table.getRowCount() - 1);
        if (next >= 0) table.getSelectionModel().setSelectionInterval(next, next);
    }

    private List<Figure> figures() {
        return editor.dossier().economics.figures;
    }

    /** One edit of one property of the figure at {@code row}, found again by its position on apply and revert. */
    private <T> void change(String label, int row, Function<Figure, T> get, BiConsumer<Figure, T> set, T value) {
        error.setText(" ");
        if (Objects.equals(get.apply(figures().get(row)), value)) return;
        editor.execute(FieldEdit.of(label, editor.dossier(), d -> get.apply(figure(d, row)),
                (d, v) -> set.accept(figure(d, row), v), value));
    }

    private static Figure figure(Dossier d, int row) {
        if (row >= d.economics.figures.size()) throw new IllegalStateException("figure " + (row + 1) + " is no longer in the dossier");
        return d.economics.figures.get(row);
    }

    @Override
    public JComponent component() {
        // in a scroll pane: an editor lower than the page (Portfolio) scrolls it instead of squeezing the table away
        if (scroll == null) {
            scroll = new JScrollPane(this);
            scroll.setBorder(BorderFactory.createEmptyBorder());
        }
        return scroll;
    }

    /** Selects the figure a place names (e.g. the one a problem is about) and scrolls to it. */
    @Override
    public void reveal(EditorPlace place) {
        if (place.item() == null) return;
        List<Figure> list = figures();
        for (int i = 0; i < list.size(); i++) {
            if (place.item().equals(list.get(i).id)) {
                table.getSelectionModel().setSelectionInterval(i, i);
                Reveals.scrollIntoView(table, table.getCellRect(i, 0, true));
                table.requestFocusInWindow();
            }
        }
    }

    /** Records a cell being edited, before a save, copy or undo. */
    @Override
    public void commitPending() {
        if (table.isEditing()) table.getCellEditor().stopCellEditing();
    }

    /** Whether a cell is being edited (Save is offered for it). */
    @Override
    public boolean hasPending() {
        return table.isEditing();
    }

    @Override
    public void refresh() {
        Dossier d = editor.dossier();
        showing = true;
        try {
            String v = d.economics.analysisType;
            Choice shown = null;
            for (int i = 0; i < types.getSize(); i++) {
                if (Objects.equals(types.getElementAt(i).code, v)) shown = types.getElementAt(i);
            }
            if (shown == null) {
                shown = ProductValues.unknown(v);
                types.addElement(shown);
            }
            if (type.getSelectedItem() != shown) type.setSelectedItem(shown);
        } finally {
            showing = false;
        }
        Map<String, ConfidentialityPolicy> policies = new LinkedHashMap<>();
        for (Jurisdiction j : editor.workbench().jurisdictions()) {
            if (d.submission(j.code()).isPresent()) policies.put(j.code(), j.confidentiality());
        }
        Map<String, TaintResult> taints = EconomicsValues.analyse(d, policies);
        List<Map<String, Classification>> now = new ArrayList<>();
        for (Figure f : d.economics.figures) now.add(EconomicsValues.effective(f, taints));
        effective = now;
        FormulaEvaluation evaluation = FormulaEvaluation.of(d);
        values = EconomicsValues.values(d, evaluation);
        List<String> problems = new ArrayList<>(EconomicsValues.formulaProblems(evaluation));
        taints.values().forEach(t -> t.problems().stream().filter(p -> p.contains("figure:") && !problems.contains(p))
                .forEach(problems::add));
        notes.setText(problems.isEmpty() ? " " : "⚠ " + String.join("; ", problems));

        int sel = table.getSelectedRow();
        if (table.isEditing()) table.getCellEditor().cancelCellEditing();
        model.fireTableDataChanged();
        if (sel >= 0 && sel < table.getRowCount()) table.getSelectionModel().setSelectionInterval(sel, sel);
    }

    private final class Model extends hta.workbench.editor.internal.ListTableModel<Figure> {
        Model() {
            super(EconomicsPage.this::figures, "Id", "Figure", "Value", "Unit", "Classification", "Formula",
                    "Effective classification");
        }

        public Object getValueAt(int r, int c) {
            Figure f = figures().get(r);
            switch (c) {
                case ID: return f.id;
                case LABEL: return f.label;
                case VALUE: return valueText(r, f);
                case UNIT: return f.unit;
                case CLASSIFICATION: return Words.classification(EconomicsValues.own(f));
                case FORMULA: return f.formula == null ? "" : f.formula;
                default:
                    return r < effective.size() ? EconomicsValues.describe(f, effective.get(r)) : "";
            }
        }

        @Override
        public boolean isCellEditable(int r, int c) {
            if (c == VALUE) return !EconomicsValues.derived(figures().get(r));
            return c == ID || c == LABEL || c == UNIT || c == FORMULA;
        }

        @Override
        public void setValueAt(Object value, int r, int c) {
            if (!isCellEditable(r, c)) return;
            Figure f = figures().get(r);
            String text = value == null ? "" : value.toString().strip();
            String orNull = text.isEmpty() ? null : text;
            try {
                switch (c) {
                    case ID:
                        String id = EconomicsValues.checkId(figures(), f.id, text);
                        change("Rename figure " + f.id + " to " + id, r, x -> x.id, (x, v) -> x.id = v, id);
                        break;
                    case LABEL:
                        change("Change the label of figure " + f.id, r, x -> x.label, (x, v) -> x.label = v, orNull);
                        break;
                    case VALUE:
                        BigDecimal amount = EconomicsValues.parseValue(f.id, text);
                        change("Change figure " + f.id, r, x -> x.value, (x, v) -> x.value = v, amount);
                        break;
                    case UNIT:
                        change("Change the unit of figure " + f.id, r, x -> x.unit, (x, v) -> x.unit = v, orNull);
                        break;
                    default:
                        // one edit: the stored value follows the formula, so the file says what memos print
                        BigDecimal computed = EconomicsValues.computedWith(editor.dossier(), r, orNull);
                        change("Change the formula of figure " + f.id, r, x -> new FormulaAndValue(x.formula, x.value),
                                (x, v) -> {
                                    x.formula = v.formula();
                                    x.value = v.value();
                                }, new FormulaAndValue(orNull, computed));
                }
            } catch (IllegalArgumentException e) {
                error.setText(e.getMessage() + ". Nothing was changed.");
                editor.workbench().status(e.getMessage());
            }
        }
    }

    /** A derived figure's formula with the value it gives, changed together. */
    private record FormulaAndValue(String formula, BigDecimal value) {
    }

    /**
     * The Value cell: an input's value as stated; a derived figure's as its formula computes it now (what memos
     * print), or why it has none; the redaction mark where the server withheld it.
     */
    private String valueText(int r, Figure f) {
        FormulaEvaluation.Result v = r < values.size() ? values.get(r) : null;
        if (!EconomicsValues.derived(f) || v == null) {
            return f.value != null ? Words.number(f.value) : Withheld.value(editor, null, f) ? Withheld.MARK : "";
        }
        if (v.hasValue()) return Words.number(v.value());
        if (Withheld.value(editor, null, f)) return Withheld.MARK;
        return "not computed (see below)";
    }
}
