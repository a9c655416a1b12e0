/**
 * What a bundle implements to add to the workbench — views, commands, editor pages, the dossier editor itself,
 * preference pages and perspectives — and what the workbench offers them ({@link hta.workbench.api.WorkbenchSite},
 * {@link hta.workbench.api.Editors}, {@link hta.workbench.api.EditorPageSite}). Each contribution is an OSGi
 * service (whiteboard); the workbench tracks them and adds or removes them live as bundles come and go. The
 * workbench's own views and pages are contributed exactly so, by the bundles {@code hta.workbench.editor},
 * {@code hta.workbench.views}, {@code hta.workbench.export} and {@code hta.workbench.plugins}. Contributed code is
 * called on the event dispatch thread unless a method says otherwise, and every call is guarded: a contribution
 * that throws is reported in the Error Log and the workbench keeps working.
 * <p>
 * Package version 0.4 (0.3.1 put the version and the roles in code; 0.4 added what the workbench's own views and
 * pages need, so that they are contributed like a plugin's). The contribution interfaces are consumer types
 * ({@code @ConsumerType}): they grow only by default methods marked {@code @since}. {@link hta.workbench.api.WorkbenchSite},
 * {@link hta.workbench.api.Editors} and {@link hta.workbench.api.EditorPageSite} are provider types
 * ({@code @ProviderType}), implemented by the workbench only: they grow by methods marked {@code @since} with a
 * minor version. 0.7: a missing jurisdiction named in words and what to do about it
 * ({@link hta.workbench.api.WorkbenchSite#jurisdictionName}, {@link hta.workbench.api.WorkbenchSite#missingRemedy},
 * {@link hta.workbench.api.JurisdictionStatus#name}, {@link hta.workbench.api.JurisdictionStatus#remedy}); 0.8: who
 * signed an installed jurisdiction's plugin, for Help › About ({@link hta.workbench.api.JurisdictionStatus#signer}); 0.9: a
 * bundle's version in one wording for About and the Plugins view ({@link hta.workbench.api.Words#version}).
 */
@Version("0.9.0")
package hta.workbench.api;

import org.osgi.annotation.versioning.Version;
