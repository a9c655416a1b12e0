package hta.workbench.export.internal;

/**
 * How large the Memo Preview draws its pages: fitted to the width of its columns (the default, so that no page
 * edge is cut however narrow the area is), the whole page fitted in a column, or a percentage of the printed size.
 * Zooming in or out leaves the fit and goes to the next of the usual steps from the size shown. Used on the EDT.
 */
final class PreviewZoom {
    enum Fit { WIDTH, PAGE, NONE }

    /** The steps of Zoom In and Zoom Out, in percent of the printed size. */
    static final int[] STEPS = {25, 33, 50, 67, 75, 90, 100, 110, 125, 150, 175, 200, 250, 300, 400};
    /** Screen pixels per PDF point at 100 %: the printed size on a screen of 96 dots per inch. */
    static final float PRINTED = 96f / 72f;
    /** Room kept beside a fitted page for its border and the scroll bar. */
    static final int MARGIN = 12;

    private Fit fit = Fit.WIDTH;
    private int percent = 100;

    Fit fit() {
        return fit;
    }

    void fit(Fit f) {
        fit = f;
    }

    /** Shows pages at {@code p} percent of their printed size. */
    void percent(int p) {
        fit = Fit.NONE;
        percent = Math.max(STEPS[0], Math.min(STEPS[STEPS.length - 1], p));
    }

    /** Pixels per PDF point for a page of {@code w}×{@code h} points in a column whose visible part is {@code viewW}×{@code viewH}. */
    float scale(float w, float h, int viewW, int viewH) {
        float byWidth = Math.max(40, viewW - MARGIN) / w;
        return switch (fit) {
            case WIDTH -> byWidth;
            case PAGE -> Math.min(byWidth, Math.max(40, viewH - MARGIN) / h);
            case NONE -> percent * PRINTED / 100f;
        };
    }

    /** The percentage a scale shows, as the zoom label reads it. */
    static int percentOf(float scale) {
        return Math.round(scale / PRINTED * 100f);
    }

    /** The next step above what is shown now. */
    void zoomIn(float shownScale) {
        int now = percentOf(shownScale);
        for (int s : STEPS) {
            if (s > now) {
                percent(s);
                return;
            }
        }
        percent(STEPS[STEPS.length - 1]);
    }

    /** The next step below what is shown now. */
    void zoomOut(float shownScale) {
        int now = percentOf(shownScale);
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < now) {
                percent(STEPS[i]);
                return;
            }
        }
        percent(STEPS[0]);
    }
}
