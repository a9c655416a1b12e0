package hta.bench;

import java.awt.EventQueue;
import java.awt.Frame;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Path;
import javax.swing.JFrame;

/**
 * Runs in its own JVM on an X display and prints {@code visible-ms=N}: the time from the JVM's start until a
 * window is showing and painted. {@code app HOME DATA} starts the real launcher ({@code hta.launcher.Main}, as
 * {@code bin/hta-workbench} does) on the demo workspace; {@code bare HOME CACHE}, the baseline, starts a bare Felix
 * with SCR and then shows an empty JFrame.
 */
public final class WindowProbe {
    private WindowProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("app")) {
            System.setProperty("hta.mode", "workbench");
            System.setProperty("hta.home", Path.of(args[1]).toAbsolutePath().toString());
            Method run = Class.forName("hta.launcher.Main").getDeclaredMethod("main", String[].class);
            Thread launcher = new Thread(() -> {
                try {
                    run.invoke(null, (Object) new String[] {"--data-dir", args[2]});
                } catch (ReflectiveOperationException e) {
                    e.printStackTrace();
                }
            }, "launcher");
            launcher.setDaemon(true);
            launcher.start();
        } else {
            BareFelix.start(Path.of(args[1]), args[2]);
            EventQueue.invokeLater(() -> {
                JFrame f = new JFrame("HTA Workbench baseline");
                f.setSize(1200, 800);
                f.setVisible(true);
            });
        }
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            for (Frame f : Frame.getFrames()) {
                if (f.isShowing() && f.getTitle().startsWith("HTA Workbench")) {
                    EventQueue.invokeAndWait(() -> { }); // the first paint has been queued and run
                    long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("visible-ms=" + since);
                    System.out.flush();
                    Runtime.getRuntime().halt(0);
                }
            }
            Thread.sleep(5);
        }
        System.out.println("no window within 60 s");
        Runtime.getRuntime().halt(1);
    }
}
