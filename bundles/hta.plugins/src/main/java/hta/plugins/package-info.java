/**
 * Administration of jurisdiction plugins: the {@code PluginManager} service (install, update, uninstall, trust,
 * catalogue, history) and the {@code RemovalParticipant}s it asks before a plugin goes.
 *
 * <p>Package version 0.3.
 */
@Version("0.3.0")
package hta.plugins;

import org.osgi.annotation.versioning.Version;
