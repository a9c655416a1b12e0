package hta.workbench.views.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Regression (outsider's walk): the Timeline's mark for today was drawn over the axis's month name. */
class TimelineAxisTest {
    @Test
    void todaysMarkCoversNoMonthOrYearName() {
        java.awt.Font font = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 13); // no look and feel here
        TimelineCanvas canvas = new TimelineCanvas();
        canvas.setFont(font);
        canvas.show(List.of(), 4);
        TimelineAxis axis = new TimelineAxis(canvas);
        axis.setFont(font);
        axis.setSize(axis.getPreferredSize());
        BufferedImage img = new BufferedImage(axis.getWidth(), axis.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        axis.paint(g);
        g.dispose();
        @SuppressWarnings("unchecked")
        List<Rectangle> names = (List<Rectangle>) axis.getClientProperty(TimelineAxis.NAMES);
        Rectangle today = (Rectangle) axis.getClientProperty(TimelineAxis.TODAY);
        assertTrue(names != null && !names.isEmpty() && today != null, "the axis says what it drew");
        for (Rectangle n : names) assertFalse(n.intersects(today), "today's mark " + today + " covers the name at " + n);
    }
}
