package hta.workbench.api;

/**
 * What the user selected last in the workbench (in the navigator, an editor, a view): a dossier, optionally one of
 * its jurisdictions, optionally a document there (a memo template id). Immutable.
 *
 * @param dossierId    the dossier
 * @param label        how the selection reads, e.g. {@code Hemgenix (etranacogene dezaparvovec)}
 * @param jurisdiction a jurisdiction code, or null
 * @param document     a memo template id, or null
 * @since 0.4
 */
public record DossierSelection(String dossierId, String label, String jurisdiction, String document) {
}
