package hta.workbench.editor.internal;

import java.awt.Component;
import javax.swing.JTable;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;

/**
 * Sizes columns of amounts to their widest value: a cut amount ("265,593,7…") reads as another number, unlike cut
 * prose, whose tooltip is enough. Called after the rows change; EDT only.
 */
final class AmountColumns {
    /** Room for the cell's border and the grid line either side. */
    private static final int PADDING = 12;

    private AmountColumns() {
    }

    /** Makes each of {@code columns} (model indexes) at least as wide as its header and every value in it. */
    static void fit(JTable table, int... columns) {
        for (int modelColumn : columns) {
            int view = table.convertColumnIndexToView(modelColumn);
            if (view < 0) continue;
            TableColumn column = table.getColumnModel().getColumn(view);
            int width = headerWidth(table, column, view);
            for (int row = 0; row < table.getRowCount(); row++) {
                TableCellRenderer r = table.getCellRenderer(row, view);
                Component c = table.prepareRenderer(r, row, view);
                width = Math.max(width, c.getPreferredSize().width);
            }
            width += PADDING;
            column.setMinWidth(width);
            if (column.getPreferredWidth() < width) column.setPreferredWidth(width);
        }
    }

    private static int headerWidth(JTable table, TableColumn column, int view) {
        TableCellRenderer r = column.getHeaderRenderer() != null ? column.getHeaderRenderer()
                : table.getTableHeader() == null ? null : table.getTableHeader().getDefaultRenderer();
        if (r == null) return 0;
        return r.getTableCellRendererComponent(table, column.getHeaderValue(), false, false, -1, view).getPreferredSize().width;
    }
}
