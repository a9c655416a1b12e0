package hta.app;

import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTable;

/**
 * Runs in its own JVM on the test's X display: shows the Plugins view (built from the hta.workbench bundle
 * with the real plugin manager) in a window, prints its rows, disables Denmark through the view (dry-run dialog,
 * confirmation, background job), prints the dialog text and the resulting status, and saves a screenshot.
 * Usage: {@code PluginsViewDriver OUT.png}.
 */
public final class PluginsViewDriver {
    public static void main(String[] args) throws Exception {
        Path png = Path.of(args[0]);
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            Object manager = app.service("hta.plugins.PluginManager", null);
            ClassLoader workbench = app.bundle("hta.workbench").adapt(org.osgi.framework.wiring.BundleWiring.class)
                    .getClassLoader();
            Class<?> api = workbench.loadClass("hta.plugins.PluginManager");
            Class<?> viewClass = workbench.loadClass("hta.workbench.internal.plugins.PluginsView");
            AtomicReference<JPanel> view = new AtomicReference<>();
            AtomicReference<JFrame> frame = new AtomicReference<>();
            EventQueue.invokeAndWait(() -> {
                try {
                    view.set((JPanel) viewClass.getConstructor(api).newInstance(manager));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                JFrame f = new JFrame("Plugins");
                f.add(view.get());
                f.setSize(1200, 360);
                f.setVisible(true);
                frame.set(f);
            });
            await(() -> ((List<?>) call(view.get(), "rows")).size() >= 5, "the view lists the bundled plugins");
            JTable table = find(view.get(), JTable.class, "plugins.table");
            EventQueue.invokeAndWait(() -> {
                for (int r = 0; r < table.getRowCount(); r++) {
                    StringBuilder line = new StringBuilder("row=");
                    for (int c = 0; c < table.getColumnCount(); c++) line.append(c == 0 ? "" : "|").append(table.getValueAt(r, c));
                    System.out.println(line);
                    if ("dk".equals(table.getValueAt(r, 1))) table.getSelectionModel().setSelectionInterval(r, r);
                }
            });
            JButton disable = find(view.get(), JButton.class, "plugins.disable");
            await(disable::isEnabled, "Disable is enabled for the selected plugin");
            EventQueue.invokeLater(disable::doClick);

            AtomicReference<JOptionPane> pane = new AtomicReference<>();
            await(() -> {
                for (Window w : Window.getWindows()) {
                    if (w instanceof JDialog d && d.isShowing()) {
                        JOptionPane p = find(d, JOptionPane.class, null);
                        if (p != null) pane.set(p);
                    }
                }
                return pane.get() != null;
            }, "the dry-run dialog appears");
            System.out.println("dryrun=" + String.valueOf(pane.get().getMessage()).replace('\n', ' '));
            EventQueue.invokeAndWait(() -> pane.get().setValue(JOptionPane.OK_OPTION));

            JLabel status = find(view.get(), JLabel.class, "plugins.status");
            await(() -> status.getText().startsWith("Disabled"), "the background job reports its result");
            System.out.println("status=" + status.getText());
            await(() -> String.valueOf(table.getModel().getValueAt(modelRow(table, "dk"), 5)).startsWith("disabled"),
                    "the table shows Denmark disabled");
            EventQueue.invokeAndWait(() -> { });
            Rectangle bounds = frame.get().getBounds();
            BufferedImage shot = new Robot().createScreenCapture(bounds);
            Files.createDirectories(png.toAbsolutePath().getParent());
            ImageIO.write(shot, "png", png.toFile());
            EventQueue.invokeAndWait(() -> frame.get().dispose());
        }
        System.exit(0);
    }

    private static int modelRow(JTable table, String code) {
        for (int r = 0; r < table.getModel().getRowCount(); r++) {
            if (code.equals(table.getModel().getValueAt(r, 1))) return r;
        }
        throw new AssertionError("no row " + code);
    }

    private static Object call(Object target, String method) {
        try {
            return AppRuntime.call(target, method);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static <T extends Component> T find(Container root, Class<T> type, String name) {
        for (Component c : root.getComponents()) {
            if (type.isInstance(c) && (name == null || name.equals(c.getName()))) return type.cast(c);
            if (c instanceof Container child) {
                T found = find(child, type, name);
                if (found != null) return found;
            }
        }
        return null;
    }

    private static void await(Supplier<Boolean> condition, String what) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            AtomicReference<Boolean> ok = new AtomicReference<>(false);
            EventQueue.invokeAndWait(() -> ok.set(condition.get()));
            if (ok.get()) return;
            if (System.currentTimeMillis() > deadline) throw new AssertionError("timed out: " + what);
            Thread.sleep(50);
        }
    }
}
