package hta.workbench.shell.internal;

import hta.workbench.api.CutText;
import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.MouseEvent;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JTable;
import javax.swing.JTree;
import javax.swing.SwingUtilities;
import javax.swing.ToolTipManager;
import javax.swing.table.JTableHeader;
import javax.swing.table.TableCellRenderer;

/**
 * Cut text reads in full everywhere in the workbench's windows: when the pointer rests on a table cell, a column
 * header, a tree or list row, a label or a button whose text its space cuts ("31200…", a navigator row running
 * under the view's edge), the component's tooltip is the whole text; where nothing is cut the component's own
 * tooltip stands. One listener on the toolkit's mouse events rather than a call per table, so that every table of
 * every view, page and dialog — built in or contributed, made now or later — gets it. A renderer's own tooltip
 * still wins in tables. Install on the event dispatch thread; {@link #close()} removes it.
 */
final class CutTextTips implements AWTEventListener, AutoCloseable {
    /** Client property: the component's own tooltip while a cut text's stands in for it. */
    private static final String OWN_TIP = "hta.cutText.ownTooltip";
    private static final Object NONE = new Object();

    private CutTextTips() {
    }

    static CutTextTips install() {
        CutTextTips tips = new CutTextTips();
        Toolkit.getDefaultToolkit().addAWTEventListener(tips, AWTEvent.MOUSE_EVENT_MASK | AWTEvent.MOUSE_MOTION_EVENT_MASK
                | AWTEvent.WINDOW_EVENT_MASK);
        return tips;
    }

    /**
     * A dialog opened (History's Compare, a question) while a tooltip showed: the tooltip goes. It stayed over the new
     * window otherwise — the pointer did not leave the component under it (the dialog came by a key, or after a
     * background job), so the tooltip manager never heard of a reason to hide it. Switching the manager off and on
     * is its one public way to hide the tooltip showing.
     */
    private static void hideTooltip() {
        ToolTipManager m = ToolTipManager.sharedInstance();
        if (!m.isEnabled()) return;
        m.setEnabled(false);
        m.setEnabled(true);
    }

    @Override
    public void close() {
        Toolkit.getDefaultToolkit().removeAWTEventListener(this);
    }

    @Override
    public void eventDispatched(AWTEvent event) {
        if (event.getID() == java.awt.event.WindowEvent.WINDOW_OPENED && event.getSource() instanceof java.awt.Dialog) {
            hideTooltip();
            return;
        }
        if (!(event instanceof MouseEvent e) || !(e.getSource() instanceof JComponent c) || c instanceof javax.swing.JToolTip) return;
        if (e.getID() != MouseEvent.MOUSE_MOVED && e.getID() != MouseEvent.MOUSE_ENTERED) return;
        String whole;
        try {
            whole = cutTextAt(c, e.getPoint());
        } catch (RuntimeException renderingFailed) {
            return; // a renderer that fails here fails when painting too, where it is reported
        }
        // The tooltip manager starts its timer on a move after the pointer entered a component registered with it.
        // Registered only when a move first found cut text, the component missed that move (the first hover showed
        // nothing); registered again on a later move (setToolTipText with a text registers anew, re-adding the
        // manager's "moved before entered" listener after its own), the timer the manager had just restarted was
        // stopped, and no tooltip ever showed under a real pointer. So every component the pointer enters is
        // registered then, once (it receives mouse events already, so which component gets them does not change),
        // and its text is changed without registering it again.
        boolean late = false;
        if (!registered(c)) {
            ToolTipManager.sharedInstance().registerComponent(c);
            late = e.getID() == MouseEvent.MOUSE_MOVED;
        }
        Object own = c.getClientProperty(OWN_TIP);
        if (whole != null) {
            if (own == null) c.putClientProperty(OWN_TIP, own = c.getToolTipText() == null ? NONE : c.getToolTipText());
            String tip = withOwn(whole, own == NONE ? null : (String) own);
            if (!tip.equals(c.getToolTipText())) tip(c, tip);
            // the manager sees this move after the component has (it registered during it): time the tooltip from it
            if (late) SwingUtilities.invokeLater(() -> ToolTipManager.sharedInstance().mouseMoved(e));
        } else if (own != null) {
            c.putClientProperty(OWN_TIP, null);
            tip(c, own == NONE ? null : (String) own);
        }
    }

    /** Sets {@code c}'s tooltip, registering it with the manager only when it is not yet (see above). */
    private static void tip(JComponent c, String tip) {
        if (registered(c)) c.putClientProperty(JComponent.TOOL_TIP_TEXT_KEY, tip);
        else c.setToolTipText(tip);
    }

    private static boolean registered(JComponent c) {
        for (java.awt.event.MouseListener l : c.getMouseListeners()) if (l == ToolTipManager.sharedInstance()) return true;
        return false;
    }

    /** The whole text, then the component's own tooltip when it says something more (a button's purpose). */
    static String withOwn(String whole, String own) {
        if (own == null || own.isBlank() || own.contains(whole)) return own == null || own.isBlank() ? whole : own;
        String escaped = whole.replace("&", "&amp;").replace("<", "&lt;");
        return own.startsWith("<html>") ? "<html>" + escaped + "<br>" + own.substring(6) : whole + " — " + own;
    }

    /** The whole text at {@code p} of {@code c} when its space cuts it, else null. */
    static String cutTextAt(JComponent c, Point p) {
        if (c instanceof JTable t) return CutText.cutTextAt(t, p);
        if (c instanceof JTableHeader h) return header(h, p);
        if (c instanceof JTree t) return treeRow(t, p);
        if (c instanceof JList<?> l) return listRow(l, p);
        if (c instanceof JLabel l) return cut(l.getText(), l, l.getWidth());
        if (c instanceof AbstractButton b) return cut(b.getText(), b, b.getWidth());
        // a label without mouse listeners gets no mouse events: they go to the component under it that has some
        Component under = SwingUtilities.getDeepestComponentAt(c, p.x, p.y);
        if (under instanceof JLabel l && l != c) return cut(l.getText(), l, l.getWidth());
        if (under instanceof AbstractButton b && b != c) return cut(b.getText(), b, b.getWidth());
        return null;
    }

    private static String cut(String text, JComponent c, int width) {
        if (text == null || text.isBlank() || text.startsWith("<html>") || width <= 0) return null;
        return c.getPreferredSize().width > width ? text : null;
    }

    private static String header(JTableHeader h, Point p) {
        int column = h.columnAtPoint(p);
        if (column < 0 || h.getTable() == null) return null;
        Object value = h.getColumnModel().getColumn(column).getHeaderValue();
        TableCellRenderer r = h.getColumnModel().getColumn(column).getHeaderRenderer();
        if (r == null) r = h.getDefaultRenderer();
        Component shown = r.getTableCellRendererComponent(h.getTable(), value, false, false, -1, column);
        String text = shown instanceof JLabel l ? l.getText() : String.valueOf(value);
        if (text == null || text.isBlank() || text.startsWith("<html>")) return null;
        return shown.getPreferredSize().width > h.getHeaderRect(column).width ? text : null;
    }

    /** A row the tree's visible part cuts at its right edge (the view is narrower than the row). */
    private static String treeRow(JTree t, Point p) {
        int row = t.getRowForLocation(p.x, p.y);
        if (row < 0) return null;
        Rectangle bounds = t.getRowBounds(row);
        Rectangle visible = t.getVisibleRect();
        if (bounds == null || bounds.x + bounds.width <= visible.x + visible.width && bounds.x >= visible.x) return null;
        Object node = t.getPathForRow(row).getLastPathComponent();
        Component shown = t.getCellRenderer().getTreeCellRendererComponent(t, node, t.isRowSelected(row), t.isExpanded(row),
                t.getModel().isLeaf(node), row, false);
        String text = shown instanceof JLabel l ? l.getText() : t.convertValueToText(node, false, false, true, row, false);
        return text == null || text.isBlank() || text.startsWith("<html>") ? null : text;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String listRow(JList l, Point p) {
        int row = l.locationToIndex(p);
        if (row < 0) return null;
        Rectangle bounds = l.getCellBounds(row, row);
        if (bounds == null || !bounds.contains(p)) return null;
        Component shown = l.getCellRenderer().getListCellRendererComponent(l, l.getModel().getElementAt(row), row, false, false);
        String text = shown instanceof JLabel x ? x.getText() : String.valueOf(l.getModel().getElementAt(row));
        if (text == null || text.isBlank() || text.startsWith("<html>")) return null;
        Rectangle visible = l.getVisibleRect();
        int right = Math.min(bounds.x + bounds.width, visible.x + visible.width);
        return bounds.x + shown.getPreferredSize().width > right ? text : null;
    }
}
