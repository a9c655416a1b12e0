package hta.workbench.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PreviewZoomTest {
    private static final float A4_W = 595;
    private static final float A4_H = 842;

    @Test
    void fitWidthDrawsAPageNoWiderThanItsColumnHoweverNarrow() {
        PreviewZoom z = new PreviewZoom();
        for (int view : new int[]{120, 340, 700, 1600}) {
            float s = z.scale(A4_W, A4_H, view, 300);
            assertTrue(A4_W * s <= view - PreviewZoom.MARGIN + 0.5f, view + ": " + A4_W * s);
            assertTrue(A4_W * s >= view - PreviewZoom.MARGIN - 1 || view < 60, view + ": " + A4_W * s);
        }
    }

    @Test
    void fitPageShowsTheWholePage() {
        PreviewZoom z = new PreviewZoom();
        z.fit(PreviewZoom.Fit.PAGE);
        float s = z.scale(A4_W, A4_H, 800, 400);
        assertTrue(A4_H * s <= 400 - PreviewZoom.MARGIN + 0.5f);
    }

    @Test
    void zoomInAndOutGoByTheStepsFromWhatIsShownAndStopAtTheEnds() {
        PreviewZoom z = new PreviewZoom();
        float fitted = z.scale(A4_W, A4_H, 400, 300); // about 47 %
        z.zoomIn(fitted);
        assertEquals(PreviewZoom.Fit.NONE, z.fit());
        assertEquals(50, PreviewZoom.percentOf(z.scale(A4_W, A4_H, 400, 300)));
        z.zoomOut(z.scale(A4_W, A4_H, 400, 300));
        assertEquals(33, PreviewZoom.percentOf(z.scale(A4_W, A4_H, 400, 300)));
        for (int i = 0; i < 30; i++) z.zoomIn(z.scale(A4_W, A4_H, 400, 300));
        assertEquals(400, PreviewZoom.percentOf(z.scale(A4_W, A4_H, 400, 300)));
        for (int i = 0; i < 30; i++) z.zoomOut(z.scale(A4_W, A4_H, 400, 300));
        assertEquals(25, PreviewZoom.percentOf(z.scale(A4_W, A4_H, 400, 300)));
    }
}
