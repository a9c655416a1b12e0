/**
 * The one canonical JSON form of a dossier and the migration of files of older schema versions.
 *
 * <p>Package version 0.2: schema version 2; the micro version after it put the version and the roles in code.
 */
@Version("0.2.1")
package hta.dossier.json;

import org.osgi.annotation.versioning.Version;
