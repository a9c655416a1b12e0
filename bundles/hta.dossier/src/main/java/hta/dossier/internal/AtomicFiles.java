package hta.dossier.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that a crash at any instant leaves either the old or the new content: the bytes go to a
 * temporary sibling, are forced to disk, and the temporary file is renamed over the target (an atomic replace on
 * POSIX file systems); the folder is then forced so the rename itself is durable. Callers hold the workspace lock,
 * so one temporary name per target suffices; a leftover from a crash is simply overwritten. Stateless.
 */
final class AtomicFiles {
    private AtomicFiles() {
    }

    static void write(Path file, byte[] bytes, boolean syncFolder) throws IOException {
        write(file, bytes, syncFolder, null);
    }

    /**
     * As {@link #write(Path, byte[], boolean)}, and before the rename also gives the new content a second name,
     * {@code copy} (a hard link, or a copy where links are not supported). Files are only ever replaced, never
     * changed in place, so the linked content stays what it was when a later save replaces {@code file}. The
     * copy exists before {@code file} shows the new content.
     */
    static void write(Path file, byte[] bytes, boolean syncFolder, Path copy) throws IOException {
        // a dossier file linked from elsewhere is written where it lies: renaming over the link would replace the
        // link by a file and leave its target at the old revision
        if (Files.isSymbolicLink(file)) file = file.toRealPath();
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        // a leftover of a crash may already be a history entry's second name: never write into it, replace it
        Files.deleteIfExists(tmp);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) ch.write(buf);
            ch.force(true);
        }
        if (copy != null) link(tmp, copy, bytes);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        if (syncFolder) {
            try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
                dir.force(true);
            } catch (IOException ignored) {
                // not every file system lets a folder be opened for sync; the rename is atomic all the same
            }
        }
    }

    private static void link(Path target, Path copy, byte[] bytes) throws IOException {
        Path tmpLink = copy.resolveSibling("." + copy.getFileName() + ".tmp");
        Files.deleteIfExists(tmpLink);
        try {
            Files.createLink(tmpLink, target);
        } catch (UnsupportedOperationException | IOException e) {
            // no hard links here (e.g. some network or FAT file systems): a forced copy does the same job
            write(copy, bytes, false, null);
            return;
        }
        Files.move(tmpLink, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
