package hta.workbench.shell.internal;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;

/**
 * Escape closes every dialog of the workbench's process, as its close box would: a dialog that did not bind it (the
 * export's result, a contributed plugin's dialog) could not be left from the keyboard. When a dialog opens without an
 * Escape binding of its own (its root pane's, or an option pane's), Escape is bound to a window-closing event, so the
 * dialog's own close handling runs — its default close operation, or the question it asks. A component that uses
 * Escape itself (a table's cell editor, an open combo box, a file chooser) still gets it first: Swing offers a key to
 * the focused component and its ancestors before the window's bindings. Install on the event dispatch thread;
 * {@link #close()} removes it.
 */
final class DialogEscape implements AWTEventListener, AutoCloseable {
    static final KeyStroke ESCAPE = KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0);
    /** The action's key in the root pane's action map. */
    static final String CLOSE = "hta.dialog.closeOnEscape";

    private DialogEscape() {
    }

    static DialogEscape install() {
        DialogEscape escape = new DialogEscape();
        Toolkit.getDefaultToolkit().addAWTEventListener(escape, AWTEvent.WINDOW_EVENT_MASK);
        return escape;
    }

    @Override
    public void close() {
        Toolkit.getDefaultToolkit().removeAWTEventListener(this);
    }

    @Override
    public void eventDispatched(AWTEvent event) {
        if (event.getID() != WindowEvent.WINDOW_OPENED || !(event.getSource() instanceof JDialog d)) return;
        if (bindsEscape(d.getRootPane()) || hasOptionPane(d.getContentPane())) return;
        d.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(ESCAPE, CLOSE);
        d.getRootPane().getActionMap().put(CLOSE, new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                d.dispatchEvent(new WindowEvent(d, WindowEvent.WINDOW_CLOSING));
            }
        });
    }

    private static boolean bindsEscape(JComponent root) {
        return root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).get(ESCAPE) != null;
    }

    /** An option pane binds Escape itself (it answers the question with "closed"). */
    private static boolean hasOptionPane(java.awt.Container c) {
        for (Component child : c.getComponents()) {
            if (child instanceof JOptionPane) return true;
        }
        return false;
    }
}
