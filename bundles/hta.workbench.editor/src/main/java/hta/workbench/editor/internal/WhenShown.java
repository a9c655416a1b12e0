package hta.workbench.editor.internal;

import java.awt.Window;
import java.awt.event.HierarchyEvent;
import java.awt.event.HierarchyListener;
import java.awt.Component;
import javax.swing.SwingUtilities;

/**
 * Runs a page's reveal once the page is showing and laid out. A page just brought to the front, or an editor just
 * opened from a problem, had no size yet when it was asked to show a row or field: scrolling to it did nothing and
 * focusing it was refused, so the selected milestone stayed off-screen (issue 17). EDT only.
 */
final class WhenShown {
    private WhenShown() {
    }

    static void run(Component page, Runnable reveal) {
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
}
