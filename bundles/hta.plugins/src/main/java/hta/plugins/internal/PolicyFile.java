package hta.plugins.internal;

import hta.plugins.TrustPolicy;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * The Plugins view's trust policy ({@code plugin-state/policy.properties}, key {@code interactive}). A file that
 * cannot be read, or names no known policy, leaves the view asking (the safe middle) and says so in one line.
 */
final class PolicyFile {
    /** The policy, and why the file was not used, or {@code null}. */
    record Read(TrustPolicy policy, String problem) {
    }

    private PolicyFile() {
    }

    static Read read(Path file) {
        if (!Files.isRegularFile(file)) return new Read(TrustPolicy.ASK, null);
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return new Read(TrustPolicy.ASK, "the trust policy " + file + " cannot be read (" + Problems.describe(e)
                    + "); the Plugins view asks");
        }
        String value = null;
        String[] lines = text.split("\r\n|\r|\n");
        for (int i = 0; i < lines.length; i++) {
            Properties p = new Properties();
            try {
                p.load(new StringReader(lines[i]));
            } catch (IllegalArgumentException | IOException e) {
                return new Read(TrustPolicy.ASK, "the trust policy " + file + " is damaged (line " + (i + 1)
                        + ": malformed \\uxxxx escape); the Plugins view asks");
            }
            if (p.getProperty("interactive") != null) value = p.getProperty("interactive").trim();
        }
        if (value == null) return new Read(TrustPolicy.ASK, null);
        for (TrustPolicy t : TrustPolicy.values()) {
            if (words(t).equals(value)) return new Read(t, null);
        }
        return new Read(TrustPolicy.ASK, "the trust policy '" + value + "' in " + file
                + " is unknown (use refuse, ask or allow-unsigned); the Plugins view asks");
    }

    static void write(Path file, TrustPolicy policy) throws IOException {
        String text = "# trust policy of the Plugins view: refuse, ask or allow-unsigned\ninteractive=" + words(policy) + "\n";
        AtomicFiles.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    static String words(TrustPolicy p) {
        return p.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
