package hta.workbench.editor.internal;

import java.awt.Component;
import java.awt.Container;
import java.util.EventObject;
import javax.swing.AbstractButton;
import javax.swing.DefaultCellEditor;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.text.JTextComponent;

/**
 * Makes a page look as read-only as it is for a user whose role does not let them change it: text cannot be typed,
 * table cells do not open for editing, buttons (which make edits) are disabled. Choosers stay usable for looking
 * (a language, a section); any edit that still starts is refused by the editor's write check, which has the last
 * word. Applied again after every refresh of the page, since pages enable their buttons as they refresh. EDT only.
 */
final class ReadOnlyLook {
    /** A cell editor that never starts. */
    private static final DefaultCellEditor NONE = new DefaultCellEditor(new JTextField()) {
        @Override
        public boolean isCellEditable(EventObject e) {
            return false;
        }
    };

    private ReadOnlyLook() {
    }

    static void apply(Component c) {
        if (c instanceof JTextComponent t) {
            t.setEditable(false);
        } else if (c instanceof JTable t) {
            if (t.isEditing()) t.getCellEditor().cancelCellEditing();
            for (Class<?> type : new Class<?>[]{Object.class, Number.class, Boolean.class, String.class}) {
                t.setDefaultEditor(type, NONE);
            }
            for (int i = 0; i < t.getColumnCount(); i++) t.getColumnModel().getColumn(i).setCellEditor(NONE);
        } else if (c instanceof AbstractButton b) {
            b.setEnabled(false);
        }
        // a table's cells, a chooser's arrow and a scroll bar's buttons are not edits
        if (c instanceof Container k && !(c instanceof JTable) && !(c instanceof javax.swing.JComboBox)
                && !(c instanceof javax.swing.JScrollBar)) {
            for (Component child : k.getComponents()) apply(child);
        }
    }
}
