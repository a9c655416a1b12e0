package hta.dossier.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Runs a job over many files in two stages: reading, which mostly waits for the disk (a file not in the page cache
 * takes milliseconds to arrive) and so runs on {@value #READERS} threads, and checking, which keeps the processors
 * busy and runs on one thread per processor. A reader reserves the bytes it is about to read; at most
 * {@value #BUFFER_BYTES} bytes read but not yet checked are held at once, so a listing's memory does not grow with
 * the workspace. Results come back in the order of the inputs. Small jobs run on the calling thread.
 */
final class ReadCheckPipeline {
    /** Enough readers to keep a disk's queue busy; they sleep while waiting, so more than the processors. */
    static final int READERS = 8;
    /** Content read but not yet checked, at most. */
    static final long BUFFER_BYTES = 16L * 1024 * 1024;
    /** Below this many inputs, threads cost more than they save. */
    static final int PARALLEL_FROM = 32;

    /** The reading stage: may call {@code reserve} with the number of bytes it is about to read (it may block). */
    interface Reader<I, M> {
        M read(I input, LongConsumer reserve);
    }

    private ReadCheckPipeline() {
    }

    static <I, M, R> List<R> run(List<I> inputs, Reader<I, M> reader, Function<M, R> checker) {
        if (inputs.size() < PARALLEL_FROM) {
            List<R> out = new ArrayList<>(inputs.size());
            for (I i : inputs) out.add(checker.apply(reader.read(i, n -> { })));
            return out;
        }
        int kib = (int) (BUFFER_BYTES / 1024);
        Semaphore budget = new Semaphore(kib);
        ExecutorService readers = Executors.newFixedThreadPool(READERS, daemon("hta-listing-read"));
        ExecutorService checkers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
                daemon("hta-listing-check"));
        try {
            List<CompletableFuture<R>> futures = new ArrayList<>(inputs.size());
            for (I input : inputs) {
                long[] held = new long[1];
                LongConsumer reserve = bytes -> {
                    // a file larger than the whole budget waits until nothing else is held
                    int permits = (int) Math.min(kib, Math.max(1, (bytes + 1023) / 1024));
                    try {
                        budget.acquire(permits);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new java.util.concurrent.CancellationException("the listing was stopped");
                    }
                    held[0] += permits;
                };
                futures.add(CompletableFuture.supplyAsync(() -> reader.read(input, reserve), readers)
                        .thenApplyAsync(m -> {
                            try {
                                return checker.apply(m);
                            } finally {
                                budget.release((int) held[0]);
                            }
                        }, checkers));
            }
            List<R> out = new ArrayList<>(inputs.size());
            for (CompletableFuture<R> f : futures) out.add(f.join());
            return out;
        } catch (CompletionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException) throw (RuntimeException) c;
            if (c instanceof Error) throw (Error) c;
            throw e;
        } finally {
            readers.shutdownNow();
            checkers.shutdownNow();
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
