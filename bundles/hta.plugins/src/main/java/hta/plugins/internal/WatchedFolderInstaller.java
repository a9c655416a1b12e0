package hta.plugins.internal;

import hta.plugins.PluginManager;
import java.io.File;
import java.nio.file.Path;
import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Takes every jar in the watched {@code plugins/} folder away from File Install's own bundle handling (installers
 * registered as services are asked before it) and sends it through the plugin manager's trust and
 * compatibility checks. Deleting the jar uninstalls the plugin.
 */
@Component(service = ArtifactInstaller.class, property = "service.ranking:Integer=1000")
public final class WatchedFolderInstaller implements ArtifactInstaller {
    private final FrameworkPluginManager manager;

    @Activate
    public WatchedFolderInstaller(@Reference PluginManager manager) {
        this.manager = (FrameworkPluginManager) manager;
    }

    @Override
    public boolean canHandle(File artifact) {
        return artifact.getName().endsWith(".jar")
                && artifact.toPath().toAbsolutePath().normalize().startsWith(manager.watchedFolder().toAbsolutePath());
    }

    @Override
    public void install(File artifact) {
        manager.watchedInstall(artifact.toPath());
    }

    @Override
    public void update(File artifact) {
        manager.watchedInstall(artifact.toPath());
    }

    @Override
    public void uninstall(File artifact) {
        manager.watchedRemoved(Path.of(artifact.getPath()));
    }
}
