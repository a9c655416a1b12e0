package hta.workbench.api;

/**
 * A place in a dossier editor that a view, a problem or a command can reveal: a page, and optionally a
 * jurisdiction, a section, an item of the page (a price, a figure, a milestone) and a character offset.
 * Immutable. Pages are named by their contribution's {@link EditorPageContribution#id() id}; the dossier
 * editor's own pages have the ids below.
 *
 * @param page         the page id, or null for the page of {@code jurisdiction} (or the editor's first page)
 * @param jurisdiction a jurisdiction code, or null
 * @param section      a narrative section id, or null
 * @param item         the id of an item the page lists (a price, a figure, a milestone kind), or null
 * @param offset       a character offset in the section's text
 * @since 0.4
 */
public record EditorPlace(String page, String jurisdiction, String section, String item, int offset) {
    public static final String PRODUCT = "hta.editor.product";
    public static final String EVIDENCE = "hta.editor.evidence";
    public static final String ECONOMICS = "hta.editor.economics";
    public static final String PRICES = "hta.editor.prices";
    public static final String BUDGET = "hta.editor.budget";
    public static final String NARRATIVES = "hta.editor.narratives";

    /** A page, e.g. {@code EditorPlace.page(EditorPlace.PRODUCT)}. */
    public static EditorPlace page(String page) {
        return new EditorPlace(page, null, null, null, 0);
    }

    /** An item a page lists, e.g. {@code EditorPlace.item(EditorPlace.PRICES, "no-maks-aup")}. */
    public static EditorPlace item(String page, String item) {
        return new EditorPlace(page, null, null, item, 0);
    }

    /** A character offset in one section of one jurisdiction's narratives. */
    public static EditorPlace narrative(String jurisdiction, String section, int offset) {
        return new EditorPlace(NARRATIVES, jurisdiction, section, null, offset);
    }

    /** The page of a jurisdiction, optionally at an item of it (e.g. a milestone kind). */
    public static EditorPlace jurisdiction(String code, String item) {
        return new EditorPlace(null, code, null, item, 0);
    }
}
