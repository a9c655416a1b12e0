package hta.dossier.repository;

import hta.dossier.Dossier;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The dossiers of one workspace. Implementations write atomically, keep every saved revision, and refuse to
 * overwrite a revision newer than the one a save was based on. Thread-safe.
 */
@ProviderType
public interface DossierRepository extends AutoCloseable {

    /**
     * Where the workspace lives, for messages: its folder, or for a server workspace a path naming it
     * ({@code host:port/database}); {@link #address()} gives the form a user types.
     */
    Path location();

    /**
     * The workspace's address as a user gives it to {@code --workspace}: a folder, or a URL such as
     * {@code postgresql://host:5432/hta} (never with a password).
     *
     * @since 0.3
     */
    default String address() {
        return location().toString();
    }

    /**
     * What the user may see and change here. Loaded dossiers contain confidential values only of the jurisdictions
     * {@link WorkspaceAccess#seesConfidential} names; the rest arrive already projected to public by the store.
     *
     * @since 0.3
     */
    default WorkspaceAccess access() {
        return WorkspaceAccess.full(System.getProperty("user.name"));
    }

    /**
     * Tells {@code listener} about saves made by anyone (this process included) and changes of who has a dossier
     * open, on a thread of the store's, until the returned handle is closed. A store that cannot tell (a folder)
     * never calls it.
     *
     * @since 0.3
     */
    default AutoCloseable watch(Consumer<DossierChange> listener) {
        return () -> {
        };
    }

    /**
     * Announces that this user has the dossier open (in an editor), until the returned handle is closed or the
     * process ends; others see it in {@link #presence}. A store that does not share a workspace does nothing.
     *
     * @since 0.3
     */
    default AutoCloseable open(String id) {
        return () -> {
        };
    }

    /**
     * Who else has the dossier open right now (other processes, other users; not the caller's own announcements).
     *
     * @since 0.3
     */
    default List<Presence> presence(String id) {
        return List.of();
    }

    /**
     * Stores a revision exactly as it was saved in another workspace (its number and {@code saved} record kept), for
     * copying a workspace with its history. The revision must be newer than the stored one; {@code basedOn} is the
     * revision the caller knows as current here (0 for a dossier not here yet), else it is a conflict.
     *
     * @since 0.3
     */
    default void importRevision(Dossier revision, long basedOn) throws SaveConflictException {
        throw new UnsupportedOperationException("this store cannot import revisions");
    }

    /**
     * Refuses to save a dossier written by a newer version of the format: this version cannot know what its newer
     * fields mean, so saving it over could lose them. For stores.
     *
     * @since 0.3
     */
    static void requireSaveable(Dossier dossier) throws SaveConflictException {
        if (dossier.schemaVersion > Dossier.CURRENT_SCHEMA_VERSION) {
            throw new SaveConflictException("Dossier '" + dossier.id + "' was written by a newer version of HTA Workbench"
                    + " (schema version " + dossier.schemaVersion + "); this version cannot save it without losing data."
                    + " Nothing was written.");
        }
    }

    /**
     * Releases what the repository holds (connections to a server). A folder repository holds nothing.
     *
     * @since 0.3
     */
    @Override
    default void close() {
    }

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
