package hta.app;

import java.awt.EventQueue;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Test support: fails a UI test when the event dispatch thread stalls for longer than a limit because of our
 * code. A daemon thread posts a heartbeat every 20 ms and measures how long it waits; while a heartbeat waits
 * longer than 50 ms, the EDT's stack is sampled every 10 ms. A wait over the limit is a stall when
 * <ul>
 * <li>the EDT was blocked or waiting in our code (a lock, I/O, {@code Thread.sleep}; not AWT's own toolkit
 * lock), or</li>
 * <li>the EDT's CPU time spent in our code, not counting the JVM's one-time warm-up, exceeds the limit: the
 * EDT's CPU time during the wait times the share of samples in which our code ({@code hta.*}, not this test)
 * was on the stack and no class was being loaded, defined or linked.</li>
 * </ul>
 * Everything else is not a failure but is counted: waits with the EDT idle are the shared machine starving the
 * process of CPU ({@link #starved()}); CPU spent loading classes the first time a window part is built, or in
 * the toolkit's own code, is warm-up ({@link #warmUp()}). The stalls carry the samples that say where the time
 * went. Start it after the window is up.
 */
public final class EdtWatchdog {
    private final long limitMs;
    private final List<String> stalls = new ArrayList<>();
    private volatile int starved;
    private volatile int warmUp;
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
            int samples = 0;
            int oursRunning = 0;
            long lastSample = 0;
            while (running && answeredAt == 0) {
                sleep(5);
                long waited = (System.nanoTime() - wall0) / 1_000_000;
                if (edt != null && waited > 50 && waited - lastSample >= 10) {
                    lastSample = waited;
                    StackTraceElement[] st = edt.getStackTrace();
                    if (answeredAt == 0 && st.length > 0) {
                        samples++;
                        if (runsOurCode(st) && !loadsClasses(st)) oursRunning++;
                    }
                }
                if (sample == null && (System.nanoTime() - wall0) / 1_000_000 > limitMs && edt != null) {
                    StackTraceElement[] stack = edt.getStackTrace();
                    Thread.State state = edt.getState();
                    // waiting inside the JVM's class definition (a lambda spun the first time) is warm-up, not our lock
                    blocked = (state == Thread.State.BLOCKED || state == Thread.State.WAITING
                            || state == Thread.State.TIMED_WAITING) && waitsInOurCode(stack) && !loadsClasses(stack);
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
                // CPU time attributed to our code: the share of samples with our code running (not loading classes)
                long ours = samples == 0 ? cpu : cpu * oursRunning / samples;
                if (ours > limitMs || blocked) {
                    synchronized (stalls) {
                        stalls.add("EDT stalled " + wall + " ms (" + cpu + " ms on the CPU, about " + ours
                                + " ms of it in our code: " + oursRunning + " of " + samples + " samples"
                                + (blocked ? ", blocked" : "") + "); sampled: " + sample);
                    }
                } else if (cpu > limitMs) {
                    warmUp++;
                    System.out.println("EDT watchdog: " + wall + " ms wait, " + cpu + " ms CPU, of which about " + (samples == 0 ? cpu : cpu * oursRunning / samples) + " ms in our code"
                            + " (" + oursRunning + " of " + samples + " samples ours): warm-up, not failed; sampled: "
                            + (sample == null ? "-" : sample.lines().limit(6).reduce((a, b) -> a + " | " + b).orElse("")));
                } else {
                    starved++;
                }
            }
            sleep(20);
        }
    }

    /** Whether our code (not this test's steps) is on the EDT's stack below the toolkit's event dispatch. */
    private static boolean runsOurCode(StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            if (c.startsWith("hta.") && !c.startsWith("hta.app.")) return true;
        }
        return false;
    }

    /**
     * Whether the EDT is loading, defining or linking a class (the JVM's one-time warm-up, e.g. the first time a
     * part of the window is built), judged on the frames above our first frame.
     */
    private static boolean loadsClasses(StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            String m = e.getMethodName();
            if (c.startsWith("hta.")) return false;
            if (c.equals("java.lang.ClassLoader") || c.startsWith("jdk.internal.loader.")
                    || c.startsWith("org.apache.felix.framework.BundleWiringImpl") || c.equals("java.lang.Class") && m.equals("forName0")
                    || c.startsWith("java.lang.invoke.") && (m.startsWith("link") || m.contains("Bootstrap"))
                    || c.equals("java.lang.invoke.MethodHandleNatives") || m.equals("<clinit>")
                    || c.equals("java.lang.ClassLoader") || m.equals("defineClass") || m.equals("loadClass")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a waiting EDT waits because of our code (a lock, I/O or sleep it asked for): the first frame that is
     * not the JDK's or a library's is ours, and no toolkit frame (AWT's internal locking) lies above it.
     */
    private static boolean waitsInOurCode(StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            if (c.startsWith("sun.awt.") || c.equals("java.awt.EventQueue")) return false;
            // the look and feel paints as part of the toolkit: a wait inside it (a JDK-internal lock while a button
            // model is built for a tab's close button) is the toolkit's, even when our component asked it to paint
            if (c.startsWith("com.formdev.flatlaf.")) return false;
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

    /** Waits over the limit with the EDT's CPU mostly in class loading or outside our code (not failures). */
    public int warmUp() {
        return warmUp;
    }

    /** Stops watching; returns the stalls seen (empty when the EDT always answered in time). */
    public List<String> stop() {
        running = false;
        synchronized (stalls) {
            return List.copyOf(stalls);
        }
    }

    /** Stops watching, prints what was seen and fails when our code stalled the EDT (a driver's last check). */
    public void stopAndCheck() {
        List<String> seen = stop();
        System.out.println("max EDT latency " + maxLatencyMs() + " ms; waits over " + limitMs + " ms with the EDT idle (CPU"
                + " starved): " + starved() + "; with the EDT warming up (class loading, not our code): " + warmUp());
        if (!seen.isEmpty()) throw new AssertionError("EDT stalls over " + limitMs + " ms:\n" + String.join("\n", seen));
    }
}
