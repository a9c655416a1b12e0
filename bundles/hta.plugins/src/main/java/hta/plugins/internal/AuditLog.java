package hta.plugins.internal;

import hta.plugins.AuditEntry;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The installation history: one tab-separated line per event in {@code plugin-state/history.tsv}, appended
 * and never rewritten, so the record survives crashes of a later operation.
 */
final class AuditLog {
    private final Path file;
    private String problem;

    AuditLog(Path file) {
        this.file = file;
    }

    /** Why the last line could not be written, in one line; {@code null} when it was. */
    synchronized String problem() {
        return problem;
    }

    /** Appends a line; {@code false} when it could not be written ({@link #problem()} says why). */
    synchronized boolean append(AuditEntry e) {
        String line = String.join("\t", e.time().toString(), esc(e.user()), esc(e.action()), esc(e.code()),
                esc(e.version()), esc(e.source()), esc(e.signer()), esc(e.outcome()), esc(e.detail())) + "\n";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            problem = null;
            return true;
        } catch (IOException ex) {
            // the operation itself has happened (or was refused); losing its history line must not undo it
            problem = "the plugin history " + file + " cannot be written: " + Problems.describe(ex);
            return false;
        }
    }

    synchronized List<AuditEntry> read() {
        List<AuditEntry> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) return out;
        try {
            // a byte that is not UTF-8 spoils only the text it is in (shown as \uFFFD), never the whole history
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                String[] f = line.split("\t", -1);
                if (f.length < 9) continue;
                try {
                    out.add(new AuditEntry(Instant.parse(f[0]), unesc(f[1]), unesc(f[2]), unesc(f[3]), unesc(f[4]),
                            unesc(f[5]), unesc(f[6]), unesc(f[7]), unesc(f[8])));
                } catch (DateTimeParseException ignored) {
                    // a line cut off by a crash: skip it, keep the rest
                }
            }
        } catch (IOException e) {
            throw new hta.plugins.PluginException("the plugin history " + file + " cannot be read: " + Problems.describe(e), e);
        }
        return out;
    }

    void export(Path target) throws IOException {
        List<AuditEntry> entries = read();
        boolean json = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        if (target.getParent() != null) Files.createDirectories(target.getParent());
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write(json ? toJson(entries) : toCsv(entries));
        }
    }

    static String toJson(List<AuditEntry> entries) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry e = entries.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("  {");
            field(b, "time", e.time().toString(), true);
            field(b, "user", e.user(), false);
            field(b, "action", e.action(), false);
            field(b, "code", e.code(), false);
            field(b, "version", e.version(), false);
            field(b, "source", e.source(), false);
            field(b, "signer", e.signer(), false);
            field(b, "outcome", e.outcome(), false);
            field(b, "detail", e.detail(), false);
            b.append('}');
        }
        return b.append(entries.isEmpty() ? "]\n" : "\n]\n").toString();
    }

    private static void field(StringBuilder b, String name, String value, boolean first) {
        if (!first) b.append(", ");
        b.append('"').append(name).append("\": ");
        if (value == null) {
            b.append("null");
            return;
        }
        b.append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        b.append('"');
    }

    static String toCsv(List<AuditEntry> entries) {
        StringBuilder b = new StringBuilder("time,user,action,code,version,source,signer,outcome,detail\r\n");
        for (AuditEntry e : entries) {
            b.append(String.join(",", csv(e.time().toString()), csv(e.user()), csv(e.action()), csv(e.code()),
                    csv(e.version()), csv(e.source()), csv(e.signer()), csv(e.outcome()), csv(e.detail()))).append("\r\n");
        }
        return b.toString();
    }

    private static String csv(String s) {
        if (s == null) return "";
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    static String esc(String s) {
        if (s == null) return "-";
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unesc(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
