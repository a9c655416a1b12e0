package hta.dossier.repository;

import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/** Opens workspaces: the user's default one, or any folder of dossier files. Thread-safe. */
@ProviderType
public interface Workspaces {
    /** Framework property naming the default workspace folder. */
    String DEFAULT_WORKSPACE_PROPERTY = "hta.workspace";

    /** The workspace named by {@link #DEFAULT_WORKSPACE_PROPERTY}. */
    DossierRepository defaultWorkspace();

    DossierRepository open(Path folder);
}
