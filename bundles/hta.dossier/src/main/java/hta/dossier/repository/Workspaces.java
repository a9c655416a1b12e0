package hta.dossier.repository;

import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/** Opens workspaces: the user's default one, any folder of dossier files, or a team workspace by address. Thread-safe. */
@ProviderType
public interface Workspaces {
    /** Framework property naming the default workspace folder. */
    String DEFAULT_WORKSPACE_PROPERTY = "hta.workspace";

    /** The workspace named by {@link #DEFAULT_WORKSPACE_PROPERTY}. */
    DossierRepository defaultWorkspace();

    DossierRepository open(Path folder);

    /**
     * Opens a workspace by address: a URL such as {@code postgresql://host:5432/hta} through the
     * {@link WorkspaceProvider} service that handles it, anything else as a folder.
     *
     * @throws WorkspaceUnavailableException with one line when no installed store handles the address or it cannot
     *                                       be opened
     * @since 0.3
     */
    default DossierRepository open(String address, PasswordSource passwords) {
        return open(Path.of(address));
    }

    /** Whether an address names a workspace by URL ({@code scheme://…}) rather than a folder. @since 0.3 */
    static boolean isUrl(String address) {
        return address != null && address.matches("[A-Za-z][A-Za-z0-9+.-]*://.*");
    }
}
