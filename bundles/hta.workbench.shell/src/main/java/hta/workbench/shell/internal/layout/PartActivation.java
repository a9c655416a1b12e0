package hta.workbench.shell.internal.layout;

import java.awt.Component;
import java.awt.Container;
import java.awt.KeyboardFocusManager;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/**
 * A click on a stack's tab makes that part the active one, as in Eclipse: the keyboard focus goes into the view shown
 * (its first control that takes the focus, e.g. its table), or onto the stack's tabs when it has none — so that
 * Ctrl+M, Ctrl+Shift+M and the views that follow the active part act on it. Swing's tabbed pane moves the focus
 * only when the tab clicked is already selected. EDT only.
 */
final class PartActivation extends MouseAdapter {
    private final ViewStack stack;

    private PartActivation(ViewStack stack) {
        this.stack = stack;
    }

    static void install(ViewStack stack) {
        stack.addMouseListener(new PartActivation(stack));
    }

    @Override
    public void mousePressed(MouseEvent e) {
        if (!SwingUtilities.isLeftMouseButton(e) || stack.indexAtLocation(e.getX(), e.getY()) < 0) return;
        // after the tabbed pane has selected the tab clicked
        SwingUtilities.invokeLater(() -> activate(stack));
    }

    /** Moves the focus into the stack's selected part unless it is there already. */
    static void activate(ViewStack stack) {
        Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        Component shown = stack.getSelectedComponent();
        if (owner != null && shown != null && SwingUtilities.isDescendingFrom(owner, shown)) return;
        Component target = shown == null || stack.area == Area.EDITOR ? null : firstFocusable(shown, true);
        if (target == null && shown != null && stack.area != Area.EDITOR) target = firstFocusable(shown, false);
        if (target == null || !target.requestFocusInWindow()) stack.requestFocusInWindow();
    }

    /**
     * The first control, depth first, that is shown, enabled and takes the focus — with {@code content}, only what
     * holds the view's content (a table, tree, list or text), not its buttons; null when none does.
     */
    static Component firstFocusable(Component c, boolean content) {
        if (!c.isShowing() || !c.isEnabled()) return null;
        boolean holdsContent = c instanceof javax.swing.JTable || c instanceof javax.swing.JTree
                || c instanceof javax.swing.JList || c instanceof javax.swing.text.JTextComponent;
        if (c.isFocusable() && c instanceof JComponent j && j.isRequestFocusEnabled() && (holdsContent || !content)
                && !(c instanceof javax.swing.JScrollBar) && !(c instanceof javax.swing.JTabbedPane)
                && !(c instanceof javax.swing.JPanel) && !(c instanceof javax.swing.JViewport)
                && !(c instanceof javax.swing.JScrollPane) && !(c instanceof javax.swing.JLabel)) {
            return c;
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                Component f = firstFocusable(child, content);
                if (f != null) return f;
            }
        }
        return null;
    }
}
