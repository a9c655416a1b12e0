/**
 * Settings for the facts jurisdictions leave to administrators: list, read, set and unset them, and their audited
 * history. Package version 0.1.
 */
@Version("0.1.0")
package hta.settings;

import org.osgi.annotation.versioning.Version;
