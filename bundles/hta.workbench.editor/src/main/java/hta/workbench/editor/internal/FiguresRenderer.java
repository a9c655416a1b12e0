package hta.workbench.editor.internal;

import hta.dossier.Figure;
import java.awt.Component;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;

/**
 * The cells of the Economics page's figures: values right-aligned (their digits under each other, as in a
 * spreadsheet), a computed value in italics with its formula in the tooltip, the formula in words as Budget Impact
 * shows it ({@link FormulaWords}; as written in the tooltip and when the cell is edited), restricted rows tinted.
 * EDT only.
 */
final class FiguresRenderer extends DefaultTableCellRenderer {
    private static final long serialVersionUID = 1L;
    private final int valueColumn;
    private final int formulaColumn;
    private final transient IntFunction<Figure> figure;
    private final transient IntPredicate restricted;
    private final transient Function<Figure, String> words;

    FiguresRenderer(int valueColumn, int formulaColumn, IntFunction<Figure> figure, IntPredicate restricted,
                    Function<Figure, String> words) {
        this.valueColumn = valueColumn;
        this.formulaColumn = formulaColumn;
        this.figure = figure;
        this.restricted = restricted;
        this.words = words;
    }

    @Override
    public Component getTableCellRendererComponent(JTable t, Object v, boolean sel, boolean focus, int r, int c) {
        Component comp = super.getTableCellRendererComponent(t, v, sel, focus, r, c);
        Figure f = figure.apply(r);
        int column = t.convertColumnIndexToModel(c);
        setHorizontalAlignment(column == valueColumn ? RIGHT : LEADING);
        ConfidentialRows.paint(comp, t, sel, restricted.test(r), c);
        boolean derivedValue = column == valueColumn && EconomicsValues.derived(f);
        String worded = column == formulaColumn || derivedValue ? words.apply(f) : null;
        if (column == formulaColumn) setText(worded);
        setToolTipText(derivedValue ? "computed from its formula: " + worded
                : column == formulaColumn && !worded.isEmpty() ? worded + " (as written: " + f.formula + ")" : null);
        setFont(derivedValue ? t.getFont().deriveFont(java.awt.Font.ITALIC) : t.getFont());
        return comp;
    }
}
