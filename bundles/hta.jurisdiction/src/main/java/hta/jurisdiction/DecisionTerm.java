package hta.jurisdiction;

/**
 * One outcome of a jurisdiction's decisions, in its own words with an English gloss.
 *
 * @param code     stable code stored in dossiers, e.g. {@code innfores}
 * @param wording  the country's own word(s), e.g. {@code innføres}
 * @param gloss    English gloss for the workbench
 * @param positive whether the outcome gives patients access (for colour coding)
 */
public record DecisionTerm(String code, String wording, String gloss, boolean positive) {
}
