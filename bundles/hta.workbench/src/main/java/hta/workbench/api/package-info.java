/**
 * What a bundle implements to add to the workbench: views, commands, editor pages, preference pages and
 * perspectives. Each
 * is an OSGi service (whiteboard); the workbench tracks them and adds or removes them live as bundles come and
 * go. Contributed code is called on the event dispatch thread unless a method says otherwise, and every call
 * is guarded: a contribution that throws is reported in the Error Log and the workbench keeps working.
 * Package version 0.3.1 (see the manifest; 0.3.1 put the version and the roles in code). The interfaces are consumer types: they grow only by default
 * methods marked {@code @since}.
 */
@Version("0.3.1")
package hta.workbench.api;

import org.osgi.annotation.versioning.Version;
