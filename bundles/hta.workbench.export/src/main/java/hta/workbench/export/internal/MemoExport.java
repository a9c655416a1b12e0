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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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

    /**
     * The outcome: the files written, the memos refused with their reasons, and whether it was cancelled.
     *
     * @param failures the memos that failed with an exception, by their name as {@code refused} says it, for the Error
     *                 Log only: an exception's message may quote a confidential value, so no reason carries it
     */
    public record Outcome(List<Path> written, List<String> refused, boolean cancelled, int total,
                          Map<String, Throwable> failures) {
        public Outcome {
            failures = Map.copyOf(failures);
        }

        public Outcome(List<Path> written, List<String> refused, boolean cancelled, int total) {
            this(written, refused, cancelled, total, Map.of());
        }

        /** The whole account: what was written, and each memo refused with why (one line each). */
        public String summary() {
            StringBuilder s = new StringBuilder(headline());
            if (!refused.isEmpty()) {
                s.append("\nNot exported:");
                refused.forEach(r -> s.append("\n  • ").append(r));
            }
            return s.toString();
        }

        /** One sentence for the status line: never ends in a list's colon, and a refusal is never said as done. */
        public String headline() {
            String written = written().size() + " of " + memos(total) + " written to the folder";
            if (cancelled) return "Export cancelled: " + written;
            if (refused.isEmpty()) return "Export done: " + written;
            return "Export incomplete: " + memos(refused.size()) + " refused, " + written
                    + " (the export's result lists why)";
        }
    }

    /** "1 memo", "2 memos", "0 memos". */
    static String memos(int n) {
        return n + (n == 1 ? " memo" : " memos");
    }

    /** Runs the export, reporting each memo to the monitor and stopping when it is cancelled. */
    public Outcome run(MemoExporter exporter, JurisdictionRegistry registry, DossierRepository repository,
                       ProgressMonitor monitor) throws IOException {
        if (variants.isEmpty()) throw new IllegalArgumentException("no variant chosen");
        Files.createDirectories(folder);
        return dossier == null ? workspace(exporter, registry, repository, monitor)
                : memos(exporter, registry, repository, monitor);
    }

    /** Every dossier of the workspace, through a {@link MemoBatch}. */
    private Outcome workspace(MemoExporter exporter, JurisdictionRegistry registry, DossierRepository repository,
                              ProgressMonitor monitor) throws IOException {
        if (variants.contains(Variant.CONFIDENTIAL)) {
            String refusal = ConfidentialAccess.refusal(repository, null);
            if (refusal != null) return new Outcome(List.of(), List.of(refusal), false, 0);
        }
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
        Map<String, Throwable> failures = new LinkedHashMap<>();
        for (MemoBatch.Refusal x : r.refused()) {
            refused.add(x.toString());
            if (x.failure() != null) failures.put(x.memo(), x.failure());
        }
        return new Outcome(r.written(), refused, r.cancelled(), r.total(), failures);
    }

    /** The memos of one dossier: one or every jurisdiction, one or every template, in the variants asked for. */
    private Outcome memos(MemoExporter exporter, JurisdictionRegistry registry, DossierRepository repository,
                          ProgressMonitor monitor) throws IOException {
        List<Jurisdiction> all = registry.jurisdictions();
        List<ExportCheck.Memo> memos = new ArrayList<>();
        for (Jurisdiction j : all) {
            if (jurisdiction != null && !jurisdiction.equals(j.code()) || dossier.submission(j.code()).isEmpty()) continue;
            for (MemoTemplate t : j.memoTemplates()) {
                if (template != null && !template.equals(t.id())) continue;
                for (Variant v : variants) memos.add(new ExportCheck.Memo(j.code(), t.id(), v));
            }
        }
        monitor.begin("Exporting " + memos(memos.size()) + " of " + name(dossier), memos.size());
        List<Path> written = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        Map<String, Throwable> failures = new LinkedHashMap<>();
        for (ExportCheck.Memo m : memos) {
            if (monitor.isCancelled()) return new Outcome(written, refused, true, memos.size(), failures);
            String what = ExportCheck.name(m, all);
            monitor.subTask(what);
            String why;
            try {
                why = one(exporter, repository, m, written, all);
            } catch (IOException | RuntimeException e) {
                // the next memos are still tried; the kind of failure is said, its message only logged
                why = MemoBatch.failureInWords(e);
                failures.put(what, e);
            }
            if (why != null) refused.add(what + ": " + why);
            monitor.worked(1);
        }
        return new Outcome(written, refused, false, memos.size(), failures);
    }

    /** Exports one memo into the folder; why it was not written, in words, or null when it was. */
    private String one(MemoExporter exporter, DossierRepository repository, ExportCheck.Memo m, List<Path> written,
                       List<Jurisdiction> all) throws IOException {
        String withheld = m.variant() == Variant.CONFIDENTIAL ? ConfidentialAccess.refusal(repository, m.jurisdiction()) : null;
        if (withheld != null) return withheld;
        try {
            ExportResult result = exporter.export(dossier, m.jurisdiction(), m.template(), m.variant());
            Path dir = variants.size() > 1 ? folder.resolve(m.variant().name().toLowerCase(Locale.ROOT)) : folder;
            Files.createDirectories(dir);
            Path target = dir.resolve(result.fileName());
            // never over an existing file by surprise (issue 14); asking to replace is the dialog's to add
            MemoFiles.write(target, result.pdf(), false);
            written.add(target);
            return null;
        } catch (ExportRefusedException e) {
            return ExportCheck.inWords(e, dossier, ExportCheck.countries(all));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return "not written, " + e.getFile() + " already exists";
        }
    }

    private static String name(Dossier d) {
        return d.product != null && d.product.brandName != null ? d.product.brandName : d.id;
    }
}
