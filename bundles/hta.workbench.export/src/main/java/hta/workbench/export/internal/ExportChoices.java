package hta.workbench.export.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * What the writer chose in the last export — the folder and the variants — offered again by the next one;
 * kept in {@code <data dir>/workbench/export.properties}. The first folder offered is the writer's documents
 * folder, not the app's data directory where nobody looks for a memo.
 *
 * @param folder       the folder memos are written to
 * @param publicMemo   whether the public variant was chosen
 * @param confidential whether the confidential variant was chosen
 */
record ExportChoices(Path folder, boolean publicMemo, boolean confidential) {

    /** The choices remembered in {@code file}, or the first-time ones (a missing or unreadable file). */
    static ExportChoices read(Path file, Path home) {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                p.clear(); // a damaged file: the first-time choices, and it is written anew at the next export
            }
        }
        String folder = p.getProperty("folder");
        return new ExportChoices(folder != null && !folder.isBlank() ? Path.of(folder) : firstFolder(home),
                Boolean.parseBoolean(p.getProperty("public", "true")), Boolean.parseBoolean(p.getProperty("confidential", "false")));
    }

    /** The documents folder of the user ({@code ~/Documents} when there is one), in it a folder for the memos. */
    static Path firstFolder(Path home) {
        Path documents = home.resolve("Documents");
        return (Files.isDirectory(documents) ? documents : home).resolve("HTA memos");
    }

    /** Remembers the choices (written whole or not at all). */
    void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("folder", folder.toString());
        p.setProperty("public", Boolean.toString(publicMemo));
        p.setProperty("confidential", Boolean.toString(confidential));
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "export", ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "The last export's choices, offered by the next (HTA Workbench)");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
