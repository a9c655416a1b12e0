package hta.workbench.export.internal;

import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.export.pdf.MemoExporter;
import hta.jurisdiction.JurisdictionRegistry;
import hta.plugins.PluginManager;
import hta.workbench.api.CommandContribution;
import hta.workbench.api.DossierSelection;
import hta.workbench.api.WorkbenchSite;
import java.nio.file.Path;
import java.util.List;
import javax.swing.SwingUtilities;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * File › Export Memos… (Ctrl+E): the wizard, then the export as a background job in the Progress view (with
 * Cancel), then the list of what was written and refused. Contributed while the PDF exporter and the jurisdiction
 * registry run; renders through the plugin manager's time limit when there is one ({@link GuardedExporter}).
 */
@Component(service = CommandContribution.class)
public final class ExportCommand implements CommandContribution {
    static final String SOURCE = "hta.workbench.export";
    private final MemoExporter exporter;
    private final JurisdictionRegistry registry;
    private final BundleContext context;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PluginManager pluginManager;

    @Activate
    public ExportCommand(@Reference MemoExporter exporter, @Reference JurisdictionRegistry registry,
                         BundleContext context) {
        this.exporter = exporter;
        this.registry = registry;
        this.context = context;
    }

    @Override
    public String id() {
        return "hta.file.export";
    }

    @Override
    public String label() {
        return "Export Memos…";
    }

    @Override
    public String category() {
        return "File";
    }

    @Override
    public String keyBinding() {
        return "ctrl E";
    }

    @Override
    public void execute(WorkbenchSite site) {
        Dossier active = site.activeDossier().orElse(null);
        // the country or memo selected in the navigator of the dossier exported is what the writer means
        DossierSelection selected = site.selection().filter(s -> active != null && s.dossierId().equals(active.id))
                .orElse(null);
        java.util.function.Function<String, String> withheld = code -> ConfidentialAccess.refusal(site.workspace(), code);
        java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
        ExportWizard wizard = new ExportWizard(site.window(), active, site.jurisdictions(),
                ExportChoices.read(choicesFile(), Path.of(System.getProperty("user.home"))), withheld,
                verdicts -> check(active, site.jurisdictions(), withheld, closed::get, verdicts),
                verdicts -> checkWorkspace(site, withheld, closed::get, verdicts), x -> run(site, x));
        wizard.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent ev) {
                closed.set(true);
            }
        });
        if (active != null && site.editors().isDirty(active.id)) wizard.includesUnsavedChanges();
        if (selected != null) wizard.preselect(selected.jurisdiction(), selected.document());
        wizard.setVisible(true);
    }

    /**
     * Makes every memo of the dossier, as the export would, on a worker of its own (not the workbench's jobs, which
     * the export and the preview need meanwhile), and gives the refusals to the wizard; stops when the wizard closes.
     */
    private void check(Dossier d, List<hta.jurisdiction.Jurisdiction> jurisdictions,
                       java.util.function.Function<String, String> withheld, java.util.function.BooleanSupplier closed,
                       java.util.function.Consumer<ExportCheck.Verdicts> verdicts) {
        MemoExporter e = new GuardedExporter(exporter, () -> pluginManager, GuardedExporter.TIMEOUT);
        inBackground(() -> ExportCheck.run(e, d, jurisdictions, withheld, closed), closed, verdicts);
    }

    /** Like {@link #check}, for every dossier of the workspace ({@link WorkspaceCheck}). */
    private void checkWorkspace(WorkbenchSite site, java.util.function.Function<String, String> withheld,
                                java.util.function.BooleanSupplier closed,
                                java.util.function.Consumer<WorkspaceCheck.Verdicts> verdicts) {
        MemoExporter e = new GuardedExporter(exporter, () -> pluginManager, GuardedExporter.TIMEOUT);
        hta.dossier.repository.DossierRepository workspace = site.workspace();
        List<hta.jurisdiction.Jurisdiction> jurisdictions = site.jurisdictions();
        inBackground(() -> WorkspaceCheck.run(e, workspace, jurisdictions, withheld, closed), closed, verdicts);
    }

    /** Runs {@code check} on a worker and gives its result on the EDT unless the wizard has closed meanwhile. */
    private static <T> void inBackground(java.util.function.Supplier<T> check, java.util.function.BooleanSupplier closed,
                                         java.util.function.Consumer<T> then) {
        new javax.swing.SwingWorker<T, Void>() {
            @Override
            protected T doInBackground() {
                return check.get();
            }

            @Override
            protected void done() {
                try {
                    if (!closed.getAsBoolean()) then.accept(get());
                } catch (InterruptedException | java.util.concurrent.ExecutionException ex) {
                    // not checked: the export's result still lists what it refused; the wizard keeps saying "Checking…"
                }
            }
        }.execute();
    }

    /** Where the last export's choices are kept: {@code <data dir>/workbench/export.properties}. */
    private Path choicesFile() {
        String d = context.getProperty("hta.data.dir");
        Path data = d != null ? Path.of(d) : Path.of(System.getProperty("user.home"), ".local", "share", "hta-workbench");
        return data.resolve("workbench").resolve("export.properties");
    }

    private void run(WorkbenchSite site, MemoExport x) {
        ExportChoices chosen = new ExportChoices(x.folder(), x.variants().contains(Variant.PUBLIC),
                x.variants().contains(Variant.CONFIDENTIAL));
        site.schedule("Remembering the export's choices", m -> chosen.write(choicesFile()));
        MemoExporter e = new GuardedExporter(exporter, () -> pluginManager, GuardedExporter.TIMEOUT);
        String what = x.dossier() == null ? "every dossier" : x.dossier().product.brandName;
        site.schedule("Exporting memos of " + what, m -> {
            MemoExport.Outcome o = x.run(e, registry, site.workspace(), m);
            // also when cancelled: the writer hears what was written before
            SwingUtilities.invokeLater(() -> showOutcome(site, x, o));
        });
    }

    private static void showOutcome(WorkbenchSite site, MemoExport x, MemoExport.Outcome o) {
        site.status(o.headline());
        if (!o.refused().isEmpty()) site.log(SOURCE, "export to " + x.folder() + ": " + o.summary(), null);
        // the exception's own message only here, in the Error Log: the result and the status line name its kind
        o.failures().forEach((memo, e) -> site.log(SOURCE, memo + " could not be exported", e));
        ExportResult.show(site, x, o);
    }
}
