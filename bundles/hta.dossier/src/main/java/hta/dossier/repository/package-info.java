/**
 * The dossier store as services: {@code Workspaces} and {@code DossierRepository} (atomic saves, history,
 * conflict refusal), implemented by the store bundles and called by everybody else.
 *
 * <p>Package version 0.3: 0.2 save information, load problems, the listing summary; 0.3 team workspaces
 * (address, access, listeners; see docs/team-workspace.md).
 */
@Version("0.3.0")
package hta.dossier.repository;

import org.osgi.annotation.versioning.Version;
