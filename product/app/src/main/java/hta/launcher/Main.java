package hta.launcher;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of both {@code bin/hta} (headless commands) and {@code bin/hta-workbench} (the window).
 * Reads the launcher's own options, checks the environment, then hands the remaining arguments to the
 * application service inside an embedded Felix (see {@link Runtime}).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String mode = System.getProperty("hta.mode", "cli");
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(command(mode) + ": " + e.getMessage());
            return 2;
        }
        if ("workbench".equals(mode)) {
            if (options.help()) {
                out.print(WORKBENCH_HELP);
                return 0;
            }
            if (GraphicsEnvironment.isHeadless()) {
                err.println("hta-workbench: no display available (DISPLAY is not set); use bin/hta for the"
                        + " headless commands, e.g. 'bin/hta list' or 'bin/hta --help'.");
                return 3;
            }
            TrainingRun.exitOnceTheWindowIsShown();
        }
        Path home = Path.of(System.getProperty("hta.home", ".")).toAbsolutePath().normalize();
        if (!"workbench".equals(mode)) {
            // help, version and usage errors need no framework: answered from the command-line model
            Usage usage = Usage.load(home);
            Integer answered = usage == null ? null : usage.answer(options.applicationArgs(), out, err);
            if (answered != null) return answered;
        }
        // the JDK's signature checks and XML parser get ready on the other core while the framework starts
        Warmup.begin(home);
        try {
            DataDirectory data = DataDirectory.prepare(options.dataDir(), home);
            try (Runtime runtime = Runtime.start(home, data, mode, options)) {
                return runtime.runApplication(options.applicationArgs());
            }
        } catch (LaunchException e) {
            err.println(command(mode) + ": " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println(command(mode) + ": cannot prepare the data directory: " + describe(e));
            return 1;
        }
    }

    /** The reason of a file-system error in words: their messages alone are often only a path. */
    static String describe(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f) {
            String why = f instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                    : f instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : f instanceof java.nio.file.FileAlreadyExistsException ? "a file of that name is in the way"
                    : f.getReason() != null ? f.getReason() : "an input/output error";
            return why + (f.getFile() == null ? "" : " (" + f.getFile() + ")");
        }
        return e.getMessage() == null ? "an input/output error" : e.getMessage();
    }

    private static String command(String mode) {
        return "workbench".equals(mode) ? "hta-workbench" : "hta";
    }

    static final String WORKBENCH_HELP = """
            Usage: hta-workbench [--data-dir DIR] [--workspace DIR|URL] [--safe-mode]

            Opens the HTA Workbench window on the workspace (by default the user's copy of the
            bundled demo workspace).

              --data-dir DIR    per-user data (settings, plugin state, workspace copy); default
                                $XDG_DATA_HOME/hta-workbench or ~/.local/share/hta-workbench
              --workspace DIR   open this workspace folder instead of the default one
              --workspace URL   also open this team workspace,
                                postgresql://[user@]host[:port]/database (the password
                                from PGPASSWORD or ~/.pgpass, or asked for in a dialog)
              --safe-mode       start without any jurisdiction plugin
              --help            show this help

            Without a display, use bin/hta for the headless commands.
            """;

    /** The options the launcher itself understands; everything else goes to the application. */
    record LaunchOptions(Path dataDir, Path workspace, boolean safeMode, boolean help, List<String> applicationArgs) {
        static LaunchOptions parse(String[] args) {
            Path dataDir = null;
            Path workspace = null;
            boolean safe = false;
            boolean help = false;
            List<String> rest = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--data-dir") || a.startsWith("--data-dir=")) {
                    String v = value(args, i, a, "--data-dir");
                    if (!a.contains("=")) i++;
                    if (v.isBlank()) {
                        // Path.of("") is the current folder: an empty value (an unset variable) must not mean that
                        throw new IllegalArgumentException("--data-dir needs a folder; the value is empty");
                    }
                    dataDir = Path.of(v);
                } else if (a.equals("--safe-mode")) {
                    safe = true;
                } else {
                    if (a.equals("--help") || a.equals("-h")) help = true;
                    if ((a.equals("--workspace") || a.startsWith("--workspace=")) && workspace == null) {
                        String v = value(args, i, a, "--workspace");
                        // a team workspace's address (postgresql://…) is opened by the application itself
                        if (!v.matches("[A-Za-z][A-Za-z0-9+.-]*://.*")) workspace = Path.of(v);
                    }
                    rest.add(a);
                }
            }
            return new LaunchOptions(dataDir, workspace, safe, help, rest);
        }

        private static String value(String[] args, int i, String a, String name) {
            if (a.startsWith(name + "=")) return a.substring(name.length() + 1);
            if (i + 1 >= args.length) throw new IllegalArgumentException("missing value for " + name);
            return args[i + 1];
        }
    }
}
