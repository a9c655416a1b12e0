package hta.export.pdf.internal;

/**
 * What a piece of page content is to assistive technology: real content owned by an element of the logical
 * structure, or an artifact (page furniture and decoration a screen reader skips). Consecutive draw operations
 * with the same marking are written as one marked-content sequence.
 */
sealed interface Marking permits Marking.Content, Marking.Artifact {

    /**
     * A piece of an element's content. Identity matters: each is one marked-content sequence with its own MCID,
     * assigned when the page is written.
     */
    final class Content implements Marking {
        final Tag owner;
        /** Index of the page the sequence is on, and its marked-content id there; set by the writer. */
        int page = -1;
        int mcid = -1;

        Content(Tag owner) {
            this.owner = owner;
        }
    }

    /**
     * Page furniture or decoration (ISO 32000-1, 14.8.2.2): {@code type} Pagination, Layout or Background;
     * {@code subtype} Header or Footer for running heads and feet, else null.
     */
    record Artifact(String type, String subtype) implements Marking {
        static final Artifact HEADER = new Artifact("Pagination", "Header");
        static final Artifact FOOTER = new Artifact("Pagination", "Footer");
        /** A table's header rows repeated on a continuation page. */
        static final Artifact REPEATED = new Artifact("Pagination", null);
        /** Rules, cell borders and shading. */
        static final Artifact LAYOUT = new Artifact("Layout", null);
    }
}
