package hta.dossier.repository;

/** A save was refused because the stored dossier is newer than the one being saved; nothing was written. */
public final class SaveConflictException extends Exception {
    public SaveConflictException(String message) {
        super(message);
    }
}
