package hta.workbench.shell.internal;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import javax.swing.Action;
import javax.swing.JTable;
import javax.swing.TransferHandler;
import javax.swing.text.JTextComponent;

/**
 * Edit › Cut, Copy, Paste and Select All on what has the keyboard focus: the text of a field or narrative, or the
 * rows of a table (copied as text). A menu click leaves the focus where it was, so the menu acts on the same field
 * the keys would. Used on the EDT.
 */
final class EditActions {
    private EditActions() {
    }

    private static Component focus() {
        return KeyboardFocusManager.getCurrentKeyboardFocusManager().getPermanentFocusOwner();
    }

    static boolean canCopy() {
        Component c = focus();
        return c instanceof JTextComponent || c instanceof JTable;
    }

    static boolean canEdit() {
        return focus() instanceof JTextComponent t && t.isEditable() && t.isEnabled();
    }

    static void cut() {
        if (focus() instanceof JTextComponent t) t.cut();
        else transfer(TransferHandler.getCutAction());
    }

    static void copy() {
        if (focus() instanceof JTextComponent t) t.copy();
        else transfer(TransferHandler.getCopyAction());
    }

    static void paste() {
        if (focus() instanceof JTextComponent t) t.paste();
    }

    static void selectAll() {
        Component c = focus();
        if (c instanceof JTextComponent t) t.selectAll();
        else if (c instanceof JTable t) t.selectAll();
    }

    /** A table's own transfer (its rows as text), as its keys would do it. */
    private static void transfer(Action action) {
        Component c = focus();
        if (c instanceof JTable) action.actionPerformed(new ActionEvent(c, ActionEvent.ACTION_PERFORMED, (String) action.getValue(Action.NAME)));
    }
}
