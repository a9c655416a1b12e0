package hta.dossier.internal;

import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.PasswordSource;
import hta.dossier.repository.WorkspaceProvider;
import hta.dossier.repository.WorkspaceUnavailableException;
import hta.dossier.repository.Workspaces;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Opens JSON workspace folders; the default one comes from the {@code hta.workspace} framework property. Addresses
 * given as URLs go to the {@link WorkspaceProvider} services other bundles register (the PostgreSQL team store).
 */
@Component(service = Workspaces.class)
public final class JsonWorkspaces implements Workspaces {
    private final Path defaultFolder;
    private final List<WorkspaceProvider> providers = new CopyOnWriteArrayList<>();

    @Activate
    public JsonWorkspaces(BundleContext context) {
        String configured = context.getProperty(DEFAULT_WORKSPACE_PROPERTY);
        this.defaultFolder = Path.of(configured != null ? configured
                : System.getProperty("user.home") + "/.local/share/hta-workbench/workspace");
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(WorkspaceProvider provider) {
        providers.add(provider);
    }

    void removeProvider(WorkspaceProvider provider) {
        providers.remove(provider);
    }

    @Override
    public DossierRepository defaultWorkspace() {
        return new JsonFolderRepository(defaultFolder);
    }

    @Override
    public DossierRepository open(Path folder) {
        return new JsonFolderRepository(folder);
    }

    @Override
    public DossierRepository open(String address, PasswordSource passwords) {
        if (!Workspaces.isUrl(address)) return open(Path.of(address));
        for (WorkspaceProvider p : providers) {
            if (p.handles(address)) return p.open(address, passwords);
        }
        throw new WorkspaceUnavailableException("no installed workspace store opens '" + address.replaceAll("//([^/@:]*):[^/@]*@", "//$1@")
                + "' (a team workspace is postgresql://host:port/database)");
    }
}
