package hta.app;

import static hta.app.Ui.get;
import static hta.app.Ui.onEdt;
import static hta.app.Ui.run;
import static hta.app.Ui.waitFor;
import static hta.app.WorkbenchViewsDriver.check;
import static hta.app.WorkbenchViewsDriver.step;

import java.awt.Component;
import java.awt.Frame;
import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTree;
import javax.swing.SwingUtilities;

/**
 * Drives the real workbench through which part is active (outsider's walk): a click on a view's tab did not make
 * that view the active part — Ctrl+M then maximised the part used before — and History and Properties followed the
 * navigator's selection while an editor of another dossier was the active part. Real mouse clicks through
 * {@link Robot} on the tabs as drawn; waits on state. Usage: {@code WorkbenchActivationDriver SCENARIO DATA_DIR OUT_DIR}.
 */
public final class WorkbenchActivationDriver {
    private WorkbenchActivationDriver() {
    }

    public static void main(String[] args) {
        WorkbenchViewsDriver.drive(args, (scenario, f, tree) -> {
            switch (scenario) {
                case "activation" -> activation(f, tree);
                case "narrower" -> narrower(f, tree);
                default -> {
                    return false;
                }
            }
            return true;
        });
    }

    private static void activation(Frame f, JTree tree) throws Exception {
        JTabbedPane editors = WorkbenchWalkDriver.open(f, tree, "Hemgenix");
        step("Blincyto chosen in the navigator: History and Properties show Blincyto");
        selectDossier(tree, "Blincyto");
        WorkbenchWalkDriver.focus(tree);
        waitFor("History shows Blincyto", 15_000, () -> Ui.texts(get(f, "view:hta.history")).contains("Blincyto: "),
                () -> Ui.texts(get(f, "view:hta.history")));

        step("a click on the Hemgenix editor's tab: the editor is active, History and Properties follow it");
        clickTab(editors, tabIndex(editors, "Hemgenix"));
        waitFor("the focus is in the editor area", 10_000, () -> inside(get(f, "stack:editor")), WorkbenchActivationDriver::focusOwner);
        waitFor("History shows Hemgenix", 15_000, () -> Ui.texts(get(f, "view:hta.history")).contains("Hemgenix: "),
                () -> Ui.texts(get(f, "view:hta.history")));
        JTabbedPane right = onEdt(() -> get(f, "stack:right"));
        run(() -> Ui.selectTab(right, "Properties"));
        JTable properties = onEdt(() -> get(f, "properties.table"));
        waitFor("Properties shows Hemgenix", 15_000, () -> Ui.text(properties).contains("Hemgenix")
                && !Ui.text(properties).contains("Blincyto"), () -> Ui.text(properties));

        step("a click on the History tab (not in front): History is the active part, and Ctrl+M maximises it");
        clickTab(right, tabIndex(right, "History"));
        waitFor("the focus is in the History view", 10_000, () -> inside(get(f, "view:hta.history")),
                WorkbenchActivationDriver::focusOwner);
        Component owner = onEdt(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
        Ui.key(owner, InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_M);
        waitFor("the right area is maximised, the editor area and navigator hidden", 10_000, () -> right.isShowing()
                && !showing(f, "stack:editor") && !tree.isShowing());
        check("History is still shown", onEdt(() -> ((Component) get(f, "view:hta.history")).isShowing()));
        Ui.key(owner, InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_M);
        waitFor("restored", 10_000, () -> showing(f, "stack:editor") && tree.isShowing());
    }

    /**
     * Regression (outsider's walk): at 1300 × 850 the editor's pages were squeezed while Properties kept its width.
     * The window made narrower and lower: the views give their room first, the editor keeps its size.
     */
    private static void narrower(Frame f, JTree tree) throws Exception {
        WorkbenchWalkDriver.open(f, tree, "Hemgenix");
        Component editor = onEdt(() -> get(f, "stack:editor"));
        Component right = onEdt(() -> get(f, "stack:right"));
        Component left = onEdt(() -> get(f, "stack:left"));
        java.awt.Dimension before = onEdt(editor::getSize);
        int rightBefore = onEdt(right::getWidth);
        int leftBefore = onEdt(left::getWidth);
        step("at 1600 × 1000: the editor " + before + ", the views beside it " + leftBefore + " and " + rightBefore + " wide");
        run(() -> f.setSize(1300, 850));
        waitFor("the window is 1300 × 850 and laid out", 10_000, () -> f.getWidth() == 1300 && f.getHeight() == 850
                && left.getWidth() + editor.getWidth() + right.getWidth() < 1300);
        java.awt.Dimension after = onEdt(editor::getSize);
        int rightAfter = onEdt(right::getWidth);
        int leftAfter = onEdt(left::getWidth);
        step("at 1300 × 850: the editor " + after + ", the views " + leftAfter + " and " + rightAfter + " wide");
        check("the views beside the editor gave their width", leftAfter + rightAfter <= leftBefore + rightBefore - 290);
        check("the editor keeps its width (" + before.width + " → " + after.width + ")", Math.abs(after.width - before.width) <= 4);
        check("and its height as far as the bottom views can give (" + before.height + " → " + after.height + ")",
                after.height >= before.height - 10 || onEdt(() -> ((Component) get(f, "stack:bottom")).getHeight()) <= 100);
        Ui.screenshot(f, WorkbenchViewsDriver.out.resolve("workbench-1300x850.png"));
    }

    /** Selects the dossier row starting with {@code brand}. */
    private static void selectDossier(JTree tree, String brand) throws Exception {
        waitFor(brand + " selected in the navigator", 15_000, () -> {
            for (int i = 0; i < tree.getRowCount(); i++) {
                if (tree.getPathForRow(i).getPathCount() == 2 && tree.getPathForRow(i).getLastPathComponent().toString().startsWith(brand)) {
                    int[] selected = tree.getSelectionRows();
                    if (selected == null || selected.length != 1 || selected[0] != i) tree.setSelectionRow(i);
                    return true;
                }
            }
            return false;
        });
    }

    private static int tabIndex(JTabbedPane p, String title) throws Exception {
        int i = onEdt(() -> Ui.tabTitles(p).indexOf(title));
        check("a tab '" + title + "' in " + onEdt(() -> Ui.tabTitles(p)), i >= 0);
        return i;
    }

    /** A real click (the mouse moved there, button 1 pressed and released) on tab {@code i} as it is drawn. */
    private static void clickTab(JTabbedPane p, int i) throws Exception {
        Point at = onEdt(() -> {
            Rectangle r = p.getBoundsAt(i);
            Point screen = p.getLocationOnScreen();
            return new Point(screen.x + r.x + r.width / 2, screen.y + r.y + r.height / 2);
        });
        Robot robot = new Robot();
        robot.mouseMove(at.x, at.y);
        robot.waitForIdle();
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
        waitFor("tab " + i + " selected", 5_000, () -> p.getSelectedIndex() == i);
    }

    /** Whether the component named {@code name} is in the window and shown (a maximised stack takes the others out). */
    private static boolean showing(Frame f, String name) {
        Component c = Ui.find(f, name);
        return c != null && c.isShowing();
    }

    private static boolean inside(Component c) {
        Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        return owner != null && SwingUtilities.isDescendingFrom(owner, c);
    }

    private static String focusOwner() {
        Component o = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        return "focus owner " + (o == null ? null : o.getClass().getSimpleName() + " " + o.getName());
    }
}
