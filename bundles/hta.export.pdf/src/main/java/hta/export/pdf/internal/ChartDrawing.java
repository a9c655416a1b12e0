package hta.export.pdf.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The process-timeline chart as vector graphics: phase bars, target spans with their due day, milestones on the
 * axis, the first and last day under it. Draws below a given top edge; the composer places it and gives it to
 * its Figure element. Stateless apart from the fonts.
 */
final class ChartDrawing {
    private static final float LABEL = 150f;
    private static final float ROW = 17f;
    private static final float TEXT = 7.5f;

    private final MemoFonts fonts;

    ChartDrawing(MemoFonts fonts) {
        this.fonts = fonts;
    }

    /** Height of the chart with its axis labels, in points. */
    static float height(TimelineChart c) {
        return rows(c) * ROW + 34f;
    }

    private static int rows(TimelineChart c) {
        return c.phases().size() + c.targets().size();
    }

    /** The chart's operations between {@code left} and {@code right}, from {@code top} down to {@link #bottom}. */
    List<DrawOp> draw(TimelineChart c, float left, float right, float top) {
        List<DrawOp> ops = new ArrayList<>();
        float x0 = left + LABEL;
        float x1 = right - 4f;
        float bottom = top - rows(c) * ROW;
        ops.add(new DrawOp.Box(x0, bottom, x1 - x0, top - bottom, DrawOp.LIGHT));
        float row = top;
        for (TimelineChart.Bar b : c.phases()) {
            float mid = row - ROW / 2;
            label(ops, b.label(), left, mid);
            float xs = xAt(c, b.start(), x0, x1);
            float xe = xAt(c, b.end() != null ? b.end() : c.judged(), x0, x1);
            float[] colour = b.clockStopped() ? DrawOp.PHASE_STOPPED : b.end() == null ? DrawOp.PHASE_OPEN : DrawOp.PHASE;
            ops.add(new DrawOp.Box(xs, mid - 4f, Math.max(1.5f, xe - xs), 8f, colour));
            if (b.days() != null) value(ops, b.days() + " " + c.dayWord(), xs, xe, x0, x1, mid);
            row -= ROW;
        }
        for (TimelineChart.Target t : c.targets()) {
            float mid = row - ROW / 2;
            label(ops, t.label(), left, mid);
            float xs = xAt(c, t.start(), x0, x1);
            float xe = xAt(c, t.end() != null ? t.end() : c.judged(), x0, x1);
            float[] colour = t.met() ? DrawOp.TARGET_MET : DrawOp.TARGET_MISSED;
            ops.add(new DrawOp.Box(xs, mid - 1.5f, Math.max(1.5f, xe - xs), 3f, colour));
            if (t.due() != null) {
                float xd = xAt(c, t.due(), x0, x1);
                ops.add(new DrawOp.Dashed(xd, mid - 6f, xd, mid + 6f, 1f, DrawOp.TARGET_MISSED));
            }
            float xd = t.due() == null ? xe : xAt(c, t.due(), x0, x1);
            value(ops, t.counted() + " / " + t.days() + " " + c.dayWord(), Math.min(xs, xd), Math.max(xe, xd), x0, x1, mid);
            row -= ROW;
        }
        // the axis with every milestone on it, and the first and last day written under it
        ops.add(new DrawOp.Rule(x0, bottom, x1, bottom, 0.6f, DrawOp.GREY));
        for (LocalDate d : c.milestones()) ops.add(new DrawOp.Diamond(xAt(c, d, x0, x1), bottom, 3f, DrawOp.BLACK));
        String first = fonts.drawable(fonts.regular, c.axisLabels()[0]);
        String last = fonts.drawable(fonts.regular, c.axisLabels()[1]);
        ops.add(new DrawOp.Text(x0, bottom - 12f, first, fonts.regular, TEXT, DrawOp.GREY));
        ops.add(new DrawOp.Text(x1 - fonts.width(fonts.regular, TEXT, last), bottom - 12f, last, fonts.regular, TEXT, DrawOp.GREY));
        return ops;
    }

    /** The lowest point the chart draws at, for a chart drawn from {@code top}. */
    static float bottom(TimelineChart c, float top) {
        return top - rows(c) * ROW - 14f;
    }

    private static float xAt(TimelineChart c, LocalDate d, float x0, float x1) {
        long days = hta.timeline.Timelines.days(c.from(), d);
        return x0 + (x1 - x0) * Math.max(0, Math.min(c.span(), days)) / c.span();
    }

    private void label(List<DrawOp> ops, String label, float left, float mid) {
        String text = fonts.drawable(fonts.regular, label == null ? "" : label);
        float max = LABEL - 8f;
        if (fonts.width(fonts.regular, TEXT, text) > max) {
            String base = text;
            while (base.length() > 1 && fonts.width(fonts.regular, TEXT, base + "…") > max) {
                base = base.substring(0, base.length() - 1);
            }
            text = fonts.drawable(fonts.regular, base.stripTrailing() + "…");
        }
        ops.add(new DrawOp.Text(left, mid - TEXT * 0.35f, text, fonts.regular, TEXT, DrawOp.BLACK));
    }

    /** A figure on a bar's line: right of the bar when there is room, otherwise left of it. */
    private void value(List<DrawOp> ops, String value, float start, float end, float x0, float x1, float mid) {
        String text = fonts.drawable(fonts.regular, value);
        float w = fonts.width(fonts.regular, TEXT, text);
        float x = end + 4f + w <= x1 ? end + 4f : Math.max(x0 + 1f, start - 4f - w);
        ops.add(new DrawOp.Text(x, mid - TEXT * 0.35f, text, fonts.regular, TEXT, DrawOp.BLACK));
    }
}
