package hta.export.pdf.internal;

import hta.export.pdf.internal.LineBreaker.Piece;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.MemoDocument;
import hta.jurisdiction.memo.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a memo's blocks on A4 pages: headings, justified paragraphs, tables whose header rows repeat on
 * every page, the addressing head, signatures and notes. Produces draw operations per page; the page frame
 * (marking, page numbers) is added by {@link PdfMemoWriter} once the page count is known. Not thread-safe.
 */
final class PageComposer {
    static final float PAGE_WIDTH = 595.28f;
    static final float PAGE_HEIGHT = 841.89f;
    static final float MARGIN_X = 64f;
    static final float TOP = PAGE_HEIGHT - 78f;
    static final float BOTTOM = 70f;
    static final float BODY = 10.5f;
    static final float LEADING = 1.32f;
    private static final float CELL_PAD = 4f;

    private final MemoFonts fonts;
    private final LineBreaker breaker;
    private final List<List<DrawOp>> pages = new ArrayList<>();
    /** Headings with their page, for bookmarks. */
    private final List<Outline> outline = new ArrayList<>();
    private List<DrawOp> ops;
    private float y;

    record Outline(String title, int level, int page, float y) {
    }

    PageComposer(MemoFonts fonts) {
        this.fonts = fonts;
        this.breaker = new LineBreaker(fonts);
        newPage();
    }

    List<List<DrawOp>> pages() {
        return pages;
    }

    List<Outline> outline() {
        return outline;
    }

    float contentWidth() {
        return PAGE_WIDTH - 2 * MARGIN_X;
    }

    void compose(MemoDocument memo) {
        compose(memo, null);
    }

    /** Lays out the memo, with the timeline chart (if any) before the closing signatures and notes. */
    void compose(MemoDocument memo, TimelineChart chart) {
        List<Block> blocks = memo.blocks();
        int chartAt = blocks.size();
        while (chartAt > 0 && (blocks.get(chartAt - 1) instanceof Block.Signatures
                || blocks.get(chartAt - 1) instanceof Block.Notes)) {
            chartAt--;
        }
        for (int i = 0; i <= blocks.size(); i++) {
            if (i == chartAt && chart != null) chart(chart);
            if (i == blocks.size()) break;
            Block b = blocks.get(i);
            if (b instanceof Block.Heading h) heading(h);
            else if (b instanceof Block.Paragraph p) paragraph(p.spans(), MARGIN_X, contentWidth(), BODY, true);
            else if (b instanceof Block.Table t) table(t);
            else if (b instanceof Block.Addressing a) addressing(a);
            else if (b instanceof Block.Signatures s) signatures(s);
            else if (b instanceof Block.Notes n) notes(n);
            else if (b instanceof Block.Spacer s) y -= s.points();
        }
    }

    private void newPage() {
        ops = new ArrayList<>();
        pages.add(ops);
        y = TOP;
    }

    private void ensure(float height) {
        if (y - height < BOTTOM && y < TOP) newPage();
    }

    private void heading(Block.Heading h) {
        heading(h, 2 * BODY * LEADING);
    }

    /** A heading kept on one page with the next {@code keep} points of what follows. */
    private void heading(Block.Heading h, float keep) {
        float size = h.level() <= 1 ? 13f : 11.5f;
        List<List<Piece>> lines = breaker.lines(List.of(Span.bold(h.text())), size, contentWidth(), true);
        float lead = size * LEADING;
        // keep a heading with at least two lines of what follows
        ensure(lines.size() * lead + 10f + keep);
        y -= h.level() <= 1 ? 10f : 12f;
        outline.add(new Outline(h.text(), h.level(), pages.size() - 1, y));
        for (List<Piece> line : lines) {
            y -= lead;
            breaker.draw(line, MARGIN_X, y, contentWidth(), false, ops);
        }
        y -= 3f;
    }

    private void paragraph(List<Span> spans, float x, float width, float size, boolean justify) {
        List<List<Piece>> lines = breaker.lines(spans, size, width, false);
        float lead = size * LEADING;
        y -= 4f;
        for (int i = 0; i < lines.size(); i++) {
            ensure(lead);
            y -= lead;
            boolean last = i == lines.size() - 1;
            breaker.draw(lines.get(i), x, y, width, justify && !last, ops);
        }
    }

    private void addressing(Block.Addressing a) {
        float labelWidth = 48f;
        float lead = BODY * LEADING;
        for (Block.Addressing.Line line : a.lines()) {
            y -= 3f;
            boolean first = true;
            for (String value : line.values().isEmpty() ? List.of("") : line.values()) {
                ensure(lead);
                y -= lead;
                if (first) {
                    ops.add(new DrawOp.Text(MARGIN_X, y, fonts.drawable(fonts.bold, line.label()), fonts.bold, BODY, DrawOp.BLACK));
                    first = false;
                }
                for (List<Piece> l : breaker.lines(List.of(Span.text(value)), BODY, contentWidth() - labelWidth, false)) {
                    breaker.draw(l, MARGIN_X + labelWidth, y, contentWidth() - labelWidth, false, ops);
                }
            }
        }
    }

    private void table(Block.Table t) {
        float total = 0;
        for (float w : t.columnWeights()) total += w;
        float[] widths = new float[t.columnWeights().size()];
        for (int i = 0; i < widths.length; i++) widths[i] = contentWidth() * t.columnWeights().get(i) / total;
        y -= 6f;
        List<List<Block.Cell>> header = t.rows().subList(0, Math.min(t.headerRows(), t.rows().size()));
        for (int r = 0; r < t.rows().size(); r++) {
            boolean isHeader = r < t.headerRows();
            List<Block.Cell> row = t.rows().get(r);
            float h = rowHeight(row, widths);
            if (y - h < BOTTOM && y < TOP) {
                newPage();
                if (!isHeader) header.forEach(hr -> drawRow(hr, widths, true));
            }
            drawRow(row, widths, isHeader);
        }
        y -= 4f;
    }

    private float rowHeight(List<Block.Cell> row, float[] widths) {
        float max = 0;
        for (int c = 0; c < row.size() && c < widths.length; c++) {
            int lines = breaker.lines(row.get(c).spans(), BODY - 0.5f, widths[c] - 2 * CELL_PAD, row.get(c).bold()).size();
            max = Math.max(max, lines * (BODY - 0.5f) * LEADING);
        }
        return max + 2 * CELL_PAD;
    }

    private void drawRow(List<Block.Cell> row, float[] widths, boolean header) {
        float h = rowHeight(row, widths);
        float top = y;
        float x = MARGIN_X;
        if (header) ops.add(new DrawOp.Box(MARGIN_X, top - h, contentWidth(), h, DrawOp.LIGHT));
        for (int c = 0; c < row.size() && c < widths.length; c++) {
            Block.Cell cell = row.get(c);
            float size = BODY - 0.5f;
            float ly = top - CELL_PAD;
            for (List<Piece> line : breaker.lines(cell.spans(), size, widths[c] - 2 * CELL_PAD, cell.bold() || header)) {
                ly -= size * LEADING;
                breaker.draw(line, x + CELL_PAD, ly + size * 0.25f, widths[c] - 2 * CELL_PAD, false, ops);
            }
            x += widths[c];
        }
        ops.add(new DrawOp.Rule(MARGIN_X, top, MARGIN_X + contentWidth(), top, 0.5f, DrawOp.RULE));
        ops.add(new DrawOp.Rule(MARGIN_X, top - h, MARGIN_X + contentWidth(), top - h, 0.5f, DrawOp.RULE));
        float vx = MARGIN_X;
        for (int c = 0; c <= widths.length; c++) {
            ops.add(new DrawOp.Rule(vx, top, vx, top - h, 0.5f, DrawOp.RULE));
            if (c < widths.length) vx += widths[c];
        }
        y = top - h;
    }

    private void signatures(Block.Signatures s) {
        float lead = BODY * LEADING;
        ensure(3 * lead + 20f);
        y -= 20f;
        int n = Math.max(1, s.signatures().size());
        float col = contentWidth() / Math.max(2, n);
        for (int i = 0; i < s.signatures().size(); i++) {
            Block.Signatures.Signature sig = s.signatures().get(i);
            float x = MARGIN_X + i * col;
            ops.add(new DrawOp.Text(x, y - lead, fonts.drawable(fonts.regular, nz(sig.name())), fonts.regular, BODY, DrawOp.BLACK));
            ops.add(new DrawOp.Text(x, y - 2 * lead, fonts.drawable(fonts.italic, nz(sig.title())), fonts.italic, BODY, DrawOp.BLACK));
        }
        y -= 2 * lead + 6f;
    }

    private void notes(Block.Notes n) {
        float size = 8.5f;
        y -= 8f;
        ensure(size * LEADING * 2);
        ops.add(new DrawOp.Rule(MARGIN_X, y, MARGIN_X + 120f, y, 0.5f, DrawOp.RULE));
        for (int i = 0; i < n.notes().size(); i++) {
            paragraph(List.of(Span.text((i + 1) + " " + n.notes().get(i))), MARGIN_X, contentWidth(), size, false);
        }
    }

    private static final float CHART_LABEL = 150f;
    private static final float CHART_ROW = 17f;
    private static final float CHART_TEXT = 7.5f;

    /** The process timeline as vector graphics: phase bars, target spans with their due day, milestones. */
    private void chart(TimelineChart c) {
        int rows = c.phases().size() + c.targets().size();
        float height = rows * CHART_ROW + 34f;
        heading(new Block.Heading(2, c.heading()), height);
        float x0 = MARGIN_X + CHART_LABEL;
        float x1 = MARGIN_X + contentWidth() - 4f;
        float top = y - 6f;
        float bottom = top - rows * CHART_ROW;
        ops.add(new DrawOp.Box(x0, bottom, x1 - x0, top - bottom, DrawOp.LIGHT));
        float row = top;
        for (TimelineChart.Bar b : c.phases()) {
            float mid = row - CHART_ROW / 2;
            chartLabel(b.label(), mid);
            float xs = xAt(c, b.start(), x0, x1);
            float xe = xAt(c, b.end() != null ? b.end() : c.judged(), x0, x1);
            float[] colour = b.clockStopped() ? DrawOp.PHASE_STOPPED : b.end() == null ? DrawOp.PHASE_OPEN : DrawOp.PHASE;
            ops.add(new DrawOp.Box(xs, mid - 4f, Math.max(1.5f, xe - xs), 8f, colour));
            if (b.days() != null) chartValue(b.days() + " " + c.dayWord(), xs, xe, x0, x1, mid);
            row -= CHART_ROW;
        }
        for (TimelineChart.Target t : c.targets()) {
            float mid = row - CHART_ROW / 2;
            chartLabel(t.label(), mid);
            float xs = xAt(c, t.start(), x0, x1);
            float xe = xAt(c, t.end() != null ? t.end() : c.judged(), x0, x1);
            float[] colour = t.met() ? DrawOp.TARGET_MET : DrawOp.TARGET_MISSED;
            ops.add(new DrawOp.Box(xs, mid - 1.5f, Math.max(1.5f, xe - xs), 3f, colour));
            if (t.due() != null) {
                float xd = xAt(c, t.due(), x0, x1);
                ops.add(new DrawOp.Dashed(xd, mid - 6f, xd, mid + 6f, 1f, DrawOp.TARGET_MISSED));
            }
            float xd = t.due() == null ? xe : xAt(c, t.due(), x0, x1);
            chartValue(t.counted() + " / " + t.days() + " " + c.dayWord(), Math.min(xs, xd), Math.max(xe, xd), x0, x1, mid);
            row -= CHART_ROW;
        }
        // the axis with every milestone on it, and the first and last day written under it
        ops.add(new DrawOp.Rule(x0, bottom, x1, bottom, 0.6f, DrawOp.GREY));
        for (java.time.LocalDate d : c.milestones()) {
            ops.add(new DrawOp.Diamond(xAt(c, d, x0, x1), bottom, 3f, DrawOp.BLACK));
        }
        String first = fonts.drawable(fonts.regular, c.axisLabels()[0]);
        String last = fonts.drawable(fonts.regular, c.axisLabels()[1]);
        ops.add(new DrawOp.Text(x0, bottom - 12f, first, fonts.regular, CHART_TEXT, DrawOp.GREY));
        ops.add(new DrawOp.Text(x1 - fonts.width(fonts.regular, CHART_TEXT, last), bottom - 12f, last, fonts.regular,
                CHART_TEXT, DrawOp.GREY));
        y = bottom - 20f;
    }

    private static float xAt(TimelineChart c, java.time.LocalDate d, float x0, float x1) {
        long days = hta.timeline.Timelines.days(c.from(), d);
        return x0 + (x1 - x0) * Math.max(0, Math.min(c.span(), days)) / c.span();
    }

    private void chartLabel(String label, float mid) {
        String text = fonts.drawable(fonts.regular, nz(label));
        float max = CHART_LABEL - 8f;
        if (fonts.width(fonts.regular, CHART_TEXT, text) > max) {
            String base = text;
            while (base.length() > 1 && fonts.width(fonts.regular, CHART_TEXT, base + "…") > max) {
                base = base.substring(0, base.length() - 1);
            }
            text = fonts.drawable(fonts.regular, base.stripTrailing() + "…");
        }
        ops.add(new DrawOp.Text(MARGIN_X, mid - CHART_TEXT * 0.35f, text, fonts.regular, CHART_TEXT, DrawOp.BLACK));
    }

    /** A figure on a bar's line: right of the bar when there is room, otherwise left of it. */
    private void chartValue(String value, float start, float end, float x0, float x1, float mid) {
        String text = fonts.drawable(fonts.regular, value);
        float w = fonts.width(fonts.regular, CHART_TEXT, text);
        float x = end + 4f + w <= x1 ? end + 4f : Math.max(x0 + 1f, start - 4f - w);
        ops.add(new DrawOp.Text(x, mid - CHART_TEXT * 0.35f, text, fonts.regular, CHART_TEXT, DrawOp.BLACK));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
