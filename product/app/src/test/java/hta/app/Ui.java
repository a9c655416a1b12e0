package hta.app;

import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JTabbedPane;
import javax.swing.JTable;

/**
 * Test support for driving the real workbench window from another thread: component look-up by name, actions
 * on the event dispatch thread, key strokes dispatched through Swing's key-binding machinery, waiting for
 * conditions, and screenshots. The workbench's classes are not on the test class path, so only Swing types
 * and component names are used.
 */
public final class Ui {
    private Ui() {
    }

    public static <T> T onEdt(Callable<T> c) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> error = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> {
            try {
                result.set(c.call());
            } catch (Exception e) {
                error.set(e);
            }
        });
        if (error.get() != null) throw error.get();
        return result.get();
    }

    public static void run(Runnable r) throws Exception {
        EventQueue.invokeAndWait(r);
    }

    /** Like {@link #waitFor(String, long, Callable)}; on time-out the message adds what {@code state} says then. */
    public static void waitFor(String what, long timeoutMs, Callable<Boolean> condition, Callable<String> state)
            throws Exception {
        try {
            waitFor(what, timeoutMs, condition);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + " (" + onEdt(state) + ")", e);
        }
    }

    /** Where the keyboard focus is and which windows show, for a failure's message (EDT only). */
    public static String focusState() {
        java.awt.KeyboardFocusManager k = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager();
        StringBuilder sb = new StringBuilder("focused window: ").append(title(k.getFocusedWindow()))
                .append(", active: ").append(title(k.getActiveWindow())).append(", focus owner: ");
        Component o = k.getFocusOwner();
        sb.append(o == null ? "none" : o.getClass().getSimpleName() + (o.getName() != null ? " " + o.getName() : ""));
        sb.append("; showing:");
        for (java.awt.Window w : java.awt.Window.getWindows()) {
            if (w.isShowing()) sb.append(' ').append(title(w)).append(w.isFocused() ? "(focused)" : "");
        }
        return sb.toString();
    }

    private static String title(java.awt.Window w) {
        if (w == null) return "none";
        String t = w instanceof java.awt.Frame f ? f.getTitle() : w instanceof java.awt.Dialog d ? d.getTitle() : null;
        return "'" + (t == null ? w.getClass().getSimpleName() : t) + "'";
    }

    /** Waits until {@code condition} (evaluated on the EDT) holds. */
    public static void waitFor(String what, long timeoutMs, Callable<Boolean> condition) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            if (Boolean.TRUE.equals(onEdt(condition))) return;
            Thread.sleep(50);
        }
        throw new AssertionError("timed out after " + timeoutMs + " ms waiting for: " + what);
    }

    public static Frame frame(String titlePrefix, long timeoutMs) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            for (Frame f : Frame.getFrames()) {
                if (f.isShowing() && f.getTitle() != null && f.getTitle().startsWith(titlePrefix)) return f;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no window titled '" + titlePrefix + "…' within " + timeoutMs + " ms");
    }

    /** The first component named {@code name} under {@code root} (EDT only). */
    @SuppressWarnings("unchecked")
    public static <T extends Component> T find(Container root, String name) {
        Component[] children = root instanceof javax.swing.JMenu ? ((javax.swing.JMenu) root).getMenuComponents()
                : root.getComponents();
        for (Component c : children) {
            if (name.equals(c.getName())) return (T) c;
            if (c instanceof Container) {
                T t = find((Container) c, name);
                if (t != null) return t;
            }
        }
        if (root instanceof javax.swing.JFrame) {
            javax.swing.JMenuBar bar = ((javax.swing.JFrame) root).getJMenuBar();
            if (bar != null) return find(bar, name);
        }
        return null;
    }

    /** Every component under {@code root}, depth first (EDT only). */
    public static List<Component> all(Container root) {
        List<Component> out = new ArrayList<>();
        for (Component c : root.getComponents()) {
            out.add(c);
            if (c instanceof Container) out.addAll(all((Container) c));
        }
        return out;
    }

    /** Like {@link #find} but failing when there is none. */
    public static <T extends Component> T get(Container root, String name) {
        T t = find(root, name);
        if (t == null) throw new AssertionError("no component named '" + name + "'");
        return t;
    }

    public static List<String> tabTitles(JTabbedPane p) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < p.getTabCount(); i++) titles.add(p.getTitleAt(i));
        return titles;
    }

    public static void selectTab(JTabbedPane p, String title) {
        int i = tabTitles(p).indexOf(title);
        if (i < 0) throw new AssertionError("no tab '" + title + "' in " + tabTitles(p));
        p.setSelectedIndex(i);
    }

    public static int row(JTable t, int column, String value) {
        for (int r = 0; r < t.getRowCount(); r++) {
            if (value.equals(String.valueOf(t.getValueAt(r, column)))) return r;
        }
        return -1;
    }

    /** All cell texts of a table, one line per row. */
    public static String text(JTable t) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < t.getRowCount(); r++) {
            for (int c = 0; c < t.getColumnCount(); c++) sb.append(t.getValueAt(r, c)).append(" | ");
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Presses and releases a key on {@code target} as the keyboard would deliver it: through the component's
     * key bindings, then its ancestors', then the window's (where the workbench binds its commands).
     */
    public static void key(Component target, int modifiers, int keyCode) throws Exception {
        run(() -> {
            long when = System.currentTimeMillis();
            target.dispatchEvent(new KeyEvent(target, KeyEvent.KEY_PRESSED, when, modifiers, keyCode, KeyEvent.CHAR_UNDEFINED));
            target.dispatchEvent(new KeyEvent(target, KeyEvent.KEY_RELEASED, when, modifiers, keyCode, KeyEvent.CHAR_UNDEFINED));
        });
    }

    /**
     * Selects the navigator row whose label starts with {@code label} and presses Enter until {@code opened} holds:
     * the navigator rebuilds its tree when the workspace or the installed plugins change, which drops a selection made
     * just before, so one attempt can open nothing on a slow machine.
     */
    public static void openFromNavigator(javax.swing.JTree tree, String label, Callable<Boolean> opened) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            boolean selected = onEdt(() -> {
                for (int i = 0; i < tree.getRowCount(); i++) {
                    if (tree.getPathForRow(i).getLastPathComponent().toString().startsWith(label)) {
                        tree.setSelectionRow(i);
                        return true;
                    }
                }
                return false;
            });
            if (selected) key(tree, 0, KeyEvent.VK_ENTER);
            long attempt = System.currentTimeMillis() + 3_000;
            while (System.currentTimeMillis() < attempt) {
                if (Boolean.TRUE.equals(onEdt(opened))) return;
                Thread.sleep(50);
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the editor of " + label + " did not open from the navigator within 30 s"
                        + (selected ? "" : " (no navigator row starts with it)"));
            }
        }
    }

    /** Like {@link #key} without waiting: for keys that open a modal dialog. */
    public static void keyLater(Component target, int modifiers, int keyCode) {
        EventQueue.invokeLater(() -> {
            long when = System.currentTimeMillis();
            target.dispatchEvent(new KeyEvent(target, KeyEvent.KEY_PRESSED, when, modifiers, keyCode, KeyEvent.CHAR_UNDEFINED));
            target.dispatchEvent(new KeyEvent(target, KeyEvent.KEY_RELEASED, when, modifiers, keyCode, KeyEvent.CHAR_UNDEFINED));
        });
    }

    /** Types text into a component as key-typed events. */
    public static void type(Component target, String text) throws Exception {
        for (char ch : text.toCharArray()) {
            run(() -> target.dispatchEvent(new KeyEvent(target, KeyEvent.KEY_TYPED, System.currentTimeMillis(), 0,
                    KeyEvent.VK_UNDEFINED, ch)));
        }
    }

    /** The showing dialog titled {@code title}, waiting for it to appear. */
    public static JDialog dialog(String title, long timeoutMs) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            JDialog d = onEdt(() -> {
                for (Window w : Window.getWindows()) {
                    if (w instanceof JDialog && w.isShowing() && title.equals(((JDialog) w).getTitle())) return (JDialog) w;
                }
                return null;
            });
            if (d != null) return d;
            Thread.sleep(50);
        }
        throw new AssertionError("no dialog '" + title + "' within " + timeoutMs + " ms");
    }

    /** Clicks the button labelled {@code label} in a (possibly modal) dialog without waiting for it to close. */
    public static void click(Container root, String label) throws Exception {
        AbstractButton b = onEdt(() -> button(root, label));
        if (b == null) throw new AssertionError("no button '" + label + "'");
        EventQueue.invokeLater(b::doClick);
    }

    private static AbstractButton button(Container root, String label) {
        for (Component c : root.getComponents()) {
            if (c instanceof AbstractButton && label.equals(((AbstractButton) c).getText())) return (AbstractButton) c;
            if (c instanceof Container) {
                AbstractButton b = button((Container) c, label);
                if (b != null) return b;
            }
        }
        return null;
    }

    /** All text of labels and option panes in a container (for dialog messages). */
    public static String texts(Container root) {
        StringBuilder sb = new StringBuilder();
        for (Component c : root.getComponents()) {
            if (c instanceof javax.swing.JLabel) sb.append(((javax.swing.JLabel) c).getText()).append('\n');
            if (c instanceof javax.swing.JOptionPane) sb.append(((javax.swing.JOptionPane) c).getMessage()).append('\n');
            if (c instanceof Container) sb.append(texts((Container) c));
        }
        return sb.toString();
    }

    /**
     * Captures the window as the screen shows it, once it is painted: the robot waits until the toolkit is idle —
     * the event queue drained (Swing's repaints are events on it) and the display server's queue synchronised and
     * its events handled — so no fixed pause guesses how long painting takes on a loaded machine.
     */
    public static void screenshot(Window w, Path png) throws Exception {
        if (EventQueue.isDispatchThread()) throw new IllegalStateException("screenshot waits for the EDT; call it from the test's thread");
        Robot robot = new Robot();
        robot.waitForIdle();
        // what was painted is pushed to the display before it is read back
        run(() -> java.awt.Toolkit.getDefaultToolkit().sync());
        robot.waitForIdle();
        BufferedImage shot = robot.createScreenCapture(onEdt(w::getBounds));
        Files.createDirectories(png.toAbsolutePath().getParent());
        ImageIO.write(shot, "png", png.toFile());
    }
}
