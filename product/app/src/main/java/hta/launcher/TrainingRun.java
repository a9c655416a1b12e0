package hta.launcher;

import java.awt.EventQueue;
import java.awt.Frame;
import java.util.concurrent.TimeUnit;

/**
 * The window's training run for its class-data-sharing archive ({@code lib/cds-archive.sh} sets
 * {@code -Dhta.launcher.training=window}; nothing else does): once the workbench window is showing and its first
 * paint has run, the JVM exits, and writes the classes it loaded up to then into the archive.
 */
final class TrainingRun {
    static final String PROPERTY = "hta.launcher.training";
    /** A window that never comes must not keep the build waiting. */
    private static final long LIMIT_NANOS = TimeUnit.SECONDS.toNanos(120);

    private TrainingRun() {
    }

    static void exitOnceTheWindowIsShown() {
        if (!"window".equals(System.getProperty(PROPERTY))) return;
        Thread watcher = new Thread(TrainingRun::watch, "training-run");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void watch() {
        long deadline = System.nanoTime() + LIMIT_NANOS;
        try {
            while (System.nanoTime() < deadline) {
                for (Frame f : Frame.getFrames()) {
                    if (f.isShowing() && f.getTitle().startsWith("HTA Workbench")) {
                        EventQueue.invokeAndWait(() -> { }); // the first paint has been queued and run
                        java.lang.Runtime.getRuntime().halt(0); // the archive is written at a halt too; no hook need run
                    }
                }
                Thread.sleep(20); // the window's state is polled: AWT has no event for "some frame was shown"
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.lang.reflect.InvocationTargetException e) {
            // the queue ran the empty task; nothing can throw here
        }
        System.err.println("hta-workbench: training run: no window within " + TimeUnit.NANOSECONDS.toSeconds(LIMIT_NANOS) + " s");
        System.err.flush();
        java.lang.Runtime.getRuntime().halt(1);
    }
}
