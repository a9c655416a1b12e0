package hta.cli.internal;

import hta.dossier.repository.Workspaces;
import hta.export.pdf.MemoExporter;
import hta.jurisdiction.JurisdictionRegistry;
import hta.plugins.PluginManager;
import hta.settings.Settings;
import java.io.PrintWriter;

/**
 * What the commands work with: the services, bound by {@link CliApplication} for the duration of one run,
 * and the two output streams. Passed to each command object; never held in a static field.
 */
record Services(Workspaces workspaces, JurisdictionRegistry jurisdictions, MemoExporter exporter,
                PluginManager plugins, Settings settings, PrintWriter out, PrintWriter err) {
}
