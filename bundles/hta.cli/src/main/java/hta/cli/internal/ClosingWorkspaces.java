package hta.cli.internal;

import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.PasswordSource;
import hta.dossier.repository.Workspaces;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The workspaces service for one command run: remembers every workspace the command opens and closes them when the
 * run ends, so connections to a team workspace's server are released whatever the command did.
 */
final class ClosingWorkspaces implements Workspaces, AutoCloseable {
    private final Workspaces delegate;
    private final List<DossierRepository> opened = new ArrayList<>();

    ClosingWorkspaces(Workspaces delegate) {
        this.delegate = delegate;
    }

    private synchronized DossierRepository keep(DossierRepository r) {
        opened.add(r);
        return r;
    }

    @Override
    public DossierRepository defaultWorkspace() {
        return keep(delegate.defaultWorkspace());
    }

    @Override
    public DossierRepository open(Path folder) {
        return keep(delegate.open(folder));
    }

    @Override
    public DossierRepository open(String address, PasswordSource passwords) {
        return keep(delegate.open(address, passwords));
    }

    @Override
    public synchronized void close() {
        opened.forEach(DossierRepository::close);
        opened.clear();
    }
}
