package hta.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The model built for one command line is the whole tree's model along that path: the same options and parameters
 * at every level, the same command chosen, and the whole level wherever the arguments name no subcommand plainly,
 * so picocli's answers (help, a missing or misspelt command) do not change.
 */
class CommandTreeTest {
    private static final CommandLine.IFactory FACTORY = new CommandModel.WithoutServices();

    @Test
    void everyCommandPathIsBuiltAloneAndParsesAsInTheWholeTree() {
        List<List<String>> paths = new ArrayList<>();
        collect(CommandTree.full(new HtaCommand(), FACTORY), new ArrayList<>(), paths);
        assertTrue(paths.size() >= 30, "the tree's commands were found: " + paths.size());
        for (List<String> path : paths) {
            String[] args = path.toArray(String[]::new);
            CommandLine lazy = CommandTree.forArgs(new HtaCommand(), FACTORY, args);
            CommandLine full = CommandTree.full(new HtaCommand(), FACTORY);
            CommandLine l = lazy;
            CommandLine f = full;
            for (int i = 0; i <= path.size(); i++) {
                assertEquals(shape(f.getCommandSpec()), shape(l.getCommandSpec()), "hta " + path.subList(0, i));
                if (i == path.size()) {
                    // the command named last gets its whole level: a parent without its subcommand is a usage error
                    assertEquals(f.getSubcommands().keySet(), l.getSubcommands().keySet(), "hta " + path);
                    break;
                }
                assertEquals(List.of(path.get(i)), List.copyOf(l.getSubcommands().keySet()), "hta " + path.subList(0, i));
                l = l.getSubcommands().get(path.get(i));
                f = f.getSubcommands().get(path.get(i));
            }
            // with --help, which every command has: required options and parameters need no made-up values
            List<String> withHelp = new ArrayList<>(path);
            withHelp.add("--help");
            String[] parsed = withHelp.toArray(String[]::new);
            assertEquals(chosen(full.parseArgs(parsed)), chosen(CommandTree.forArgs(new HtaCommand(), FACTORY, parsed)
                    .parseArgs(parsed)), "hta " + path);
        }
    }

    @Test
    void helpAMissingOrAMisspeltCommandGetTheWholeLevel() {
        CommandLine full = CommandTree.full(new HtaCommand(), FACTORY);
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"plugin", "list"},
                new String[] {"-V"})) {
            CommandLine lazy = CommandTree.forArgs(new HtaCommand(), FACTORY, args);
            assertEquals(full.getSubcommands().keySet(), lazy.getSubcommands().keySet(), Arrays.toString(args));
        }
        CommandLine plugins = CommandTree.forArgs(new HtaCommand(), FACTORY, new String[] {"plugins", "--help", "list"})
                .getSubcommands().get("plugins");
        assertEquals(full.getSubcommands().get("plugins").getSubcommands().keySet(), plugins.getSubcommands().keySet());
        assertEquals(usage(full.getSubcommands().get("plugins")), usage(plugins));
        CommandLine misspelt = CommandTree.forArgs(new HtaCommand(), FACTORY, new String[] {"plugins", "lst"});
        CommandLine.ParameterException wrong = org.junit.jupiter.api.Assertions.assertThrows(
                CommandLine.ParameterException.class, () -> misspelt.parseArgs("plugins", "lst"));
        CommandLine.ParameterException wrongInFull = org.junit.jupiter.api.Assertions.assertThrows(
                CommandLine.ParameterException.class, () -> full.parseArgs("plugins", "lst"));
        assertEquals(wrongInFull.getMessage(), wrong.getMessage());
    }

    @Test
    void theWholeTreeHasEveryDeclaredSubcommandWithItsUsage() {
        CommandLine full = CommandTree.full(new HtaCommand(), FACTORY);
        assertEquals(List.of("export", "list", "validate", "timeline", "portfolio", "scan", "acknowledge", "plugins",
                "config", "workspace"), List.copyOf(full.getSubcommands().keySet()));
        assertTrue(usage(full).contains("plugins"), usage(full));
        assertTrue(full.getSubcommands().get("plugins").getSubcommands().containsKey("trust"));
        // picocli's own attribute would build those commands at every start again: @Subcommands is the one way
        List<List<String>> paths = new ArrayList<>();
        collect(full, new ArrayList<>(), paths);
        for (List<String> path : paths) {
            CommandLine c = full;
            for (String name : path) c = c.getSubcommands().get(name);
            Class<?> type = c.getCommand().getClass();
            assertEquals(0, type.getAnnotation(picocli.CommandLine.Command.class).subcommands().length, type.getName());
        }
        assertEquals(0, HtaCommand.class.getAnnotation(picocli.CommandLine.Command.class).subcommands().length);
    }

    private static void collect(CommandLine cl, List<String> prefix, List<List<String>> out) {
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(e.getKey());
            out.add(path);
            collect(e.getValue(), path, out);
        }
    }

    private static String shape(CommandSpec spec) {
        StringBuilder s = new StringBuilder(spec.qualifiedName()).append(':');
        spec.options().forEach(o -> s.append(' ').append(String.join("|", o.names())).append('/').append(o.arity()));
        spec.positionalParameters().forEach(p -> s.append(' ').append(p.paramLabel()).append('/').append(p.arity()));
        return s.toString();
    }

    private static String chosen(CommandLine.ParseResult r) {
        List<String> names = new ArrayList<>();
        for (CommandLine c : r.asCommandLineList()) names.add(c.getCommandName());
        return String.join(" ", names);
    }

    private static String usage(CommandLine cl) {
        java.io.StringWriter w = new java.io.StringWriter();
        cl.usage(new java.io.PrintWriter(w), CommandLine.Help.Ansi.OFF);
        return w.toString();
    }
}
