package hta.settings.internal;

import hta.settings.SettingChange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail of settings: one tab-separated line per change (when, who, key, old value, new value; an unset
 * value is an empty field), appended with one write so that two processes of the app never interleave a line.
 * Tabs, line breaks and backslashes inside a value are escaped. Thread-safe.
 */
final class SettingsHistory {
    private final Path file;

    SettingsHistory(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    synchronized void append(SettingChange c) throws IOException {
        Files.createDirectories(file.getParent());
        String line = c.when() + "\t" + escape(c.who()) + "\t" + escape(c.key()) + "\t" + escape(c.oldValue()) + "\t"
                + escape(c.newValue()) + "\n";
        Files.write(file, line.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
    }

    synchronized List<SettingChange> read() throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        List<SettingChange> changes = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            if (f.length != 5) continue; // a line cut short by a crash: skipped, never guessed at
            changes.add(new SettingChange(Instant.parse(f[0]), unescape(f[1]), unescape(f[2]), unescape(f[3]),
                    unescape(f[4])));
        }
        return changes;
    }

    static String escape(String s) {
        if (s == null) return "";
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String s) {
        if (s.isEmpty()) return null;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                sb.append(c);
                continue;
            }
            char n = s.charAt(++i);
            sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
        }
        return sb.toString();
    }
}
