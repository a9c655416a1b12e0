package hta.jurisdiction;

/**
 * One status a submission can have in a jurisdiction's portfolio view, in the country's own words.
 *
 * @param code    stable code stored in {@code Submission.status}, e.g. {@code se.awaiting-dossier}
 * @param wording the country's own words, e.g. {@code Inväntar underlag}
 * @param gloss   English gloss for the workbench
 * @since 1.1
 */
public record StatusTerm(String code, String wording, String gloss) {
}
