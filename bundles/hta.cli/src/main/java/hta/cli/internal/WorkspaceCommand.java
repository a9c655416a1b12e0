package hta.cli.internal;

import hta.dossier.Dossier;
import hta.dossier.repository.DossierFormatException;
import hta.dossier.repository.DossierNotFoundException;
import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.DossierSummary;
import hta.dossier.repository.LoadProblem;
import hta.dossier.repository.Revision;
import hta.dossier.repository.SaveConflictException;
import hta.dossier.repository.WorkspaceAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hta workspace}: commands on whole workspaces. */
@Command(name = "workspace", mixinStandardHelpOptions = true,
        description = "Commands on whole workspaces (folders and team workspaces on a PostgreSQL server).")
@Subcommands({WorkspaceCommand.Copy.class})
final class WorkspaceCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /**
     * {@code hta workspace copy}: every dossier with every revision of its history, numbers and saved records kept,
     * into an empty workspace. Between a folder and a server both ways, so folder → server → folder gives the
     * dossier files back byte for byte.
     */
    @Command(name = "copy", mixinStandardHelpOptions = true,
            description = {"Copy a workspace with its history into an empty workspace: folder to team workspace,"
                    + " team workspace to folder, or either to its own kind.",
                    "A team workspace is read and written with a team administrator's role (it holds every"
                    + " jurisdiction's confidential values)."},
            footer = {"", "Example:", "  hta workspace copy --from ~/dossiers --to postgresql://alice@db.example:5432/hta"})
    static final class Copy implements Callable<Integer> {
        private final Services services;

        @Option(names = "--from", required = true, paramLabel = "DIR|URL", description = "the workspace to copy")
        String from;

        @Option(names = "--to", required = true, paramLabel = "DIR|URL",
                description = "an empty workspace (a folder is created if missing)")
        String to;

        Copy(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() {
            DossierRepository source = WorkspaceOption.open(services.workspaces(), from, false);
            requireEverything(source, "read");
            DossierRepository target = WorkspaceOption.open(services.workspaces(), to, true);
            requireEverything(target, "write");
            List<DossierSummary> there = target.list();
            if (!there.isEmpty() || !target.problems().isEmpty()) {
                throw new CommandFailure("the workspace " + target.address() + " is not empty (" + there.size()
                        + " dossiers): copy into an empty one", 2);
            }
            List<String> failed = new ArrayList<>();
            int dossiers = 0;
            int revisions = 0;
            for (DossierSummary s : source.list()) {
                int copied = copy(source, target, s.id(), failed);
                if (copied > 0) dossiers++;
                revisions += copied;
            }
            for (LoadProblem p : source.problems()) failed.add("not copied, unreadable: " + p);
            services.out().println("Copied " + dossiers + " dossiers (" + revisions + " revisions) from " + source.address()
                    + " to " + target.address());
            failed.forEach(f -> services.err().println("hta: " + f));
            return failed.isEmpty() ? 0 : 1;
        }

        /** One dossier's revisions, oldest first; a revision that cannot be read is reported and left out. */
        private static int copy(DossierRepository source, DossierRepository target, String id, List<String> failed) {
            List<Revision> history;
            try {
                history = source.history(id);
            } catch (DossierNotFoundException e) {
                failed.add("not copied: " + e.getMessage());
                return 0;
            }
            long basedOn = 0;
            int copied = 0;
            for (Revision r : history) {
                try {
                    Dossier d = source.loadRevision(id, r.revision());
                    target.importRevision(d, basedOn);
                    basedOn = d.revision;
                    copied++;
                } catch (DossierNotFoundException | DossierFormatException | SaveConflictException e) {
                    failed.add("revision " + r.revision() + " of '" + id + "' not copied: " + e.getMessage());
                }
            }
            return copied;
        }

        private static void requireEverything(DossierRepository repo, String what) {
            WorkspaceAccess a = repo.access();
            if (!a.everything() || (what.equals("write") && !a.maySave())) {
                throw new CommandFailure("copying needs a team administrator's role in " + repo.address() + " (it must "
                        + what + " every jurisdiction's confidential values); you have: " + a.describe(), 2);
            }
        }
    }
}
