package hta.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Test support: runs the app's real start scripts ({@code bin/hta}, {@code bin/hta-workbench}) as processes. */
public final class Commands {
    private Commands() {
    }

    /** The outcome of one command. */
    public record Result(int exitCode, String out, String err) {
    }

    public static Result run(Map<String, String> env, String script, String... args) throws IOException, InterruptedException {
        return run(AppRuntime.APP, env, script, args);
    }

    /** Runs a script of the app in {@code app} (e.g. a copy made by {@link AppRuntime#copyApp}). */
    public static Result run(Path app, Map<String, String> env, String script, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(app.resolve("bin").resolve(script).toAbsolutePath().toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        AppRuntime.scriptEnvironment(pb.environment(), env);
        Path out = Files.createTempFile("hta-out", ".txt");
        Path err = Files.createTempFile("hta-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly); // the script's java
            p.destroyForcibly();
            throw new AssertionError(cmd + " did not finish within 120 s");
        }
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    public static Result hta(Path dataDir, String... args) throws IOException, InterruptedException {
        return hta(AppRuntime.APP, dataDir, args);
    }

    /** {@code bin/hta --data-dir DATA ARGS…} of the app in {@code app}. */
    public static Result hta(Path app, Path dataDir, String... args) throws IOException, InterruptedException {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return run(app, Map.of(), "hta", all);
    }
}
