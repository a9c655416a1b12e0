package hta.dossier.repository;

import hta.dossier.Dossier;
import java.nio.file.Path;
import java.util.List;

/**
 * The dossiers of one workspace. Implementations write atomically and refuse to overwrite a revision newer
 * than the one a save was based on. Thread-safe.
 */
public interface DossierRepository {

    /** Where the workspace lives, for messages. */
    Path location();

    /** Every readable dossier, sorted by id. Unreadable files are reported by {@link #problems()}. */
    List<DossierSummary> list();

    /** Files that could not be read at the last {@link #list()}, with what is wrong; never modified. */
    List<LoadProblem> problems();

    /** Loads a dossier; the returned object is the caller's own copy. */
    Dossier load(String id) throws DossierNotFoundException, DossierFormatException;

    /**
     * Saves {@code dossier}, whose {@code revision} must equal the stored one (it is then incremented).
     *
     * @return the saved revision number
     * @throws SaveConflictException if someone saved a newer revision in the meantime
     */
    long save(Dossier dossier, String author, String summary) throws SaveConflictException;
}
