package hta.workbench.shell.internal;

import java.awt.AWTEvent;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Insets;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.HierarchyEvent;
import java.awt.event.WindowEvent;
import javax.swing.JDialog;
import javax.swing.UIManager;
import javax.swing.border.Border;

/**
 * Every dialog of the workbench's process has a visible edge of its own: without a window manager (or with one that
 * draws no frame) a dark dialog over the dark window had none, and its content ran into the window behind it. A
 * one-pixel line round the dialog's content, in {@link #COLOUR} of the theme shown (at least 3:1 against both
 * themes' backgrounds, as WCAG asks of a component's boundary), read when painting so that a switch of theme is
 * followed. Added when a dialog opens, to dialogs made now or later, built in or contributed. Install on the event
 * dispatch thread; {@link #close()} removes it.
 */
final class DialogEdges implements AWTEventListener, AutoCloseable {
    /** UI default: the colour of a dialog's edge (set by {@link Theme}). */
    static final String COLOUR = "hta.dialog.edge";
    /** Client property of a dialog's root pane that has the edge (for tests). */
    static final String MARK = "hta.dialog.edge";

    private DialogEdges() {
    }

    static DialogEdges install() {
        DialogEdges edges = new DialogEdges();
        // when a dialog becomes displayable (packed or shown), before its first paint; opened, for any missed
        Toolkit.getDefaultToolkit().addAWTEventListener(edges, AWTEvent.HIERARCHY_EVENT_MASK | AWTEvent.WINDOW_EVENT_MASK);
        return edges;
    }

    @Override
    public void close() {
        Toolkit.getDefaultToolkit().removeAWTEventListener(this);
    }

    @Override
    public void eventDispatched(AWTEvent event) {
        boolean displayable = event instanceof HierarchyEvent h && h.getChanged() == h.getComponent()
                && (h.getChangeFlags() & HierarchyEvent.DISPLAYABILITY_CHANGED) != 0;
        if (!displayable && event.getID() != WindowEvent.WINDOW_OPENED || !(event.getSource() instanceof JDialog d)) return;
        if (d.getRootPane().getClientProperty(MARK) != null) return;
        d.getRootPane().setBorder(new Edge());
        d.getRootPane().putClientProperty(MARK, Boolean.TRUE);
        d.getRootPane().revalidate();
        // A dialog packed before its edge (a JOptionPane is, by the time it opens) lost two pixels to the edge and
        // its message ended in "…": grow it to hold its content with the edge (never shrink what the writer sized).
        if (d.isDisplayable()) {
            java.awt.Dimension wanted = d.getPreferredSize();
            if (d.getWidth() < wanted.width || d.getHeight() < wanted.height) {
                d.setSize(Math.max(d.getWidth(), wanted.width), Math.max(d.getHeight(), wanted.height));
            }
        }
    }

    /** The line, in the theme's colour at the time it is painted. */
    private static final class Edge implements Border {
        @Override
        public void paintBorder(Component c, Graphics g, int x, int y, int width, int height) {
            Color colour = UIManager.getColor(COLOUR);
            g.setColor(colour != null ? colour : Color.GRAY);
            g.drawRect(x, y, width - 1, height - 1);
        }

        @Override
        public Insets getBorderInsets(Component c) {
            return new Insets(1, 1, 1, 1);
        }

        @Override
        public boolean isBorderOpaque() {
            return true;
        }
    }
}
