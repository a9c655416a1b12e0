package hta.workbench.editor.internal;

import hta.workbench.api.CutText;

import hta.workbench.api.Words;


import hta.workbench.api.EditorPage;

import hta.workbench.api.EditorPageSite;

import hta.confidentiality.Taint;
import hta.confidentiality.TaintResult;
import hta.dossier.BudgetImpact;
import hta.dossier.Classification;
import hta.dossier.Figure;
import hta.jurisdiction.Jurisdiction;
import java.awt.BorderLayout;
import java.awt.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;

/**
 * The Budget Impact page: every budget figure and table cell with its formula, its own classification and the
 * classification it inherits from its inputs under the jurisdiction's policy (taint analysis), so a writer sees
 * why a figure will be redacted. Read-only: budget figures are derived. EDT only.
 */
final class BudgetPage extends JPanel implements EditorPage {
    private final EditorPageSite editor;
    private final Model model = new Model();
    private final JLabel notes = new JLabel(" ");
    private final JTable table;

    /** @param country the jurisdiction's name, as the writer reads it */
    /** A row; {@code formula} is the figure's formula in words ({@link FormulaWords}). */
    record Row(String jurisdiction, String country, String key, Figure figure, Classification effective, boolean suppressed,
               String formula) {
    }

    BudgetPage(EditorPageSite editor) {
        super(new BorderLayout());
        this.editor = editor;
        table = new JTable(model);
        table.setName("budget.table");
        CutText.showInTooltips(table);
        table.setDefaultRenderer(Object.class, new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable t, Object v, boolean s, boolean f, int r, int c) {
                Component comp = super.getTableCellRendererComponent(t, v, s, f, r, c);
                Row row = model.rows.get(r);
                // values right-aligned, their digits in place value under each other, as in a spreadsheet
                setHorizontalAlignment(t.convertColumnIndexToModel(c) == 2 ? RIGHT : LEADING);
                // a value the team workspace withheld from this user shows as such, not as an empty cell
                if (c == 2 && row.figure().value == null && Withheld.value(editor, row.jurisdiction(), row.figure())) {
                    setText(Withheld.MARK);
                }
                ConfidentialRows.paint(comp, t, s, row.effective() != null && !row.effective().isPublic(), c);
                return comp;
            }
        });
        table.getColumnModel().getColumn(5).setPreferredWidth(320);
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(notes, BorderLayout.SOUTH);
        refresh();
    }

    @Override
    public JComponent component() {
        return this;
    }

    @Override
    public void refresh() {
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (BudgetImpact b : editor.dossier().budgetImpacts) {
            Optional<Jurisdiction> j = editor.workbench().jurisdiction(b.jurisdiction);
            TaintResult taint = j.map(x -> Taint.analyse(editor.dossier(), x.confidentiality())).orElse(null);
            if (taint != null) problems.addAll(taint.problems());
            String country = Countries.label(editor.workbench(), editor.dossier(), b.jurisdiction);
            for (Figure f : b.figures) rows.add(row(b.jurisdiction, country, "figure:" + f.id, f, taint));
            for (BudgetImpact.BudgetRow r : b.rows) {
                for (int y = 1; y <= r.cells.size(); y++) {
                    Figure f = r.cells.get(y - 1);
                    Figure labelled = f;
                    if (f.label == null) {
                        labelled = new Figure();
                        labelled.label = r.label + ", year " + y;
                        labelled.value = f.value;
                        labelled.unit = f.unit;
                        labelled.classification = f.classification;
                        labelled.formula = f.formula;
                    }
                    rows.add(row(b.jurisdiction, country, "cell:" + r.id + ":" + y, labelled, taint));
                }
            }
        }
        model.rows = rows;
        model.fireTableDataChanged();
        AmountColumns.fit(table, 2);
        notes.setText(problems.isEmpty() ? " " : "⚠ " + String.join("; ", problems));
    }

    private Row row(String jurisdiction, String country, String key, Figure f, TaintResult taint) {
        return new Row(jurisdiction, country, key, f, taint == null ? null : taint.of(key),
                taint != null && taint.suppressed().contains(key),
                FormulaWords.of(editor.dossier(), f.formula, code -> Countries.name(editor.workbench(), editor.dossier(), code)));
    }

    private static final class Model extends AbstractTableModel {
        List<Row> rows = new ArrayList<>();
        private final String[] columns = {"Jurisdiction", "Figure", "Value", "Unit", "Own classification",
                "Formula", "Effective classification"};

        public int getRowCount() {
            return rows.size();
        }

        public int getColumnCount() {
            return columns.length;
        }

        @Override
        public String getColumnName(int c) {
            return columns[c];
        }

        public Object getValueAt(int r, int c) {
            Row row = rows.get(r);
            Figure f = row.figure();
            switch (c) {
                case 0: return row.country();
                case 1: return f.label != null ? f.label : row.key();
                case 2: return Words.number(f.value);
                case 3: return f.unit;
                case 4: return Words.classification(f.classification);
                case 5: return row.formula();
                default:
                    if (row.effective() == null) return "(jurisdiction plugin not installed)";
                    String inherited = row.effective() != (f.classification == null ? Classification.PUBLIC : f.classification)
                            ? " (inherited)" : "";
                    return Words.classification(row.effective()) + inherited + (row.suppressed() ? " — suppressed (reveals a hidden value)" : "");
            }
        }
    }
}
