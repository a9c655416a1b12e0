package hta.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.plugins.PluginException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Serialising administrators: threads, re-entry, and a lock held elsewhere (another process, another framework). */
class AdminLockTest {
    @TempDir
    Path dir;

    @Test
    void changesOfTwoThreadsDoNotInterleaveAndTheLockIsReentrant() throws Exception {
        AdminLock lock = new AdminLock(dir.resolve("admin.lock"), Duration.ofSeconds(10));
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        Thread other = new Thread(() -> lock.hold(() -> {
            order.add("other in");
            order.add("other out");
        }));
        lock.hold(() -> {
            order.add("first in");
            other.start();
            lock.hold(() -> order.add("nested")); // the same thread again: no deadlock
            assertTrue(lock.heldByCurrentThread());
            order.add("first out");
        });
        other.join(5000);
        assertEquals(List.of("first in", "nested", "first out", "other in", "other out"), order);
        assertFalse(lock.heldByCurrentThread());
    }

    @Test
    void aLockHeldElsewhereIsWaitedForWithinTheLimitThenTheChangeIsRefused() throws Exception {
        Path file = dir.resolve("admin.lock");
        AdminLock lock = new AdminLock(file, Duration.ofMillis(300));
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             var held = ch.lock()) {
            long t0 = System.nanoTime();
            PluginException e = assertThrows(PluginException.class, () -> lock.hold(() -> "changed"));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms >= 250 && ms < 5000, ms + " ms");
            assertEquals("another process is changing plugins in " + dir + " and did not finish within 300 ms;"
                    + " nothing was changed, try again", e.getMessage());
        }
        assertEquals("changed", lock.hold(() -> "changed"), "free again: the change runs");
    }
}
