package hta.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Answers {@code --help}, {@code --version} and usage errors of {@code bin/hta} without starting the framework,
 * from the command-line model the build wrote ({@code lib/hta-commands.properties}, see
 * {@code hta.cli.internal.CommandModel}). It only decides what it is sure of, the way picocli would; anything else
 * (and everything when the model is missing) goes to the application, whose parser has the last word.
 */
final class Usage {
    static final String MODEL = "lib/hta-commands.properties";

    /** One option of a command: its names and whether it takes a value (arity 0, 1, or varying). */
    private record Option(List<String> names, String arity, boolean required) {
    }

    private final Properties model;

    private Usage(Properties model) {
        this.model = model;
    }

    /** The model of the app at {@code home}, or {@code null} when it has none (then the application decides all). */
    static Usage load(Path home) {
        Path file = home.resolve(MODEL);
        if (!Files.isRegularFile(file)) return null;
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return new Usage(p);
    }

    /**
     * The exit code when the launcher answered the command line itself, {@code null} when the application must run.
     * Plain loops, no lambdas: this runs before anything else, where the first lambda of the JVM costs milliseconds.
     */
    Integer answer(List<String> args, PrintStream out, PrintStream err) {
        String path = "hta";
        int positional = 0;
        Set<String> seen = new HashSet<>();
        boolean endOfOptions = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            List<Option> options = options(path);
            String[] subcommands = list(path + ".subcommands");
            if (!endOfOptions && a.equals("--")) {
                endOfOptions = true;
                continue;
            }
            if (!endOfOptions && a.startsWith("-") && a.length() > 1) {
                String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
                Option o = find(options, name);
                if (o == null) return (error(err, path, "Unknown option: '" + a + "'"));
                if (o.names().contains("--help")) {
                    out.print(model.getProperty(path + ".help", ""));
                    return 0;
                }
                if (o.names().contains("--version")) {
                    out.println(model.getProperty(path + ".version", ""));
                    return 0;
                }
                if (o.arity().equals("?")) return null;
                if (o.arity().equals("1") && !a.contains("=")) {
                    if (i + 1 >= args.size()) {
                        return (error(err, path, "Missing required parameter for option '" + o.names().get(0) + "'"));
                    }
                    if (find(options, args.get(i + 1)) != null) return null; // picocli's call
                    i++;
                }
                seen.addAll(o.names());
                continue;
            }
            if (subcommands.length > 0 && positional == 0 && seen.isEmpty()) {
                if (!Arrays.asList(subcommands).contains(a)) {
                    return (error(err, path, "Unmatched argument at index " + i + ": '" + a + "'"));
                }
                path = path + " " + a;
                continue;
            }
            positional++;
        }
        // a later --help makes picocli print help whatever else is wrong; it was handled above, in order
        if (list(path + ".subcommands").length > 0) {
            return (error(err, path, "a command is required"));
        }
        String[] params = model.getProperty(path + ".params", "0:-1:").split(":", 3);
        int min = Integer.parseInt(params[0]);
        int max = Integer.parseInt(params[1]);
        if (positional < min) return (error(err, path, "Missing required parameter: '" + params[2] + "'"));
        if (max >= 0 && positional > max) return (error(err, path, "too many parameters (" + positional + ")"));
        for (Option o : options(path)) {
            if (o.required() && !containsAny(seen, o.names())) {
                return (error(err, path, "Missing required option: '" + o.names().get(0) + "'"));
            }
        }
        return null;
    }

    private static int error(PrintStream err, String path, String message) {
        err.println("hta: " + message + " (see '" + path + " --help')");
        return 2;
    }

    private List<Option> options(String path) {
        List<Option> out = new ArrayList<>();
        for (String o : list(path + ".options", " ")) {
            String[] f = o.split(":");
            out.add(new Option(List.of(f[0].split("\\|")), f.length > 1 ? f[1] : "?", f.length > 2 && f[2].equals("required")));
        }
        return out;
    }

    private static Option find(List<Option> options, String name) {
        for (Option o : options) {
            if (o.names().contains(name)) return o;
        }
        return null;
    }

    private static boolean containsAny(Set<String> seen, List<String> names) {
        for (String n : names) {
            if (seen.contains(n)) return true;
        }
        return false;
    }

    private String[] list(String key) {
        return list(key, ",");
    }

    private String[] list(String key, String separator) {
        String v = model.getProperty(key, "").trim();
        return v.isEmpty() ? new String[0] : v.split(separator);
    }
}
