package hta.app;

import static hta.app.Ui.get;
import static hta.app.Ui.onEdt;
import static hta.app.Ui.run;
import static hta.app.Ui.waitFor;
import static hta.app.WorkbenchWalkDriver.check;
import static hta.app.WorkbenchWalkDriver.step;

import java.awt.Component;
import java.awt.Frame;
import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.SwingUtilities;

/**
 * Regression (the outsider's third walk): double-clicking a problem selected its milestone but left it off-screen
 * (Hemgenix's "NT-rådet reviews a recommendation within two years" opened Sweden with the Revision row below the
 * table's edge), or showed nothing selected nor focused (Blincyto's "the date of the statement is missing"). A real
 * double-click ({@link Robot}) on each; then the place must have the focus and lie inside what its scroll panes show.
 */
final class RevealScenario {
    private RevealScenario() {
    }

    static void reveal(Frame f) throws Exception {
        JTable problems = onEdt(() -> get(f, "problems.table"));
        waitFor("Problems lists the demo's findings", 15_000, () -> problems.getRowCount() > 0);
        String[][] cases = {{"Hemgenix", "NT-rådet reviews a recommendation within two years"},
                {"Blincyto", "the date of the statement is missing"}};
        for (String[] c : cases) {
            step("double-click on " + c[0] + "'s problem '" + c[1] + "': its place is shown and focused");
            int row = onEdt(() -> {
                for (int i = 0; i < problems.getRowCount(); i++) {
                    if (c[0].equals(problems.getValueAt(i, 2)) && String.valueOf(problems.getValueAt(i, 1)).contains(c[1])) return i;
                }
                return -1;
            });
            check("the problem is listed:\n" + onEdt(() -> Ui.text(problems)), row >= 0);
            Point at = onEdt(() -> {
                Rectangle cell = problems.getCellRect(row, 1, true);
                problems.scrollRectToVisible(cell);
                Point p = new Point((int) cell.getCenterX(), (int) cell.getCenterY());
                SwingUtilities.convertPointToScreen(p, problems);
                return p;
            });
            waitFor("the problem's row in sight", 5_000, () -> problems.getVisibleRect().contains(problems.getCellRect(row, 1, true)));
            Robot pointer = new Robot();
            pointer.mouseMove(at.x, at.y);
            for (int click = 0; click < 2; click++) {
                pointer.mousePress(InputEvent.BUTTON1_DOWN_MASK);
                pointer.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
            }
            waitFor("the jurisdiction page's milestone selected, focused and inside its scroll panes' view", 15_000,
                    () -> shownAndFocused("jp.se.milestones"), () -> where(problems, row));
            check("shown: " + onEdt(() -> where(problems, row)), true);
            Ui.screenshot(f, WorkbenchViewsDriver.out.resolve("workbench-problem-reveals-" + c[0].toLowerCase() + ".png"));
        }
    }

    /** Whether the table named {@code name} has the focus and its selected row lies inside its visible part (EDT). */
    private static boolean shownAndFocused(String name) {
        Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        if (!(owner instanceof JTable t) || !name.equals(t.getName()) || t.getSelectedRow() < 0) return false;
        // the visible rectangle is clipped by every enclosing viewport: the page's and the table's own
        return t.getVisibleRect().contains(t.getCellRect(t.getSelectedRow(), 0, true));
    }

    /** What has the focus and where, for a failure's message (EDT). */
    private static String where(JTable problems, int row) {
        Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        String place = owner == null ? "nothing" : owner.getName() + " " + owner.getClass().getSimpleName();
        if (owner instanceof JTable t && t.getSelectedRow() >= 0) {
            place += ", row " + t.getSelectedRow() + " at " + t.getCellRect(t.getSelectedRow(), 0, true) + " of visible " + t.getVisibleRect();
        } else if (owner instanceof JComponent j) {
            place += ", visible " + j.getVisibleRect();
        }
        return "focus: " + place + "; problem " + problems.getValueAt(row, 1);
    }
}
