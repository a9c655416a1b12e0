package hta.cli.internal;

import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.Workspaces;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --workspace DIR} option shared by commands that read dossiers. */
final class WorkspaceOption {
    @Option(names = "--workspace", paramLabel = "DIR",
            description = "workspace folder (default: the user's copy of the demo workspace)")
    Path workspace;

    DossierRepository open(Workspaces workspaces) {
        if (workspace == null) return workspaces.defaultWorkspace();
        if (!java.nio.file.Files.isDirectory(workspace)) {
            throw new CommandFailure("workspace folder " + workspace.toAbsolutePath() + " does not exist", 2);
        }
        return workspaces.open(workspace);
    }
}
