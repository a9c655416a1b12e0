package hta.workbench.internal.jurisdiction;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.JViewport;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;

/**
 * The content of a jurisdiction page inside its scroll pane: as wide as the editor, and as tall unless that would
 * squeeze it below its minimum size (the sections' tables keep room for a few rows); then the page scrolls
 * vertically. EDT only.
 */
final class PageContent extends JPanel implements Scrollable {
    PageContent() {
        super(new BorderLayout(0, 8));
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
        return getParent() instanceof JViewport && getParent().getHeight() >= getMinimumSize().height;
    }
}
