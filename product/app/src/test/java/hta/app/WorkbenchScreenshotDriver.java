package hta.app;

import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.imageio.ImageIO;

/**
 * Runs in its own JVM on the test's X display: starts the app's bundles, opens the workbench through its
 * application service, waits for the main window, saves a screenshot and closes the window again.
 * Exit code 0 when all of that worked. Usage: {@code WorkbenchScreenshotDriver OUT.png}.
 */
public final class WorkbenchScreenshotDriver {
    public static void main(String[] args) throws Exception {
        Path png = Path.of(args[0]);
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            @SuppressWarnings("unchecked")
            Function<String[], Integer> workbench = (Function<String[], Integer>)
                    app.service("java.util.function.Function", "(hta.application=workbench)");
            CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> workbench.apply(new String[0]));
            Frame frame = waitForWindow(20_000);
            Thread.sleep(500);
            EventQueue.invokeAndWait(() -> { });
            Rectangle bounds = frame.getBounds();
            BufferedImage shot = new Robot().createScreenCapture(bounds);
            Files.createDirectories(png.toAbsolutePath().getParent());
            ImageIO.write(shot, "png", png.toFile());
            System.out.println("title=" + frame.getTitle());
            EventQueue.invokeAndWait(() -> frame.dispatchEvent(new WindowEvent(frame, WindowEvent.WINDOW_CLOSING)));
            int code = run.get(20, TimeUnit.SECONDS);
            if (code != 0) throw new AssertionError("workbench returned " + code);
        }
        System.exit(0);
    }

    private static Frame waitForWindow(long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            for (Frame f : Frame.getFrames()) {
                if (f.isShowing() && f.getTitle().startsWith("HTA Workbench")) return f;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no window titled 'HTA Workbench…' appeared within " + timeoutMs + " ms");
    }
}
