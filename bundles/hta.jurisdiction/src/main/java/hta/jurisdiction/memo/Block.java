package hta.jurisdiction.memo;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** One block of a memo. */
@ProviderType
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.Table, Block.Addressing,
        Block.Signatures, Block.Notes, Block.Spacer {

    /**
     * A section heading; level 1 is the memo's title line, 2 a section, 3 a sub-section. An exporter keeps the
     * hierarchy without gaps (a level 3 directly under a level 1 is read as the next level down).
     */
    record Heading(int level, String text) implements Block {
    }

    /** Running text, justified. */
    record Paragraph(List<Span> spans) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }

        public static Paragraph of(String text) {
            return new Paragraph(List.of(Span.text(text)));
        }
    }

    /**
     * A table whose first {@code headerRows} rows repeat on every page it spans. Those rows are the column
     * headings; a {@linkplain Cell#header() header} cell in a body row heads its row. Every row should have one
     * cell per column (a short row is completed with empty cells).
     *
     * @param columnWeights relative column widths
     */
    record Table(List<Float> columnWeights, int headerRows, List<List<Cell>> rows) implements Block {
        public Table {
            columnWeights = List.copyOf(columnWeights);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** The head of a memo: labelled lines such as Til / Kopi / Fra / Dato. */
    record Addressing(List<Line> lines) implements Block {
        public Addressing {
            lines = List.copyOf(lines);
        }

        /** A label and its values, one per printed line. */
        public record Line(String label, List<String> values) {
            public Line {
                values = List.copyOf(values);
            }
        }
    }

    /** Signatures side by side: name above title. */
    record Signatures(List<Signature> signatures) implements Block {
        public Signatures {
            signatures = List.copyOf(signatures);
        }

        public record Signature(String name, String title) {
        }
    }

    /** Numbered notes with sources (footnotes gathered at the end of the memo). */
    record Notes(List<String> notes) implements Block {
        public Notes {
            notes = List.copyOf(notes);
        }
    }

    /** Vertical space in points. */
    record Spacer(float points) implements Block {
    }

    /**
     * A table cell.
     *
     * @param bold   drawn in bold
     * @param header a header cell: in the table's header rows it heads its column, in a body row it heads its
     *               row (an exporter tags it so, e.g. as a PDF TH cell with scope Row, and a screen reader
     *               announces it with every cell of the row); by default a bold cell is a header (since 1.3)
     */
    record Cell(List<Span> spans, boolean bold, boolean header) {
        public Cell {
            spans = List.copyOf(spans);
        }

        /** A cell that is a header when bold ({@link #header(String)}), as cells were read before 1.3. */
        public Cell(List<Span> spans, boolean bold) {
            this(spans, bold, bold);
        }

        public static Cell of(String text) {
            return new Cell(List.of(Span.text(text)), false);
        }

        /** A header cell, in bold: a column heading in a header row, the heading of its row in a body row. */
        public static Cell header(String text) {
            return new Cell(List.of(Span.text(text)), true);
        }

        public static Cell of(Span span) {
            return new Cell(List.of(span), false);
        }

        /**
         * The label of a body row (e.g. "Maks-AUP inkl. mva." before its amounts): the heading of its row for
         * assistive technology, drawn like the data.
         *
         * @since 1.3
         */
        public static Cell label(String text) {
            return new Cell(List.of(Span.text(text)), false, true);
        }
    }
}
