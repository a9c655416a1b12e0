package hta.app;

import java.awt.EventQueue;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Test support: fails a UI test when the event dispatch thread stalls for longer than a limit. A daemon
 * thread posts a heartbeat every 20 ms and measures how long it waits. A wait over the limit is a stall when the
 * EDT spent that long on the CPU (it was busy with our work) or was blocked or waiting outside the event queue
 * (a lock, I/O, {@code Thread.sleep}; not AWT's own toolkit lock); the EDT's stack, sampled once the limit passed, says where. A long wait
 * with the EDT neither busy nor blocked is the machine being starved of CPU by other processes: counted but not
 * a failure (the machine this runs on is shared). Start it after the window is up.
 */
public final class EdtWatchdog {
    private final long limitMs;
    private final List<String> stalls = new ArrayList<>();
    private volatile int starved;
    private volatile boolean running = true;
    private volatile long maxLatency;
    private volatile long answeredAt;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    public EdtWatchdog(long limitMs) {
        this.limitMs = limitMs;
        Thread thread = new Thread(this::watch, "edt-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        while (running) {
            Thread edt = findEdt();
            long wall0 = System.nanoTime();
            long cpu0 = cpu(edt);
            answeredAt = 0;
            EventQueue.invokeLater(() -> answeredAt = System.nanoTime());
            String sample = null;
            boolean blocked = false;
            while (running && answeredAt == 0) {
                sleep(5);
                if (sample == null && (System.nanoTime() - wall0) / 1_000_000 > limitMs && edt != null) {
                    StackTraceElement[] stack = edt.getStackTrace();
                    Thread.State state = edt.getState();
                    blocked = (state == Thread.State.BLOCKED || state == Thread.State.WAITING
                            || state == Thread.State.TIMED_WAITING) && waitsInOurCode(stack);
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < Math.min(25, stack.length); i++) sb.append("    at ").append(stack[i]).append('\n');
                    java.lang.management.ThreadInfo info = threads.getThreadInfo(edt.getId());
                    if (info != null && info.getLockOwnerName() != null && info.getLockOwnerName().startsWith("AWT-")) {
                        blocked = false; // AWT's own toolkit lock, held by the X event thread
                    }
                    if (info != null && info.getLockName() != null) {
                        sb.append("    waiting for ").append(info.getLockName()).append(" held by ")
                                .append(info.getLockOwnerName()).append('\n');
                        if (info.getLockOwnerId() >= 0) {
                            java.lang.management.ThreadInfo owner = threads.getThreadInfo(info.getLockOwnerId(), 12);
                            if (owner != null) for (StackTraceElement e : owner.getStackTrace()) sb.append("      owner at ").append(e).append('\n');
                        }
                    }
                    sample = state + "\n" + sb;
                }
            }
            if (!running) return;
            long wall = (answeredAt - wall0) / 1_000_000;
            long cpu = (cpu(edt) - cpu0) / 1_000_000;
            maxLatency = Math.max(maxLatency, wall);
            if (wall > limitMs) {
                if (cpu > limitMs || blocked) {
                    synchronized (stalls) {
                        stalls.add("EDT stalled " + wall + " ms (" + cpu + " ms on the CPU" + (blocked ? ", blocked" : "")
                                + "); sampled: " + sample);
                    }
                } else {
                    starved++;
                }
            }
            sleep(20);
        }
    }

    /**
     * Whether a waiting EDT waits because of our code (a lock, I/O or sleep it asked for): the first frame that is
     * not the JDK's or a library's is ours, and no toolkit frame (AWT's internal locking) lies above it.
     */
    private static boolean waitsInOurCode(StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            if (c.startsWith("sun.awt.") || c.equals("java.awt.EventQueue")) return false;
            if (c.startsWith("hta.") && !c.startsWith("hta.app.")) return true; // hta.app: this test's own steps
        }
        return false;
    }

    private long cpu(Thread t) {
        if (t == null) return 0;
        long v = threads.getThreadCpuTime(t.getId());
        return v < 0 ? 0 : v;
    }

    private static Thread findEdt() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("AWT-EventQueue") && t.isAlive()) return t;
        }
        return null;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public long maxLatencyMs() {
        return maxLatency;
    }

    /** Heartbeats that waited over the limit while the EDT was neither busy nor blocked. */
    public int starved() {
        return starved;
    }

    /** Stops watching; returns the stalls seen (empty when the EDT always answered in time). */
    public List<String> stop() {
        running = false;
        synchronized (stalls) {
            return List.copyOf(stalls);
        }
    }
}
