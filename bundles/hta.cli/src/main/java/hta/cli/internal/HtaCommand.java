package hta.cli.internal;

import picocli.CommandLine.Command;

/** The top-level {@code hta} command. */
@Command(name = "hta", mixinStandardHelpOptions = true, version = "HTA Workbench 0.1.0",
        description = "HTA Workbench headless commands: export memos, list and validate dossiers, show timelines and"
                + " portfolio statistics, scan for leaks, administer plugins and settings, copy workspaces.%n"
                + "Without --workspace, commands use the user's copy of the bundled demo workspace; --workspace takes a"
                + " folder or a team workspace, postgresql://[user@]host[:port]/database.",
        footer = {"", "Exit codes: 0 success, 1 refused or findings, 2 usage error.",
                "Launcher options (before the command): --data-dir DIR, --safe-mode."})
@Subcommands({ExportCommand.class, ListCommand.class, ValidateCommand.class, TimelineCommand.class,
        PortfolioCommand.class, ScanCommand.class, AcknowledgeCommand.class, PluginsCommand.class,
        ConfigCommand.class, WorkspaceCommand.class})
final class HtaCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
