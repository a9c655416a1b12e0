package hta.plugins.internal;

import hta.plugins.PluginException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises the administrators of one data directory: threads of this process through a lock, processes through
 * an operating-system lock on {@code plugin-state/admin.lock}, held across every read-modify-write of the state
 * (so two processes changing plugins at once both keep their change). Re-entrant within a thread. Waiting for
 * another process is bounded: after the limit the change is refused with one line.
 */
final class AdminLock {
    private final Path file;
    private final Duration timeout;
    private final ReentrantLock local = new ReentrantLock();
    private FileChannel channel;
    private FileLock held;

    AdminLock(Path file, Duration timeout) {
        this.file = file;
        this.timeout = timeout;
    }

    /** Runs {@code work} holding the lock. */
    <T> T hold(Supplier<T> work) {
        local.lock();
        try {
            boolean outer = held == null;
            if (outer) acquire();
            try {
                return work.get();
            } finally {
                if (outer) release();
            }
        } finally {
            local.unlock();
        }
    }

    void hold(Runnable work) {
        hold(() -> {
            work.run();
            return null;
        });
    }

    boolean heldByCurrentThread() {
        return local.isHeldByCurrentThread() && held != null;
    }

    private void acquire() {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 10;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            while (true) {
                try {
                    held = channel.tryLock();
                } catch (OverlappingFileLockException sameJvm) {
                    held = null; // another framework in this JVM holds it: wait as for another process
                }
                if (held != null) return;
                if (System.nanoTime() > deadline) {
                    closeChannel();
                    throw new PluginException("another process is changing plugins in " + file.getParent()
                            + " and did not finish within " + Limits.words(timeout) + "; nothing was changed, try again");
                }
                Thread.sleep(pause);
                pause = Math.min(100, pause * 2);
            }
        } catch (IOException e) {
            closeChannel();
            throw new PluginException("the plugin state in " + file.getParent() + " cannot be locked for a change: "
                    + Problems.describe(e), e);
        } catch (InterruptedException e) {
            closeChannel();
            Thread.currentThread().interrupt();
            throw new PluginException("waiting for another process that changes plugins was interrupted");
        }
    }

    private void release() {
        try {
            if (held != null) held.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        } finally {
            held = null;
            closeChannel();
        }
    }

    private void closeChannel() {
        try {
            if (channel != null) channel.close();
        } catch (IOException ignored) {
            // nothing is held any more
        } finally {
            channel = null;
        }
    }
}
