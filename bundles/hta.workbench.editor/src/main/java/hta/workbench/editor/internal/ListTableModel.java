package hta.workbench.editor.internal;

import java.util.List;
import java.util.function.Supplier;
import javax.swing.table.AbstractTableModel;

/**
 * A table over a list the model does not own (e.g. the prices of the dossier an editor shows), read again on
 * every call so that the table never shows a stale copy; subclasses say what a cell shows and how it is edited.
 * EDT only.
 */
public abstract class ListTableModel<T> extends AbstractTableModel {
    private static final long serialVersionUID = 1L;
    private final String[] columns;
    private final transient Supplier<List<T>> rows;

    protected ListTableModel(Supplier<List<T>> rows, String... columns) {
        this.rows = rows;
        this.columns = columns.clone();
    }

    /** The element shown in row {@code r}. */
    protected T row(int r) {
        return rows.get().get(r);
    }

    @Override
    public int getRowCount() {
        return rows.get().size();
    }

    @Override
    public int getColumnCount() {
        return columns.length;
    }

    @Override
    public String getColumnName(int c) {
        return columns[c];
    }
}
