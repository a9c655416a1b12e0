package hta.confidentiality;

import hta.dossier.EditorPages;
import java.util.List;

/**
 * A printed field of a dossier in which the leak scanner finds a confidential value: the field a writer must
 * change (or, for a coincidence, acknowledge), named by JSON path and editor page, the confidential value by id,
 * and the surrounding words with every number masked. Never holds a value.
 *
 * @param field      the field's JSON path, e.g. {@code $.submissions[0].sections.bakgrunn.paragraphs[2]}
 * @param page       the editor page that shows it (see {@code hta.dossier.EditorPages}), or null
 * @param publicItem for a value the projection kept (a public price, figure or cell), its id: a public value that
 *                   equals, or lets a reader compute, a confidential one; null for text
 * @param finding    what the scanner found (the confidential value's id, and how it was recognised)
 * @param quote      the words around the place with every digit masked, for text; null for a value
 * @since 0.4
 */
public record Disclosure(String field, String page, String publicItem, LeakFinding finding, String quote) {
    /** Stands for the confidential value in a quote; fixed, so it says nothing about the value. */
    public static final String MASKED = "\u2592\u2592\u2592";
    private static final int AROUND = 40;

    /** The confidential value's id. */
    public String valueId() {
        return finding.valueId();
    }

    /** What an acknowledgement of this disclosure names as its public side: the item, or the text field. */
    public String publicSide() {
        return publicItem != null ? publicItem : field;
    }

    @Override
    public String toString() {
        String where = field + (page == null ? "" : " (" + EditorPages.title(page) + ")") + ": ";
        if (publicItem != null) {
            return where + "the public value '" + publicItem + "' equals, or lets a reader compute, the confidential"
                    + " value '" + valueId() + "'; change one of them, or acknowledge the coincidence";
        }
        String how = switch (finding.kind()) {
            case DERIVED -> "' can be back-calculated from text that is not marked confidential";
            case COINCIDES_WITH_PUBLIC -> "' equals a public number written in text that is not marked confidential";
            default -> "' is written in text that is not marked confidential";
        };
        // which form or which derivation, so that the writer sees why ("digits, per month")
        return where + "the confidential value '" + valueId() + how
                + (quote == null ? "" : ", in \u201C" + quote + "\u201D")
                + (finding.form().isEmpty() ? "" : " (" + finding.form() + ")")
                + "; mark it confidential, refer to the value instead of typing it, or acknowledge a coincidence";
    }

    /**
     * The words around {@code [offset, offset + length)} of {@code text}, cut at word boundaries, on one line, with
     * the place shown as {@link #MASKED}, the places of the other findings in the same text too, and every other
     * digit as {@code #}, so that no value (found or not) is quoted. A length of 0 masks the run of digits and
     * separators starting at the offset.
     */
    public static String quote(String text, int offset, int length, List<LeakFinding> alsoFound) {
        if (text == null) return "";
        int start = Math.max(0, Math.min(offset, text.length()));
        int end = end(text, start, length);
        int from = Math.max(0, start - AROUND);
        int to = Math.min(text.length(), end + AROUND);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from--;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) to++;
        boolean[] masked = new boolean[text.length()];
        for (LeakFinding f : alsoFound) {
            int s = Math.max(0, Math.min(f.offset(), text.length()));
            for (int i = s; i < end(text, s, f.length()); i++) masked[i] = true;
        }
        for (int i = start; i < end; i++) masked[i] = true;
        StringBuilder sb = new StringBuilder(from > 0 ? "\u2026" : "");
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (masked[i]) {
                if (i == from || !masked[i - 1]) sb.append(MASKED);
            } else if (Character.isDigit(c) || Character.getType(c) == Character.OTHER_NUMBER) {
                sb.append('#');
            } else {
                sb.append(c == PrintedFields.MASK ? MASKED.charAt(0) : c);
            }
        }
        if (to < text.length()) sb.append('\u2026');
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    private static int end(String text, int start, int length) {
        if (length > 0) return Math.min(text.length(), start + length);
        int i = start;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || ".,'\u00A0\u202F\u2009 ".indexOf(text.charAt(i)) >= 0
                && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
            i++;
        }
        return Math.max(i, Math.min(text.length(), start + 1));
    }
}
