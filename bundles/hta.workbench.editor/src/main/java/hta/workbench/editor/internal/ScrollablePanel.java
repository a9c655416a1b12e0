package hta.workbench.editor.internal;

import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.JViewport;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;

/**
 * A page shown in a scroll pane: as wide as the view, scrolled vertically when the view is lower than the page
 * needs, and stretched to the view's height otherwise. A page whose tables may shrink fills the view down to its
 * minimum height; a form keeps its preferred height. EDT only.
 */
public class ScrollablePanel extends JPanel implements Scrollable {
    private final boolean shrinksToMinimum;

    /**
     * @param shrinksToMinimum whether the page may be laid out lower than it prefers (down to its minimum size)
     *                         before the scroll pane scrolls it
     */
    public ScrollablePanel(LayoutManager layout, boolean shrinksToMinimum) {
        super(layout);
        this.shrinksToMinimum = shrinksToMinimum;
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return 16;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return orientation == SwingConstants.VERTICAL ? Math.max(16, visible.height - 16) : visible.width;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        if (!(getParent() instanceof JViewport)) return false;
        int needed = shrinksToMinimum ? getMinimumSize().height : getPreferredSize().height + 1;
        return getParent().getHeight() >= needed;
    }
}
