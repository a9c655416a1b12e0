package hta.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Test support: runs one {@code hta} command line in a running {@link AppRuntime}, through the CLI application
 * service as the launcher calls it, with its standard output and error captured. One command at a time (the
 * streams are the JVM's).
 */
final class InProcessCli {
    private InProcessCli() {
    }

    /** The outcome of one command line. */
    record Run(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    @SuppressWarnings("unchecked")
    static synchronized Run run(AppRuntime app, String... args) throws Exception {
        Function<String[], Integer> cli = (Function<String[], Integer>) app.service("java.util.function.Function",
                "(hta.application=cli)");
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = cli.apply(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
