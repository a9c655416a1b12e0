package hta.workbench.editor.internal;

import java.awt.AWTKeyStroke;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.EventObject;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.table.TableModel;

/**
 * The keyboard behaviour of the Economics page's table of figures: one row selected at a time, Tab leaves the table
 * (as everywhere in the editor's forms) while the arrows move between cells, Delete removes the selected figure,
 * and a value cell that is computed (a derived figure's) does not open but says why. EDT only.
 */
final class FiguresTable extends JTable {
    private static final long serialVersionUID = 1L;
    private final int valueColumn;
    private final transient IntFunction<String> derivedId;
    private final transient Consumer<String> refused;

    /**
     * @param derivedId the id of the figure in a row when it is derived (its value is computed), else null
     * @param refused   told the id when a derived figure's value was about to be typed
     * @param remove    removes the selected figure
     */
    FiguresTable(TableModel model, int valueColumn, IntFunction<String> derivedId, Consumer<String> refused, Runnable remove) {
        super(model);
        this.valueColumn = valueColumn;
        this.derivedId = derivedId;
        this.refused = refused;
        setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        putClientProperty("terminateEditOnFocusLost", true);
        setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, Set.<AWTKeyStroke>of(
                KeyStroke.getKeyStroke(KeyEvent.VK_TAB, 0), KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.CTRL_DOWN_MASK)));
        setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, Set.<AWTKeyStroke>of(
                KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.SHIFT_DOWN_MASK),
                KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK)));
        getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), "hta.removeFigure");
        getActionMap().put("hta.removeFigure", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                remove.run();
            }
        });
    }

    /**
     * The table in a scroll pane that keeps its header and {@code rows} rows in sight however low the editor is:
     * the page scrolls instead (in the Portfolio perspective the table was squeezed to nothing).
     */
    javax.swing.JScrollPane scrolled(int rows) {
        return new javax.swing.JScrollPane(this) {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Dimension getMinimumSize() {
                int header = getTableHeader() == null ? 0 : getTableHeader().getPreferredSize().height;
                return new java.awt.Dimension(120, header + rows * getRowHeight() + 4);
            }
        };
    }

    @Override
    public boolean editCellAt(int row, int column, EventObject e) {
        if (row >= 0 && column >= 0 && convertColumnIndexToModel(column) == valueColumn) {
            String id = derivedId.apply(convertRowIndexToModel(row));
            if (id != null) {
                refused.accept(id);
                return false;
            }
        }
        return super.editCellAt(row, column, e);
    }
}
