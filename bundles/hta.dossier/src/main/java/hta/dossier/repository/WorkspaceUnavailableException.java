package hta.dossier.repository;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The store could not be reached or failed for a reason that is not a conflict: the server is down or restarting,
 * the network is cut, its disk is full. The message is one line that says what happened and whether anything was
 * written (for a save: nothing was, or it is not known; the caller still holds the edit either way). An
 * {@link UncheckedIOException}, so callers handle it where they handle a folder store's I/O failures.
 *
 * @since 0.3
 */
public final class WorkspaceUnavailableException extends UncheckedIOException {
    public WorkspaceUnavailableException(String message, Throwable cause) {
        super(message, cause instanceof IOException io ? io : new IOException(message, cause));
    }

    public WorkspaceUnavailableException(String message) {
        super(message, new IOException(message));
    }
}
