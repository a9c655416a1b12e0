package hta.dossier.repository;

import java.util.Optional;

/**
 * A save was refused and nothing was written: someone saved a newer revision in the meantime (another window,
 * another workbench on the same workspace), or the stored file cannot be read or was written by a newer version.
 */
public final class SaveConflictException extends Exception {
    private final transient Revision stored;

    public SaveConflictException(String message) {
        this(message, null);
    }

    /** @since 0.2 */
    public SaveConflictException(String message, Revision stored) {
        super(message);
        this.stored = stored;
    }

    /** The revision on disk that the save collided with, with who saved it when, if known. @since 0.2 */
    public Optional<Revision> stored() {
        return Optional.ofNullable(stored);
    }
}
