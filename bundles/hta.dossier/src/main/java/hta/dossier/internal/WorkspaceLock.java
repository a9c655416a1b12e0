package hta.dossier.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises writers of one workspace folder: first among the threads of this JVM, then across processes with an
 * OS file lock on {@code .lock}. Both are needed because a JVM holds file locks per process: a second channel of
 * the same JVM would get an {@link java.nio.channels.OverlappingFileLockException} instead of waiting. The map of
 * JVM-wide locks is static for that reason (it mirrors the OS lock table, which is per process), and holds one
 * small lock object per folder ever written. Thread-safe.
 */
final class WorkspaceLock implements AutoCloseable {
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** Blocks until this thread is the only writer of {@code folder} (which must exist). */
    static WorkspaceLock acquire(Path folder) throws IOException {
        ReentrantLock local = IN_JVM.computeIfAbsent(folder, f -> new ReentrantLock());
        local.lock();
        FileChannel ch = null;
        try {
            ch = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new WorkspaceLock(local, ch, ch.lock());
        } catch (IOException | RuntimeException e) {
            if (ch != null) ch.close();
            local.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
