package hta.cli.internal;

import hta.confidentiality.Coincidences;
import hta.dossier.Acknowledgement;
import hta.dossier.Dossier;
import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.SaveConflictException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hta acknowledge}: records in a dossier that a public value coinciding with a confidential one may be
 * printed (issue 14): the two sides as a refusal names them, why, and who decided. The record holds a fingerprint of
 * both values, so it lapses by itself when either changes; {@code hta validate} lists it, active or lapsed.
 */
@Command(name = "acknowledge", mixinStandardHelpOptions = true,
        description = {"Record that a public value (a value's id, or a text field's JSON path) may be printed although it"
                + " equals, or lets a reader compute, a confidential value: a coincidence. Saved as a new revision of"
                + " the dossier; it lapses when either value changes.",
                "Take both sides from the refusal of 'hta export' or from 'hta scan'."},
        footer = {"", "Example:",
                "  hta acknowledge --dossier hemgenix --public no-maks-aup --confidential se-net-price \\",
                "      --reason \"the NOK list price and the SEK net price are unrelated\" --author kari",
                "", "Exit codes: 0 recorded, 1 not recorded (conflict, unknown side), 2 usage error."})
final class AcknowledgeCommand implements Callable<Integer> {
    private final Services services;

    @Option(names = "--dossier", required = true, paramLabel = "ID", description = "dossier id")
    String dossierId;

    @Option(names = "--public", required = true, paramLabel = "ITEM|PATH",
            description = "the public side: a price, figure or cell id, or the JSON path of a text field")
    String publicItem;

    @Option(names = "--confidential", required = true, paramLabel = "ID", description = "the confidential value's id")
    String confidentialItem;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why the coincidence is harmless")
    String reason;

    @Option(names = "--author", paramLabel = "NAME", description = "who decides (default: the user name)")
    String author;

    @Mixin
    WorkspaceOption workspace;

    AcknowledgeCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        String who = author != null ? author : System.getProperty("user.name");
        if (reason.isBlank() || who == null || who.isBlank()) {
            throw new CommandFailure("an acknowledgement needs a reason and an author (--author)", 2);
        }
        DossierRepository repo = workspace.open(services.workspaces());
        Dossier d = DossierLoading.load(repo, dossierId);
        Acknowledgement a;
        try {
            a = Coincidences.acknowledge(d, publicItem, confidentialItem, reason, who, Instant.now(Clock.systemUTC()));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage() + "; nothing was recorded", 1);
        }
        try {
            long revision = repo.save(d, who, "acknowledged the coincidence of " + publicItem + " and " + confidentialItem);
            services.out().println("Recorded in revision " + revision + " of '" + dossierId + "': " + a.publicItem
                    + " may show although it coincides with " + a.confidentialItem + " (lapses when either changes)");
        } catch (SaveConflictException e) {
            throw new CommandFailure(e.getMessage(), 1);
        }
        return 0;
    }
}
