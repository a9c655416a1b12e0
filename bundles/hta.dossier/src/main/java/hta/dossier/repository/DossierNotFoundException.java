package hta.dossier.repository;

/** No dossier with the requested id exists in the workspace. */
public final class DossierNotFoundException extends Exception {
    public DossierNotFoundException(String message) {
        super(message);
    }
}
