package hta.dossier.internal;

import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.Workspaces;
import java.nio.file.Path;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Opens JSON workspace folders; the default one comes from the {@code hta.workspace} framework property. */
@Component(service = Workspaces.class)
public final class JsonWorkspaces implements Workspaces {
    private final Path defaultFolder;

    @Activate
    public JsonWorkspaces(BundleContext context) {
        String configured = context.getProperty(DEFAULT_WORKSPACE_PROPERTY);
        this.defaultFolder = Path.of(configured != null ? configured
                : System.getProperty("user.home") + "/.local/share/hta-workbench/workspace");
    }

    @Override
    public DossierRepository defaultWorkspace() {
        return new JsonFolderRepository(defaultFolder);
    }

    @Override
    public DossierRepository open(Path folder) {
        return new JsonFolderRepository(folder);
    }
}
