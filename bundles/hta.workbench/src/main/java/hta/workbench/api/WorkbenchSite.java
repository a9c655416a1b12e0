package hta.workbench.api;

import hta.dossier.Dossier;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the workbench offers to contributed code: the active dossier, the error log and background jobs.
 * Implemented by the workbench; callable from any thread.
 */
@ProviderType
public interface WorkbenchSite {
    /** A copy of the dossier in the active editor (unsaved edits included), or empty when none is open. */
    Optional<Dossier> activeDossier();

    /** Reports a failure in the Error Log; {@code error} may be null. */
    void log(String source, String message, Throwable error);

    /** Runs {@code task} on a background thread, shown in the Progress view with a Cancel button. */
    void schedule(String name, BackgroundTask task);

    /** Shows a one-line message in the status bar. */
    void status(String message);
}
