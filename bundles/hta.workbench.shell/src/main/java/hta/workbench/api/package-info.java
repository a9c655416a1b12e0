/**
 * What a bundle implements to add to the workbench: views, commands, editor pages, preference pages and
 * perspectives. Each
 * is an OSGi service (whiteboard); the workbench tracks them and adds or removes them live as bundles come and
 * go. Contributed code is called on the event dispatch thread unless a method says otherwise, and every call
 * is guarded: a contribution that throws is reported in the Error Log and the workbench keeps working.
 * Package version 0.3.0 (see the manifest). The interfaces are consumer types: they grow only by default
 * methods marked {@code @since}.
 */
package hta.workbench.api;
