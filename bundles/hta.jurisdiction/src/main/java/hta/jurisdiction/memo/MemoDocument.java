package hta.jurisdiction.memo;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A memo laid out as format-neutral blocks, as a jurisdiction's template produces it and an exporter
 * renders it. Holds only what may appear in the document: for a public memo, nothing confidential.
 *
 * @param title      document title for metadata and bookmarks; never contains figures
 * @param language   BCP 47 tag of the memo's language, e.g. {@code nb}
 * @param marking    the version's marking printed on every page, e.g. {@code OFFENTLIG VERSJON}
 * @param pageLabels how page numbers are written in this jurisdiction
 * @param blocks     the content in reading order
 */
public record MemoDocument(String title, String language, String marking, PageLabels pageLabels, List<Block> blocks) {
    public MemoDocument {
        blocks = List.copyOf(blocks);
    }

    /**
     * Every piece of text the memo prints, in reading order, one block per line (table cells separated by
     * tabs); a redacted place contributes its mark's fixed text. For checks and search, not for layout.
     *
     * @since 1.1
     */
    public String plainText() {
        StringBuilder sb = new StringBuilder(title).append('\n').append(marking).append('\n');
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                sb.append(h.text());
            } else if (b instanceof Block.Paragraph p) {
                p.spans().forEach(span -> sb.append(span.text()));
            } else if (b instanceof Block.Table t) {
                for (List<Block.Cell> row : t.rows()) {
                    for (Block.Cell c : row) {
                        c.spans().forEach(span -> sb.append(span.text()));
                        sb.append('\t');
                    }
                    sb.append('\n');
                }
            } else if (b instanceof Block.Addressing a) {
                a.lines().forEach(l -> sb.append(l.label()).append(' ').append(String.join("\n", l.values())).append('\n'));
            } else if (b instanceof Block.Signatures s) {
                s.signatures().forEach(sig -> sb.append(sig.name()).append(", ").append(sig.title()).append('\n'));
            } else if (b instanceof Block.Notes n) {
                for (int i = 0; i < n.notes().size(); i++) sb.append(i + 1).append(' ').append(n.notes().get(i)).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Writes "page N of M" as the jurisdiction does. */
    @FunctionalInterface
    @ConsumerType
    public interface PageLabels {
        String label(int page, int pageCount);
    }
}
