package hta.workbench.editor.internal;

import java.awt.Window;
import java.awt.event.HierarchyEvent;
import java.awt.event.HierarchyListener;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import javax.swing.JComponent;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;

/**
 * How a page shows a place a problem names (issue 17: the selected milestone stayed off-screen). EDT only.
 */
public final class Reveals {
    private Reveals() {
    }

    /**
     * Runs a page's reveal once the page is showing and laid out: a page just brought to the front, or an editor just
     * opened from a problem, had no size yet when it was asked to show a row or field, so scrolling to it did nothing
     * and focusing it was refused.
     */
    static void whenShown(Component page, Runnable reveal) {
        if (page.isShowing()) {
            laidOut(page, reveal);
            return;
        }
        page.addHierarchyListener(new HierarchyListener() {
            @Override
            public void hierarchyChanged(HierarchyEvent e) {
                if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) == 0 || !page.isShowing()) return;
                page.removeHierarchyListener(this);
                laidOut(page, reveal);
            }
        });
    }

    /** After the events already queued (the tab's selection), with the window's layout brought up to date. */
    private static void laidOut(Component page, Runnable reveal) {
        SwingUtilities.invokeLater(() -> {
            Window w = SwingUtilities.getWindowAncestor(page);
            if (w != null) w.validate();
            reveal.run();
        });
    }

    /**
     * Scrolls {@code r} of {@code c} into view in every scroll pane around it, innermost first: a viewport scrolls only
     * itself, so a table's row stayed below the edge of the page's scroll pane around the table's.
     */
    public static void scrollIntoView(JComponent c, Rectangle r) {
        for (Container p = c.getParent(); p != null; p = p.getParent()) {
            if (!(p instanceof JViewport viewport) || !(viewport.getView() instanceof JComponent view)) continue;
            view.scrollRectToVisible(SwingUtilities.convertRectangle(c, r, view));
        }
    }
}
