/**
 * The dossier store as services: {@code Workspaces} and {@code DossierRepository} (atomic saves, history,
 * conflict refusal), implemented by the store bundles and called by everybody else.
 *
 * <p>Package version 0.2: save information, load problems, the listing summary; the micro version after it put the version and the roles in code.
 */
@Version("0.2.1")
package hta.dossier.repository;

import org.osgi.annotation.versioning.Version;
