package hta.cli.internal;

import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.PasswordSource;
import hta.dossier.repository.WorkspaceUnavailableException;
import hta.dossier.repository.Workspaces;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --workspace DIR|URL} option shared by commands that read dossiers. */
final class WorkspaceOption {
    @Option(names = "--workspace", paramLabel = "DIR|URL",
            description = "workspace folder, or team workspace postgresql://[user@]host[:port]/database (password from"
                    + " ~/.pgpass or PGPASSWORD, else asked); default: the user's copy of the demo workspace")
    String workspace;

    DossierRepository open(Workspaces workspaces) {
        if (workspace == null) return workspaces.defaultWorkspace();
        return open(workspaces, workspace, false);
    }

    /**
     * Opens a folder (which must exist unless {@code create}) or a team workspace by URL; a failure to open is one
     * line and exit code 2.
     */
    static DossierRepository open(Workspaces workspaces, String address, boolean create) {
        if (Workspaces.isUrl(address)) {
            try {
                return workspaces.open(address, ConsolePasswords.INSTANCE);
            } catch (WorkspaceUnavailableException e) {
                throw new CommandFailure(e.getMessage(), 2);
            }
        }
        Path folder = Path.of(address);
        if (!Files.isDirectory(folder)) {
            if (!create) throw new CommandFailure("workspace folder " + folder.toAbsolutePath() + " does not exist", 2);
            try {
                Files.createDirectories(folder);
            } catch (java.io.IOException e) {
                throw new CommandFailure("cannot create the workspace folder " + folder.toAbsolutePath() + ": " + e.getMessage(), 2);
            }
        }
        return workspaces.open(folder);
    }

    /**
     * Refuses a confidential export the workspace does not give the user the values for (a team workspace sends
     * other jurisdictions' values as the public projection): a memo with holes is not a confidential memo.
     *
     * @param jurisdiction the memo's jurisdiction; null for every jurisdiction (an export of everything)
     */
    static void requireConfidential(DossierRepository repo, String jurisdiction) {
        hta.dossier.repository.WorkspaceAccess access = repo.access();
        boolean sees = jurisdiction == null ? access.everything()
                : access.seesConfidential(jurisdiction) && access.seesConfidential(hta.dossier.repository.WorkspaceAccess.GLOBAL);
        if (!sees) {
            throw new CommandFailure("your role in " + repo.address() + " does not show "
                    + (jurisdiction == null ? "every jurisdiction's" : jurisdiction + "'s (and the dossier-wide)")
                    + " confidential values (" + access.describe() + "): only public memos can be exported"
                    + (jurisdiction == null ? "; use --variant public" : ""), 1);
        }
    }

    /** Asks on the terminal, without echo; with no terminal (a script) there is nobody to ask. */
    enum ConsolePasswords implements PasswordSource {
        INSTANCE;

        @Override
        public char[] password(String prompt) {
            java.io.Console console = System.console();
            return console == null ? null : console.readPassword("%s: ", prompt);
        }
    }
}
