package hta.workbench.shell.internal.jobs;

import hta.dossier.repository.WorkspaceUnavailableException;
import hta.workbench.api.BackgroundTask;
import hta.workbench.api.ProgressMonitor;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.SwingUtilities;

/**
 * Background jobs: run on a small pool, never on the event dispatch thread, each with progress and Cancel.
 * Failures go to the {@link ErrorLog}; a workspace that cannot be reached is one warning line there.
 * Thread-safe; listeners are called on the event dispatch thread.
 */
public final class Jobs {
    private final ErrorLog log;
    private final ExecutorService pool;
    private final List<Job> running = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public Jobs(ErrorLog log) {
        this.log = log;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "hta-workbench-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Schedules a task; {@code onDone} (may be null) runs on the EDT after a successful, uncancelled run. */
    public Job schedule(String name, BackgroundTask task, Runnable onDone) {
        Job job = new Job(name);
        running.add(job);
        fire();
        try {
            job.future = submit(job, name, task, onDone);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            running.remove(job);
            log.warning("job " + name, "not run: the workbench is closing");
        }
        return job;
    }

    private Future<?> submit(Job job, String name, BackgroundTask task, Runnable onDone) {
        return pool.submit(() -> {
            try {
                task.run(job);
                if (!job.isCancelled() && onDone != null) SwingUtilities.invokeLater(onDone);
            } catch (InterruptedException | CancellationException e) {
                Thread.currentThread().interrupt();
            } catch (WorkspaceUnavailableException unavailable) {
                // a server stopped or a network cut: one line (the store's), no trace; the editors keep their
                // edits and the views read again when the workspace is back
                if (!job.isCancelled()) log.warning("job " + name, "'" + name + "' did not run: " + unavailable.getMessage());
            } catch (Throwable t) {
                if (!job.isCancelled()) log.error("job " + name, "background job '" + name + "' failed", t);
            } finally {
                running.remove(job);
                fire();
            }
        });
    }

    public List<Job> running() {
        return List.copyOf(running);
    }

    public void addListener(Runnable l) {
        listeners.add(l);
    }

    public void removeListener(Runnable l) {
        listeners.remove(l);
    }

    void fire() {
        SwingUtilities.invokeLater(() -> listeners.forEach(Runnable::run));
    }

    /**
     * Stops the pool at shutdown: short jobs already queued (removing a draft, writing the layout) may finish
     * within two seconds; whatever still runs then is cancelled.
     */
    public void shutdown() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
                running.forEach(Job::cancel);
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }

    /** One scheduled task and its progress. */
    public final class Job implements ProgressMonitor {
        private final String name;
        private volatile String task = "";
        private volatile int total = -1;
        private volatile int done;
        private volatile boolean cancelled;
        private volatile Future<?> future;

        Job(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        public String task() {
            return task;
        }

        /** Percent done, or -1 when unknown. */
        public int percent() {
            return total <= 0 ? -1 : Math.min(100, done * 100 / total);
        }

        public void cancel() {
            cancelled = true;
            Future<?> f = future;
            if (f != null) f.cancel(true);
            fire();
        }

        @Override
        public void begin(String taskName, int totalWork) {
            task = taskName == null ? "" : taskName;
            total = totalWork;
            fire();
        }

        @Override
        public void worked(int units) {
            done += units;
            fire();
        }

        @Override
        public void subTask(String subTask) {
            task = subTask == null ? "" : subTask;
            fire();
        }

        @Override
        public boolean isCancelled() {
            return cancelled || Thread.currentThread().isInterrupted();
        }
    }
}
