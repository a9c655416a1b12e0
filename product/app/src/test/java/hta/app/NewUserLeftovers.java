package hta.app;

import static hta.app.Ui.get;
import static hta.app.Ui.onEdt;
import static hta.app.Ui.waitFor;
import static hta.app.WorkbenchViewsDriver.check;
import static hta.app.WorkbenchViewsDriver.step;

import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoTemplate;
import java.awt.Component;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.KeyboardFocusManager;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.lang.reflect.Proxy;
import java.util.Hashtable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JTree;
import javax.swing.text.JTextComponent;
import org.osgi.framework.ServiceRegistration;

/**
 * The leftovers of the last walk as a new user (issue 17, December 2026) that {@link WorkbenchNewUserDriver} runs:
 * Export staying in its place while the export dialog's check runs. Waits on state, never on time.
 */
final class NewUserLeftovers {
    private NewUserLeftovers() {
    }

    /**
     * Export must not move from under the pointer when the export dialog's check ends (the dialog grew by the check's
     * lines; {@code ExportCheckPanelTest} guards the panel's size, this the button on the screen). The check is held
     * while it runs — a jurisdiction 'jca' like Norway in all but its name, for Fictivo's EU JCA submission, whose memo
     * waits off the event thread until the test lets it go — so that the place is measured while "Checking…" shows,
     * however fast the machine.
     */
    static void exportButton(Frame f, JTree tree) throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ServiceRegistration<Jurisdiction> held = registerHeld("jca", asked, release);
        try {
            waitFor("the navigator lists Fictivo's JCA submission as installed", 15_000, () -> {
                for (int i = 0; i < tree.getRowCount(); i++) {
                    if (tree.getPathForRow(i).getLastPathComponent().toString().startsWith("Held test jurisdiction")) return true;
                }
                return false;
            });
            WorkbenchWalkDriver.open(f, tree, "Fictivo");
            step("Export Memos (Ctrl+E): the check runs, held at the JCA memo");
            Component owner = onEdt(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
            Ui.keyLater(owner != null ? owner : f, WorkbenchWalkDriver.CTRL, KeyEvent.VK_E);
            JDialog wizard = Ui.dialog("Export Memos", 10_000);
            JTextComponent account = onEdt(() -> get(wizard, "export.check"));
            AbstractButton export = onEdt(() -> get(wizard, "export.start"));
            waitFor("the check is making the JCA memo", 15_000, () -> asked.getCount() == 0);
            waitFor("the dialog is laid out", 5_000, () -> export.isShowing() && export.getWidth() > 0);
            String checking = onEdt(account::getText);
            check("the account says it is checking: " + checking, checking.startsWith("Checking"));
            Rectangle[] before = onEdt(() -> places(wizard, export));
            step("the check ends: the dialog and Export keep their places");
            release.countDown();
            waitFor("the check has ended", 30_000, () -> !account.getText().startsWith("Checking"),
                    () -> "the account: " + account.getText());
            Rectangle[] after = onEdt(() -> places(wizard, export));
            check("Export on the screen " + before[1] + " → " + after[1] + ", the dialog " + before[0] + " → " + after[0]
                    + " (the account: " + onEdt(account::getText).lines().findFirst().orElse("") + ")",
                    before[0].equals(after[0]) && before[1].equals(after[1]));
            Ui.screenshot(wizard, WorkbenchViewsDriver.out.resolve("workbench-export-checked.png"));
            Ui.keyLater(account, 0, KeyEvent.VK_ESCAPE);
            waitFor("Escape closed it", 5_000, () -> !wizard.isShowing());
        } finally {
            release.countDown();
            held.unregister();
        }
    }

    /**
     * Regression (walk of December 2026): in the Portfolio perspective the Narratives text had five lines, under two
     * lines of hint, in an editor a quarter of the window high. The perspective is already shown, Hemgenix open.
     */
    static void narrativesLow(Frame f) throws Exception {
        step("the Portfolio perspective: the Narratives text has room to write in");
        javax.swing.JTabbedPane pages = onEdt(() -> get(f, "editor.pages"));
        Ui.run(() -> Ui.selectTab(pages, "Narratives"));
        waitFor("the Narratives page is made", 5_000, () -> Ui.find(f, "narratives.text") != null);
        JTextComponent text = onEdt(() -> get(f, "narratives.text"));
        waitFor("a section is shown", 10_000, () -> text.isShowing() && text.getDocument().getLength() > 0
                && text.getParent().getHeight() > 0);
        int[] m = onEdt(() -> {
            int line = text.getFontMetrics(text.getFont()).getHeight();
            Component hint = get(f, "narratives.hint");
            return new int[]{text.getParent().getHeight() / line, hint.getHeight() / line, f.getHeight()};
        });
        check("the text shows " + m[0] + " lines (at least 8) in a window " + m[2] + " px high; the hint takes "
                + m[1] + " line(s)", m[0] >= 8 && m[1] <= 1);
        JTextComponent hint = onEdt(() -> get(f, "narratives.hint"));
        check("the hint's whole text is in its tooltip", onEdt(() -> !hint.getText().isBlank()
                && hint.getText().equals(hint.getToolTipText())));
        Ui.screenshot(f, WorkbenchViewsDriver.out.resolve("workbench-narratives-low.png"));
    }

    /** The dialog's bounds and Export's on the screen (EDT). */
    private static Rectangle[] places(JDialog wizard, Component export) {
        return new Rectangle[]{wizard.getBounds(), new Rectangle(export.getLocationOnScreen(), export.getSize())};
    }

    /**
     * A jurisdiction {@code code} like Norway's in everything but its name, whose memos wait, when made off the event
     * thread (by the export dialog's check), until {@code release}; {@code asked} counts down when one waits.
     */
    private static ServiceRegistration<Jurisdiction> registerHeld(String code, CountDownLatch asked,
                                                                  CountDownLatch release) throws Exception {
        Jurisdiction norway = WorkbenchNewUserDriver.norway();
        Jurisdiction j = (Jurisdiction) Proxy.newProxyInstance(NewUserLeftovers.class.getClassLoader(),
                new Class<?>[]{Jurisdiction.class}, (p, m, a) -> switch (m.getName()) {
                    case "code" -> code;
                    case "displayName", "nativeName" -> "Held test jurisdiction";
                    case "memoTemplates" -> norway.memoTemplates().stream().map(t -> held(t, asked, release)).toList();
                    case "memoTemplate" -> norway.memoTemplate((String) a[0]).map(t -> held(t, asked, release));
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == a[0];
                    case "toString" -> "held jurisdiction " + code;
                    default -> WorkbenchNewUserDriver.invoke(m, norway, a);
                });
        return WorkbenchNewUserDriver.platformContext().registerService(Jurisdiction.class, j,
                new Hashtable<>(java.util.Map.of("code", code)));
    }

    private static MemoTemplate held(MemoTemplate t, CountDownLatch asked, CountDownLatch release) {
        return (MemoTemplate) Proxy.newProxyInstance(NewUserLeftovers.class.getClassLoader(),
                new Class<?>[]{MemoTemplate.class}, (p, m, a) -> {
                    if (m.getName().equals("missingFields") && !EventQueue.isDispatchThread()) {
                        asked.countDown();
                        if (!release.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
                    }
                    return WorkbenchNewUserDriver.invoke(m, t, a);
                });
    }
}
