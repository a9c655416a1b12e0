package hta.app;

import static hta.app.Ui.get;
import static hta.app.Ui.onEdt;
import static hta.app.Ui.run;
import static hta.app.Ui.selectTab;
import static hta.app.Ui.waitFor;
import static hta.app.WorkbenchViewsDriver.check;
import static hta.app.WorkbenchViewsDriver.step;

import hta.confidentiality.ConfidentialityPolicy;
import hta.jurisdiction.Jurisdiction;
import java.awt.Component;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.KeyboardFocusManager;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JList;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTree;
import javax.swing.text.JTextComponent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * What the last walk of the built workbench as a new user found (issue 17, December 2026): formulas on Economics
 * worded as on Budget Impact, About in words with the bundles under Installation Details, plugin states in words, a
 * failed leak scan said on the Narratives page, and the keyboard focus back where it was after a dialog closes; and
 * the leftovers of that walk ({@link NewUserLeftovers}). Each
 * scenario drives the real window of the assembled app in a real Felix ({@link WorkbenchViewsDriver#drive}); waits
 * on state, never on time. Usage: {@code WorkbenchNewUserDriver SCENARIO DATA_DIR OUT_DIR}.
 */
public final class WorkbenchNewUserDriver {
    private WorkbenchNewUserDriver() {
    }

    public static void main(String[] args) {
        WorkbenchViewsDriver.drive(args, (scenario, f, tree) -> {
            switch (scenario) {
                case "formulas" -> formulas(f, tree);
                case "about" -> about(f);
                case "scanFailed" -> scanFailed(f, tree);
                case "focus" -> focus(f, tree);
                case "exportButton" -> NewUserLeftovers.exportButton(f, tree);
                default -> {
                    return false;
                }
            }
            return true;
        });
    }


    private static int row(JTable t, int column, String value) {
        for (int r = 0; r < t.getRowCount(); r++) if (value.equals(String.valueOf(t.getValueAt(r, column)))) return r;
        return -1;
    }

    /**
     * Regression (walk of December 2026): Economics showed formulas as written, {@code price:no-rhf-aup /
     * figure:no-comparator-annual-cost}, where Budget Impact words them ("Norway agreed price × patients in year 1").
     */
    private static void formulas(Frame f, JTree tree) throws Exception {
        WorkbenchWalkDriver.open(f, tree, "Hemgenix");
        JTabbedPane pages = onEdt(() -> get(f, "editor.pages"));
        step("Budget Impact words its formulas");
        run(() -> selectTab(pages, "Budget Impact"));
        JTable budget = onEdt(() -> get(f, "budget.table"));
        waitFor("Budget Impact lists its figures", 5_000, () -> budget.getRowCount() > 0);
        String budgetWords = onEdt(() -> {
            for (int r = 0; r < budget.getRowCount(); r++) {
                for (int c = 0; c < budget.getColumnCount(); c++) {
                    String s = LegibilityScenarios.shown(budget, r, c);
                    if (s != null && s.startsWith("Norway agreed price ×")) return s;
                }
            }
            return null;
        });
        check("Budget Impact: '" + budgetWords + "'", budgetWords != null);
        step("Economics words them the same way; the cell opens on the formula as written");
        run(() -> selectTab(pages, "Economics"));
        JTable figures = onEdt(() -> get(f, "economics.figures"));
        int r = onEdt(() -> row(figures, 0, "no-cost-neutral-years"));
        check("the derived figure no-cost-neutral-years is listed", r >= 0);
        String label = onEdt(() -> String.valueOf(figures.getValueAt(row(figures, 0, "no-comparator-annual-cost"), 1)));
        String formula = onEdt(() -> LegibilityScenarios.shown(figures, r, 5));
        check("Economics shows '" + formula + "'", formula.equals("Norway agreed price / " + label));
        String everyFormula = onEdt(() -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < figures.getRowCount(); i++) sb.append(LegibilityScenarios.shown(figures, i, 5)).append(" | ");
            return sb.toString();
        });
        check("no formula shows a reference as written: " + everyFormula, !everyFormula.matches(
                "(?s).*\\b(price|figure|cell|patients):.*"));
        String tip = onEdt(() -> ((javax.swing.JComponent) figures.prepareRenderer(figures.getCellRenderer(r, 5), r, 5))
                .getToolTipText());
        check("its tooltip gives the formula as written too: " + tip, tip != null
                && tip.contains("price:no-rhf-aup / figure:no-comparator-annual-cost"));
        boolean opened = onEdt(() -> figures.editCellAt(r, 5));
        String editing = onEdt(() -> ((JTextComponent) figures.getEditorComponent()).getText());
        check("the formula opens as written, to be edited: " + editing, opened
                && editing.equals("price:no-rhf-aup / figure:no-comparator-annual-cost"));
        run(() -> figures.getCellEditor().cancelCellEditing());
        Ui.screenshot(f, WorkbenchViewsDriver.out.resolve("workbench-economics-formulas.png"));
        lowEditor(f, figures);
    }

    /**
     * Regression (walk of December 2026): in the Portfolio perspective, where the editor is low, the Economics page
     * squeezed its table of figures to nothing; the buttons and the help stayed. The table keeps rows in sight and
     * the page scrolls.
     */
    private static void lowEditor(Frame f, JTable figures) throws Exception {
        step("the Portfolio perspective: a low editor still shows the figures");
        run(() -> ((AbstractButton) get(f, "tool:hta.perspective.portfolio")).doClick());
        waitFor("the editor is low and the figures shown", 10_000, () -> figures.isShowing()
                && figures.getTopLevelAncestor() == f && figures.getParent().getHeight() > 0, () -> "figures showing "
                + figures.isShowing() + ", viewport " + figures.getParent().getSize());
        int[] rows = onEdt(() -> new int[]{figures.getParent().getHeight() / figures.getRowHeight(), figures.getRowCount()});
        check("the table shows at least " + Math.min(3, rows[1]) + " rows (" + rows[0] + ")", rows[0] >= Math.min(3, rows[1]));
        Ui.screenshot(f, WorkbenchViewsDriver.out.resolve("workbench-economics-low.png"));
        NewUserLeftovers.narrativesLow(f);
    }

    /**
     * Regression (walk of December 2026): "About HTA Workbench" opened a dialog without saying so ("…"), and listed the
     * framework's bundles by symbolic name instead of the product's version and its jurisdictions; the Plugins view
     * wrote states in the framework's lower-case words ("active").
     */
    private static void about(Frame f) throws Exception {
        step("Help › About HTA Workbench… says it opens a dialog");
        AbstractButton item = onEdt(() -> get(f, "menu:hta.help.about"));
        check("the menu item reads '" + onEdt(item::getText) + "'", onEdt(item::getText).equals("About HTA Workbench…"));
        EventQueue.invokeLater(item::doClick);
        JDialog about = Ui.dialog("About HTA Workbench", 10_000);
        String texts = onEdt(() -> Ui.texts(about));
        check("the product and its version: " + texts.replace('\n', ' '), texts.contains("HTA Workbench")
                && texts.matches("(?s).*Version \\d+\\.\\d+\\.\\d+.*"));
        JTable jurisdictions = onEdt(() -> get(about, "about.jurisdictions"));
        String rows = onEdt(() -> Ui.text(jurisdictions));
        check("the jurisdictions in words, with version and signer:\n" + rows, rows.contains("Norway (no) | ")
                && rows.matches("(?s).*Norway \\(no\\) \\| \\d+\\.\\d+\\.\\d+( \\(build [^)]+\\))? \\| HTA Workbench build"
                + " \\(signed by a trusted signer\\).*") && rows.contains("England (NICE) (nice)"));
        String norwayInAbout = onEdt(() -> String.valueOf(jurisdictions.getValueAt(row(jurisdictions, 0,
                "Norway (no)"), 1)));
        check("no symbolic name in the dialog itself", !texts.contains("hta.") && !rows.contains("hta."));
        Ui.screenshot(about, WorkbenchViewsDriver.out.resolve("workbench-about.png"));
        step("Installation Details… lists the bundles, their states in words");
        EventQueue.invokeLater(((AbstractButton) Ui.find(about, "about.details"))::doClick);
        JDialog details = Ui.dialog("Installation Details", 10_000);
        String bundles = onEdt(() -> Ui.text(get(details, "about.bundles")));
        check("the bundles by symbolic name with their state", bundles.contains("| hta.workbench.shell | ")
                && bundles.contains("| Active |") && !bundles.contains("| ACTIVE |"));
        Ui.keyLater(onEdt(() -> get(details, "about.bundles")), 0, KeyEvent.VK_ESCAPE);
        waitFor("Escape closed the details", 5_000, () -> !details.isShowing());
        Ui.keyLater(onEdt(() -> get(about, "about.jurisdictions")), 0, KeyEvent.VK_ESCAPE);
        waitFor("Escape closed About", 5_000, () -> !about.isShowing());

        step("the Plugins view writes states as words a user reads");
        run(() -> ((AbstractButton) get(f, "tool:hta.perspective.portfolio")).doClick());
        WorkbenchWalkDriver.showView(f, "hta.plugins");
        waitFor("the Plugins view lists the plugins", 15_000, () -> Ui.find(f, "plugins.table") != null
                && ((JTable) Ui.find(f, "plugins.table")).getRowCount() > 0);
        JTable plugins = onEdt(() -> get(f, "plugins.table"));
        List<String> states = onEdt(() -> {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < plugins.getRowCount(); i++) out.add(String.valueOf(plugins.getModel().getValueAt(i, 5)));
            return out;
        });
        check("every state is a word that starts a sentence: " + states, !states.isEmpty()
                && states.stream().allMatch(s -> Character.isUpperCase(s.charAt(0))) && states.contains("Active"));
        // regression (walk of December 2026): About said "0.1.0" where the Plugins view said "0.1.0.202612061200"
        String norwayInPlugins = onEdt(() -> String.valueOf(plugins.getValueAt(row(plugins, 1, "no"), 2)));
        check("Norway's version reads the same in About (" + norwayInAbout + ") and in the Plugins view ("
                + norwayInPlugins + ")", norwayInAbout.equals(norwayInPlugins) && !norwayInAbout.isEmpty());
    }

    /**
     * Regression (walk of December 2026): a leak scan that failed said nothing on the Narratives page; the writer took
     * the missing underlines for a clean text. A jurisdiction whose confidentiality policy fails (registered as a
     * service in the app's framework, for Fictivo's EU JCA submission; its failure names a value) makes the scan fail.
     */
    private static void scanFailed(Frame f, JTree tree) throws Exception {
        String secret = "29 950 000 NOK";
        step("a jurisdiction 'jca' whose confidentiality policy fails with a value in its message");
        ServiceRegistration<Jurisdiction> failing = registerFailing("jca", secret);
        try {
            waitFor("the navigator lists Fictivo's JCA submission as installed", 15_000, () -> {
                for (int i = 0; i < tree.getRowCount(); i++) {
                    String s = tree.getPathForRow(i).getLastPathComponent().toString();
                    if (s.startsWith("Failing test jurisdiction")) return true;
                }
                return false;
            }, () -> WorkbenchDayDriver.rowOf(tree, "Fictivo", null) + "");
            WorkbenchWalkDriver.open(f, tree, "Fictivo");
            JTabbedPane pages = onEdt(() -> get(f, "editor.pages"));
            run(() -> selectTab(pages, "Narratives"));
            waitFor("the Narratives page is made", 5_000, () -> Ui.find(f, "narratives.sections") != null);
            JList<?> sections = onEdt(() -> get(f, "narratives.sections"));
            run(() -> {
                for (int i = 0; i < sections.getModel().getSize(); i++) {
                    if (((String[]) sections.getModel().getElementAt(i))[0].equals("jca")) {
                        sections.setSelectedIndex(i);
                        return;
                    }
                }
            });
            step("the page says the text could not be checked, and never what failed");
            Component banner = onEdt(() -> get(f, "narratives.scanFailed"));
            waitFor("the banner shows", 15_000, banner::isShowing);
            String said = onEdt(() -> ((JTextComponent) banner).getText());
            check("it says so in words: " + said, said.contains("Could not check this text for confidential values")
                    && said.contains("public memo"));
            check("it does not quote the failure", !said.contains(secret) && !said.contains("IllegalStateException"));
            java.awt.Color colour = onEdt(banner::getForeground);
            check("the banner is in an error colour, not the text's: " + colour, colour.getRed() > colour.getGreen() + 60
                    && colour.getRed() > colour.getBlue() + 60);
            Ui.screenshot(f, WorkbenchViewsDriver.out.resolve("workbench-narrative-scan-failed.png"));
            step("without the failing jurisdiction the scan works again and the banner goes");
            failing.unregister();
            failing = null;
            JTextComponent text = onEdt(() -> get(f, "narratives.text"));
            WorkbenchWalkDriver.focus(text);
            run(() -> text.setCaretPosition(text.getDocument().getLength()));
            Ui.type(text, " ok");
            waitFor("the banner is gone after the next scan", 15_000, () -> !banner.isShowing());
        } finally {
            if (failing != null) failing.unregister();
        }
    }

    /**
     * A jurisdiction {@code code} like Norway's in everything but its name and its confidentiality policy, whose
     * number words fail with {@code secret} in the message: the leak scan asks for them.
     */
    /**
     * The context of a platform bundle (the jurisdiction API's) to register a test's jurisdiction through, as a
     * platform service: one registered through the system bundle is hidden from everyone, since only plugin code
     * would register a jurisdiction that way.
     */
    static org.osgi.framework.BundleContext platformContext() {
        return WorkbenchViewsDriver.app.bundle("hta.jurisdiction").getBundleContext();
    }

    private static ServiceRegistration<Jurisdiction> registerFailing(String code, String secret) throws Exception {
        var context = platformContext();
        Jurisdiction like = norway();
        ConfidentialityPolicy policy = (ConfidentialityPolicy) Proxy.newProxyInstance(
                WorkbenchNewUserDriver.class.getClassLoader(), new Class<?>[]{ConfidentialityPolicy.class}, (p, m, a) -> {
                    if (m.getName().equals("numberWords")) throw new IllegalStateException("the agreed price " + secret);
                    return invoke(m, like.confidentiality(), a);
                });
        Jurisdiction failing = (Jurisdiction) Proxy.newProxyInstance(WorkbenchNewUserDriver.class.getClassLoader(),
                new Class<?>[]{Jurisdiction.class}, (p, m, a) -> switch (m.getName()) {
                    case "code" -> code;
                    case "displayName", "nativeName" -> "Failing test jurisdiction";
                    case "confidentiality" -> policy;
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == a[0];
                    case "toString" -> "failing jurisdiction " + code;
                    default -> invoke(m, like, a);
                });
        return context.registerService(Jurisdiction.class, failing, new Hashtable<>(java.util.Map.of("code", code)));
    }

    /** Norway's jurisdiction as registered in the app's framework. */
    static Jurisdiction norway() throws Exception {
        var context = WorkbenchViewsDriver.app.context();
        for (ServiceReference<Jurisdiction> r : context.getServiceReferences(Jurisdiction.class, null)) {
            Jurisdiction j = context.getService(r);
            if ("no".equals(j.code())) return j;
        }
        throw new AssertionError("Norway's jurisdiction is not registered");
    }

    static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /**
     * Regression (walk of December 2026, seen under Xvfb without a window manager): after a dialog closed, keys went
     * nowhere until a click. The keys here are the X server's (a {@link Robot}): they reach whatever has the focus.
     */
    private static void focus(Frame f, JTree tree) throws Exception {
        WorkbenchWalkDriver.open(f, tree, "Hemgenix");
        JTabbedPane pages = onEdt(() -> get(f, "editor.pages"));
        run(() -> selectTab(pages, "Narratives"));
        waitFor("the Narratives page is made", 5_000, () -> Ui.find(f, "narratives.text") != null);
        JTextComponent text = onEdt(() -> get(f, "narratives.text"));
        waitFor("a section is shown", 5_000, () -> text.getDocument().getLength() > 0);
        WorkbenchWalkDriver.focus(text);
        Robot keys = new Robot();
        keys.setAutoDelay(15);
        int typed = 0;
        for (String dialog : List.of("Find Command", "About HTA Workbench")) {
            step(dialog + " opened and closed with Escape: the next key reaches the narrative");
            run(() -> text.setCaretPosition(text.getDocument().getLength()));
            int before = onEdt(() -> text.getDocument().getLength());
            if (dialog.equals("Find Command")) {
                press(keys, KeyEvent.VK_CONTROL, KeyEvent.VK_3);
            } else {
                EventQueue.invokeLater(((AbstractButton) Ui.find(f, "menu:hta.help.about"))::doClick);
            }
            JDialog d = Ui.dialog(dialog, 10_000);
            waitFor("the dialog has the focus", 5_000, d::isFocused);
            press(keys, KeyEvent.VK_ESCAPE);
            waitFor("Escape closed it", 5_000, () -> !d.isShowing());
            press(keys, KeyEvent.VK_Q);
            typed++;
            waitFor("the key reached the narrative", 5_000, () -> text.getDocument().getLength() == before + 1,
                    () -> "focus owner " + name(KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner())
                            + ", focused window " + KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusedWindow());
            check("the narrative has the focus and ends with 'q'", onEdt(() -> text.isFocusOwner()
                    && text.getText().endsWith("q")));
        }
        check(typed + " keys typed after dialogs", typed == 2);
    }

    private static String name(Component c) {
        return c == null ? "nothing" : c.getName() + " (" + c.getClass().getSimpleName() + ")";
    }

    /** Presses the keys together as a person does (the first ones held), then releases them. */
    private static void press(Robot keys, int... codes) {
        for (int k : codes) keys.keyPress(k);
        for (int i = codes.length - 1; i >= 0; i--) keys.keyRelease(codes[i]);
        keys.waitForIdle();
    }
}
