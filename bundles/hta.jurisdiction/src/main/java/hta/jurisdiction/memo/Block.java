package hta.jurisdiction.memo;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** One block of a memo. */
@ProviderType
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.Table, Block.Addressing,
        Block.Signatures, Block.Notes, Block.Spacer {

    /** A section heading; level 1 is the memo's title line. */
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
     * A table whose first {@code headerRows} rows repeat on every page it spans.
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

    /** A table cell. */
    record Cell(List<Span> spans, boolean bold) {
        public Cell {
            spans = List.copyOf(spans);
        }

        public static Cell of(String text) {
            return new Cell(List.of(Span.text(text)), false);
        }

        public static Cell header(String text) {
            return new Cell(List.of(Span.text(text)), true);
        }

        public static Cell of(Span span) {
            return new Cell(List.of(span), false);
        }
    }
}
