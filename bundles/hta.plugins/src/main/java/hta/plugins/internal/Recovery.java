package hta.plugins.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Knows which plugin code this process is running, so that a plugin that takes the process down is identified at
 * the next start. Before calling into a plugin (start, stop, a call) it writes a marker naming the plugin into
 * {@code plugin-state/running/PID-START.marker} and clears it after; a marker left by a process that is gone names
 * the culprit. A normal end of the process (also Ctrl-C) clears the marker, unless a plugin's thread is the one
 * ending the process ({@code System.exit}); {@code Runtime.halt}, a crash or a kill leave it.
 */
final class Recovery {
    /** What a gone process was doing in plugin code when it ended. */
    record Culprit(String code, String activity, Instant since) {
    }

    /** One call into plugin code in progress in this process. */
    record Operation(String code, String activity, Thread thread, Instant since) {
    }

    private final Path dir;
    private final Path marker;
    private final Map<Long, Operation> running = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    Recovery(Path dir) {
        this.dir = dir;
        ProcessHandle self = ProcessHandle.current();
        this.marker = dir.resolve(self.pid() + "-" + startMillis(self) + ".marker");
    }

    /** The culprits named by markers of processes that are gone; their markers are removed. */
    List<Culprit> leftOver() {
        List<Culprit> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path m : s.filter(p -> p.getFileName().toString().endsWith(".marker")).sorted().toList()) {
                if (m.equals(marker) || alive(m.getFileName().toString())) continue;
                try {
                    for (String line : Files.readAllLines(m, StandardCharsets.UTF_8)) {
                        String[] f = line.split("\t", -1);
                        if (f.length >= 3 && !f[0].isBlank()) out.add(new Culprit(f[0], f[1], parse(f[2])));
                    }
                    Files.deleteIfExists(m);
                } catch (IOException | RuntimeException unreadable) {
                    Files.deleteIfExists(m); // a marker cut off while written: nobody to blame
                }
            }
        } catch (IOException e) {
            // no markers to read: nothing to recover
        }
        return out;
    }

    /** Notes that {@code thread} is about to run plugin code; returns the handle to {@link #leave}. */
    long enter(String code, String activity, Thread thread) {
        long id = ids.incrementAndGet();
        running.put(id, new Operation(code, activity, thread, Instant.now()));
        write();
        return id;
    }

    void leave(long id) {
        if (running.remove(id) != null) write();
    }

    /** The calls in progress now. */
    List<Operation> running() {
        return List.copyOf(running.values());
    }

    /**
     * At the end of the process: the call whose thread is ending the process ({@code System.exit} from plugin code)
     * stays in the marker, alone; otherwise the marker is removed (a normal end is nobody's fault).
     */
    Optional<Operation> atExit() {
        Operation culprit = running.values().stream().filter(o -> ending(o.thread())).findFirst().orElse(null);
        running.clear();
        if (culprit != null) {
            running.put(0L, culprit);
            write();
        } else {
            write();
        }
        return Optional.ofNullable(culprit);
    }

    /** Whether {@code t} is inside {@code Runtime.exit} or {@code Runtime.halt}. */
    static boolean ending(Thread t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().equals("java.lang.Shutdown") || e.getClassName().equals("java.lang.Runtime")
                    && (e.getMethodName().equals("exit") || e.getMethodName().equals("halt"))) {
                return true;
            }
        }
        return false;
    }

    private synchronized void write() {
        try {
            if (running.isEmpty()) {
                Files.deleteIfExists(marker);
                return;
            }
            StringBuilder b = new StringBuilder();
            for (Operation o : running.values()) {
                b.append(o.code()).append('\t').append(o.activity()).append('\t').append(o.since()).append('\n');
            }
            AtomicFiles.write(marker, b.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // without a marker a crash in this call is not blamed at the next start; the call itself goes on
        }
    }

    private static boolean alive(String markerName) {
        String[] f = markerName.replace(".marker", "").split("-");
        try {
            long pid = Long.parseLong(f[0]);
            long start = f.length > 1 ? Long.parseLong(f[1]) : 0;
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .map(p -> start == 0 || startMillis(p) == 0 || startMillis(p) == start).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static long startMillis(ProcessHandle p) {
        return p.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    private static Instant parse(String s) {
        try {
            return Instant.parse(s);
        } catch (RuntimeException e) {
            return Instant.EPOCH;
        }
    }
}
