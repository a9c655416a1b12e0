package hta.app;

import static hta.app.Ui.get;
import static hta.app.Ui.key;
import static hta.app.Ui.onEdt;
import static hta.app.Ui.row;
import static hta.app.Ui.run;
import static hta.app.Ui.selectTab;
import static hta.app.Ui.tabTitles;
import static hta.app.Ui.waitFor;
import static hta.app.WorkbenchWalkDriver.CTRL;
import static hta.app.WorkbenchWalkDriver.check;
import static hta.app.WorkbenchWalkDriver.step;

import java.awt.Frame;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTree;

/**
 * Drafts and their recovery in a writer's walk (issue 17, third walk): a draft outlived Undo and a clean exit, and
 * the next start offered an undone change as "did not close normally". Scenarios {@code drafts1} (run with
 * autosave every second) and {@code drafts2} (the next start) of {@link WorkbenchWalkDriver}.
 */
final class DraftsWalk {
    private DraftsWalk() {
    }

    static Path draft(Path data, String id) {
        return data.resolve("workbench").resolve("recovery").resolve(id + ".json");
    }

    /** An autosaved change undone: its draft goes; again, then Ctrl+Q at once: a clean exit, no prompt. */
    static void undoneAndQuit(Frame f, JTree tree, Path data) throws Exception {
        JTabbedPane editors = WorkbenchWalkDriver.open(f, tree, "Hemgenix");
        JTabbedPane pages = onEdt(() -> get(get(f, "view:editor:hemgenix"), "editor.pages"));
        run(() -> selectTab(pages, "Prices"));
        JTable prices = onEdt(() -> get(f, "prices.table"));
        Path draft = draft(data, "hemgenix");
        for (String amount : new String[]{"41000000", "41500000"}) {
            step("a price changed to " + amount + " and autosaved as a draft");
            int r = onEdt(() -> row(prices, 0, "no-maks-aup"));
            run(() -> prices.setValueAt(amount, r, 4));
            waitFor("the draft holds " + amount, 15_000, () -> Files.exists(draft) && Files.readString(draft).contains(amount));
            step("Ctrl+Z back to the saved state");
            key(prices, CTRL, KeyEvent.VK_Z);
            waitFor("Hemgenix without unsaved changes, Save disabled", 5_000, () -> tabTitles(editors).contains("Hemgenix")
                    && !((AbstractButton) get(f, "tool:hta.file.save")).isEnabled());
            if (amount.equals("41000000")) {
                waitFor("the draft of the undone change is removed", 10_000, () -> !Files.exists(draft));
            }
        }
        step("Ctrl+Q at once: the workbench closes without asking");
        key(prices, CTRL, KeyEvent.VK_Q);
        waitFor("the window closes, nothing asked", 10_000, () -> !f.isShowing() || unsavedPrompt() != null);
        check("no unsaved-changes prompt", unsavedPrompt() == null);
    }

    private static JDialog unsavedPrompt() {
        for (Window w : Window.getWindows()) {
            if (w instanceof JDialog d && d.isShowing() && "Unsaved changes".equals(d.getTitle())) return d;
        }
        return null;
    }

    /**
     * The next start, with a draft of Blincyto put where a crash leaves one: only that is offered, and Hemgenix
     * reopens as saved.
     */
    static void nextStart(Frame f) throws Exception {
        step("the crash draft of Blincyto is offered, nothing of Hemgenix");
        JDialog offer = Ui.dialog("Recover unsaved work", 15_000);
        String text = onEdt(() -> Ui.texts(offer));
        check("the offer names Blincyto and not Hemgenix: " + text, text.contains("Blincyto") && !text.contains("Hemgenix"));
        Ui.click(offer, "Recover");
        JTabbedPane editors = onEdt(() -> get(f, "stack:editor"));
        waitFor("Blincyto recovered with unsaved changes, Hemgenix reopened as saved", 15_000,
                () -> tabTitles(editors).contains("*Blincyto") && tabTitles(editors).contains("Hemgenix"),
                () -> String.valueOf(tabTitles(editors)));
    }
}
