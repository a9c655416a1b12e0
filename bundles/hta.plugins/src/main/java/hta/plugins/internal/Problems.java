package hta.plugins.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Turns exceptions into the reason part of a one-line message: the file-system exceptions of {@code java.nio} carry
 * only a path in their message, which alone says nothing about what went wrong.
 */
final class Problems {
    private Problems() {
    }

    /** Why it failed, in words, with the path when the exception names one. */
    static String describe(Throwable t) {
        Throwable c = root(t);
        if (c instanceof FileSystemException f) {
            String what = f instanceof NoSuchFileException ? "no such file or folder"
                    : f instanceof AccessDeniedException ? "permission denied"
                    : f instanceof FileAlreadyExistsException ? "it already exists"
                    : f instanceof NotDirectoryException ? "not a folder"
                    : f instanceof DirectoryNotEmptyException ? "the folder is not empty"
                    : f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
            String file = f.getFile();
            return file == null ? what : what + " (" + file + (f.getOtherFile() == null ? "" : ", " + f.getOtherFile()) + ")";
        }
        if (c instanceof CharacterCodingException) return "it is not text in the expected encoding";
        String m = c.getMessage();
        if (m == null || m.isBlank()) return c instanceof IOException ? "an input/output error" : c.getClass().getSimpleName();
        return m.lines().findFirst().orElse(m).strip();
    }

    /** The innermost cause. */
    static Throwable root(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) c = c.getCause();
        return c;
    }
}
