package hta.export.pdf;

/**
 * One reason a memo was refused, placed so that a writer can act on it: the dossier field (JSON path of
 * docs/dossier-format.md) and the editor page that shows it, the item concerned by id, or — for what only the read-back of
 * the PDF found — the page of the memo with the surrounding words, the value masked. Never holds a value.
 *
 * @param field   the dossier field, e.g. {@code $.submissions[0].sections.bakgrunn.paragraphs[2]}; null when unknown
 * @param page    the editor page showing the field (see {@code hta.dossier.EditorPages}); null when none does
 * @param itemId  the id of the item concerned (a confidential value's id for a leak), or null
 * @param memoPage the page of the PDF where the read-back found it; 0 when the field scan found it
 * @param text    the whole reason in one line, as the CLI prints it
 * @since 0.2
 */
public record RefusalPlace(String field, String page, String itemId, int memoPage, String text) {
    /** A reason that has no place in the dossier (a missing plugin, a failed rendering). */
    public static RefusalPlace of(String text) {
        return new RefusalPlace(null, null, null, 0, text);
    }

    @Override
    public String toString() {
        return text;
    }
}
