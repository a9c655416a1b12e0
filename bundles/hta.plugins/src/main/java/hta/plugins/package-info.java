/**
 * Administration of jurisdiction plugins: the {@code PluginManager} service (install, update, uninstall, trust,
 * catalogue, history) and the {@code RemovalParticipant}s it asks before a plugin goes.
 *
 * <p>Package version 0.3; the micro version after it put the version and the roles in code; 0.4 added update
 * options, notices and the INVALID trust outcome.
 */
@Version("0.4.0")
package hta.plugins;

import org.osgi.annotation.versioning.Version;
