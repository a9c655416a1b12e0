package hta.dossier.repository;

import hta.dossier.Dossier;
import java.nio.file.Path;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The dossiers of one workspace. Implementations write atomically, keep every saved revision, and refuse to
 * overwrite a revision newer than the one a save was based on. Thread-safe.
 */
@ProviderType
public interface DossierRepository {

    /** Where the workspace lives, for messages. */
    Path location();

    /**
     * Every readable dossier, sorted by id. Unreadable files are reported by {@link #problems()}. Each file is
     * checked against the dossier schema while its summary is read, so what is listed can be loaded.
     */
    List<DossierSummary> list();

    /** Files that could not be read at the last {@link #list()}, with what is wrong; never modified. */
    List<LoadProblem> problems();

    /** Loads a dossier; the returned object is the caller's own copy. */
    Dossier load(String id) throws DossierNotFoundException, DossierFormatException;

    /**
     * Saves {@code dossier}, whose {@code revision} must equal the stored one (it is then incremented, and
     * {@code saved} records author, time and summary).
     *
     * @return the saved revision number
     * @throws SaveConflictException if someone saved a newer revision in the meantime, or the stored file cannot
     *                               be read; the message says who saved what when; nothing was written
     */
    long save(Dossier dossier, String author, String summary) throws SaveConflictException;

    /**
     * Every saved revision of a dossier, oldest first.
     *
     * @since 0.2
     */
    default List<Revision> history(String id) throws DossierNotFoundException {
        throw new UnsupportedOperationException("this store keeps no history");
    }

    /**
     * One earlier revision, as it was saved.
     *
     * @since 0.2
     */
    default Dossier loadRevision(String id, long revision) throws DossierNotFoundException, DossierFormatException {
        throw new UnsupportedOperationException("this store keeps no history");
    }

    /**
     * Makes an earlier revision current again by saving it as a new revision (nothing is discarded).
     *
     * @param basedOn the revision the caller last saw as current; a newer one on disk is a conflict
     * @return the new revision number
     * @since 0.2
     */
    default long restore(String id, long revision, long basedOn, String author)
            throws DossierNotFoundException, DossierFormatException, SaveConflictException {
        throw new UnsupportedOperationException("this store keeps no history");
    }
}
