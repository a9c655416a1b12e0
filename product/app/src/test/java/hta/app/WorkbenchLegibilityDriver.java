package hta.app;

import static hta.app.Ui.get;
import static hta.app.Ui.onEdt;
import static hta.app.Ui.run;
import static hta.app.Ui.waitFor;
import static hta.app.WorkbenchWalkDriver.check;
import static hta.app.WorkbenchWalkDriver.step;

import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.CellRendererPane;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTree;
import javax.swing.SwingUtilities;
import javax.swing.table.JTableHeader;
import javax.swing.table.TableCellRenderer;

/**
 * Drives the real workbench of the assembled app through what a new writer reads in its views (issue 17, the
 * outsider's walk after the first round): cut text anywhere reads in full in a tooltip, words instead of codes,
 * the Landscape's colours and dates, the Timeline's layout, History's dates, dialogs' edges in the dark theme. One
 * scenario per run under an {@link EdtWatchdog}; waits on state, never on time. Prints {@code SCENARIO-OK} and exits
 * 0 when every step worked. Usage: {@code WorkbenchLegibilityDriver SCENARIO DATA_DIR OUT_DIR}.
 */
public final class WorkbenchLegibilityDriver {
    public static void main(String[] args) {
        WorkbenchViewsDriver.drive(args, (scenario, f, tree) -> {
            if (scenario.equals("cut")) cut(f, tree);
            else if (scenario.equals("tooltip")) longTooltip(f);
            else return LegibilityScenarios.scenario(scenario, f, tree);
            return true;
        });
    }

    /** Something whose text its space cuts: where the pointer rests on it and the whole text. */
    record Cut(JComponent component, Point at, String whole) {
        @Override
        public String toString() {
            return (component.getName() != null ? component.getName() : component.getClass().getSimpleName()) + " '" + whole + "'";
        }
    }

    /**
     * Regression: cells, headers, navigator rows and labels cut by their space (Landscape, Plugins, Preferences'
     * settings, History, Portfolio's "Not counted" line) showed no tooltip. Every perspective, every view in front in
     * turn, at the full screen and in a narrower window; then the Preferences' pages.
     */
    private static void cut(Frame f, JTree tree) throws Exception {
        WorkbenchWalkDriver.open(f, tree, "Hemgenix");
        // the tooltip manager's own timer still decides, only sooner than a writer's 0.75 s, so that the many cut
        // texts of every view fit in the scenario's time
        run(() -> javax.swing.ToolTipManager.sharedInstance().setInitialDelay(150));
        int checked = 0;
        for (Rectangle size : List.of(onEdt(f::getBounds), new Rectangle(0, 0, 1100, 760))) {
            run(() -> f.setBounds(size));
            waitFor("the window at " + size.width + "×" + size.height, 10_000, () -> f.getBounds().equals(size));
            for (String perspective : List.of("authoring", "review", "portfolio")) {
                step(perspective + " at " + size.width + " px: every cut text has a tooltip with the whole text");
                run(() -> ((AbstractButton) get(f, "tool:hta.perspective." + perspective)).doClick());
                for (JTabbedPane stack : stacks(f)) {
                    int tabs = onEdt(stack::getTabCount);
                    for (int i = 0; i < tabs; i++) {
                        int tab = i;
                        run(() -> stack.setSelectedIndex(tab));
                        waitFor("the tab laid out", 5_000, () -> { // tables fill as their views load
                            Component c = stack.getComponentAt(tab);
                            return c.isShowing() && c.getWidth() > 0 && !tablesLoading((Container) c);
                        });
                        checked += checkCuts(f, stack.getComponentAt(tab));
                    }
                }
            }
        }
        step("Preferences: the settings' descriptions and sources, every page");
        EventQueue.invokeLater(() -> ((AbstractButton) Ui.find(f, "menu:hta.file.preferences")).doClick());
        JDialog prefs = Ui.dialog("Preferences", 10_000);
        javax.swing.JList<?> pages = onEdt(() -> get(prefs, "prefs.pages"));
        int n = onEdt(() -> pages.getModel().getSize());
        for (int i = 0; i < n; i++) {
            int page = i;
            run(() -> pages.setSelectedIndex(page));
            waitFor("page " + page + " shown", 5_000, () -> prefs.isShowing() && prefs.getWidth() > 0);
            checked += checkCuts(f, prefs.getContentPane());
        }
        Ui.screenshot(prefs, WorkbenchViewsDriver.out.resolve("workbench-settings-words.png"));
        Ui.key(pages, 0, KeyEvent.VK_ESCAPE);
        waitFor("Escape closes Preferences", 5_000, () -> !prefs.isShowing());
        check(checked + " cut texts read in full (the narrow window cuts many)", checked >= 20);
    }

    /**
     * Regression (walk of 6 December 2026): a long tooltip — here the selected problem's text with what to do, under
     * Problems — showed as one line across the screen. The real pointer rests on it; the tooltip that shows has every
     * word, in lines no wider than 80 average characters, and is inside the screen.
     */
    private static void longTooltip(Frame f) throws Exception {
        run(() -> javax.swing.ToolTipManager.sharedInstance().setInitialDelay(150));
        for (JTabbedPane stack : stacks(f)) {
            run(() -> {
                int i = stack.indexOfTab("Problems");
                if (i >= 0) stack.setSelectedIndex(i); // the view is made when its tab is first shown
            });
        }
        waitFor("the Problems view", 15_000, () -> Ui.find(f, "problems.table") != null);
        JTable problems = onEdt(() -> get(f, "problems.table"));
        waitFor("Problems lists the demo's problems", 60_000, () -> problems.isShowing() && problems.getRowCount() > 0);
        JLabel details = onEdt(() -> get(f, "problems.details"));
        String whole = onEdt(() -> {
            int longest = 0;
            for (int r = 1; r < problems.getRowCount(); r++) {
                if (String.valueOf(problems.getValueAt(r, 1)).length() > String.valueOf(problems.getValueAt(longest, 1)).length()) longest = r;
            }
            problems.setRowSelectionInterval(longest, longest);
            return details.getToolTipText();
        });
        check("the problem's whole text is longer than two lines of 80: " + whole, whole != null && whole.length() > 170);
        java.awt.Robot pointer = new java.awt.Robot();
        Point at = onEdt(() -> {
            Point p = new Point(details.getWidth() / 2, details.getHeight() / 2);
            SwingUtilities.convertPointToScreen(p, details);
            return p;
        });
        pointer.mouseMove(at.x, at.y);
        waitFor("the tooltip with the problem's words", 10_000, () -> tooltipShowing() != null
                && plain(tooltipShowing()).equals(plain(whole)), () -> "tooltip showing: " + tooltipShowing());
        javax.swing.JToolTip tip = onEdt(WorkbenchLegibilityDriver::tooltip);
        int[] measured = onEdt(() -> {
            java.awt.FontMetrics fm = tip.getFontMetrics(tip.getFont());
            int widest = 0;
            for (String line : tip.getTipText().split("\n")) widest = Math.max(widest, fm.stringWidth(line));
            return new int[]{widest, 80 * fm.charWidth('n'), tip.getTipText().split("\n").length, tip.getWidth()};
        });
        check("in " + measured[2] + " lines, the widest " + measured[0] + " px, within 80 average characters (" + measured[1]
                + " px)", measured[2] >= 2 && measured[0] <= measured[1]);
        Rectangle shown = onEdt(() -> new Rectangle(tip.getLocationOnScreen(), tip.getSize()));
        Rectangle screen = onEdt(() -> f.getGraphicsConfiguration().getBounds());
        check("the tooltip " + shown + " is inside the screen " + screen, screen.contains(shown));
        Ui.screenshot(f, WorkbenchViewsDriver.out.resolve("workbench-tooltip-wrapped.png"));
        Point away = onEdt(() -> away(f));
        pointer.mouseMove(away.x, away.y);
        waitFor("the tooltip goes", 10_000, () -> tooltipShowing() == null);
    }

    /** The tooltip showing (EDT), in its own window or in the workbench window's layered pane; or null. */
    private static javax.swing.JToolTip tooltip() {
        for (java.awt.Window w : java.awt.Window.getWindows()) {
            if (!w.isShowing()) continue;
            for (Component c : Ui.all(w)) if (c instanceof javax.swing.JToolTip t && t.isShowing()) return t;
        }
        return null;
    }

    /** Whether a table under {@code c} is still empty while its view loads (a view shows "loading" rows). */
    private static boolean tablesLoading(Container c) {
        for (Component x : Ui.all(c)) if (x instanceof JTable t && t.isShowing() && t.getColumnCount() == 0) return true;
        return false;
    }

    static List<JTabbedPane> stacks(Frame f) throws Exception {
        return onEdt(() -> {
            List<JTabbedPane> stacks = new ArrayList<>();
            for (Component c : Ui.all(f)) {
                if (c instanceof JTabbedPane p && c.isShowing() && c.getName() != null && c.getName().startsWith("stack:")
                        && !c.getName().equals("stack:editor")) stacks.add(p);
            }
            return stacks;
        });
    }

    /**
     * Rests the real pointer ({@link java.awt.Robot}, as a writer's mouse) on the cut texts under {@code root} and waits
     * until a tooltip window shows each one's whole text; returns how many it checked. Regression: dispatching a
     * synthetic move passed while no tooltip ever showed under a real pointer (the component was registered with the
     * tooltip manager again on every move, which stopped its timer). Up to {@link #PER_COMPONENT} cuts of each
     * component, so that every component is tried within the scenario's time.
     */
    static int checkCuts(Frame f, Component root) throws Exception {
        List<Cut> cuts = onEdt(() -> cuts(root));
        java.util.Map<JComponent, Integer> tried = new java.util.HashMap<>();
        java.awt.Robot pointer = new java.awt.Robot();
        int checked = 0;
        for (Cut c : cuts) {
            if (tried.merge(c.component(), 1, Integer::sum) > PER_COMPONENT) continue;
            Point away = onEdt(() -> away(f));
            pointer.mouseMove(away.x, away.y); // out of the last one, so that its tooltip goes and this one's comes
            waitFor("no tooltip before " + c, 10_000, () -> tooltipShowing() == null);
            Point at = onEdt(() -> {
                Point p = new Point(c.at());
                SwingUtilities.convertPointToScreen(p, c.component());
                return p;
            });
            pointer.mouseMove(at.x, at.y);
            Ui.waitFor("a tooltip with the whole text of " + c, 10_000, () -> {
                String tip = tooltipShowing();
                return tip != null && plain(tip).contains(plain(c.whole()));
            }, () -> "tooltip showing: " + tooltipShowing());
            check("cut, its whole text in a tooltip under the pointer: " + c, true);
            checked++;
        }
        // the pointer leaves the last one: while a tooltip shows, Escape (Swing's own rule) hides it and does no more
        Point away = onEdt(() -> away(f));
        pointer.mouseMove(away.x, away.y);
        waitFor("no tooltip after the cut texts", 10_000, () -> tooltipShowing() == null);
        return checked;
    }

    /** How many cut texts of one component {@link #checkCuts} tries. */
    private static final int PER_COMPONENT = 3;

    /**
     * A point on the screen with no tooltip (EDT): the empty right end of the window's menu bar, or, where a dialog
     * covers it, the screen's corner beside the window.
     */
    private static Point away(Frame f) {
        javax.swing.JMenuBar bar = ((javax.swing.JFrame) f).getJMenuBar();
        Point p = new Point(bar.getWidth() - 4, bar.getHeight() / 2);
        SwingUtilities.convertPointToScreen(p, bar);
        for (java.awt.Window w : java.awt.Window.getWindows()) {
            if (w != f && w.isShowing() && w.getBounds().contains(p)) {
                Rectangle screen = f.getGraphicsConfiguration().getBounds();
                return new Point(screen.x + screen.width - 2, screen.y + screen.height - 2);
            }
        }
        return p;
    }

    /** The text of the tooltip window showing, or null (EDT). */
    static String tooltipShowing() {
        for (java.awt.Window w : java.awt.Window.getWindows()) {
            if (!w.isShowing()) continue;
            for (Component c : Ui.all(w)) if (c instanceof javax.swing.JToolTip t && t.isShowing()) return t.getTipText();
        }
        return null;
    }

    private static String plain(String s) {
        return s.replaceAll("<[^>]+>", " ").replace("&nbsp;", " ").replaceAll("\\s+", " ").strip();
    }

    /** Every text under {@code root} that its space cuts, as a reader sees it (EDT). */
    static List<Cut> cuts(Component root) {
        List<Cut> cuts = new ArrayList<>();
        List<Component> all = root instanceof Container c ? new ArrayList<>(Ui.all(c)) : new ArrayList<>();
        all.add(0, root);
        for (Component c : all) {
            if (!c.isShowing() || c.getWidth() <= 0 || SwingUtilities.getAncestorOfClass(CellRendererPane.class, c) != null) continue;
            if (c instanceof JTable t) tableCuts(t, cuts);
            else if (c instanceof JTableHeader h) headerCuts(h, cuts);
            else if (c instanceof JTree t) treeCuts(t, cuts);
            else if (c instanceof JLabel l) textCut(l, l.getText(), cuts);
            else if (c instanceof AbstractButton b && !(b instanceof JMenuItem)) textCut(b, b.getText(), cuts);
        }
        return cuts;
    }

    private static void textCut(JComponent c, String text, List<Cut> cuts) {
        if (text == null || text.isBlank() || text.startsWith("<html>")) return;
        if (c.getPreferredSize().width > c.getWidth()) cuts.add(new Cut(c, new Point(c.getWidth() / 2, c.getHeight() / 2), text));
    }

    private static void tableCuts(JTable t, List<Cut> cuts) {
        Rectangle visible = t.getVisibleRect();
        int first = Math.max(0, t.rowAtPoint(visible.getLocation()));
        for (int r = first; r < t.getRowCount() && r < first + 15; r++) {
            for (int col = 0; col < t.getColumnCount(); col++) {
                Rectangle cell = t.getCellRect(r, col, false);
                if (!visible.intersects(cell)) continue;
                Component shown = t.prepareRenderer(t.getCellRenderer(r, col), r, col);
                String text = shown instanceof JLabel l ? l.getText() : null;
                if (text == null || text.isBlank() || text.startsWith("<html>")) continue;
                if (shown.getPreferredSize().width > cell.width) {
                    cuts.add(new Cut(t, new Point(cell.x + cell.width / 2, cell.y + cell.height / 2), text));
                }
            }
        }
    }

    private static void headerCuts(JTableHeader h, List<Cut> cuts) {
        if (h.getTable() == null) return;
        for (int col = 0; col < h.getColumnModel().getColumnCount(); col++) {
            TableCellRenderer r = h.getColumnModel().getColumn(col).getHeaderRenderer();
            if (r == null) r = h.getDefaultRenderer();
            Object value = h.getColumnModel().getColumn(col).getHeaderValue();
            Component shown = r.getTableCellRendererComponent(h.getTable(), value, false, false, -1, col);
            Rectangle rect = h.getHeaderRect(col);
            String text = shown instanceof JLabel l ? l.getText() : null;
            if (text == null || text.isBlank() || !h.getVisibleRect().intersects(rect)) continue;
            if (shown.getPreferredSize().width > rect.width) {
                cuts.add(new Cut(h, new Point(rect.x + rect.width / 2, rect.y + rect.height / 2), text));
            }
        }
    }

    private static void treeCuts(JTree t, List<Cut> cuts) {
        Rectangle visible = t.getVisibleRect();
        for (int row = 0; row < t.getRowCount(); row++) {
            Rectangle b = t.getRowBounds(row);
            if (b == null || !visible.intersects(b) || b.x + b.width <= visible.x + visible.width) continue;
            Object node = t.getPathForRow(row).getLastPathComponent();
            Component shown = t.getCellRenderer().getTreeCellRendererComponent(t, node, false, t.isExpanded(row),
                    t.getModel().isLeaf(node), row, false);
            String text = shown instanceof JLabel l ? l.getText() : String.valueOf(node);
            int x = Math.max(b.x + 2, visible.x + 2);
            cuts.add(new Cut(t, new Point(x, b.y + b.height / 2), text));
        }
    }
}
