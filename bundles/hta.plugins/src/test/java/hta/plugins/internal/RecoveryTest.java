package hta.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The markers that name a plugin which took the process down, and the time limits on plugin code. */
class RecoveryTest {
    @TempDir
    Path dir;
    final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r);
        t.setDaemon(true);
        return t;
    });

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    List<Path> markers() throws Exception {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".marker")).toList();
        }
    }

    @Test
    void theMarkerNamesWhatRunsAndIsGoneAfterwards() throws Exception {
        Recovery r = new Recovery(dir);
        long a = r.enter("no", "starting", Thread.currentThread());
        long b = r.enter("se", "calling", Thread.currentThread());
        assertEquals(1, markers().size());
        String text = Files.readString(markers().get(0));
        assertTrue(text.contains("no\tstarting\t") && text.contains("se\tcalling\t"), text);
        r.leave(a);
        assertFalse(Files.readString(markers().get(0)).contains("no\t"));
        r.leave(b);
        assertEquals(List.of(), markers());
        assertEquals(List.of(), r.leftOver(), "this process's own marker is never a left-over");
    }

    @Test
    void aMarkerOfAProcessThatIsGoneNamesTheCulpritsOnceAndOneOfALiveProcessIsLeftAlone() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("999999999-1.marker"), "te\tstarting\t2026-01-01T00:00:00Z\ntr\tcalling\tjunk\n");
        long alive = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
        Files.writeString(dir.resolve(alive + "-0.marker"), "no\tcalling\t2026-01-01T00:00:00Z\n");
        Files.writeString(dir.resolve("12-3.marker"), "\u0000");
        List<Recovery.Culprit> culprits = new Recovery(dir).leftOver();
        assertEquals(List.of("te", "tr"), culprits.stream().map(Recovery.Culprit::code).toList());
        assertEquals("starting", culprits.get(0).activity());
        assertEquals(List.of(), new Recovery(dir).leftOver(), "read once");
        assertTrue(Files.exists(dir.resolve(alive + "-0.marker")), "a live process's marker stays");
    }

    @Test
    void aNormalEndClearsTheMarkerAndOnlyAThreadEndingTheProcessIsBlamed() throws Exception {
        Recovery r = new Recovery(dir);
        r.enter("no", "calling", Thread.currentThread());
        assertTrue(r.atExit().isEmpty());
        assertEquals(List.of(), markers());
        assertFalse(Recovery.ending(Thread.currentThread()));
    }

    @Test
    void theGuardGivesControlBackAtTheLimitAndKeepsTheMarkerWhileThePluginHangs() throws Exception {
        Recovery r = new Recovery(dir);
        CallGuard guard = new CallGuard(r, workers);
        CountDownLatch never = new CountDownLatch(1);
        long t0 = System.nanoTime();
        // a limit a loaded machine still starts the call within (under mutation testing the call had not begun
        // when a 200 ms limit was over, so nothing was running to keep in the marker)
        assertThrows(TimeoutException.class, () -> guard.run("th", "calling", Duration.ofMillis(1500), () -> {
            while (true) {
                try {
                    never.await();
                } catch (InterruptedException ignored) {
                    // a plugin that ignores interruption
                }
            }
        }));
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 6000);
        assertEquals(List.of("th"), r.running().stream().map(Recovery.Operation::code).toList(), "still running");
        ExecutionException e = assertThrows(ExecutionException.class, () -> guard.run("tx", "calling", Duration.ofSeconds(5),
                () -> {
                    throw new IllegalStateException("boom");
                }));
        assertEquals("boom", e.getCause().getMessage());
        assertEquals(42, guard.run("no", "calling", Duration.ofSeconds(5), () -> 42));
        assertEquals(List.of("th"), r.running().stream().map(Recovery.Operation::code).toList(), "the others are done");
    }
}
