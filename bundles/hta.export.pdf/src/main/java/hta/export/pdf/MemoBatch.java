package hta.export.pdf;

import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.dossier.Submission;
import hta.dossier.repository.DossierFormatException;
import hta.dossier.repository.DossierNotFoundException;
import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.DossierSummary;
import hta.dossier.repository.LoadProblem;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import hta.jurisdiction.MemoTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Exports every memo of a workspace: each template of each installed jurisdiction a dossier has a submission
 * to, in the variants asked for. Memos are exported in parallel by the {@link MemoExporter} (so every public
 * one is projected, read back and scanned); a memo that cannot be exported is listed with its reasons and
 * nothing is written for it. Files are written atomically into the output folder under the exporter's file
 * name (which carries no figures and says the version in the memo's language), prefixed with the dossier's id
 * when the batch holds more than one dossier; when both variants are asked for
 * they go to the sub-folders {@code public} and {@code confidential}. An existing file is never replaced unless the
 * caller says so; it is listed as refused instead. A submission to a jurisdiction whose plugin is not installed is
 * listed as skipped (an ordinary state of a dossier), apart from the memos that were refused. For the CLI
 * ({@code hta export --all}) and the workbench's background job.
 * Thread-safe; one instance can run several batches.
 */
public final class MemoBatch {
    private final MemoExporter exporter;
    private final JurisdictionRegistry registry;

    public MemoBatch(MemoExporter exporter, JurisdictionRegistry registry) {
        this.exporter = exporter;
        this.registry = registry;
    }

    /** Told after every memo, from the worker threads (one call at a time). */
    @FunctionalInterface
    @ConsumerType
    public interface Listener {
        /**
         * @param done    memos finished (written or refused) so far
         * @param total   memos in the batch
         * @param current the memo just finished, e.g. {@code hemgenix/no/prisnotat/public}
         */
        void progress(int done, int total, String current);
    }

    /**
     * A memo that was not exported, and why.
     *
     * @param failure the exception a memo failed with (null when it was refused), for the log: its message may quote
     *                a confidential value of the dossier, so {@code reason} never carries it @since 0.2
     */
    public record Refusal(String memo, String reason, List<String> places, Throwable failure) {
        public Refusal {
            places = List.copyOf(places);
        }

        public Refusal(String memo, String reason, List<String> places) {
            this(memo, reason, places, null);
        }

        @Override
        public String toString() {
            return memo + ": " + reason + (places.isEmpty() ? "" : " (" + String.join("; ", places) + ")");
        }
    }

    /**
     * A dossier's submission whose memos were not attempted, e.g. to a jurisdiction whose plugin is not installed.
     *
     * @since 0.2
     */
    public record Skip(String memo, String reason) {
        @Override
        public String toString() {
            return memo + ": " + reason;
        }
    }

    /**
     * The outcome of a batch.
     *
     * @param total     memos the batch comprised
     * @param written   files written, in the order of the batch
     * @param refused   memos not exported, with the reasons; also unreadable dossier files
     * @param cancelled whether the batch was cancelled before every memo was done
     * @param skipped   submissions not attempted (no plugin installed for their jurisdiction) @since 0.2
     */
    public record Report(int total, List<Path> written, List<Refusal> refused, boolean cancelled, List<Skip> skipped) {
        public Report {
            written = List.copyOf(written);
            refused = List.copyOf(refused);
            skipped = List.copyOf(skipped);
        }

        public Report(int total, List<Path> written, List<Refusal> refused, boolean cancelled) {
            this(total, written, refused, cancelled, List.of());
        }
    }

    /** One memo to export. */
    private record Job(String dossierId, Dossier dossier, String jurisdiction, String template, Variant variant) {
        String name() {
            return dossierId + "/" + jurisdiction + "/" + template + "/" + variant.name().toLowerCase(Locale.ROOT);
        }
    }

    /** Runs the batch on as many threads as there are processors; existing files are not replaced. */
    public Report run(DossierRepository workspace, Set<Variant> variants, Path outDir, Listener listener,
                      BooleanSupplier cancelled) throws IOException {
        return run(workspace, variants, outDir, listener, cancelled, Runtime.getRuntime().availableProcessors(), false);
    }

    /**
     * Runs the batch on as many threads as there are processors.
     *
     * @param replace whether existing files may be replaced (the user said so)
     * @since 0.2
     */
    public Report run(DossierRepository workspace, Set<Variant> variants, Path outDir, Listener listener,
                      BooleanSupplier cancelled, boolean replace) throws IOException {
        return run(workspace, variants, outDir, listener, cancelled, Runtime.getRuntime().availableProcessors(), replace);
    }

    /** As {@link #run(DossierRepository, Set, Path, Listener, BooleanSupplier, int, boolean)}, not replacing files. */
    public Report run(DossierRepository workspace, Set<Variant> variants, Path outDir, Listener listener,
                      BooleanSupplier cancelled, int threads) throws IOException {
        return run(workspace, variants, outDir, listener, cancelled, threads, false);
    }

    /**
     * @param variants  the variants to export (public, confidential or both)
     * @param outDir    the output folder; created if missing
     * @param listener  told after every memo; may be null
     * @param cancelled polled before each memo; when it turns true no further memo is started
     * @param threads   worker threads (at least 1)
     * @param replace   whether existing files may be replaced
     * @throws IOException when the output folder cannot be created
     * @since 0.2 ({@code replace})
     */
    public Report run(DossierRepository workspace, Set<Variant> variants, Path outDir, Listener listener,
                      BooleanSupplier cancelled, int threads, boolean replace) throws IOException {
        if (variants.isEmpty()) throw new IllegalArgumentException("no variant to export");
        Files.createDirectories(outDir);
        List<Refusal> refused = Collections.synchronizedList(new ArrayList<>());
        List<Skip> skipped = new ArrayList<>();
        List<Job> jobs = jobs(workspace, variants, refused, skipped);
        boolean split = variants.size() > 1;
        // several dossiers in one folder: every file says whose it is, the first dossier's too, so that names are
        // consistent and two dossiers' memos of the same template never meet under one name
        boolean prefixed = jobs.stream().map(Job::dossierId).distinct().count() > 1;
        for (Variant v : variants) {
            if (split) Files.createDirectories(folder(outDir, v, true));
        }
        int total = jobs.size();
        AtomicInteger done = new AtomicInteger();
        Set<Path> taken = new HashSet<>();
        Path[] written = new Path[total];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, Math.max(1, total))), r -> {
            Thread t = new Thread(r, "hta-memo-batch");
            t.setDaemon(true);
            return t;
        });
        boolean stopped = false;
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                int index = i;
                Job job = jobs.get(i);
                futures.add(pool.submit(() -> {
                    if (cancelled != null && cancelled.getAsBoolean()) return;
                    try {
                        ExportResult result = exporter.export(job.dossier(), job.jurisdiction(), job.template(), job.variant());
                        Path target;
                        synchronized (taken) {
                            Path dir = folder(outDir, job.variant(), split);
                            String name = prefixed ? job.dossierId() + "_" + result.fileName() : result.fileName();
                            target = dir.resolve(name);
                            if (!taken.add(target)) {
                                // two templates of one dossier named alike: the jurisdiction and template tell them apart
                                target = dir.resolve(job.dossierId() + "_" + job.jurisdiction() + "_" + job.template() + "_"
                                        + result.fileName());
                                taken.add(target);
                            }
                        }
                        MemoFiles.write(target, result.pdf(), replace);
                        written[index] = target;
                    } catch (ExportRefusedException e) {
                        refused.add(new Refusal(job.name(), e.reason(), e.places()));
                    } catch (java.nio.file.FileAlreadyExistsException e) {
                        refused.add(new Refusal(job.name(), "not written: " + e.getFile() + " already exists (replace"
                                + " it with --force)", List.of()));
                    } catch (IOException | RuntimeException e) {
                        refused.add(new Refusal(job.name(), failureInWords(e), List.of(), e));
                    }
                    if (listener != null) {
                        int n = done.incrementAndGet();
                        synchronized (listener) {
                            listener.progress(n, total, job.name());
                        }
                    } else {
                        done.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    refused.add(new Refusal("batch", "failed (" + e.getCause().getClass().getSimpleName() + ")",
                            List.of(), e.getCause()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        } finally {
            pool.shutdownNow();
        }
        List<Path> files = new ArrayList<>();
        for (Path p : written) if (p != null) files.add(p);
        boolean wasCancelled = stopped || done.get() < total;
        return new Report(total, files, new ArrayList<>(refused), wasCancelled, skipped);
    }

    /**
     * Why a memo failed, by the kind of failure and never by the exception's message, which a template or a library
     * may have written from the dossier's values (a confidential price in a public export's error): "could not be
     * made (IllegalStateException)", "could not be written: permission denied (FILE)". The exception itself belongs
     * in the log ({@link Refusal#failure()}).
     *
     * @since 0.2
     */
    public static String failureInWords(Throwable e) {
        Throwable c = e instanceof java.io.UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        if (c instanceof java.nio.file.FileSystemException f) {
            String what = f instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : f instanceof java.nio.file.NoSuchFileException ? "the folder is not there"
                    : "the file system refused it (" + f.getClass().getSimpleName() + ")";
            return "could not be written: " + what + (f.getFile() == null ? "" : " (" + f.getFile() + ")");
        }
        if (c instanceof IOException) return "could not be written (" + c.getClass().getSimpleName() + ")";
        return "could not be made (" + c.getClass().getSimpleName() + ")";
    }

    /**
     * A dossier file that cannot be read, as {@code hta validate} says it: the file by its name, where in it when the
     * problem has a place, and what is wrong in the reader's words ({@link LoadProblem#message()}) — not the problem's
     * {@code toString()}, which repeated the whole path and "at $" before them (walk of December 2026).
     */
    private static Refusal unreadable(LoadProblem p) {
        String where = p.jsonPath() == null || "$".equals(p.jsonPath()) ? "" : " (at " + p.jsonPath() + ")";
        return new Refusal(String.valueOf(p.file().getFileName()), "cannot be read" + where + ": " + p.message(), List.of());
    }

    private static Path folder(Path outDir, Variant v, boolean split) {
        return split ? outDir.resolve(v.name().toLowerCase(Locale.ROOT)) : outDir;
    }

    private List<Job> jobs(DossierRepository workspace, Set<Variant> variants, List<Refusal> refused, List<Skip> skipped) {
        List<Job> jobs = new ArrayList<>();
        List<DossierSummary> summaries = workspace.list();
        for (LoadProblem p : workspace.problems()) refused.add(unreadable(p));
        for (DossierSummary summary : summaries) {
            Dossier dossier;
            try {
                dossier = workspace.load(summary.id());
            } catch (DossierFormatException e) {
                refused.add(unreadable(e.problem()));
                continue;
            } catch (DossierNotFoundException e) {
                refused.add(new Refusal(summary.id(), "was removed from the workspace while the memos were exported",
                        List.of()));
                continue;
            }
            Set<String> codes = new LinkedHashSet<>();
            for (Submission s : dossier.submissions) if (s.jurisdiction != null) codes.add(s.jurisdiction);
            for (String code : codes) {
                Optional<Jurisdiction> j = registry.find(code);
                if (j.isEmpty()) {
                    skipped.add(new Skip(summary.id() + "/" + code, "no jurisdiction plugin '" + code + "' is installed;"
                            + " the submission is kept as it is"));
                    continue;
                }
                for (MemoTemplate t : j.get().memoTemplates()) {
                    for (Variant v : Variant.values()) {
                        if (variants.contains(v)) jobs.add(new Job(summary.id(), dossier, code, t.id(), v));
                    }
                }
            }
        }
        return jobs;
    }
}
