package hta.dossier.pg.internal;

import hta.confidentiality.ConfidentialityPolicy;
import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.PasswordSource;
import hta.dossier.repository.WorkspaceProvider;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import java.util.Map;
import java.util.function.Function;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Opens team workspaces on PostgreSQL: {@code postgresql://[user@]host[:port]/database}. The confidentiality of each
 * jurisdiction, which decides what a save stores as confidential, comes from its installed plugin.
 */
@Component(service = WorkspaceProvider.class)
public final class PgWorkspaceProvider implements WorkspaceProvider {
    /** Framework property: how the server lists this program's sessions (application_name). */
    static final String APPLICATION_PROPERTY = "hta.workspace.application";
    private static final int POOL_SIZE = 4;

    private final JurisdictionRegistry registry;
    private final String application;

    @Activate
    public PgWorkspaceProvider(@Reference JurisdictionRegistry registry, BundleContext context) {
        this.registry = registry;
        String name = context.getProperty(APPLICATION_PROPERTY);
        this.application = name != null ? name : "HTA Workbench";
    }

    @Override
    public boolean handles(String address) {
        return PgAddress.isAddress(address);
    }

    @Override
    public DossierRepository open(String address, PasswordSource passwords) {
        return open(address, System.getenv(), passwords, application, POOL_SIZE,
                code -> registry.find(code).map(Jurisdiction::confidentiality).orElse(null));
    }

    /**
     * Opens a workspace; for tests and the bench too, which run outside the framework.
     *
     * @param policies a jurisdiction's confidentiality, or null when its plugin is not installed (the shipped default
     *                 then applies, see {@link ConfidentialParts#DEFAULT_POLICY})
     */
    public static DossierRepository open(String address, Map<String, String> env, PasswordSource passwords,
                                         String application, int poolSize,
                                         Function<String, ConfidentialityPolicy> policies) {
        PgAddress a = PgAddress.parse(address, env);
        return new PgDossierRepository(PgConnector.connect(a, env, passwords, application, poolSize), policies);
    }
}
