package hta.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes the shape of the {@code hta} command line (every command's usage text, options, parameters, subcommands)
 * into a properties file when the app is built, so that the launcher answers {@code --help} and usage errors
 * without starting the framework. Run by the build ({@code product/app/pom.xml}) with the bundles on a plain class
 * path; the commands are made without services, which only their execution needs.
 *
 * <p>Keys, per command path such as {@code hta plugins install}: {@code .help} (usage text), {@code .version},
 * {@code .subcommands} (names, comma-separated), {@code .options} (one per space: {@code NAMES:ARITY[:required]},
 * names joined by {@code |}, arity {@code 0}, {@code 1} or {@code ?} when it varies), {@code .params}
 * ({@code MIN:MAX:LABEL}, {@code MAX} -1 when unbounded).
 */
public final class CommandModel {
    private CommandModel() {
    }

    public static void main(String[] args) throws IOException {
        Properties model = new Properties();
        describe(CommandTree.full(new HtaCommand(), new WithoutServices()), "hta", model);
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            model.store(o, "The hta command line, written by hta.cli.internal.CommandModel when the app was built");
        }
    }

    static void describe(CommandLine cl, String path, Properties model) {
        CommandSpec spec = cl.getCommandSpec();
        StringWriter help = new StringWriter();
        cl.usage(new PrintWriter(help), CommandLine.Help.Ansi.OFF);
        model.setProperty(path + ".help", help.toString());
        if (spec.version().length > 0) model.setProperty(path + ".version", String.join("\n", spec.version()));
        List<String> options = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            String arity = o.arity().max() == 0 ? "0" : o.arity().min() == 1 && o.arity().max() == 1 ? "1" : "?";
            options.add(String.join("|", o.names()) + ":" + arity + (o.required() ? ":required" : ""));
        }
        model.setProperty(path + ".options", String.join(" ", options));
        int min = 0;
        int max = 0;
        List<String> labels = new ArrayList<>();
        for (PositionalParamSpec p : spec.positionalParameters()) {
            min += p.arity().min();
            max = max < 0 || p.arity().max() == Integer.MAX_VALUE ? -1 : max + p.arity().max();
            labels.add(p.paramLabel());
        }
        model.setProperty(path + ".params", min + ":" + max + ":" + String.join(" ", labels));
        Map<String, CommandLine> subs = cl.getSubcommands();
        if (!subs.isEmpty()) model.setProperty(path + ".subcommands", String.join(",", subs.keySet()));
        for (Map.Entry<String, CommandLine> s : subs.entrySet()) {
            if (s.getValue().getCommandName().equals(s.getKey())) describe(s.getValue(), path + " " + s.getKey(), model);
        }
    }

    /** Makes the command objects with no services: describing them never runs them. */
    static final class WithoutServices implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                var c = cls.getDeclaredConstructor(Services.class);
                c.setAccessible(true);
                return c.newInstance((Services) null);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
