package hta.export.pdf.internal;

import hta.confidentiality.RedactionMark;
import hta.jurisdiction.memo.Span;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaks styled text into lines of a given width (greedy, never hyphenating) and draws lines left-aligned
 * or justified. Written by hand rather than with an HTML renderer because the memo's redaction marks need a
 * fixed geometry that does not depend on the hidden value, and the output must be byte-reproducible.
 * Not thread-safe.
 */
final class LineBreaker {
    /** Width of a blank redaction: fixed, so the gap never reveals the length of what was removed. */
    static final float BLANK_REDACTION_WIDTH = 56f;

    private final MemoFonts fonts;

    LineBreaker(MemoFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * A word or a redaction, with the width it takes, the space that follows it and the index of the span it
     * comes from (so the composer can give it to that span's structure element).
     */
    record Piece(String text, PDFont font, float size, float width, float spaceAfter, RedactionMark mark, int span) {
        Piece withSpaceAfter(float space) {
            return new Piece(text, font, size, width, space, mark, span);
        }
    }

    /** The span index given to a space that ends a line after a redaction: it belongs to the enclosing text. */
    static final int NO_SPAN = -1;

    /** Where a drawn line's operations go, with the index of the span each comes from ({@link #NO_SPAN}: none). */
    @FunctionalInterface
    interface Out {
        void add(DrawOp op, int span);
    }

    List<List<Piece>> lines(List<Span> spans, float size, float maxWidth, boolean boldAll) {
        List<List<Piece>> lines = new ArrayList<>();
        List<Piece> line = new ArrayList<>();
        float width = 0;
        List<Piece> pieces = new ArrayList<>();
        for (Piece whole : pieces(spans, size, boldAll)) {
            // a word wider than the line starts where the line has room (if a fair share is left) and continues
            float room = line.isEmpty() ? maxWidth : maxWidth - width - line.get(line.size() - 1).spaceAfter();
            pieces.clear();
            pieces.addAll(fit(whole, room >= maxWidth / 4 ? room : maxWidth, maxWidth));
            for (Piece p : pieces) {
                float needed = line.isEmpty() ? p.width() : width + line.get(line.size() - 1).spaceAfter() + p.width();
                if (!line.isEmpty() && needed > maxWidth) {
                    lines.add(line);
                    line = new ArrayList<>();
                    width = p.width();
                } else {
                    width = needed;
                }
                line.add(p);
            }
        }
        if (!line.isEmpty()) lines.add(line);
        if (lines.isEmpty()) lines.add(List.of());
        return lines;
    }

    /**
     * A word wider than the line (a web address in a footnote) in parts that fit, the first in {@code first}, the
     * others in {@code maxWidth}, broken after a '/', '-', '.', '_', '?', '&amp;' or '=' where one is close enough to
     * the end of the line, else where the line ends; the parts join without a space, so the text read back is the
     * word whole. Anything else as it is.
     */
    private List<Piece> fit(Piece p, float first, float maxWidth) {
        if (p.mark() != null || p.width() <= maxWidth || p.text().length() < 2) return List.of(p);
        List<Piece> parts = new ArrayList<>();
        String rest = p.text();
        float limit = first;
        while (fonts.width(p.font(), p.size(), rest) > limit && rest.length() > 1) {
            int end = 1;
            while (end < rest.length() && fonts.width(p.font(), p.size(), rest.substring(0, end + 1)) <= limit) end++;
            int cut = end;
            for (int i = end; i > end / 2; i--) {
                if ("/-._?&=".indexOf(rest.charAt(i - 1)) >= 0) {
                    cut = i;
                    break;
                }
            }
            String part = rest.substring(0, cut);
            parts.add(new Piece(part, p.font(), p.size(), fonts.width(p.font(), p.size(), part), 0, null, p.span()));
            rest = rest.substring(cut);
            limit = maxWidth;
        }
        parts.add(new Piece(rest, p.font(), p.size(), fonts.width(p.font(), p.size(), rest), p.spaceAfter(), null, p.span()));
        return parts;
    }

    private List<Piece> pieces(List<Span> spans, float size, boolean boldAll) {
        List<Piece> pieces = new ArrayList<>();
        for (int index = 0; index < spans.size(); index++) {
            Span span = spans.get(index);
            if (span.isRedacted()) {
                RedactionMark mark = span.mark();
                float space = fonts.width(fonts.regular, size, " ");
                if (mark.style() == RedactionMark.Style.TEXT && !mark.text().isBlank()) {
                    // fixed wording breaks between its words like text, so a long mark stays inside a narrow
                    // cell; it is the same wording wherever it stands, so its geometry still never depends on
                    // the hidden value
                    for (String word : mark.text().trim().split(" +")) {
                        String drawn = fonts.drawable(fonts.italic, word);
                        pieces.add(new Piece(drawn, fonts.italic, size, fonts.width(fonts.italic, size, drawn), space, mark, index));
                    }
                    continue;
                }
                float w = mark.style() == RedactionMark.Style.BLANK ? BLANK_REDACTION_WIDTH
                        : fonts.width(fonts.regular, size, fonts.drawable(fonts.regular, mark.text()));
                pieces.add(new Piece(mark.style() == RedactionMark.Style.BLANK ? "" : mark.text(),
                        fonts.italic, size, w, space, mark, index));
                continue;
            }
            PDFont font = boldAll || span.style() == Span.Style.BOLD ? fonts.bold
                    : span.style() == Span.Style.ITALIC ? fonts.italic : fonts.regular;
            String text = fonts.drawable(font, span.text() == null ? "" : span.text());
            float space = fonts.width(font, size, " ");
            boolean trailingSpace = text.endsWith(" ");
            String[] words = text.trim().isEmpty() ? new String[0] : text.trim().split(" +");
            for (int i = 0; i < words.length; i++) {
                // a span that ends without a space joins the next span's first word, as in "ID2022_075:"
                boolean last = i == words.length - 1;
                float after = last && !trailingSpace ? 0 : space;
                pieces.add(new Piece(words[i], font, size, fonts.width(font, size, words[i]), after, null, index));
            }
            if (words.length == 0 && trailingSpace && !pieces.isEmpty()) {
                pieces.add(pieces.remove(pieces.size() - 1).withSpaceAfter(space));
            }
            if (words.length > 0 && text.startsWith(" ") && pieces.size() > words.length) {
                int idx = pieces.size() - words.length - 1;
                pieces.set(idx, pieces.get(idx).withSpaceAfter(space));
            }
        }
        return pieces;
    }

    /** Draws one line at baseline {@code y}; justified lines spread the extra width over the word gaps. */
    void draw(List<Piece> line, float x, float y, float maxWidth, boolean justify, Out out) {
        float natural = 0;
        int gaps = 0;
        for (int i = 0; i < line.size(); i++) {
            natural += line.get(i).width();
            if (i < line.size() - 1) {
                natural += line.get(i).spaceAfter();
                if (line.get(i).spaceAfter() > 0) gaps++;
            }
        }
        float extra = justify && gaps > 0 ? Math.max(0, (maxWidth - natural) / gaps) : 0;
        float cx = x;
        for (int i = 0; i < line.size(); i++) {
            Piece p = line.get(i);
            // the space after a word is drawn too (an invisible glyph, the gap itself is by position), so that
            // text read from the tags, where no reader guesses word breaks from gaps, keeps its spaces
            boolean space = p.spaceAfter() > 0;
            if (p.mark() != null) {
                out.add(redaction(p, cx, y), p.span());
                // the space after a redaction belongs to the text around it, not to the mark read as its words
                if (space) {
                    out.add(new DrawOp.Text(cx + p.width(), y, " ", fonts.regular, p.size(), DrawOp.BLACK),
                            i < line.size() - 1 ? line.get(i + 1).span() : NO_SPAN);
                }
            } else if (!p.text().isEmpty()) {
                out.add(new DrawOp.Text(cx, y, space ? p.text() + " " : p.text(), p.font(), p.size(), DrawOp.BLACK), p.span());
            }
            cx += p.width();
            if (i < line.size() - 1) cx += p.spaceAfter() + (p.spaceAfter() > 0 ? extra : 0);
        }
    }

    /** A redaction's fixed form: nothing (a blank keeps only its place), its text, or a black bar. */
    private DrawOp redaction(Piece p, float x, float y) {
        return switch (p.mark().style()) {
            case BLANK -> new DrawOp.Anchor(x, y);
            case TEXT -> new DrawOp.Text(x, y, p.text(), fonts.italic, p.size(), DrawOp.GREY);
            case BLACK_BAR -> new DrawOp.Box(x, y - p.size() * 0.22f, p.width(), p.size() * 0.95f, DrawOp.BLACK);
        };
    }
}
