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
    /** The running app (its framework's services), for a scenario that registers a service of its own. */
    static AppRuntime app;

    /** The scenarios of a driver run on the open window. */
    interface Scenarios {
        /** Runs {@code scenario}; false when there is no such scenario. */
        boolean run(String scenario, Frame f, JTree tree) throws Exception;
    }

    public static void main(String[] args) {
        drive(args, WorkbenchViewsDriver::scenario);
    }

    private static boolean scenario(String scenario, Frame f, JTree tree) throws Exception {
        switch (scenario) {
            case "preview" -> preview(f, tree);
            case "portfolio" -> portfolio(f);
            case "timeline" -> timeline(f, tree);
            case "history" -> history(f);
            case "narrative" -> narrative(f);
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Starts the app with the demo workspace, opens the workbench window over the whole screen, runs one of
     * {@code scenarios} under an {@link EdtWatchdog}, closes the window; prints {@code SCENARIO-OK} and exits 0 when
     * every step worked. {@code args}: SCENARIO DATA_DIR OUT_DIR.
     */
    static void drive(String[] args, Scenarios scenarios) {
        try {
            String scenario = args[0];
            data = Path.of(args[1]);
            out = Path.of(args[2]);
            try (AppRuntime app = AppRuntime.start(data, Map.of())) {
                WorkbenchViewsDriver.app = app;
                @SuppressWarnings("unchecked")
                Function<String[], Integer> workbench = (Function<String[], Integer>)
                        app.service("java.util.function.Function", "(hta.application=workbench)");
                CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> workbench.apply(new String[0]));
                Frame f = Ui.frame("HTA Workbench", 30_000);
                // the whole screen (1600×1000), as a writer works and as the screenshots show it; no window manager
                // under Xvfb maximises it
                java.awt.Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
                run(() -> f.setBounds(screen));
                try {
                    waitFor("the window fills the screen", 10_000, () -> f.getBounds().equals(screen));
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + ": " + onEdt(f::getBounds) + ", screen " + screen, e);
                }
                waitFor("the Dossier Navigator view", 15_000, () -> Ui.find(f, "navigator.tree") != null);
                JTree tree = onEdt(() -> get(f, "navigator.tree"));
                waitFor("the navigator lists the demo dossiers", 15_000, () -> tree.getRowCount() > 0);
                EdtWatchdog dog = new EdtWatchdog(250);
                if (!scenarios.run(scenario, f, tree)) throw new IllegalArgumentException(scenario);
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
        // regression (walk of 6 December 2026): with the dossier open and no memo chosen the preview only said "Select a memo"
        step("Review perspective, Hemgenix open and no memo chosen: its first country's memo is previewed");
        WorkbenchWalkDriver.open(f, tree, "Hemgenix");
        run(() -> ((AbstractButton) get(f, "tool:hta.perspective.review")).doClick());
        waitFor("the preview of Hemgenix's first country", 60_000, () -> ((JLabel) get(f, "memoPreview.heading")).getText()
                .matches(".*Hemgenix.* · Norway \\(its first country; choose another in the navigator\\).*")
                && !pages(f, "confidential").isEmpty() && !pages(f, "public").isEmpty(),
                () -> ((JLabel) get(f, "memoPreview.heading")).getText());

        step("the Norwegian prisnotat of Hemgenix selected");
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

    // ---------------------------------------------------------------- item 12: portfolio chart and timeline

    /** The workspace's dossiers as JSON trees (the copy of the demo workspace in the data folder). */
    static List<com.fasterxml.jackson.databind.JsonNode> dossiers() throws Exception {
        List<com.fasterxml.jackson.databind.JsonNode> out = new ArrayList<>();
        try (var files = java.nio.file.Files.list(data.resolve("workspace"))) {
            for (Path p : files.filter(x -> x.toString().endsWith(".json")).sorted().toList()) {
                out.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(p.toFile()));
            }
        }
        return out;
    }

    /** Waits until a tooltip is shown for the pointer resting at {@code at} over {@code c}; returns its text. */
    static String tooltipAt(JComponent c, java.awt.Point at) throws Exception {
        run(() -> {
            javax.swing.ToolTipManager.sharedInstance().setInitialDelay(0);
            long now = System.currentTimeMillis();
            c.dispatchEvent(new java.awt.event.MouseEvent(c, java.awt.event.MouseEvent.MOUSE_ENTERED, now, 0, at.x, at.y, 0, false));
            c.dispatchEvent(new java.awt.event.MouseEvent(c, java.awt.event.MouseEvent.MOUSE_MOVED, now, 0, at.x, at.y, 0, false));
        });
        String[] text = new String[1];
        waitFor("a tooltip at " + at, 5_000, () -> {
            for (Window w : Window.getWindows()) {
                for (Component x : Ui.all(w)) {
                    if (x instanceof javax.swing.JToolTip t && t.isShowing()) text[0] = t.getTipText();
                }
            }
            return text[0] != null;
        });
        run(() -> c.dispatchEvent(new java.awt.event.MouseEvent(c, java.awt.event.MouseEvent.MOUSE_EXITED,
                System.currentTimeMillis(), 0, -1, -1, 0, false)));
        waitFor("the tooltip gone", 5_000, () -> Window.getWindows().length == 0 || java.util.Arrays.stream(Window.getWindows())
                .flatMap(w -> Ui.all(w).stream()).noneMatch(x -> x instanceof javax.swing.JToolTip && x.isShowing()));
        return text[0];
    }

    private static int sum(javax.swing.JTable t, String column) {
        int c = t.getColumnModel().getColumnIndex(column);
        int n = 0;
        for (int r = 0; r < t.getRowCount(); r++) n += Integer.parseInt(String.valueOf(t.getValueAt(r, c)));
        return n;
    }

    /** Sums the bars whose key ("2024 requested 3") has {@code kind}. */
    @SuppressWarnings("unchecked")
    private static int bars(JComponent chart, String kind) {
        int n = 0;
        for (String key : ((Map<String, java.awt.Rectangle>) chart.getClientProperty("hta.chart.bars")).keySet()) {
            String[] p = key.split(" ");
            if (p[1].equals(kind)) n += Integer.parseInt(p[2]);
        }
        return n;
    }

    /**
     * Regression, item 12: the Portfolio chart drew one full-height bar without axis or values, left a year out and
     * did not count decisions.
     */
    @SuppressWarnings("unchecked")
    private static void portfolio(Frame f) throws Exception {
        step("Portfolio perspective: the statistics and their chart");
        run(() -> ((AbstractButton) get(f, "tool:hta.perspective.portfolio")).doClick());
        waitFor("the Portfolio tab", 10_000, () -> Ui.find(f, "stack:bottom") != null);
        run(() -> Ui.selectTab((javax.swing.JTabbedPane) get(f, "stack:bottom"), "Portfolio"));
        javax.swing.JTable table = onEdt(() -> get(f, "portfolio.table"));
        JComponent chart = onEdt(() -> get(f, "portfolio.chart"));
        try {
            waitFor("the statistics and the chart's bars", 20_000, () -> table.getRowCount() > 0
                    && chart.getClientProperty("hta.chart.bars") instanceof Map<?, ?> m && !m.isEmpty());
        } finally {
            System.out.println("  not counted: " + onEdt(() -> ((JLabel) get(f, "portfolio.notCounted")).getText())
                    + "; chart: " + onEdt(() -> chart.getClientProperty("hta.chart.bars")) + " " + onEdt(chart::getSize));
        }
        check("every column of the table at least as wide as its header and its cells (nothing cut)", onEdt(() -> {
            for (int c = 0; c < table.getColumnCount(); c++) {
                var column = table.getColumnModel().getColumn(c);
                int need = table.getTableHeader().getDefaultRenderer().getTableCellRendererComponent(table,
                        column.getHeaderValue(), false, false, -1, c).getPreferredSize().width;
                for (int r = 0; r < table.getRowCount(); r++) {
                    need = Math.max(need, table.prepareRenderer(table.getCellRenderer(r, c), r, c).getPreferredSize().width);
                }
                if (column.getWidth() < need) return false;
            }
            return true;
        }));
        List<Integer> years = onEdt(() -> (List<Integer>) chart.getClientProperty("hta.chart.years"));
        check("every year from the first to the last is on the axis: " + years, !years.isEmpty()
                && years.get(years.size() - 1) - years.get(0) + 1 == years.size());
        for (int r = 0; r < onEdt(table::getRowCount); r++) {
            int row = r;
            int year = Integer.parseInt(String.valueOf(onEdt(() -> table.getValueAt(row, 1))));
            check("the table's year " + year + " is on the chart", years.contains(year));
        }
        Map<String, java.awt.Rectangle> drawn = onEdt(() -> (Map<String, java.awt.Rectangle>) chart.getClientProperty("hta.chart.bars"));
        for (int y : years) {
            check(y + ": a bar of requests, one of deliveries and one of decisions", drawn.keySet().stream().anyMatch(k -> k.startsWith(y + " requested "))
                    && drawn.keySet().stream().anyMatch(k -> k.startsWith(y + " delivered "))
                    && drawn.keySet().stream().anyMatch(k -> k.startsWith(y + " decided ")));
        }
        List<Integer> ticks = onEdt(() -> (List<Integer>) chart.getClientProperty("hta.chart.ticks"));
        int tallest = drawn.keySet().stream().mapToInt(k -> Integer.parseInt(k.split(" ")[2])).max().orElse(0);
        check("a count axis from 0 with room above the tallest bar (" + tallest + "): " + ticks, ticks.size() >= 2
                && ticks.get(0) == 0 && ticks.get(ticks.size() - 1) > tallest);
        int requested = 0;
        for (String status : List.of("No contact", "Awaiting dossier", "Under assessment", "Dispatched", "Cancelled")) {
            requested += onEdt(() -> sum(table, status));
        }
        int req = requested;
        check("the requested bars count what the table counts (" + req + ")", onEdt(() -> bars(chart, "requested")) == req);
        java.util.List<String> headers = onEdt(() -> { // regression: two columns were headed "Dispatched"
            java.util.List<String> h = new java.util.ArrayList<>();
            for (int c = 0; c < table.getColumnCount(); c++) h.add(table.getColumnName(c));
            return h;
        });
        check("every column has a heading of its own, the deliveries the legend's words: " + headers,
                new java.util.HashSet<>(headers).size() == headers.size() && headers.contains("Delivered that year"));
        check("the delivered bars count the dispatched and decided ones", onEdt(() -> bars(chart, "delivered"))
                .equals(onEdt(() -> sum(table, "Delivered that year"))));
        String notCounted = onEdt(() -> ((JLabel) get(f, "portfolio.notCounted")).getText());
        int submissions = 0;
        // the view counts the active jurisdictions only: the app's bundled ones (the demo's EU JCA and Germany
        // submissions have no plugin here)
        java.util.Set<String> active = java.util.Set.of("dk", "nice", "no", "se", "smc");
        for (var d : dossiers()) for (var sub : d.path("submissions")) if (active.contains(sub.path("jurisdiction").asText())) submissions++;
        int named = notCounted.isBlank() ? 0 : notCounted.split(";").length;
        int decisions = 0;
        for (var d : dossiers()) {
            for (var sub : d.path("submissions")) {
                if (active.contains(sub.path("jurisdiction").asText()) && sub.path("decision").hasNonNull("date")) decisions++;
            }
        }
        int recorded = decisions;
        check("regression: decisions are counted, every one recorded with a date (" + recorded + "), on the chart and in the table",
                recorded > 0 && onEdt(() -> bars(chart, "decided")) == recorded && onEdt(() -> sum(table, "Decisions")) == recorded);
        check("every submission is counted or named with the reason (" + submissions + " submissions, " + req
                + " counted, not counted: " + notCounted + ")", req + named == submissions);

        step("a bar's tooltip says what it counts");
        java.awt.Rectangle bar = drawn.entrySet().stream().filter(e -> e.getKey().contains(" requested ")
                && !e.getKey().endsWith(" 0")).findFirst().orElseThrow().getValue();
        String tip = tooltipAt(chart, new java.awt.Point((int) bar.getCenterX(), bar.y + bar.height - 2));
        check("tooltip: " + tip, tip.matches("\\d{4} · All jurisdictions: \\d+ requested.*"));
        Ui.screenshot(f, out.resolve("workbench-portfolio.png"));

        step("the chart of one jurisdiction");
        javax.swing.JComboBox<?> scope = onEdt(() -> get(f, "portfolio.chart.scope"));
        String one = onEdt(() -> String.valueOf(scope.getItemAt(1)));
        run(() -> scope.setSelectedIndex(1));
        int ofOne = 0;
        for (int r = 0; r < onEdt(table::getRowCount); r++) {
            int row = r;
            if (!onEdt(() -> String.valueOf(table.getValueAt(row, 0))).equals(one)) continue;
            for (String status : List.of("No contact", "Awaiting dossier", "Under assessment", "Dispatched", "Cancelled")) {
                ofOne += onEdt(() -> Integer.parseInt(String.valueOf(table.getValueAt(row, table.getColumnModel().getColumnIndex(status)))));
            }
        }
        int expected = ofOne;
        waitFor(one + "'s requests on the chart (" + expected + ")", 5_000, () -> bars(chart, "requested") == expected);

        step("Export… writes the table to a CSV file the writer names");
        java.nio.file.Path csv = data.resolve("portfolio-export.csv");
        java.awt.EventQueue.invokeLater(() -> ((AbstractButton) get(f, "portfolio.export")).doClick()); // a modal chooser
        javax.swing.JFileChooser[] chooser = new javax.swing.JFileChooser[1];
        waitFor("the file chooser", 10_000, () -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w instanceof JDialog d && Ui.find(d, "portfolio.export.chooser") instanceof javax.swing.JFileChooser c) chooser[0] = c;
            }
            return chooser[0] != null;
        });
        check("it proposes a CSV file outside the app's data folder: " + onEdt(() -> chooser[0].getSelectedFile()),
                onEdt(() -> chooser[0].getSelectedFile().getName().matches("portfolio-\\d{4}-\\d{2}-\\d{2}\\.csv")
                        && !chooser[0].getSelectedFile().toPath().startsWith(data)));
        run(() -> {
            chooser[0].setSelectedFile(csv.toFile());
            chooser[0].approveSelection();
        });
        waitFor("the file written", 10_000, () -> java.nio.file.Files.exists(csv) && java.nio.file.Files.readAllLines(csv).size() == table.getRowCount() + 1);
        List<String> lines = java.nio.file.Files.readAllLines(csv);
        check("its header is the table's: " + lines.get(0), lines.get(0).startsWith("Jurisdiction,Year,No contact,") && lines.get(0).endsWith(",Decisions"));
        check("its rows are the table's", onEdt(() -> {
            for (int r = 0; r < table.getRowCount(); r++) {
                if (!lines.get(r + 1).startsWith(table.getValueAt(r, 0) + "," + table.getValueAt(r, 1) + ",")) return false;
            }
            return true;
        }));
    }

    /**
     * Regression, item 12: the Timeline's milestones had no names or tooltips, April milestones were drawn in the
     * label gutter and the scenario's label over the plot.
     */
    @SuppressWarnings("unchecked")
    private static void timeline(Frame f, JTree tree) throws Exception {
        step("Review perspective, Hemgenix selected, the Timeline tab");
        run(() -> ((AbstractButton) get(f, "tool:hta.perspective.review")).doClick());
        waitFor("Hemgenix selected", 10_000, () -> {
            for (int i = 0; i < tree.getRowCount(); i++) {
                if (tree.getPathForRow(i).getPathCount() == 2 && tree.getPathForRow(i).getLastPathComponent().toString().startsWith("Hemgenix")) {
                    int[] selected = tree.getSelectionRows();
                    if (selected == null || selected.length != 1 || selected[0] != i) tree.setSelectionRow(i);
                    return true;
                }
            }
            return false;
        });
        run(() -> Ui.selectTab((javax.swing.JTabbedPane) get(f, "stack:bottom"), "Timeline"));
        JComponent canvas = onEdt(() -> get(f, "timeline.canvas"));
        JComponent lanes = onEdt(() -> get(f, "timeline.lanes"));
        int dated = 0;
        for (var d : dossiers()) {
            if (!d.path("id").asText().equals("hemgenix")) continue;
            for (var s : d.path("submissions")) for (var m : s.path("milestones")) if (m.hasNonNull("date")) dated++;
        }
        int expected = dated;
        waitFor("every dated milestone of Hemgenix named (" + expected + ")", 20_000, () ->
                canvas.getClientProperty("hta.timeline.milestoneLabels") instanceof Map<?, ?> m && m.size() == expected);
        Map<String, java.awt.Rectangle> labels = onEdt(() -> (Map<String, java.awt.Rectangle>) canvas.getClientProperty("hta.timeline.milestoneLabels"));
        Map<String, java.awt.Rectangle> markers = onEdt(() -> (Map<String, java.awt.Rectangle>) canvas.getClientProperty("hta.timeline.milestoneMarkers"));
        int width = onEdt(canvas::getWidth);
        for (var e : labels.entrySet()) {
            check("'" + e.getKey() + "' drawn inside the plot", e.getValue().x >= 0 && e.getValue().x + e.getValue().width <= width
                    && markers.get(e.getKey()).x >= 0);
            for (var o : labels.entrySet()) {
                if (o != e && o.getKey().split(" › ")[0].equals(e.getKey().split(" › ")[0])) {
                    check("'" + e.getKey() + "' and '" + o.getKey() + "' do not overlap", !e.getValue().intersects(o.getValue()));
                }
            }
        }
        check("the lanes' names are the scroll pane's row header, beside the plot, not over it", onEdt(() ->
                ((JScrollPane) javax.swing.SwingUtilities.getAncestorOfClass(JScrollPane.class, canvas)).getRowHeader().getView() == lanes));
        var first = markers.entrySet().iterator().next();
        String tip = tooltipAt(canvas, new java.awt.Point((int) first.getValue().getCenterX(), (int) first.getValue().getCenterY()));
        check("a milestone's tooltip names it and its date: " + tip, tip.startsWith(first.getKey().split(" › ")[1] + " — "));

        step("compared with a scenario: its lane's name stays beside the plot");
        javax.swing.JComboBox<?> scenario = onEdt(() -> get(f, "timeline.scenario"));
        check("a scenario to compare with", onEdt(scenario::getItemCount) > 1);
        run(() -> scenario.setSelectedIndex(1));
        waitFor("a scenario lane", 5_000, () -> ((Map<String, java.awt.Rectangle>) lanes.getClientProperty("hta.timeline.laneNames"))
                .keySet().stream().anyMatch(k -> k.contains(" — ")));
        Map<String, java.awt.Rectangle> names = onEdt(() -> (Map<String, java.awt.Rectangle>) lanes.getClientProperty("hta.timeline.laneNames"));
        int header = onEdt(lanes::getWidth);
        for (var e : names.entrySet()) {
            check("'" + e.getKey() + "' fits beside the plot", e.getValue().x >= 0 && e.getValue().x + e.getValue().width <= header);
        }
        Ui.screenshot(f, out.resolve("workbench-timeline.png"));
    }

    // ---------------------------------------------------------------- item 17: history comparison and author

    /**
     * Regression, item 17: History › Compare was a raw JSON line diff in a small pane, and saves were recorded
     * under the computer's account name.
     */
    private static void history(Frame f) throws Exception {
        step("Review perspective, Hemgenix selected: the History asks for the writer's name");
        run(() -> ((AbstractButton) get(f, "tool:hta.perspective.review")).doClick());
        try {
            waitFor("the History view", 10_000, () -> Ui.find(f, "history.table") != null);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; Error Log: " + onEdt(() -> errorLog(f)), e);
        }
        javax.swing.JTable revisions = onEdt(() -> get(f, "history.table"));
        JTree navigator = onEdt(() -> get(f, "navigator.tree")); // the perspective's views are new ones
        waitFor("the navigator lists the dossiers", 10_000, () -> navigator.getRowCount() > 0);
        Ui.openFromNavigator(navigator, "Hemgenix", () -> Ui.find(f, "view:editor:hemgenix") != null);
        waitFor("Hemgenix's one revision listed", 10_000, () -> revisions.getRowCount() == 1);
        JComponent authorLine = onEdt(() -> get(f, "history.authorLine"));
        check("no name given: the History asks for one (not the account name '" + System.getProperty("user.name") + "')",
                onEdt(authorLine::isShowing));
        javax.swing.JTextField name = onEdt(() -> get(f, "history.authorName"));
        AbstractButton use = onEdt(() -> get(f, "history.useName"));
        check("regression: the field and its button whole in the narrow History column", onEdt(() -> {
            java.awt.Rectangle b = javax.swing.SwingUtilities.convertRectangle(use.getParent(), use.getBounds(), authorLine);
            return name.getWidth() >= 80 && b.x >= 0 && b.x + b.width <= authorLine.getWidth()
                    && b.height >= use.getPreferredSize().height && name.getHeight() >= name.getPreferredSize().height;
        }));
        run(() -> name.setText("Kari Nordmann"));
        run(() -> ((AbstractButton) get(f, "history.useName")).doClick());
        waitFor("the request for a name gone once given", 5_000, () -> !authorLine.isShowing());

        step("edit the marketing authorisation holder and the ATC code, save");
        java.awt.Container editor = onEdt(() -> get(f, "view:editor:hemgenix"));
        javax.swing.JTextField holder = onEdt(() -> get(editor, "product.mah"));
        javax.swing.JTextField atc = onEdt(() -> get(editor, "product.atcCode"));
        String oldHolder = onEdt(holder::getText);
        String oldAtc = onEdt(atc::getText);
        run(() -> atc.setText("B02BD99"));
        run(() -> atc.postActionEvent());
        run(() -> holder.setText(oldHolder + " GmbH"));
        key(holder, CTRL, KeyEvent.VK_S);
        waitFor("the new revision listed first, under the name given", 15_000, () -> revisions.getRowCount() == 2
                && "Kari Nordmann".equals(String.valueOf(revisions.getValueAt(0, revisions.getColumnModel().getColumnIndex("By")))));
        check("the first revision, saved by no one named, says so", onEdt(() -> String.valueOf(revisions.getValueAt(1,
                revisions.getColumnModel().getColumnIndex("By")))).equals("(no name)"));

        step("compare revision 1 with the current one: a window, one row per field");
        run(() -> revisions.setRowSelectionInterval(1, 1));
        // regression (outsider's walk): a tooltip of the History stayed over the Compare window; the pointer rests on
        // revision 1's time ("not recorded", explained in its tooltip) and Compare is pressed without moving it
        java.awt.Point cell = onEdt(() -> {
            java.awt.Rectangle r = revisions.getCellRect(1, revisions.getColumnModel().getColumnIndex("Saved"), true);
            java.awt.Point p = new java.awt.Point(r.x + r.width / 2, r.y + r.height / 2);
            javax.swing.SwingUtilities.convertPointToScreen(p, revisions);
            return p;
        });
        java.awt.Robot pointer = new java.awt.Robot();
        // a tooltip that went by itself after 4 s would pass for one that went with the dialog's opening
        int dismiss = onEdt(() -> javax.swing.ToolTipManager.sharedInstance().getDismissDelay());
        run(() -> javax.swing.ToolTipManager.sharedInstance().setDismissDelay(120_000));
        pointer.mouseMove(cell.x - 3, cell.y);
        pointer.mouseMove(cell.x, cell.y);
        waitFor("the History's tooltip shows", 10_000, () -> WorkbenchLegibilityDriver.tooltipShowing() != null);
        run(() -> ((AbstractButton) get(f, "history.compare")).doClick());
        JDialog[] dialog = {comparisonWindow()};
        waitFor("no tooltip over the comparison window", 3_000, () -> WorkbenchLegibilityDriver.tooltipShowing() == null,
                () -> "showing: " + WorkbenchLegibilityDriver.tooltipShowing());
        run(() -> javax.swing.ToolTipManager.sharedInstance().setDismissDelay(dismiss));
        javax.swing.JTable rows = onEdt(() -> get(dialog[0], "history.comparison.table"));
        List<String> where = onEdt(() -> {
            List<String> w = new ArrayList<>();
            for (int r = 0; r < rows.getRowCount(); r++) w.add(String.valueOf(rows.getValueAt(r, 0)));
            return w;
        });
        check("exactly the two fields edited, in words: " + where, where.equals(
                List.of("Product › ATC code", "Product › Marketing authorisation holder")));
        check("the columns name the revisions", onEdt(() -> rows.getColumnName(2) + " | " + rows.getColumnName(3))
                .equals("Revision 1 | Current (revision 2)"));
        check("the holder's values then and now", onEdt(() -> rows.getValueAt(1, 2) + " → " + rows.getValueAt(1, 3))
                .equals(oldHolder + " → " + oldHolder + " GmbH"));
        check("the ATC code's values then and now", onEdt(() -> rows.getValueAt(0, 2) + " → " + rows.getValueAt(0, 3))
                .equals(oldAtc + " → B02BD99"));
        check("the window is sized to read (at least 4/5 of the workbench)", onEdt(() ->
                dialog[0].getWidth() >= f.getWidth() * 4 / 5 - 1 && dialog[0].getHeight() >= f.getHeight() * 4 / 5 - 1));

        step("the holder selected: its values in full, the added word marked");
        run(() -> rows.setRowSelectionInterval(1, 1));
        JComponent after = onEdt(() -> get(dialog[0], "history.comparison.after"));
        JComponent before = onEdt(() -> get(dialog[0], "history.comparison.before"));
        waitFor("the added word, and only it, marked in the new value", 5_000, () -> List.of("GmbH").equals(after.getClientProperty("hta.marked"))
                && ((javax.swing.text.JTextComponent) after).getText().equals(oldHolder + " GmbH"));
        check("nothing marked in the old one (no mark left from the row shown before)",
                onEdt(() -> before.getClientProperty("hta.marked")).equals(List.of()));
        Ui.screenshot(f, out.resolve("workbench-history-compare.png"));

        step("filter, then Escape closes");
        javax.swing.JTextField filter = onEdt(() -> get(dialog[0], "history.comparison.filter"));
        run(() -> filter.setText("holder"));
        waitFor("one row left", 5_000, () -> rows.getRowCount() == 1);
        key(rows, 0, KeyEvent.VK_ESCAPE);
        waitFor("the comparison closed", 5_000, () -> !dialog[0].isShowing());
        statusInWords(f, editor, revisions);
    }

    /**
     * Regression (outsider's walk): Compare showed a submission's status as its code ("no.for-decision |
     * no.decided"). It reads as the jurisdiction's words, as the country's page offers them.
     */
    private static void statusInWords(Frame f, java.awt.Container editor, javax.swing.JTable revisions) throws Exception {
        step("Norway's status changed on its page and saved; Compare says both statuses in Norway's words");
        javax.swing.JTabbedPane pages = onEdt(() -> get(editor, "editor.pages"));
        run(() -> Ui.selectTab(pages, "Norway"));
        javax.swing.JComboBox<?> status = onEdt(() -> get(editor, "jp.no.status"));
        String before = onEdt(() -> String.valueOf(status.getSelectedItem()));
        String after = onEdt(() -> String.valueOf(status.getItemAt(status.getItemCount() - 1)));
        check("a status other than the one set is offered: " + before + " / " + after, !before.equals(after));
        run(() -> status.setSelectedIndex(status.getItemCount() - 1));
        key(status, CTRL, KeyEvent.VK_S);
        waitFor("the third revision listed", 15_000, () -> revisions.getRowCount() == 3);
        run(() -> revisions.setRowSelectionInterval(1, 1));
        run(() -> ((AbstractButton) get(f, "history.compare")).doClick());
        JDialog[] dialog = {comparisonWindow()};
        javax.swing.JTable rows = onEdt(() -> get(dialog[0], "history.comparison.table"));
        waitFor("one row, Norway's status, in Norway's words: " + before + " → " + after, 10_000, () -> rows.getRowCount() == 1
                && "Submissions › Norway › Status".equals(rows.getValueAt(0, 0))
                && before.equals(rows.getValueAt(0, 2)) && after.equals(rows.getValueAt(0, 3)),
                () -> rows.getRowCount() == 0 ? "no rows" : rows.getValueAt(0, 0) + " | " + rows.getValueAt(0, 2) + " | " + rows.getValueAt(0, 3));
        check("no status code in it", !String.valueOf(onEdt(() -> rows.getValueAt(0, 3))).contains("no."));
        key(rows, 0, KeyEvent.VK_ESCAPE);
        waitFor("the comparison closed", 5_000, () -> !dialog[0].isShowing());
    }

    /** History's comparison window, once it shows. */
    private static JDialog comparisonWindow() throws Exception {
        JDialog[] dialog = new JDialog[1];
        waitFor("the comparison window", 15_000, () -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof JDialog d && d.isShowing() && "history.comparison".equals(d.getName())) dialog[0] = d;
            }
            return dialog[0] != null;
        });
        return dialog[0];
    }

    /** The Error Log's rows, for a failure's message. */
    static String errorLog(Frame f) {
        javax.swing.JTable t = Ui.find(f, "errorlog.table");
        if (t == null) return "(no Error Log view open)";
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < t.getRowCount(); r++) {
            for (int c = 0; c < t.getColumnCount(); c++) sb.append(t.getValueAt(r, c)).append(c + 1 < t.getColumnCount() ? " | " : "\n");
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- issue 14: references and quick fixes

    private static String all(javax.swing.JTextPane text) {
        try {
            return text.getDocument().getText(0, text.getDocument().getLength());
        } catch (javax.swing.text.BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The showing popup menu named {@code name}, waiting for it. */
    private static javax.swing.JPopupMenu popup(String name) throws Exception {
        javax.swing.JPopupMenu[] menu = new javax.swing.JPopupMenu[1];
        waitFor("the menu " + name, 5_000, () -> {
            for (Window w : Window.getWindows()) {
                for (Component c : Ui.all(w)) if (c instanceof javax.swing.JPopupMenu m && m.isShowing() && name.equals(m.getName())) menu[0] = m;
            }
            return menu[0] != null;
        });
        return menu[0];
    }

    private static List<String> items(javax.swing.JPopupMenu m) {
        List<String> out = new ArrayList<>();
        for (Component c : m.getComponents()) if (c instanceof javax.swing.JMenuItem i) out.add(i.getText());
        return out;
    }

    /**
     * Issue 14, the workbench side: a confidential value typed into narrative is underlined as the writer types; Ctrl+1
     * offers to mark it confidential, acknowledge a coincidence, or refer to the value instead; a reference is a chip
     * that is saved as {"ref": id}; Ctrl+Shift+I inserts one; an acknowledged coincidence is no longer underlined.
     */
    private static void narrative(Frame f) throws Exception {
        step("Hemgenix › Narratives, Norway's summary: type the agreed price");
        JTree navigator = onEdt(() -> get(f, "navigator.tree"));
        Ui.openFromNavigator(navigator, "Hemgenix", () -> Ui.find(f, "view:editor:hemgenix") != null);
        java.awt.Container editor = onEdt(() -> get(f, "view:editor:hemgenix"));
        javax.swing.JTabbedPane pages = onEdt(() -> get(editor, "editor.pages"));
        run(() -> Ui.selectTab(pages, "Narratives"));
        javax.swing.JList<?> sections = onEdt(() -> get(editor, "narratives.sections"));
        javax.swing.JTextPane text = onEdt(() -> get(editor, "narratives.text"));
        run(() -> {
            for (int i = 0; i < sections.getModel().getSize(); i++) {
                String[] s = (String[]) sections.getModel().getElementAt(i);
                if (s[0].equals("no") && s[1].equals("oppsummering")) sections.setSelectedIndex(i);
            }
            text.requestFocusInWindow();
            text.setCaretPosition(text.getDocument().getLength());
        });
        Ui.type(text, " Avtalt pris er 29 950 000 NOK.");
        try {
            waitFor("the agreed price underlined", 15_000, () -> text.getHighlighter().getHighlights().length > 0);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; text: " + onEdt(() -> all(text)) + "; Error Log: " + onEdt(() -> errorLog(f)), e);
        }

        step("Ctrl+1 in the number: the quick fixes");
        run(() -> text.setCaretPosition(all(text).indexOf("29 950 000") + 3));
        key(text, CTRL, KeyEvent.VK_1);
        javax.swing.JPopupMenu menu = popup("narratives.quickFix");
        List<String> fixes = onEdt(() -> items(menu));
        check("mark confidential, acknowledge, refer to the value, insert: " + fixes,
                fixes.stream().anyMatch(x -> x.startsWith("Mark confidential (the value 'no-rhf-aup'"))
                        && fixes.stream().anyMatch(x -> x.startsWith("Acknowledge a coincidence with 'no-rhf-aup'"))
                        && fixes.stream().filter(x -> x.startsWith("Mark confidential")).count() == 1
                        && fixes.stream().anyMatch(x -> x.startsWith("Refer to ") && x.contains("(no-rhf-aup) instead of the typed number"))
                        && fixes.contains("Insert Reference to a Value…"));
        Ui.screenshot(f, out.resolve("workbench-narrative-quickfix.png"));

        step("refer to the value: a chip instead of the typed number, no underline");
        run(() -> {
            for (Component c : menu.getComponents()) {
                if (c instanceof javax.swing.JMenuItem i && i.getText().startsWith("Refer to ") && i.getText().contains("(no-rhf-aup)")) i.doClick();
            }
        });
        waitFor("the typed number replaced by a reference", 5_000, () -> !all(text).contains("29 950 000")
                && Ui.find(text, "narratives.ref:no-rhf-aup") != null);
        JLabel chip = onEdt(() -> (JLabel) get(text, "narratives.ref:no-rhf-aup"));
        check("the chip shows the value now with its unit, tinted confidential: " + onEdt(chip::getText),
                onEdt(chip::getText).matches("29.950.000 NOK") && Boolean.TRUE.equals(onEdt(() -> chip.getClientProperty("hta.confidential"))));
        waitFor("nothing underlined", 15_000, () -> text.getHighlighter().getHighlights().length == 0);

        step("Ctrl+Shift+I: a reference to a value chosen from the dossier's");
        run(() -> text.setCaretPosition(text.getDocument().getLength()));
        Ui.keyLater(text, CTRL | InputEvent.SHIFT_DOWN_MASK, KeyEvent.VK_I);
        JDialog insert = Ui.dialog("Insert Reference to a Value", 5_000);
        javax.swing.JComboBox<?> choice = onEdt(() -> get(insert, "narratives.referenceChoice"));
        String chosenId = onEdt(() -> {
            for (int i = 0; i < choice.getItemCount(); i++) {
                if (String.valueOf(choice.getItemAt(i)).endsWith("(no-cost-neutral-years)")) {
                    choice.setSelectedIndex(i);
                    return "no-cost-neutral-years";
                }
            }
            return null;
        });
        check("the dossier's figures are offered", chosenId != null);
        Ui.click(insert, "OK");
        waitFor("the second chip", 5_000, () -> Ui.find(text, "narratives.ref:no-cost-neutral-years") != null);

        step("save: the references are in the file as references");
        key(text, CTRL, KeyEvent.VK_S);
        java.nio.file.Path file = data.resolve("workspace").resolve("hemgenix.json");
        waitFor("saved with both references", 15_000, () -> {
            String json = java.nio.file.Files.readString(file);
            return json.contains("\"ref\" : \"no-rhf-aup\"") && json.contains("\"ref\" : \"no-cost-neutral-years\"");
        });

        step("a coincidence acknowledged with a reason is no longer underlined (in the background section)");
        run(() -> {
            for (int i = 0; i < sections.getModel().getSize(); i++) {
                String[] s = (String[]) sections.getModel().getElementAt(i);
                if (s[0].equals("no") && s[1].equals("bakgrunn")) sections.setSelectedIndex(i);
            }
        });
        waitFor("the background section shown", 5_000, () -> all(text).startsWith("Notatet bygger"));
        run(() -> text.setCaretPosition(text.getDocument().getLength()));
        Ui.type(text, " Avtalt pris 29 950 000 NOK.");
        try {
            waitFor("underlined again", 15_000, () -> text.getHighlighter().getHighlights().length > 0);
        } catch (AssertionError e) {
            javax.swing.JTable problems = Ui.find(f, "problems.table");
            StringBuilder p = new StringBuilder();
            if (problems != null) run(() -> { for (int r = 0; r < problems.getRowCount(); r++) p.append(problems.getValueAt(r, 1)).append(" / "); });
            throw new AssertionError(e.getMessage() + "; text: " + onEdt(() -> all(text)) + "; Problems: " + p + "; Error Log: " + onEdt(() -> errorLog(f)), e);
        }
        run(() -> text.setCaretPosition(all(text).lastIndexOf("29 950 000") + 2));
        key(text, CTRL, KeyEvent.VK_1);
        javax.swing.JPopupMenu again = popup("narratives.quickFix");
        java.awt.EventQueue.invokeLater(() -> {
            for (Component c : again.getComponents()) {
                if (c instanceof javax.swing.JMenuItem i && i.getText().startsWith("Acknowledge a coincidence")) i.doClick();
            }
        });
        JDialog ack = Ui.dialog("Acknowledge a Coincidence", 5_000);
        run(() -> {
            ((javax.swing.JTextField) get(ack, "narratives.acknowledge.reason")).setText("the demo's list price and agreed price are both fictional");
            ((javax.swing.JTextField) get(ack, "narratives.acknowledge.author")).setText("Kari Nordmann");
        });
        Ui.click(ack, "OK");
        waitFor("no longer underlined", 15_000, () -> text.getHighlighter().getHighlights().length == 0);
        key(text, CTRL, KeyEvent.VK_S);
        waitFor("the acknowledgement saved with its author and reason", 15_000, () -> {
            String json = java.nio.file.Files.readString(file);
            return json.contains("\"confidentialItem\" : \"no-rhf-aup\"") && json.contains("\"author\" : \"Kari Nordmann\"");
        });
    }
}
