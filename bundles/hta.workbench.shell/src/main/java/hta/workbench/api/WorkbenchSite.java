package hta.workbench.api;

import hta.dossier.Dossier;
import hta.dossier.repository.DossierRepository;
import hta.jurisdiction.Jurisdiction;
import java.awt.Window;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the workbench offers to contributed code — the workbench's own views and pages use exactly this too: the
 * workspace, the active dossier and the open editors, the selection, the installed jurisdictions, background jobs,
 * the Error Log and the status line. Implemented by the workbench (contributions never implement it); while the
 * window is open it is also registered as a service. The 0.1 methods may be called from any thread; those added
 * in 0.4 on the event dispatch thread unless they say otherwise.
 */
@ProviderType
public interface WorkbenchSite {
    /** A copy of the dossier in the active editor (unsaved edits included), or empty when none is open. */
    Optional<Dossier> activeDossier();

    /** Reports a failure in the Error Log; {@code error} may be null (then it is listed as a warning). */
    void log(String source, String message, Throwable error);

    /** Runs {@code task} on a background thread, shown in the Progress view with a Cancel button. */
    void schedule(String name, BackgroundTask task);

    /** Shows a one-line message in the status bar. */
    void status(String message);

    /**
     * Like {@link #schedule(String, BackgroundTask)}; {@code onDone} (may be null) then runs on the event dispatch
     * thread unless the task failed or was cancelled. Any thread.
     *
     * @since 0.4
     */
    void schedule(String name, BackgroundTask task, Runnable onDone);

    /** Reports an error in the Error Log without a stack trace (e.g. a plugin that failed). Any thread. @since 0.4 */
    void logError(String source, String message);

    /** The workspace the workbench shows. Any thread. @since 0.4 */
    DossierRepository workspace();

    /** The installed jurisdictions, sorted by code. Any thread. @since 0.4 */
    List<Jurisdiction> jurisdictions();

    /**
     * Why a jurisdiction is not installed, in words for a view, e.g. {@code plugin disabled} or {@code plugin not
     * loaded (safe mode)}; {@code plugin not installed} when nothing more is known ({@link JurisdictionStatus}). Any
     * thread.
     *
     * @since 0.4
     */
    String whyMissing(String code);

    /**
     * A jurisdiction named for a person whether or not its plugin is installed: the installed plugin's name
     * ("Norway"); without the plugin, the name the plugin administration knows ({@link JurisdictionStatus#name}) or
     * {@code recorded} — the name a dossier recorded beside the code while the plugin was installed
     * ({@code Submission.jurisdictionName}), may be null — followed by the code: "EU joint clinical assessment
     * (jca)"; the code alone when nothing names it. Any thread.
     *
     * @since 0.7
     */
    String jurisdictionName(String code, String recorded);

    /**
     * {@link #jurisdictionName} and, when the plugin is not installed, why: "EU joint clinical assessment (jca) —
     * plugin not installed". Any thread.
     *
     * @since 0.7
     */
    default String jurisdictionLabel(String code, String recorded) {
        if (jurisdiction(code).isPresent()) return jurisdictionName(code, recorded);
        return jurisdictionName(code, recorded) + " — " + whyMissing(code);
    }

    /**
     * What the writer can do to have a missing jurisdiction's plugin, completing "To edit, check or export this
     * submission, …": what the plugin administration says ({@link JurisdictionStatus#remedy}: enable it, install it
     * from the plugin repository, restart without safe mode), or else install its plugin from a file in the Plugins
     * view. Any thread.
     *
     * @since 0.7
     */
    String missingRemedy(String code);

    /** The installed jurisdiction with this code. Any thread. @since 0.4 */
    default Optional<Jurisdiction> jurisdiction(String code) {
        return jurisdictions().stream().filter(j -> j.code().equals(code)).findFirst();
    }

    /**
     * Called on the event dispatch thread when dossiers were saved or restored, or jurisdictions came or went.
     *
     * @since 0.4
     */
    Subscription onWorkspaceChange(Runnable listener);

    /** Tells every view that dossiers changed in the workspace (e.g. after a restore). @since 0.4 */
    void workspaceChanged();

    /** The open dossier editors. @since 0.4 */
    Editors editors();

    /** What the user selected last, if anything. @since 0.4 */
    Optional<DossierSelection> selection();

    /** Makes {@code selection} (may be null) the workbench's selection; the listeners hear of it. @since 0.4 */
    void select(DossierSelection selection);

    /** Called on the event dispatch thread when the selection changed. @since 0.4 */
    Subscription onSelectionChange(Runnable listener);

    /**
     * The name saves and restores are recorded under, as the writer gave it; null while they have given none (the
     * workbench does not take the computer's account name). Any thread. @since 0.4
     */
    String author();

    /** Records {@code name} (blank: none) as the name of the writer's later saves and restores. @since 0.4 */
    void setAuthor(String name);

    /** The workbench window, the owner of a contribution's dialogs. @since 0.4 */
    Window window();
}
