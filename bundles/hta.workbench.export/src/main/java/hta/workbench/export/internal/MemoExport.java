package hta.workbench.export.internal;

import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.dossier.repository.DossierRepository;
import hta.export.pdf.ExportRefusedException;
import hta.export.pdf.ExportResult;
import hta.export.pdf.MemoBatch;
import hta.export.pdf.MemoExporter;
import hta.export.pdf.MemoFiles;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import hta.jurisdiction.MemoTemplate;
import hta.workbench.api.ProgressMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the export wizard asked for, and its run as a background job: the memos of one dossier (one or every
 * jurisdiction, one or every memo) through the {@link MemoExporter}, or of the whole workspace through a
 * {@link MemoBatch}. Files are written atomically under the template's file name, in sub-folders
 * {@code public/} and {@code confidential/} when both variants are asked for; a refused public memo writes
 * nothing and is reported with its reasons, and so is a memo whose file already exists (nothing is replaced).
 * Swing-free.
 *
 * @param dossier      the dossier (a copy, unsaved edits included), or null for every dossier of the workspace
 * @param jurisdiction a jurisdiction code, or null for every installed one the dossier has a submission to
 * @param template     a memo template id, or null for every memo of the jurisdiction
 */
public record MemoExport(Dossier dossier, String jurisdiction, String template, Set<Variant> variants, Path folder) {

    /** The outcome: the files written, the memos refused with their reasons, and whether it was cancelled. */
    public record Outcome(List<Path> written, List<String> refused, boolean cancelled, int total) {
        public String summary() {
            StringBuilder s = new StringBuilder();
            s.append(cancelled ? "Cancelled: " : "").append(written.size()).append(" of ").append(total)
                    .append(" memo(s) written to the folder");
            if (!refused.isEmpty()) {
                s.append("; ").append(refused.size()).append(" refused:");
                refused.forEach(r -> s.append("\n  • ").append(r));
            }
            return s.toString();
        }
    }

    /** Runs the export, reporting each memo to the monitor and stopping when it is cancelled. */
    public Outcome run(MemoExporter exporter, JurisdictionRegistry registry, DossierRepository repository,
                       ProgressMonitor monitor) throws IOException {
        if (variants.isEmpty()) throw new IllegalArgumentException("no variant chosen");
        Files.createDirectories(folder);
        if (dossier == null && variants.contains(Variant.CONFIDENTIAL)) {
            String refusal = ConfidentialAccess.refusal(repository, null);
            if (refusal != null) return new Outcome(List.of(), List.of(refusal), false, 0);
        }
        if (dossier == null) {
            monitor.begin("Exporting the memos of every dossier", -1);
            boolean[] begun = {false};
            MemoBatch.Report r = new MemoBatch(exporter, registry).run(repository, variants, folder,
                    (done, total, current) -> {
                        if (!begun[0]) {
                            begun[0] = true;
                            monitor.begin("Exporting the memos of every dossier", total);
                        }
                        monitor.subTask(current);
                        monitor.worked(1);
                    }, monitor::isCancelled, 2);
            List<String> refused = new ArrayList<>();
            r.refused().forEach(x -> refused.add(x.toString()));
            return new Outcome(r.written(), refused, r.cancelled(), r.total());
        }
        List<Object[]> memos = new ArrayList<>();
        for (Jurisdiction j : registry.jurisdictions()) {
            if (jurisdiction != null && !jurisdiction.equals(j.code())) continue;
            if (dossier.submission(j.code()).isEmpty()) continue;
            for (MemoTemplate t : j.memoTemplates()) {
                if (template != null && !template.equals(t.id())) continue;
                for (Variant v : variants) memos.add(new Object[]{j.code(), t.id(), v});
            }
        }
        monitor.begin("Exporting " + memos.size() + " memo(s) of " + name(dossier), memos.size());
        List<Path> written = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        boolean split = variants.size() > 1;
        for (Object[] m : memos) {
            if (monitor.isCancelled()) return new Outcome(written, refused, true, memos.size());
            String code = (String) m[0];
            String id = (String) m[1];
            Variant v = (Variant) m[2];
            String what = dossier.id + "/" + code + "/" + id + "/" + v.name().toLowerCase(Locale.ROOT);
            monitor.subTask(what);
            String withheld = v == Variant.CONFIDENTIAL ? ConfidentialAccess.refusal(repository, code) : null;
            if (withheld != null) {
                refused.add(what + ": " + withheld);
                monitor.worked(1);
                continue;
            }
            try {
                ExportResult result = exporter.export(dossier, code, id, v);
                Path dir = split ? folder.resolve(v.name().toLowerCase(Locale.ROOT)) : folder;
                Files.createDirectories(dir);
                Path target = dir.resolve(result.fileName());
                // never over an existing file by surprise (issue 14); asking to replace is the dialog's to add
                MemoFiles.write(target, result.pdf(), false);
                written.add(target);
            } catch (ExportRefusedException e) {
                refused.add(what + ": " + e.getMessage());
            } catch (java.nio.file.FileAlreadyExistsException e) {
                refused.add(what + ": not written, " + e.getFile() + " already exists");
            }
            monitor.worked(1);
        }
        return new Outcome(written, refused, false, memos.size());
    }

    private static String name(Dossier d) {
        return d.product != null && d.product.brandName != null ? d.product.brandName : d.id;
    }
}
