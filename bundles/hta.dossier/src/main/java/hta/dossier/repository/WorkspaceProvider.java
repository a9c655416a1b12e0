package hta.dossier.repository;

/**
 * Opens workspaces of one kind by address, e.g. a PostgreSQL team workspace at
 * {@code postgresql://host:port/database}. Registered as an OSGi service by the bundle that provides the store;
 * {@link Workspaces#open(String, PasswordSource)} picks the provider that {@linkplain #handles handles} an address.
 *
 * @since 0.3
 */
public interface WorkspaceProvider {
    /** Whether this provider opens that address (usually by its scheme, such as {@code postgresql:}). */
    boolean handles(String address);

    /**
     * Opens the workspace. The caller closes the repository when done with it.
     *
     * @param passwords asked for a password only when the standard places hold none; may return null (then the
     *                  open fails with a message saying where a password can be put)
     * @throws WorkspaceUnavailableException with one line saying why it cannot be opened
     */
    DossierRepository open(String address, PasswordSource passwords);
}
