package hta.workbench.shell.internal.layout;

import java.awt.Component;
import javax.swing.JSplitPane;

/**
 * A split pane between the editor side and a stack of views. It places its divider at a proportion on its first
 * real layout; after that, when the window grows the editor side gets the room, and when it shrinks the views give
 * theirs first, down to their stack's small minimum, before the editor's pages are squeezed (Eclipse's rule; at
 * 1300 × 850 the Properties view kept its width while the pages were squeezed). Swing asks
 * {@link #getResizeWeight()} while it lays the split out, so the weight follows the change of size. EDT only.
 */
final class EditorSplit extends JSplitPane {
    private final double proportion;
    /** Whether the editor side is the first (left or top) component. */
    private final boolean editorFirst;
    private boolean placed;
    private boolean shrinking;

    EditorSplit(int orientation, Component a, Component b, double proportion, boolean editorFirst) {
        super(orientation, true, a, b);
        this.proportion = proportion;
        this.editorFirst = editorFirst;
    }

    private int span(int width, int height) {
        return getOrientation() == HORIZONTAL_SPLIT ? width : height;
    }

    @Override
    @SuppressWarnings("deprecation")
    public void reshape(int x, int y, int w, int h) {
        int before = span(getWidth(), getHeight());
        super.reshape(x, y, w, h);
        int after = span(w, h);
        if (after != before) shrinking = after < before;
    }

    /** Growing: all to the editor side; shrinking: all taken from the views' side first. */
    @Override
    public double getResizeWeight() {
        if (!placed) return proportion;
        return editorFirst != shrinking ? 1.0 : 0.0;
    }

    @Override
    public void doLayout() {
        int size = span(getWidth(), getHeight()) - getDividerSize();
        if (!placed && size > 0) {
            placed = true;
            setDividerLocation((int) Math.round(proportion * size));
        }
        super.doLayout();
    }
}
