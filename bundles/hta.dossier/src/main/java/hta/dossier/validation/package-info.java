/**
 * The core validation rules of a dossier and the checks of dossier files against the shipped JSON Schema.
 *
 * @since 0.2
 */
@Version("0.2.1")
package hta.dossier.validation;

import org.osgi.annotation.versioning.Version;
