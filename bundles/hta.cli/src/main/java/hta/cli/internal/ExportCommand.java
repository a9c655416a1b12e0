package hta.cli.internal;

import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.dossier.repository.DossierRepository;
import hta.export.pdf.ExportRefusedException;
import hta.export.pdf.ExportResult;
import hta.export.pdf.MemoBatch;
import hta.export.pdf.MemoFiles;
import hta.plugins.PluginException;
import java.time.Duration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hta export}: writes one memo of one dossier as PDF, public or confidential; with {@code --all}, every
 * memo of every dossier of the workspace, with a progress bar when the terminal is a console.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a jurisdiction's memo of a dossier as PDF. A public export is refused, and nothing"
                + " written, while a confidential value could leak or a required field is missing.",
                "With --all: every memo (each template of each jurisdiction) of every dossier of the workspace into"
                + " --out-dir; refused memos are listed at the end with their reasons (exit code 1); submissions to a"
                + " jurisdiction without an installed plugin are listed as skipped.",
                "An existing file is never replaced without --force; the public and confidential files always have"
                + " different names.",
                "Exit codes: 0 written, 1 refused, 2 usage error (including an output file that exists or a missing"
                + " folder)."},
        footer = {"", "Examples:",
                "  hta export --dossier hemgenix --jurisdiction no --variant public --out memos/",
                "  hta export --all --variant both --out-dir memos"})
final class ExportCommand implements Callable<Integer> {
    /** Far above a normal export (about a second), well below a user giving up on a hung command. */
    static final Duration RENDER_TIMEOUT = Duration.ofSeconds(60);
    private final Services services;

    @Option(names = "--all", description = "export every memo of every dossier of the workspace (needs --out-dir)")
    boolean all;

    @Option(names = "--dossier", paramLabel = "ID", description = "dossier id")
    String dossierId;

    @Option(names = "--jurisdiction", paramLabel = "CODE", description = "e.g. no, se, dk, nice, smc")
    String jurisdiction;

    @Option(names = "--variant", paramLabel = "public|confidential|both",
            description = "public or confidential; with --all also both (default for --all: both)")
    String variant;

    @Option(names = "--template", paramLabel = "ID", description = "memo template (default: the jurisdiction's first)")
    String template;

    @Option(names = "--out", paramLabel = "FILE|DIR/",
            description = "PDF file to write, or an existing folder (or a name ending in /) to write the suggested"
                    + " file name into")
    String out;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "with --all: the existing folder to write the memos into")
    Path outDir;

    @Option(names = "--force", description = "replace files that already exist (never without it)")
    boolean force;

    @Mixin
    WorkspaceOption workspace;

    ExportCommand(Services services) {
        this.services = services;
    }

    /**
     * Renders through the plugin manager's time limit: a jurisdiction plugin that never returns is marked failed
     * and the command ends with one line naming it, instead of hanging. The exporter's refusals keep their own
     * words, and a memo template the jurisdiction does not have is a usage error naming the option; any other failure
     * — an {@code IllegalArgumentException} a template throws included — is said by its kind only
     * ({@link MemoBatch#failureInWords}), since its message may quote a confidential value of the dossier (a template
     * formatting the agreed price) and a public export is often run where others read its output.
     */
    private ExportResult render(Dossier dossier, Variant v) throws ExportRefusedException {
        Object outcome;
        try {
            outcome = services.plugins().call(jurisdiction, RENDER_TIMEOUT, () -> {
                try {
                    String unknown = unknownTemplate();
                    return unknown != null ? new Usage(unknown) : services.exporter().export(dossier, jurisdiction, template, v);
                } catch (ExportRefusedException | RuntimeException e) {
                    return e; // the exporter's verdict, or a failure said below by its kind
                }
            });
        } catch (PluginException e) {
            throw new CommandFailure(e.getCause() == null ? e.getMessage() : "plugin '" + jurisdiction + "' failed making"
                    + " the memo (" + e.getCause().getClass().getSimpleName() + "); it was marked failed and stopped", 1);
        }
        if (outcome instanceof ExportRefusedException refused) throw refused;
        if (outcome instanceof Usage usage) throw new CommandFailure(usage.message(), 2);
        if (outcome instanceof RuntimeException e) {
            throw new CommandFailure("the memo of " + dossierId + " for '" + jurisdiction + "' "
                    + MemoBatch.failureInWords(e) + "; nothing was written", 1);
        }
        return (ExportResult) outcome;
    }

    /** A mistake on the command line found while asking the plugin (its templates), said in the CLI's words. */
    private record Usage(String message) {
    }

    /**
     * The jurisdiction of {@code --jurisdiction} must be installed and running; else one line naming the option, the
     * value and the codes there are (exit 1, as {@code hta timeline} and {@code hta portfolio} say it).
     */
    private void requireJurisdiction() {
        if (services.jurisdictions().find(jurisdiction).isPresent()) return;
        List<String> codes = services.jurisdictions().jurisdictions().stream().map(j -> j.code()).sorted().toList();
        throw new CommandFailure("--jurisdiction " + jurisdiction + ": no jurisdiction plugin '" + jurisdiction
                + "' is installed" + (codes.isEmpty() ? "" : " (installed: " + String.join(", ", codes) + ")"), 1);
    }

    /**
     * Why {@code --template} names no template of the jurisdiction, naming the ones it has; null when it names one (or
     * none was asked for). Asks the plugin, so runs inside the plugin manager's guard.
     */
    private String unknownTemplate() {
        if (template == null) return null;
        var j = services.jurisdictions().find(jurisdiction).orElse(null);
        if (j == null || j.memoTemplate(template).isPresent()) return null; // gone meanwhile: the exporter says so
        String ids = String.join(", ", j.memoTemplates().stream().map(t -> t.id()).toList());
        return "--template " + template + ": jurisdiction '" + jurisdiction + "' has no memo template '" + template + "'"
                + (ids.isEmpty() ? "" : " (its templates: " + ids + ")");
    }

    @Override
    public Integer call() throws IOException {
        return all ? exportAll() : exportOne();
    }

    private Integer exportOne() throws IOException {
        if (dossierId == null || jurisdiction == null || variant == null || out == null) {
            throw new CommandFailure("export needs --dossier, --jurisdiction, --variant and --out (or --all with"
                    + " --out-dir); see 'hta export --help'", 2);
        }
        if (outDir != null) throw new CommandFailure("--out-dir goes with --all; for one memo use --out", 2);
        Set<Variant> variants = variants(variant);
        if (variants.size() != 1) throw new CommandFailure("--variant both goes with --all; use public or confidential", 2);
        Variant v = variants.iterator().next();
        requireJurisdiction();
        DossierRepository repo = workspace.open(services.workspaces());
        if (v == Variant.CONFIDENTIAL) WorkspaceOption.requireConfidential(repo, jurisdiction);
        OutputTarget target = OutputTarget.of(out, repo.location());
        if (target.namesFile()) target.file(null, force); // an existing file is refused before any work
        Dossier dossier = DossierLoading.load(repo, dossierId);
        ExportResult result;
        try {
            result = render(dossier, v);
        } catch (ExportRefusedException e) {
            Refusals.print(services.err(), dossierId + ".json", e);
            return 1;
        }
        Path file = target.file(result.fileName(), force);
        try {
            MemoFiles.write(file, result.pdf(), force);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new CommandFailure(file + " already exists; nothing was written (use --force to replace it)", 2);
        }
        services.out().println("Wrote " + file + " (" + result.pages() + " pages, "
                + v.name().toLowerCase(Locale.ROOT) + ")");
        return 0;
    }

    private Integer exportAll() throws IOException {
        if (outDir == null) throw new CommandFailure("--all needs --out-dir DIR", 2);
        if (dossierId != null || jurisdiction != null || template != null || out != null) {
            throw new CommandFailure("--all exports every memo; it does not take --dossier, --jurisdiction, --template"
                    + " or --out", 2);
        }
        Set<Variant> variants = variants(variant == null ? "both" : variant);
        Path dir = outDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) throw new CommandFailure("the output folder " + dir + " does not exist; create it first", 2);
        DossierRepository repo = workspace.open(services.workspaces());
        if (variants.contains(Variant.CONFIDENTIAL)) WorkspaceOption.requireConfidential(repo, null);
        OutputTarget.notInWorkspace(dir, repo.location(), "--out-dir");
        ProgressBar bar = System.console() != null ? new ProgressBar(services.err()) : null;
        MemoBatch.Report report;
        try {
            report = new MemoBatch(services.exporter(), services.jurisdictions()).run(repo, variants, dir,
                    bar == null ? null : bar::show, () -> false, force);
        } catch (IOException e) {
            throw new CommandFailure("cannot write into " + dir + ": " + e.getMessage(), 2);
        } finally {
            if (bar != null) bar.finish();
        }
        services.out().println("Wrote " + report.written().size() + " of " + report.total() + " memos to " + dir);
        for (MemoBatch.Skip skip : report.skipped()) {
            services.out().println("Skipped " + skip.memo() + ": " + skip.reason());
        }
        if (report.refused().isEmpty()) return 0;
        int n = report.refused().size();
        services.err().println("hta: " + n + (n == 1 ? " memo" : " memos") + " refused:");
        for (MemoBatch.Refusal r : report.refused()) {
            services.err().println("  - " + r.memo() + ": " + r.reason());
            r.places().forEach(p -> services.err().println("      " + p));
        }
        return 1;
    }

    private static Set<Variant> variants(String value) {
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "public":
                return EnumSet.of(Variant.PUBLIC);
            case "confidential":
                return EnumSet.of(Variant.CONFIDENTIAL);
            case "both":
                return EnumSet.allOf(Variant.class);
            default:
                throw new CommandFailure("'" + value + "' is not a variant; use public, confidential or both", 2);
        }
    }

    /** A one-line progress bar redrawn in place on the console's error stream. */
    private static final class ProgressBar {
        private static final int WIDTH = 30;
        private final java.io.PrintWriter err;
        private boolean shown;

        ProgressBar(java.io.PrintWriter err) {
            this.err = err;
        }

        void show(int done, int total, String current) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            String name = current.length() > 40 ? "…" + current.substring(current.length() - 39) : current;
            err.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + " "
                    + String.format("%-40s", name));
            err.flush();
            shown = true;
        }

        void finish() {
            if (shown) {
                err.println();
                err.flush();
            }
        }
    }
}
