package hta.workbench.api;

import java.awt.Component;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.JLabel;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.ToolTipManager;
import javax.swing.table.JTableHeader;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;

/**
 * Cells read in full: a cell whose text its column cuts ("31200…") shows the whole text as a tooltip when the
 * pointer rests on it, and so does a column header that cuts its title ("Own classi…"); one shown whole needs none.
 * The workbench does this for every table, header, tree, list,
 * label and button in its windows, contributed ones included, so a contribution needs no call; {@link #cutTextAt}
 * tells what is cut, and {@link #showInTooltips} stays for a table shown outside the workbench's windows. Used on the
 * event dispatch thread.
 *
 * @since 0.4
 */
public final class CutText {
    private CutText() {
    }

    /**
     * Shows the whole text of cut cells of {@code table} as tooltips (a renderer's own tooltip still wins, cut or not).
     * The text is kept where {@link JComponent#setToolTipText} keeps it, not set through it: setting null there took
     * the table off the tooltip manager, so a renderer's own tooltip (History's "not recorded") never showed over a
     * cell that was not cut.
     */
    public static void showInTooltips(JTable table) {
        ToolTipManager.sharedInstance().registerComponent(table);
        MouseAdapter hover = new MouseAdapter() {
            @Override
            public void mouseMoved(MouseEvent e) {
                table.putClientProperty(JComponent.TOOL_TIP_TEXT_KEY, cutTextAt(table, e.getPoint()));
            }

            @Override
            public void mouseExited(MouseEvent e) {
                table.putClientProperty(JComponent.TOOL_TIP_TEXT_KEY, null);
            }
        };
        table.addMouseMotionListener(hover);
        table.addMouseListener(hover);
        JTableHeader header = table.getTableHeader();
        if (header == null) return;
        ToolTipManager.sharedInstance().registerComponent(header);
        MouseAdapter headerHover = new MouseAdapter() {
            @Override
            public void mouseMoved(MouseEvent e) {
                header.putClientProperty(JComponent.TOOL_TIP_TEXT_KEY, cutTitleAt(table, e.getPoint()));
            }

            @Override
            public void mouseExited(MouseEvent e) {
                header.putClientProperty(JComponent.TOOL_TIP_TEXT_KEY, null);
            }
        };
        header.addMouseMotionListener(headerHover);
        header.addMouseListener(headerHover);
    }

    /**
     * The whole title of the column header at {@code p} (in the header's coordinates) when the column cuts it
     * ("Own classi…"), else null.
     */
    private static String cutTitleAt(JTable table, Point p) {
        JTableHeader header = table.getTableHeader();
        int column = header == null ? -1 : header.columnAtPoint(p);
        if (column < 0) return null;
        TableColumn c = table.getColumnModel().getColumn(column);
        TableCellRenderer r = c.getHeaderRenderer() != null ? c.getHeaderRenderer() : header.getDefaultRenderer();
        Object title = c.getHeaderValue();
        if (r == null || title == null) return null;
        Component shown = r.getTableCellRendererComponent(table, title, false, false, -1, column);
        return shown.getPreferredSize().width > header.getHeaderRect(column).width ? title.toString() : null;
    }

    /** The whole text of the cell at {@code p} when its column cuts it, else null. */
    public static String cutTextAt(JTable table, Point p) {
        int row = table.rowAtPoint(p);
        int column = table.columnAtPoint(p);
        if (row < 0 || column < 0) return null;
        Component c = table.prepareRenderer(table.getCellRenderer(row, column), row, column);
        String text = c instanceof JLabel l ? l.getText() : String.valueOf(table.getValueAt(row, column));
        if (text == null || text.isBlank()) return null;
        Rectangle cell = table.getCellRect(row, column, false);
        return c.getPreferredSize().width > cell.width ? text : null;
    }

    /**
     * A table whose columns, once {@link #fitColumns fitted}, keep the width of their contents: it fills its view
     * when they fit and scrolls sideways when they do not, so that nothing is cut until a writer narrows a column.
     *
     * @since 0.5
     */
    public static JTable wideTable(javax.swing.table.TableModel model) {
        return new JTable(model) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean getScrollableTracksViewportWidth() {
                return getParent() == null || getPreferredSize().width <= getParent().getWidth();
            }
        };
    }

    /**
     * Makes each column of {@code table} as wide as its header and its widest cell (call after the rows change).
     *
     * @since 0.5
     */
    public static void fitColumns(JTable table) {
        fitColumns(table, Integer.MAX_VALUE);
    }

    /**
     * Like {@link #fitColumns(JTable)}, no column wider than {@code widest} pixels: for a table read as a whole
     * (a grid of countries), where a long cell is better cut, with its tooltip, than pushing the others out of sight.
     *
     * @since 0.5
     */
    public static void fitColumns(JTable table, int widest) {
        for (int c = 0; c < table.getColumnCount(); c++) {
            javax.swing.table.TableColumn column = table.getColumnModel().getColumn(c);
            javax.swing.table.TableCellRenderer header = column.getHeaderRenderer() != null ? column.getHeaderRenderer()
                    : table.getTableHeader().getDefaultRenderer();
            int width = header.getTableCellRendererComponent(table, column.getHeaderValue(), false, false, -1, c)
                    .getPreferredSize().width;
            for (int r = 0; r < table.getRowCount(); r++) {
                width = Math.max(width, table.prepareRenderer(table.getCellRenderer(r, c), r, c).getPreferredSize().width);
            }
            column.setPreferredWidth(Math.min(widest, width + 2 * table.getIntercellSpacing().width + 8));
        }
    }
}
