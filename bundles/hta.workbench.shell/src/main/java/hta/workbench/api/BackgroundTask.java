package hta.workbench.api;

import org.osgi.annotation.versioning.ConsumerType;

/** Long work run off the event dispatch thread by {@link WorkbenchSite#schedule}. */
@FunctionalInterface
@ConsumerType
public interface BackgroundTask {
    /** Does the work, reporting progress and stopping soon after {@link ProgressMonitor#isCancelled()}. */
    void run(ProgressMonitor monitor) throws Exception;
}
