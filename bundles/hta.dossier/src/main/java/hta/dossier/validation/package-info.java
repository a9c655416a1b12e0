/**
 * The core validation rules of a dossier and the checks of dossier files against the shipped JSON Schema.
 *
 * @since 0.2
 */
package hta.dossier.validation;
