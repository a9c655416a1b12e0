package hta.workbench.export.internal;

import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.export.pdf.ExportRefusedException;
import hta.export.pdf.ExportResult;
import hta.export.pdf.MemoExporter;
import hta.plugins.PluginException;
import hta.plugins.PluginManager;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The memo exporter as the workbench uses it (the memo preview): every export runs through the plugin manager's
 * time limit, so a jurisdiction plugin whose template throws or never returns is marked failed and stopped, the
 * Error Log says so, and the preview shows the reason instead of waiting forever. The exporter's own verdicts
 * (refused: missing fields, a confidential value would leak, no such plugin) are not failures of the plugin.
 * Without a plugin manager it exports directly.
 */
public final class GuardedExporter implements MemoExporter {
    /** Far above a normal export (well under a second), far below a user's patience. */
    public static final Duration TIMEOUT = Duration.ofSeconds(20);
    private final MemoExporter exporter;
    private final Supplier<PluginManager> manager;
    private final Duration timeout;

    public GuardedExporter(MemoExporter exporter, Supplier<PluginManager> manager, Duration timeout) {
        this.exporter = exporter;
        this.manager = manager;
        this.timeout = timeout;
    }

    @Override
    public ExportResult export(Dossier dossier, String jurisdiction, String templateId, Variant variant)
            throws ExportRefusedException {
        PluginManager pm = manager.get();
        if (pm == null) return exporter.export(dossier, jurisdiction, templateId, variant);
        Object outcome;
        try {
            outcome = pm.call(jurisdiction, timeout, () -> {
                try {
                    return exporter.export(dossier, jurisdiction, templateId, variant);
                } catch (ExportRefusedException | IllegalArgumentException verdict) {
                    return verdict; // the exporter's verdict or the caller's mistake, not the plugin's failure
                }
            });
        } catch (PluginException e) {
            throw new ExportRefusedException(inWords(e, jurisdiction), java.util.List.of());
        }
        if (outcome instanceof ExportRefusedException refused) throw refused;
        if (outcome instanceof IllegalArgumentException mistake) throw mistake;
        return (ExportResult) outcome;
    }

    /**
     * A plugin's failure as the export says it: the plugin manager's sentence when the plugin hung or the call was
     * interrupted, and when the plugin threw, the kind of exception only — its message may quote the dossier's
     * confidential values, and the plugin manager has already put it in the Error Log.
     */
    static String inWords(PluginException e, String jurisdiction) {
        if (e.getCause() == null) return e.getMessage();
        return "plugin '" + jurisdiction + "' failed making the memo (" + e.getCause().getClass().getSimpleName()
                + "); it was marked failed and stopped (the Error Log has the details)";
    }
}
