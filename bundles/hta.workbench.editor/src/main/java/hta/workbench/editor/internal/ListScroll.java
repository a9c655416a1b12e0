package hta.workbench.editor.internal;

import java.awt.Dimension;
import javax.swing.JScrollPane;
import javax.swing.JTable;

/**
 * A small table on a form (a few rows), scrolled inside the form's own scrolling: it keeps the height of its
 * visible rows however low the editor is (the form scrolls instead), and a change of its size — the table header
 * arrives only when the table is first shown — lays the form out again (a plain scroll pane is a validate root
 * and would keep the form's old, too small layout). EDT only.
 */
final class ListScroll extends JScrollPane {
    private static final long serialVersionUID = 1L;

    ListScroll(JTable table) {
        super(table);
    }

    @Override
    public boolean isValidateRoot() {
        return false;
    }

    @Override
    public Dimension getMinimumSize() {
        return new Dimension(120, getPreferredSize().height);
    }
}
