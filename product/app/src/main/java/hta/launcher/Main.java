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

    /** How long the shutdown hooks of a process asked to end (a signal, {@code System.exit}) may take in all. */
    static final long HOOKS_GRACE_MILLIS = 2000;

    public static void main(String[] args) {
        watchTheEnd();
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.err.flush();
        finished(code);
        // the framework has stopped and the output is written: the process ends here, without running shutdown hooks.
        // A plugin could add one that never returns (or halts with a status of its choosing), and the end of every
        // command then waited for it, Ctrl-C too (outside trust test)
        java.lang.Runtime.getRuntime().halt(code);
    }

    /**
     * Tells the launcher script the command finished, with its exit status ({@code -Dhta.finished=FILE}): a process
     * that ends without this was ended by something else, and the script says so.
     */
    private static void finished(int code) {
        String file = System.getProperty("hta.finished");
        if (file == null || file.isEmpty()) return;
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(file), Integer.toString(code));
        } catch (java.io.IOException | RuntimeException e) {
            // the script then reports an unfinished command: better than a success nobody can check
        }
    }

    /**
     * When the process is asked to end before the command returns (a signal, {@code System.exit} in plugin code), the
     * shutdown hooks get {@link #HOOKS_GRACE_MILLIS}; then it ends whatever a hook still does.
     */
    private static void watchTheEnd() {
        Thread watch = new Thread(() -> {
            try {
                Thread.sleep(HOOKS_GRACE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.err.println("hta: the process did not end within " + HOOKS_GRACE_MILLIS / 1000
                    + " s of being asked to (a shutdown hook did not return); it ends now");
            System.err.flush();
            java.lang.Runtime.getRuntime().halt(1);
        }, "hta-end-watch");
        watch.setDaemon(true);
        java.lang.Runtime.getRuntime().addShutdownHook(watch);
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
