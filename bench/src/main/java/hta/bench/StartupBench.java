package hta.bench;

import hta.app.AppRuntime;
import hta.app.Commands;
import hta.app.Xvfb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole-process start-up figures, each against a bare Felix with SCR measured in the same run (issue 15, item 5):
 * a headless command, usage answered without the framework, a cold export and the workbench window. Targets are
 * ratios to the baseline, so they hold on a slower or busier machine.
 */
final class StartupBench {
    private static final String BARE = "bare Felix + SCR start/stop process";

    private final TeamWorkspaceBench.Sink sink;
    private final Path out;

    StartupBench(TeamWorkspaceBench.Sink sink, Path out) {
        this.sink = sink;
        this.out = out;
    }

    void run() throws Exception {
        Path data = Files.createTempDirectory("bench-data");
        Commands.hta(data, "plugins", "list"); // the first start copies the demo workspace and records the plugins
        // in turns, seven of each: on a shared machine the load drifts between runs (issue 15's measuring rule)
        double[] pair = Bench.alternating(7, () -> Bench.run(() -> Bench.javaProcess(BareFelix.class.getName(),
                AppRuntime.APP.toString(), Files.createTempDirectory("bench-bare").toString())),
                () -> Bench.run(() -> Commands.hta(data, "plugins", "list")));
        double bare = pair[0];
        double hta = pair[1];
        sink.row("start-up to ready, headless (`bin/hta plugins list`)", hta, "ms", BARE, bare, "≤ 1.5× baseline");
        double help = Bench.median(5, () -> Bench.run(() -> Commands.hta(data, "--help")));
        sink.row("usage answered without the framework (`bin/hta --help`)", help, "ms", BARE, bare, "< 1× baseline");
        // --force: each run writes the same memo again (export refuses to replace a file unless asked)
        double cold = Bench.median(3, () -> Bench.run(() -> Commands.hta(data, "export", "--dossier", "hemgenix",
                "--jurisdiction", "no", "--variant", "public", "--out", out.toString(), "--force")));
        sink.row("export one memo, cold (`bin/hta export`, public)", cold, "ms", BARE, bare, "≤ 3000 ms");
        window();
    }

    /** JVM start to a visible, painted workbench window with the demo workspace, against an empty JFrame. */
    private void window() throws Exception {
        try (Xvfb x = Xvfb.start()) {
            Path data = Files.createTempDirectory("bench-window");
            windowProcess(x, "app", AppRuntime.APP.toString(), data.toString()); // first start copies the demo workspace
            double[] pair = Bench.alternating(7, () -> windowProcess(x, "bare", AppRuntime.APP.toString(),
                    Files.createTempDirectory("bench-bare-window").toString()),
                    () -> windowProcess(x, "app", AppRuntime.APP.toString(), data.toString()));
            double bare = pair[0];
            double app = pair[1];
            sink.row("start-up to a visible workbench window (demo workspace)", app, "ms",
                    "bare Felix + SCR started, then an empty JFrame, in a fresh JVM", bare, "≤ 2× baseline");
        }
    }

    /** The JVM options {@code lib/java.sh} gives the app's JVM, asked from the script itself. */
    private static List<String> launcherJvmOptions() throws Exception {
        Path home = AppRuntime.APP.toAbsolutePath().normalize();
        ProcessBuilder pb = new ProcessBuilder("bash", "-c",
                "APP_HOME=\"$1\"; . \"$APP_HOME/lib/java.sh\" hta-workbench; printf '%s\\n' \"${JVM_OPTIONS[@]}\"",
                "java-options", home.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().remove("HTA_JAVA_OPTS");
        Process p = pb.redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) throw new IllegalStateException("lib/java.sh failed (exit " + p.exitValue() + ")");
        return out.lines().filter(l -> !l.isEmpty()).toList();
    }

    private static double windowProcess(Xvfb x, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // the app with the options bin/hta-workbench gives its JVM (its class-data-sharing archive among them), the
        // baseline with those of etc/jvm.options alone
        cmd.addAll(args[0].equals("app") ? launcherJvmOptions() : Bench.productJvmOptions());
        // as bin/hta-workbench starts it
        cmd.add("-Dawt.useSystemAAFontSettings=on");
        // lib/ first, as bin/hta-workbench has it: the archive is used only when its class path begins the same way
        cmd.addAll(List.of("-cp", AppRuntime.APP.toAbsolutePath().resolve("lib").resolve("*") + java.io.File.pathSeparator
                + System.getProperty("java.class.path"), WindowProbe.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("DISPLAY", x.display());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(90, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("window probe failed: " + output);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("visible-ms=(\\d+)").matcher(output);
        if (!m.find()) throw new IllegalStateException("window probe printed no time: " + output);
        return Double.parseDouble(m.group(1));
    }
}
