package hta.app;

import static hta.app.Ui.get;
import static hta.app.Ui.key;
import static hta.app.Ui.onEdt;
import static hta.app.Ui.run;
import static hta.app.Ui.waitFor;

import java.awt.Component;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTree;

/**
 * Drives the real workbench of the assembled app through the views a writer reads (issue 17 items 12, 13, 14, 17
 * and 19; the workbench sides of issues 14 and 16), one scenario per run, under an {@link EdtWatchdog}: real
 * components, key strokes through Swing's key bindings, waiting on state, never on time. Regression checks are
 * named after what broke. Prints {@code SCENARIO-OK} and exits 0 when every step worked.
 * Usage: {@code WorkbenchViewsDriver SCENARIO DATA_DIR OUT_DIR}.
 */
public final class WorkbenchViewsDriver {
    static final int CTRL = InputEvent.CTRL_DOWN_MASK;
    static Path data;
    static Path out;

    public static void main(String[] args) {
        try {
            String scenario = args[0];
            data = Path.of(args[1]);
            out = Path.of(args[2]);
            try (AppRuntime app = AppRuntime.start(data, Map.of())) {
                @SuppressWarnings("unchecked")
                Function<String[], Integer> workbench = (Function<String[], Integer>)
                        app.service("java.util.function.Function", "(hta.application=workbench)");
                CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> workbench.apply(new String[0]));
                Frame f = Ui.frame("HTA Workbench", 30_000);
                waitFor("the Dossier Navigator view", 15_000, () -> Ui.find(f, "navigator.tree") != null);
                JTree tree = onEdt(() -> get(f, "navigator.tree"));
                waitFor("the navigator lists the demo dossiers", 15_000, () -> tree.getRowCount() > 0);
                EdtWatchdog dog = new EdtWatchdog(250);
                switch (scenario) {
                    case "preview" -> preview(f, tree);
                    default -> throw new IllegalArgumentException(scenario);
                }
                closeWithoutSaving(f);
                int code = running.get(30, TimeUnit.SECONDS);
                List<String> stalls = dog.stop();
                System.out.println("max EDT latency " + dog.maxLatencyMs() + " ms; starved " + dog.starved()
                        + "; warm-up " + dog.warmUp());
                if (!stalls.isEmpty()) throw new AssertionError("EDT stalls over 250 ms:\n" + String.join("\n", stalls));
                if (code != 0) throw new AssertionError("the workbench returned " + code);
            }
            System.out.println("SCENARIO-OK");
            System.out.flush();
            System.exit(0);
        } catch (Throwable t) {
            t.printStackTrace(System.out);
            System.out.flush();
            System.exit(1);
        }
    }

    static void step(String s) {
        System.out.println("step: " + s);
    }

    static void check(String what, boolean ok) {
        if (!ok) throw new AssertionError("failed: " + what);
        System.out.println("  ok: " + what);
    }

    /** Closes the window; an unsaved-changes prompt is answered Don't Save. */
    static void closeWithoutSaving(Frame f) throws Exception {
        EventQueue.invokeLater(() -> f.dispatchEvent(new WindowEvent(f, WindowEvent.WINDOW_CLOSING)));
        JDialog[] prompt = new JDialog[1];
        waitFor("the window closes or asks about unsaved changes", 10_000, () -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof JDialog d && d.isShowing() && "Unsaved changes".equals(d.getTitle())) prompt[0] = d;
            }
            return !f.isShowing() || prompt[0] != null;
        });
        if (prompt[0] != null) Ui.click(prompt[0], "Don't Save");
        waitFor("the window closes", 10_000, () -> !f.isShowing());
    }

    /** Selects the navigator row {@code label} under the dossier row starting with {@code dossier}. */
    static void selectInNavigator(JTree tree, String dossier, String label) throws Exception {
        waitFor(label + " of " + dossier + " selected in the navigator", 15_000, () -> {
            boolean inDossier = false;
            for (int i = 0; i < tree.getRowCount(); i++) {
                Object node = tree.getPathForRow(i).getLastPathComponent();
                String text = String.valueOf(node);
                if (tree.getPathForRow(i).getPathCount() == 2) inDossier = text.startsWith(dossier);
                if (inDossier && text.equals(label)) {
                    if (tree.getSelectionRows() == null || tree.getSelectionRows().length != 1
                            || tree.getSelectionRows()[0] != i) {
                        tree.setSelectionRow(i);
                    }
                    return true;
                }
            }
            return false;
        });
    }

    // ---------------------------------------------------------------- item 19: memo preview

    /** The pages a side of the preview shows now. */
    private static List<JLabel> pages(Frame f, String side) {
        List<JLabel> pages = new ArrayList<>();
        Component column = Ui.find(f, "memoPreview." + side + ".pages");
        if (column == null) return pages;
        for (Component c : ((java.awt.Container) column).getComponents()) {
            if (c instanceof JLabel l && l.getName() != null && l.getName().startsWith("memoPreview." + side + ".page")) pages.add(l);
        }
        return pages;
    }

    /** The words marked on a side's pages, joined by spaces (no-break spaces read as spaces). */
    @SuppressWarnings("unchecked")
    private static String marked(Frame f, String side) {
        StringBuilder sb = new StringBuilder();
        for (JLabel page : pages(f, side)) {
            for (String w : (List<String>) page.getClientProperty("hta.preview.markedWords")) sb.append(w).append(' ');
        }
        return sb.toString().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static int percent(Frame f) {
        String text = ((JLabel) get(f, "memoPreview.zoom.percent")).getText();
        return Integer.parseInt(text.replace("%", "").strip());
    }

    /** Whether every page of both sides is drawn from an image of about the resolution it is shown at. */
    private static boolean renderedSharp(Frame f) {
        for (String side : List.of("confidential", "public")) {
            for (JLabel p : pages(f, side)) {
                Object w = p.getClientProperty("hta.preview.imageWidth");
                double scale = p.getGraphicsConfiguration().getDefaultTransform().getScaleX();
                if (!(w instanceof Integer iw) || Math.abs(iw - p.getIcon().getIconWidth() * scale) > 0.16 * iw) return false;
            }
        }
        return true;
    }

    /**
     * Regression, item 19: the preview had no zoom or fit, cut the page edge in the Review layout, and its
     * confidential side did not mark what the public one removes.
     */
    private static void preview(Frame f, JTree tree) throws Exception {
        step("Review perspective, the Norwegian prisnotat of Hemgenix selected");
        run(() -> ((AbstractButton) get(f, "tool:hta.perspective.review")).doClick());
        selectInNavigator(tree, "Hemgenix", "Prisnotat");
        waitFor("both memos rendered", 60_000, () -> !pages(f, "confidential").isEmpty() && !pages(f, "public").isEmpty());
        JScrollPane confidential = onEdt(() -> get(f, "memoPreview.confidential"));
        waitFor("laid out", 5_000, () -> pages(f, "confidential").get(0).getWidth() > 0);
        check("pages fit the column's width in the Review layout: no page edge cut, no sideways scrolling", onEdt(() -> {
            int view = confidential.getViewport().getExtentSize().width;
            return pages(f, "confidential").stream().allMatch(p -> p.getWidth() <= view)
                    && !confidential.getHorizontalScrollBar().isShowing();
        }));
        check("Fit Width is on", onEdt(() -> ((AbstractButton) get(f, "memoPreview.zoom.fitWidth")).isSelected()));
        String marks = onEdt(() -> marked(f, "confidential"));
        check("the confidential side marks the agreed price the public memo removes: " + marks, marks.contains("29 950 000"));
        check("the public side marks nothing", onEdt(() -> marked(f, "public")).isBlank());
        check("the marks are counted and explained", onEdt(() -> ((JLabel) get(f, "memoPreview.removals")).getText())
                .matches(".*Marked: \\d+ place\\(s\\) not in the public memo.*"));

        step("Zoom In: larger than the column, scrolls sideways, drawn again at the new size");
        int fitted = onEdt(() -> percent(f));
        run(() -> ((AbstractButton) get(f, "memoPreview.zoom.in")).doClick());
        waitFor("zoomed in", 5_000, () -> percent(f) > fitted && !((AbstractButton) get(f, "memoPreview.zoom.fitWidth")).isSelected());
        run(() -> ((AbstractButton) get(f, "memoPreview.zoom.in")).doClick());
        run(() -> ((AbstractButton) get(f, "memoPreview.zoom.in")).doClick());
        waitFor("the page is wider than the column and the column scrolls", 5_000, () ->
                pages(f, "confidential").get(0).getWidth() > confidential.getViewport().getExtentSize().width
                        && confidential.getHorizontalScrollBar().isShowing());
        waitFor("the pages rendered again at the new resolution", 30_000, () -> renderedSharp(f));

        step("Ctrl+minus on the pages zooms out, Ctrl+0 shows the printed size");
        JComponent column = onEdt(() -> get(f, "memoPreview.confidential.pages"));
        int before = onEdt(() -> percent(f));
        key(column, CTRL, KeyEvent.VK_MINUS);
        waitFor("zoomed out", 5_000, () -> percent(f) < before);
        key(column, CTRL, KeyEvent.VK_0);
        waitFor("100 %", 5_000, () -> percent(f) == 100);

        step("Fit Page: a whole page in sight; Fit Width again");
        run(() -> ((AbstractButton) get(f, "memoPreview.zoom.fitPage")).doClick());
        waitFor("a whole page in the column", 5_000, () -> pages(f, "confidential").get(0).getHeight()
                <= confidential.getViewport().getExtentSize().height);
        run(() -> ((AbstractButton) get(f, "memoPreview.zoom.fitWidth")).doClick());
        waitFor("fitted to the width again", 5_000, () -> percent(f) == fitted
                && !confidential.getHorizontalScrollBar().isShowing());
        waitFor("the pages rendered again at the fitted size", 30_000, () -> renderedSharp(f));

        step("Ctrl+M maximises the preview: the pages grow with it");
        run(column::requestFocusInWindow);
        waitFor("the pages have the keyboard focus", 5_000, column::isFocusOwner);
        key(column, CTRL, KeyEvent.VK_M);
        waitFor("maximised and fitted to the wider column", 10_000, () -> percent(f) > fitted);
        waitFor("the pages rendered again at the fitted size", 30_000, () -> renderedSharp(f));
        Ui.screenshot(f, out.resolve("workbench-preview.png"));
        key(column, CTRL, KeyEvent.VK_M);
    }
}
