package hta.confidentiality;

import hta.dossier.EditorPages;

/**
 * Something in a dossier's structure that keeps the classification of a value from being established (an item
 * without an id, an id used twice, a formula that cannot be read or names an unknown input …). Any one of them
 * refuses a public export; the value concerned is treated as confidential meanwhile. Never carries a value.
 *
 * @param rule    the rule's id, e.g. {@code unique-id}, {@code formula}, {@code formula-input}
 * @param field   where, as a JSON path of docs/dossier-format.md, e.g. {@code $.prices[2].id}
 * @param page    the editor page that shows the field (see {@code hta.dossier.EditorPages}), or null
 * @param itemId  the id of the item concerned, or null when it has none
 * @param message what is wrong and what to do, in a dossier writer's words
 * @since 0.4
 */
public record StructuralProblem(String rule, String field, String page, String itemId, String message) {
    @Override
    public String toString() {
        return field + (page == null ? "" : " (" + EditorPages.title(page) + ")") + ": " + message + " [" + rule + "]";
    }
}
