package hta.jurisdiction.memo;

import java.time.LocalDate;
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
 * @param timeline   the process-timeline chart the memo carries, read as of the memo's day; null: no chart
 *                   (since 1.3)
 */
public record MemoDocument(String title, String language, String marking, PageLabels pageLabels, List<Block> blocks,
                           Timeline timeline) {
    public MemoDocument {
        blocks = withoutEmptySections(blocks);
    }

    /**
     * The blocks without section headings that have nothing under them: a heading below the title level followed
     * only by spacing before the next heading of its level or above, or the end. A memo never shows a heading over
     * nothing (since 1.3).
     */
    static List<Block> withoutEmptySections(List<Block> blocks) {
        java.util.ArrayList<Block> kept = new java.util.ArrayList<>();
        int nextLevel = 0; // the level of the next heading after the content seen from the end; 0: none, or content
        boolean content = false;
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Block b = blocks.get(i);
            if (b instanceof Block.Heading h && h.level() > 1) {
                boolean empty = !content && (nextLevel == 0 || nextLevel <= h.level());
                if (empty) continue;
                kept.add(0, b);
                nextLevel = h.level();
                content = false;
                continue;
            }
            kept.add(0, b);
            if (!(b instanceof Block.Spacer)) {
                content = true;
                nextLevel = 0;
            }
        }
        return List.copyOf(kept);
    }

    /**
     * A memo with the chart of a template that does not say its day: the record as it stands (its latest
     * milestone), as memos were drawn before 1.3. A template should say its day with {@link #asOf(LocalDate)}.
     */
    public MemoDocument(String title, String language, String marking, PageLabels pageLabels, List<Block> blocks) {
        this(title, language, marking, pageLabels, blocks, new Timeline(null));
    }

    /**
     * This memo with its chart read as of {@code day}: nothing dated after it is drawn as having happened.
     *
     * @param day the memo's own date; null: no chart at all (a memo that has no date cannot say what had happened)
     * @since 1.3
     */
    public MemoDocument asOf(LocalDate day) {
        return new MemoDocument(title, language, marking, pageLabels, blocks, day == null ? null : new Timeline(day));
    }

    /**
     * The process-timeline chart of a memo: the submission's record read as of {@code asOf}. The chart shows
     * what had happened by then (phases, milestones, time targets judged that day); it never shows what the
     * record does not say, and no forecast.
     *
     * @param asOf the memo's day; null: the record as it stands (latest milestone)
     * @since 1.3
     */
    public record Timeline(LocalDate asOf) {
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
