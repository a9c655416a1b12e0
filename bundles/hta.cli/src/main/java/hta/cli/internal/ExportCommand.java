package hta.cli.internal;

import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.dossier.repository.DossierFormatException;
import hta.dossier.repository.DossierNotFoundException;
import hta.dossier.repository.DossierRepository;
import hta.export.pdf.ExportRefusedException;
import hta.export.pdf.ExportResult;
import hta.plugins.PluginException;
import java.time.Duration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hta export}: writes one memo of one dossier as PDF, public or confidential. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a jurisdiction's memo of a dossier as PDF. A public export is refused, and nothing"
                + " written, while a confidential value could leak or a required field is missing.")
final class ExportCommand implements Callable<Integer> {
    /** Far above a normal export (about a second), well below a user giving up on a hung command. */
    static final Duration RENDER_TIMEOUT = Duration.ofSeconds(60);
    private final Services services;

    @Option(names = "--dossier", required = true, paramLabel = "ID", description = "dossier id")
    String dossierId;

    @Option(names = "--jurisdiction", required = true, paramLabel = "CODE", description = "e.g. no, se, dk, nice, smc")
    String jurisdiction;

    @Option(names = "--variant", required = true, paramLabel = "public|confidential",
            converter = VariantConverter.class, description = "public or confidential")
    Variant variant;

    @Option(names = "--template", paramLabel = "ID", description = "memo template (default: the jurisdiction's first)")
    String template;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "PDF file to write, or an existing folder to write the suggested file name into")
    Path out;

    @Mixin
    WorkspaceOption workspace;

    ExportCommand(Services services) {
        this.services = services;
    }

    /**
     * Renders through the plugin manager's time limit: a jurisdiction plugin that never returns is marked failed
     * and the command ends with one line naming it, instead of hanging. Exceptions keep their own messages.
     */
    private ExportResult render(Dossier dossier) throws ExportRefusedException {
        Object outcome;
        try {
            outcome = services.plugins().call(jurisdiction, RENDER_TIMEOUT, () -> {
                try {
                    return services.exporter().export(dossier, jurisdiction, template, variant);
                } catch (ExportRefusedException | RuntimeException e) {
                    return e; // the exporter's verdict or the caller's mistake, reported as before
                }
            });
        } catch (PluginException e) {
            throw new CommandFailure(e.getMessage(), 1);
        }
        if (outcome instanceof ExportRefusedException refused) throw refused;
        if (outcome instanceof RuntimeException e) throw e;
        return (ExportResult) outcome;
    }

    @Override
    public Integer call() throws IOException {
        DossierRepository repo = workspace.open(services.workspaces());
        Dossier dossier;
        try {
            dossier = repo.load(dossierId);
        } catch (DossierNotFoundException e) {
            throw new CommandFailure(e.getMessage(), 1);
        } catch (DossierFormatException e) {
            throw new CommandFailure("cannot read " + e.problem(), 1);
        }
        ExportResult result;
        try {
            result = render(dossier);
        } catch (ExportRefusedException e) {
            services.err().println("hta: export refused: " + e.getMessage().split(": ", 2)[0]);
            e.places().forEach(p -> services.err().println("  - " + p));
            return 1;
        }
        Path target = Files.isDirectory(out) ? out.resolve(result.fileName()) : out;
        Path parent = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            throw new CommandFailure("output folder " + parent + " does not exist", 2);
        }
        Path tmp = Files.createTempFile(parent, ".hta-export-", ".pdf.tmp");
        try {
            Files.write(tmp, result.pdf());
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        services.out().println("Wrote " + target + " (" + result.pages() + " pages, "
                + variant.name().toLowerCase() + ")");
        return 0;
    }

    /** Accepts {@code public} and {@code confidential} in any case. */
    static final class VariantConverter implements picocli.CommandLine.ITypeConverter<Variant> {
        @Override
        public Variant convert(String value) {
            try {
                return Variant.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a variant; use public or confidential");
            }
        }
    }
}
