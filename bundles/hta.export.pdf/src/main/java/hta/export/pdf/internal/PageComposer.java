package hta.export.pdf.internal;

import hta.export.pdf.internal.LineBreaker.Piece;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.MemoDocument;
import hta.jurisdiction.memo.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Lays out a memo's blocks on A4 pages — headings, justified paragraphs, tables whose header rows repeat on every
 * page, the addressing head, signatures, notes and the timeline chart — and builds its logical structure as it
 * goes: every draw operation is given to the structure element it belongs to, in reading order, or marked as an
 * artifact (borders, shading, repeated header rows). The page frame (marking, page numbers) is added by
 * {@link PdfMemoWriter} once the page count is known. Not thread-safe.
 */
final class PageComposer {
    static final float PAGE_WIDTH = 595.28f;
    static final float PAGE_HEIGHT = 841.89f;
    static final float MARGIN_X = 64f;
    static final float TOP = PAGE_HEIGHT - 78f;
    static final float BOTTOM = 70f;
    static final float BODY = 10.5f;
    static final float LEADING = 1.32f;

    private final MemoFonts fonts;
    private final LineBreaker breaker;
    private final TableComposer tables;
    private final List<List<Placed>> pages = new ArrayList<>();
    /** Headings with their page, for bookmarks. */
    private final List<Outline> outline = new ArrayList<>();
    /** The logical structure: the Document element. */
    private final Tag document = new Tag("Document");
    /** Levels of the open headings: template level and the H level given to it (see {@link #headingLevel}). */
    private final Deque<int[]> headingLevels = new ArrayDeque<>();
    private String language;
    private List<Placed> ops;
    float y;

    record Outline(String title, int level, int page, float y) {
    }

    PageComposer(MemoFonts fonts) {
        this.fonts = fonts;
        this.breaker = new LineBreaker(fonts);
        this.tables = new TableComposer(this, fonts, breaker);
        newPage();
    }

    List<List<Placed>> pages() {
        return pages;
    }

    List<Outline> outline() {
        return outline;
    }

    Tag structure() {
        return document;
    }

    static float contentWidth() {
        return PAGE_WIDTH - 2 * MARGIN_X;
    }

    void compose(MemoDocument memo) {
        compose(memo, null);
    }

    /** Lays out the memo, with the timeline chart (if any) before the closing signatures and notes. */
    void compose(MemoDocument memo, TimelineChart chart) {
        language = memo.language();
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
            if (b instanceof Block.Heading h) heading(h, 2 * BODY * LEADING);
            else if (b instanceof Block.Paragraph p) paragraph(p.spans(), MARGIN_X, contentWidth(), BODY, true, spansOf(document.add("P"), p.spans()));
            else if (b instanceof Block.Table t) tables.table(t, document);
            else if (b instanceof Block.Addressing a) tables.addressing(a, document);
            else if (b instanceof Block.Signatures s) signatures(s);
            else if (b instanceof Block.Notes n) notes(n);
            else if (b instanceof Block.Spacer s) y -= s.points();
        }
    }

    void newPage() {
        ops = new ArrayList<>();
        pages.add(ops);
        y = TOP;
    }

    /** Starts a new page unless {@code height} more points fit on this one (or this one is still empty). */
    void ensure(float height) {
        if (y - height < BOTTOM && y < TOP) newPage();
    }

    int pageIndex() {
        return pages.size() - 1;
    }

    /** Adds content of {@code owner}: continues its last marked-content sequence when that was the last drawn. */
    void put(DrawOp op, Tag owner) {
        Marking last = ops.isEmpty() ? null : ops.get(ops.size() - 1).marking();
        Marking.Content content = last instanceof Marking.Content c && c.owner == owner ? c : owner.content();
        ops.add(new Placed(op, content));
    }

    /** Adds an artifact: page furniture or decoration that assistive technology skips. */
    void artifact(DrawOp op, Marking.Artifact kind) {
        ops.add(new Placed(op, kind));
    }

    /**
     * The owner of each span of a run of text: {@code parent} itself, or a Span child for a redaction (read as the
     * mark's fixed words, never the hidden value) or for text in another language than the memo's. Children are
     * made when first drawn, so they stand in reading order among the parent's content.
     */
    IntFunction<Tag> spansOf(Tag parent, List<Span> spans) {
        Map<Integer, Tag> children = new HashMap<>();
        return index -> {
            if (index == LineBreaker.NO_SPAN) return parent;
            Span span = spans.get(index);
            boolean foreign = span.language() != null && !span.language().equalsIgnoreCase(language);
            if (!span.isRedacted() && !foreign) return parent;
            return children.computeIfAbsent(index, i -> {
                Tag child = parent.add("Span");
                if (span.isRedacted()) child.actualText = span.mark().spoken();
                if (foreign) child.language = span.language();
                return child;
            });
        };
    }

    /**
     * The heading's level in the structure: H1 for the first heading, and never more than one below the heading
     * it follows, however the template numbered its levels (PDF/UA wants no skipped levels).
     */
    private int headingLevel(int templateLevel) {
        while (!headingLevels.isEmpty() && headingLevels.peek()[0] >= templateLevel) headingLevels.pop();
        int level = Math.min(6, headingLevels.size() + 1);
        headingLevels.push(new int[] {templateLevel, level});
        return level;
    }

    /** A heading kept on one page with the next {@code keep} points of what follows. */
    private void heading(Block.Heading h, float keep) {
        float size = h.level() <= 1 ? 13f : 11.5f;
        List<List<Piece>> lines = breaker.lines(List.of(Span.bold(h.text())), size, contentWidth(), true);
        float lead = size * LEADING;
        ensure(lines.size() * lead + 10f + keep);
        y -= h.level() <= 1 ? 10f : 12f;
        outline.add(new Outline(h.text(), h.level(), pageIndex(), y));
        Tag tag = document.add("H" + headingLevel(h.level()));
        for (List<Piece> line : lines) {
            y -= lead;
            breaker.draw(line, MARGIN_X, y, contentWidth(), false, (op, span) -> put(op, tag));
        }
        y -= 3f;
    }

    void paragraph(List<Span> spans, float x, float width, float size, boolean justify, IntFunction<Tag> owners) {
        List<List<Piece>> lines = breaker.lines(spans, size, width, false);
        float lead = size * LEADING;
        y -= 4f;
        for (int i = 0; i < lines.size(); i++) {
            ensure(lead);
            y -= lead;
            boolean last = i == lines.size() - 1;
            breaker.draw(lines.get(i), x, y, width, justify && !last, (op, span) -> put(op, owners.apply(span)));
        }
    }

    /** Signatures side by side, each one a division of its name and title. */
    private void signatures(Block.Signatures s) {
        float lead = BODY * LEADING;
        ensure(3 * lead + 20f);
        y -= 20f;
        float col = contentWidth() / Math.max(2, s.signatures().size());
        for (int i = 0; i < s.signatures().size(); i++) {
            Block.Signatures.Signature sig = s.signatures().get(i);
            float x = MARGIN_X + i * col;
            Tag div = document.add("Div");
            put(new DrawOp.Text(x, y - lead, fonts.drawable(fonts.regular, nz(sig.name())), fonts.regular, BODY, DrawOp.BLACK), div.add("P"));
            put(new DrawOp.Text(x, y - 2 * lead, fonts.drawable(fonts.italic, nz(sig.title())), fonts.italic, BODY, DrawOp.BLACK), div.add("P"));
        }
        y -= 2 * lead + 6f;
    }

    /** Numbered notes: a list whose items are the number (label) and the note (body). */
    private void notes(Block.Notes n) {
        float size = 8.5f;
        y -= 8f;
        ensure(size * LEADING * 2);
        artifact(new DrawOp.Rule(MARGIN_X, y, MARGIN_X + 120f, y, 0.5f, DrawOp.RULE), Marking.Artifact.LAYOUT);
        Tag list = document.add("L");
        list.listNumbering = "Decimal";
        for (int i = 0; i < n.notes().size(); i++) {
            Tag item = list.add("LI");
            Tag label = item.add("Lbl");
            Tag body = item.add("LBody");
            List<Span> spans = List.of(Span.text((i + 1) + " "), Span.text(n.notes().get(i)));
            paragraph(spans, MARGIN_X, contentWidth(), size, false, span -> span == 0 ? label : body);
        }
    }

    /** The process timeline: its heading, then the chart as a figure described in words (its alternative text). */
    private void chart(TimelineChart c) {
        float height = ChartDrawing.height(c);
        heading(new Block.Heading(2, c.heading()), height);
        float top = y - 6f;
        float left = MARGIN_X;
        float right = MARGIN_X + contentWidth();
        Tag figure = document.add("Figure");
        figure.alt = c.description();
        float bottom = ChartDrawing.bottom(c, top);
        figure.bbox = new float[] {left, bottom, right - left, top - bottom};
        for (DrawOp op : new ChartDrawing(fonts).draw(c, left, right, top)) put(op, figure);
        y = bottom - 6f;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
