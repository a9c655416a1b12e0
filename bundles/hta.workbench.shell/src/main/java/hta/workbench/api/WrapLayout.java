package hta.workbench.api;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Insets;

/**
 * A flow layout that asks for the height of all its rows, for a view's row of buttons: a plain {@link FlowLayout}
 * asks for one row, so in a narrow view the buttons past the edge are cut or hidden (History's Restore, the Plugins
 * view's Uninstall). The width it fills is its container's parent's (a toolbar at the top or bottom of a view is as
 * wide as the view). EDT only, like any layout.
 *
 * @since 0.7
 */
public final class WrapLayout extends FlowLayout {
    private static final long serialVersionUID = 1L;

    /** Rows aligned left. */
    public WrapLayout(int hgap, int vgap) {
        this(FlowLayout.LEFT, hgap, vgap);
    }

    /** Rows aligned as {@code align} ({@link FlowLayout#LEFT}, {@link FlowLayout#RIGHT} …). */
    public WrapLayout(int align, int hgap, int vgap) {
        super(align, hgap, vgap);
    }

    @Override
    public Dimension preferredLayoutSize(Container target) {
        return size(target, true);
    }

    @Override
    public Dimension minimumLayoutSize(Container target) {
        return size(target, false);
    }

    private Dimension size(Container target, boolean preferred) {
        synchronized (target.getTreeLock()) {
            Insets in = target.getInsets();
            int available = availableWidth(target) - in.left - in.right - 2 * getHgap();
            int width = 0;
            int height = 0;
            int rowWidth = 0;
            int rowHeight = 0;
            for (Component c : target.getComponents()) {
                if (!c.isVisible()) continue;
                Dimension d = preferred ? c.getPreferredSize() : c.getMinimumSize();
                if (rowWidth > 0 && rowWidth + getHgap() + d.width > available) {
                    width = Math.max(width, rowWidth);
                    height += rowHeight + getVgap();
                    rowWidth = 0;
                    rowHeight = 0;
                }
                rowWidth += (rowWidth > 0 ? getHgap() : 0) + d.width;
                rowHeight = Math.max(rowHeight, d.height);
            }
            width = Math.max(width, rowWidth);
            height += rowHeight;
            // the minimum is one button wide, so that a narrow view can still shrink
            if (!preferred) width = Math.min(width, Math.max(available, 0));
            return new Dimension(width + in.left + in.right + 2 * getHgap(), height + in.top + in.bottom + 2 * getVgap());
        }
    }

    /** The width the rows may take: the parent's inner width once laid out, else unbounded (one row). */
    private static int availableWidth(Container target) {
        Container parent = target.getParent();
        if (parent != null && parent.getWidth() > 0) {
            Insets p = parent.getInsets();
            return parent.getWidth() - p.left - p.right;
        }
        return target.getWidth() > 0 ? target.getWidth() : Integer.MAX_VALUE / 4;
    }
}
