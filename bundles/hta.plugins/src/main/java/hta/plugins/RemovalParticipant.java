package hta.plugins;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Asked before a jurisdiction plugin is uninstalled, updated or disabled, e.g. by the workbench, whose open
 * editors of that jurisdiction save (or ask the user to) first. Register as an OSGi service (whiteboard).
 */
@ConsumerType
public interface RemovalParticipant {
    /**
     * @param code the jurisdiction about to go away
     * @return a reason to stop the operation (e.g. "the Hemgenix dossier has unsaved changes"), or empty to let it run
     */
    Optional<String> beforeRemoval(String code);
}
