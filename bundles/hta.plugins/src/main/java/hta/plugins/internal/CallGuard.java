package hta.plugins.internal;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs plugin code (a start, a stop, a call) on a thread of its own within a time limit, with the {@link Recovery}
 * marker written around it: the caller gets control back when the limit passes, whatever the plugin does; a thread
 * the plugin never gives back stays behind (a daemon, so it cannot keep the process alive).
 */
final class CallGuard {
    private final Recovery recovery;
    private final ExecutorService workers;

    CallGuard(Recovery recovery, ExecutorService workers) {
        this.recovery = recovery;
        this.workers = workers;
    }

    /**
     * @throws TimeoutException   when {@code work} did not return within {@code limit}
     * @throws ExecutionException when it threw (the cause is what it threw)
     */
    <T> T run(String code, String activity, Duration limit, Callable<T> work)
            throws TimeoutException, ExecutionException, InterruptedException {
        Future<T> f = workers.submit(() -> {
            long id = recovery.enter(code, activity, Thread.currentThread());
            try {
                return work.call();
            } finally {
                recovery.leave(id);
            }
        });
        try {
            return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | InterruptedException e) {
            f.cancel(true); // an interrupt is all a thread can be asked; a plugin may ignore it
            throw e;
        }
    }
}
