package hta.export.pdf.internal;

import static hta.export.pdf.internal.PageComposer.BODY;
import static hta.export.pdf.internal.PageComposer.BOTTOM;
import static hta.export.pdf.internal.PageComposer.LEADING;
import static hta.export.pdf.internal.PageComposer.MARGIN_X;
import static hta.export.pdf.internal.PageComposer.TOP;
import static hta.export.pdf.internal.PageComposer.contentWidth;

import hta.export.pdf.internal.LineBreaker.Piece;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Lays out tables and the addressing head for the {@link PageComposer}, with their structure: a Table of rows
 * whose header rows (THead) hold column headers (TH, scope Column) and whose body (TBody) holds data cells (TD)
 * and row headers (a {@linkplain Block.Cell#header() header cell} outside the header rows: TH, scope Row). Every row
 * has a cell for every column, so the table is regular. Borders and shading are artifacts; header rows repeated
 * on a continuation page are pagination artifacts (their first drawing is the real one). Not thread-safe.
 */
final class TableComposer {
    private static final float CELL_PAD = 4f;
    private static final float CELL_TEXT = BODY - 0.5f;
    private static final float LABEL_WIDTH = 48f;

    private final PageComposer page;
    private final MemoFonts fonts;
    private final LineBreaker breaker;

    TableComposer(PageComposer page, MemoFonts fonts, LineBreaker breaker) {
        this.page = page;
        this.fonts = fonts;
        this.breaker = breaker;
    }

    void table(Block.Table t, Tag parent) {
        float total = 0;
        for (float w : t.columnWeights()) total += w;
        float[] widths = new float[t.columnWeights().size()];
        for (int i = 0; i < widths.length; i++) widths[i] = contentWidth() * t.columnWeights().get(i) / total;
        page.y -= 6f;
        int headerRows = Math.min(t.headerRows(), t.rows().size());
        List<List<Block.Cell>> header = t.rows().subList(0, headerRows);
        Tag table = parent.add("Table");
        Tag head = headerRows > 0 ? table.add("THead") : null;
        Tag body = headerRows < t.rows().size() ? table.add("TBody") : null;
        for (int r = 0; r < t.rows().size(); r++) {
            boolean isHeader = r < headerRows;
            List<Block.Cell> row = t.rows().get(r);
            float h = rowHeight(row, widths);
            if (page.y - h < BOTTOM && page.y < TOP) {
                page.newPage();
                if (!isHeader) header.forEach(hr -> drawRow(hr, widths, true, null));
            }
            drawRow(row, widths, isHeader, cells(isHeader ? head : body, row, widths.length, isHeader));
        }
        page.y -= 4f;
    }

    /** The row's structure: one cell element per column, a TH for a header cell, a TD otherwise. */
    private static List<Tag> cells(Tag section, List<Block.Cell> row, int columns, boolean headerRow) {
        Tag tr = section.add("TR");
        List<Tag> cells = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            boolean rowHeader = c < row.size() && row.get(c).header();
            Tag cell = tr.add(headerRow || rowHeader ? "TH" : "TD");
            if (headerRow) cell.scope = Tag.Scope.Column;
            else if (rowHeader) cell.scope = Tag.Scope.Row;
            cells.add(cell);
        }
        return cells;
    }

    private float rowHeight(List<Block.Cell> row, float[] widths) {
        float max = 0;
        for (int c = 0; c < row.size() && c < widths.length; c++) {
            int lines = breaker.lines(row.get(c).spans(), CELL_TEXT, widths[c] - 2 * CELL_PAD, row.get(c).bold()).size();
            max = Math.max(max, lines * CELL_TEXT * LEADING);
        }
        return max + 2 * CELL_PAD;
    }

    /** Draws a row; {@code cells} are its structure elements, or null for a repeated header (an artifact). */
    private void drawRow(List<Block.Cell> row, float[] widths, boolean header, List<Tag> cells) {
        float h = rowHeight(row, widths);
        float top = page.y;
        float x = MARGIN_X;
        if (header) page.artifact(new DrawOp.Box(MARGIN_X, top - h, contentWidth(), h, DrawOp.LIGHT), Marking.Artifact.LAYOUT);
        for (int c = 0; c < row.size() && c < widths.length; c++) {
            Block.Cell cell = row.get(c);
            float ly = top - CELL_PAD;
            LineBreaker.Out out = cells == null ? (op, span) -> page.artifact(op, Marking.Artifact.REPEATED)
                    : owners(cells.get(c), cell.spans());
            for (List<Piece> line : breaker.lines(cell.spans(), CELL_TEXT, widths[c] - 2 * CELL_PAD, cell.bold() || header)) {
                ly -= CELL_TEXT * LEADING;
                breaker.draw(line, x + CELL_PAD, ly + CELL_TEXT * 0.25f, widths[c] - 2 * CELL_PAD, false, out);
            }
            x += widths[c];
        }
        rule(MARGIN_X, top, MARGIN_X + contentWidth(), top);
        rule(MARGIN_X, top - h, MARGIN_X + contentWidth(), top - h);
        float vx = MARGIN_X;
        for (int c = 0; c <= widths.length; c++) {
            rule(vx, top, vx, top - h);
            if (c < widths.length) vx += widths[c];
        }
        page.y = top - h;
    }

    private LineBreaker.Out owners(Tag cell, List<Span> spans) {
        IntFunction<Tag> owner = page.spansOf(cell, spans);
        return (op, span) -> page.put(op, owner.apply(span));
    }

    private void rule(float x1, float y1, float x2, float y2) {
        page.artifact(new DrawOp.Rule(x1, y1, x2, y2, 0.5f, DrawOp.RULE), Marking.Artifact.LAYOUT);
    }

    /**
     * The head of a memo (Til / Kopi / Fra / Dato): a borderless two-column table, each line a row of its label
     * (a row header) and its values.
     */
    void addressing(Block.Addressing a, Tag parent) {
        float lead = BODY * LEADING;
        Tag body = parent.add("Table").add("TBody");
        for (Block.Addressing.Line line : a.lines()) {
            page.y -= 3f;
            Tag tr = body.add("TR");
            Tag label = tr.add("TH");
            label.scope = Tag.Scope.Row;
            Tag values = tr.add("TD");
            boolean first = true;
            List<String> lines = line.values().isEmpty() ? List.of("") : line.values();
            for (int v = 0; v < lines.size(); v++) {
                // a space ends every value but the last, so the values read as separate words
                String value = v < lines.size() - 1 ? lines.get(v) + " " : lines.get(v);
                page.ensure(lead);
                page.y -= lead;
                if (first) {
                    page.put(new DrawOp.Text(MARGIN_X, page.y, fonts.drawable(fonts.bold, line.label()), fonts.bold, BODY,
                            DrawOp.BLACK), label);
                    first = false;
                }
                for (List<Piece> l : breaker.lines(List.of(Span.text(value)), BODY, contentWidth() - LABEL_WIDTH, false)) {
                    breaker.draw(l, MARGIN_X + LABEL_WIDTH, page.y, contentWidth() - LABEL_WIDTH, false, (op, span) -> page.put(op, values));
                }
            }
        }
    }
}
