package hta.export.pdf;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an exported memo to disk: atomically (a temporary file in the same folder, then a rename or link), and
 * never over an existing file unless asked to, not even one that appears while the memo is written (issue 14,
 * "files never replaced by surprise"). For the CLI, the batch export and the workbench's export dialog. Stateless.
 *
 * @since 0.2
 */
public final class MemoFiles {
    private MemoFiles() {
    }

    /**
     * @param replace whether an existing file may be replaced (the user said so: {@code --force}, or the dialog's
     *                confirmation)
     * @throws FileAlreadyExistsException when the file exists and {@code replace} is false; nothing was written
     */
    public static void write(Path target, byte[] pdf, boolean replace) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (!replace && Files.exists(target)) throw new FileAlreadyExistsException(target.toString());
        Path tmp = Files.createTempFile(dir, ".hta-export-", ".pdf.tmp");
        try {
            Files.write(tmp, pdf);
            if (replace) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                try {
                    // a link fails if the name was taken meanwhile; a rename would silently replace it
                    Files.createLink(target, tmp);
                } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                    if (e instanceof FileAlreadyExistsException exists) throw exists;
                    Files.move(tmp, target);
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
