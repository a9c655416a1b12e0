package hta.workbench.api;

import org.osgi.annotation.versioning.ProviderType;

/** Progress of one background job; thread-safe. */
@ProviderType
public interface ProgressMonitor {
    /** Starts the job's work: {@code totalWork} units, or -1 when unknown. */
    void begin(String taskName, int totalWork);

    /** Reports {@code units} more done. */
    void worked(int units);

    /** Names the current step. */
    void subTask(String name);

    /** Whether the user pressed Cancel; the task should return soon after. */
    boolean isCancelled();
}
