package hta.workbench.shell.internal.prefs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * A properties file in the user's data directory (preferences, layout), written atomically. An unreadable file
 * counts as empty, with the problem returned so it can be logged; nothing is thrown at startup.
 */
public final class SettingsFile {
    private final Path file;

    public SettingsFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /** The stored properties; empty when there are none. @throws IOException when the file cannot be read */
    public Properties read() throws IOException {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IllegalArgumentException e) {
                throw new IOException(file + " is not a properties file: " + e.getMessage(), e);
            }
        }
        return p;
    }

    public void write(Properties p) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "HTA Workbench");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
