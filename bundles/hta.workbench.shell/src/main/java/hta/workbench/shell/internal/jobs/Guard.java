package hta.workbench.shell.internal.jobs;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Runs contributed or fallible code so that a failure is logged in the {@link ErrorLog} and the workbench
 * carries on. Thread-safe.
 */
public final class Guard {
    private final ErrorLog log;

    public Guard(ErrorLog log) {
        this.log = log;
    }

    /** Runs {@code action}; on failure logs "{@code what} failed" under {@code source} and returns false. */
    public boolean run(String source, String what, ThrowingRunnable action) {
        try {
            action.run();
            return true;
        } catch (Throwable t) {
            if (t instanceof VirtualMachineError) throw (VirtualMachineError) t;
            log.error(source, what + " failed", t);
            return false;
        }
    }

    /** Calls {@code action}; on failure logs and returns empty. */
    public <T> Optional<T> call(String source, String what, Callable<T> action) {
        try {
            return Optional.ofNullable(action.call());
        } catch (Throwable t) {
            if (t instanceof VirtualMachineError) throw (VirtualMachineError) t;
            log.error(source, what + " failed", t);
            return Optional.empty();
        }
    }

    public ErrorLog log() {
        return log;
    }

    /** A runnable that may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
