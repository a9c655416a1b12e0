package hta.cli.internal;

import hta.dossier.repository.Workspaces;
import hta.export.pdf.MemoExporter;
import hta.jurisdiction.JurisdictionRegistry;
import hta.plugins.PluginManager;
import hta.settings.Settings;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import picocli.CommandLine;

/**
 * The headless application {@code bin/hta}: the launcher calls it with the command line and exits with the
 * code it returns (0 success, 1 refused or findings, 2 usage error).
 */
@Component(service = Function.class, property = "hta.application=cli")
public final class CliApplication implements Function<String[], Integer> {
    private final Workspaces workspaces;
    private final JurisdictionRegistry jurisdictions;
    private final MemoExporter exporter;
    private final PluginManager plugins;
    private final Settings settings;

    @Activate
    public CliApplication(@Reference Workspaces workspaces, @Reference JurisdictionRegistry jurisdictions,
                          @Reference MemoExporter exporter, @Reference PluginManager plugins,
                          @Reference Settings settings) {
        this.workspaces = workspaces;
        this.jurisdictions = jurisdictions;
        this.exporter = exporter;
        this.plugins = plugins;
        this.settings = settings;
    }

    @Override
    public Integer apply(String[] args) {
        // no control character reaches the terminal, whoever wrote the text (a plugin's name, a file name)
        PrintWriter out = new PrintWriter(Shown.writer(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8)), true);
        PrintWriter err = new PrintWriter(Shown.writer(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8)), true);
        try (ClosingWorkspaces opened = new ClosingWorkspaces(workspaces)) {
            return run(args, new Services(opened, jurisdictions, exporter, plugins, settings, out, err));
        }
    }

    /** Runs one command line against the given services. */
    static int run(String[] args, Services services) {
        // only the commands the arguments name: the model of every subcommand would be built for nothing
        CommandLine cli = CommandTree.forArgs(new HtaCommand(), new CommandFactory(services), args);
        cli.setOut(services.out());
        cli.setErr(services.err());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            services.err().println("hta: " + (e instanceof CommandFailure ? e.getMessage() : describe(e)));
            return e instanceof CommandFailure f ? f.exitCode() : 1;
        });
        cli.setParameterExceptionHandler((e, arguments) -> {
            services.err().println("hta: " + e.getMessage() + " (see 'hta "
                    + e.getCommandLine().getCommandName().replace("hta", "").trim() + " --help')");
            return 2;
        });
        tell(services);
        int code = cli.execute(args);
        tell(services);
        services.out().flush();
        services.err().flush();
        return code;
    }

    /**
     * What the plugin manager has to tell the user (a plugin quarantined because it ended the process or hung, a
     * damaged state file), one line each on standard error, before and after the command.
     */
    private static void tell(Services services) {
        try {
            services.plugins().notices().forEach(n -> services.err().println("hta: " + n));
        } catch (RuntimeException e) {
            services.err().println("hta: " + describe(e));
        }
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return m == null ? "unexpected " + e.getClass().getSimpleName() : m;
    }

    /** Creates command objects with the services; picocli calls it for every subcommand. */
    private record CommandFactory(Services services) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(Services.class).newInstance(services);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
