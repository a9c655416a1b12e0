package hta.app;

import static hta.app.Ui.get;
import static hta.app.Ui.key;
import static hta.app.Ui.onEdt;
import static hta.app.Ui.openFromNavigator;
import static hta.app.Ui.row;
import static hta.app.Ui.run;
import static hta.app.Ui.selectTab;
import static hta.app.Ui.tabTitles;
import static hta.app.Ui.waitFor;

import java.awt.Component;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTree;

/**
 * A new writer's walk through the workbench, one scenario per group of what issue 17 found, each step against the
 * real window of the assembled app (real components, key strokes through Swing's key bindings) under an
 * {@link EdtWatchdog}, waiting on state, never on time. Regression checks are named after what broke. Prints
 * {@code SCENARIO-OK} and exits 0 when every step worked. Usage: {@code WorkbenchWalkDriver SCENARIO DATA_DIR OUT_DIR}.
 */
public final class WorkbenchWalkDriver {
    static final int CTRL = InputEvent.CTRL_DOWN_MASK;
    static Path data;
    static Path out;

    public static void main(String[] args) {
        try {
            String scenario = args[0];
            data = Path.of(args[1]);
            out = Path.of(args[2]);
            AppRuntime app = AppRuntime.start(data, WorkbenchDayDriver.config(scenario));
            try {
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
                    case "editing" -> editing(f, tree);
                    case "dark" -> dark(f, tree);
                    case "preferences" -> preferences(f);
                    case "reading" -> reading(f, tree);
                    case "problems" -> problems(f, tree);
                    case "session1" -> sessionFirst(f, tree);
                    case "session2" -> sessionRestored(f);
                    case "keys" -> keys(f, tree);
                    case "finder" -> finder(f);
                    case "menus" -> menus(f, tree);
                    case "navigator" -> navigator(f, tree);
                    case "amounts" -> amounts(f, tree);
                    case "readiness" -> readiness(f);
                    case "prices" -> prices(f, tree);
                    case "drafts1" -> DraftsWalk.undoneAndQuit(f, tree, data);
                    case "drafts2" -> DraftsWalk.nextStart(f);
                    default -> {
                        if (!WorkbenchDayDriver.scenario(scenario, f, tree)) throw new IllegalArgumentException(scenario);
                    }
                }
                if (onEdt(f::isShowing)) closeWithoutSaving(f); // unless the scenario quit itself
                int code = running.get(30, TimeUnit.SECONDS);
                List<String> stalls = dog.stop();
                System.out.println("max EDT latency " + dog.maxLatencyMs() + " ms; starved " + dog.starved()
                        + "; warm-up " + dog.warmUp());
                if (!stalls.isEmpty()) throw new AssertionError("EDT stalls over 250 ms:\n" + String.join("\n", stalls));
                if (code != 0) throw new AssertionError("the workbench returned " + code);
            } finally {
                // a first part of a two-run scenario leaves its data for the next run; the last one removes it
                if (scenario.endsWith("1")) app.stop();
                else app.close();
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

    /** Opens a dossier from the navigator and returns the editor area's tabs. */
    static JTabbedPane open(Frame f, JTree tree, String brand) throws Exception {
        step("open " + brand + " from the navigator");
        JTabbedPane editors = onEdt(() -> get(f, "stack:editor"));
        openFromNavigator(tree, brand, () -> tabTitles(editors).contains(brand) || tabTitles(editors).contains("*" + brand));
        return editors;
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

    /** The enabled state of a toolbar button, as the writer sees it. */
    static boolean toolEnabled(Frame f, String command) {
        Component c = Ui.find(f, "tool:" + command);
        return c != null && c.isEnabled();
    }

    /** Issue 17, items 1 and 2: the toolbar follows every edit, save, undo and redo; the Evidence lists keep their rows. */
    private static void editing(Frame f, JTree tree) throws Exception {
        JTabbedPane editors = open(f, tree, "Hemgenix");
        JTabbedPane pages = onEdt(() -> get(f, "editor.pages"));
        toolbarFollowsTheEditor(f, editors, pages);
        evidenceListsKeepTheirRows(f, pages);
    }

    /** Regression, item 1: after a cell edit Save and Undo stayed grey and Redo enabled until a menu was opened. */
    private static void toolbarFollowsTheEditor(Frame f, JTabbedPane editors, JTabbedPane pages) throws Exception {
        step("a price cell edited: Save and Undo enabled, Redo not, at once");
        check("nothing to save or undo in a dossier just opened", onEdt(() -> !toolEnabled(f, "hta.file.save")
                && !toolEnabled(f, "hta.edit.undo") && !toolEnabled(f, "hta.edit.redo")));
        run(() -> selectTab(pages, "Prices"));
        JTable prices = onEdt(() -> get(f, "prices.table"));
        int r = onEdt(() -> row(prices, 0, "no-maks-aup"));
        check("the price no-maks-aup is listed", r >= 0);
        run(() -> prices.setValueAt("43 000 000", r, 4));
        waitFor("the unsaved marker, Save and Undo enabled, Redo disabled", 5_000, () -> tabTitles(editors)
                .contains("*Hemgenix") && toolEnabled(f, "hta.file.save") && toolEnabled(f, "hta.edit.undo")
                && !toolEnabled(f, "hta.edit.redo"));
        Ui.screenshot(f, out.resolve("workbench-toolbar-after-edit.png"));
        step("Ctrl+S: Save disabled once saved");
        key(prices, CTRL, KeyEvent.VK_S);
        waitFor("saved, Save disabled, Undo still enabled", 10_000, () -> tabTitles(editors).contains("Hemgenix")
                && !toolEnabled(f, "hta.file.save") && toolEnabled(f, "hta.edit.undo"));
        step("Ctrl+Z: Redo enabled, Save enabled");
        key(prices, CTRL, KeyEvent.VK_Z);
        waitFor("undone: Redo and Save enabled, Undo disabled", 5_000, () -> tabTitles(editors).contains("*Hemgenix")
                && toolEnabled(f, "hta.edit.redo") && toolEnabled(f, "hta.file.save") && !toolEnabled(f, "hta.edit.undo"));
        step("Redo from the toolbar: back at the saved state");
        run(() -> ((AbstractButton) get(f, "tool:hta.edit.redo")).doClick());
        waitFor("redone: Redo and Save disabled", 5_000, () -> tabTitles(editors).contains("Hemgenix")
                && !toolEnabled(f, "hta.edit.redo") && !toolEnabled(f, "hta.file.save") && toolEnabled(f, "hta.edit.undo"));
        step("typing into a field, not yet left: Save is offered for it");
        run(() -> selectTab(pages, "Product"));
        javax.swing.JTextField holder = onEdt(() -> get(f, "product.mah"));
        run(() -> {
            holder.requestFocusInWindow();
            holder.setCaretPosition(holder.getDocument().getLength());
        });
        Ui.type(holder, " AB");
        waitFor("Save enabled for the typing", 5_000, () -> holder.getText().endsWith(" AB") && toolEnabled(f, "hta.file.save"));
        key(holder, CTRL, KeyEvent.VK_S);
        waitFor("the typing saved, Save disabled", 10_000, () -> tabTitles(editors).contains("Hemgenix")
                && !toolEnabled(f, "hta.file.save"));
    }

    /** Regression, item 2: Key outcomes and Uncertainties shrank to an 18 px strip unless the editor was maximised. */
    private static void evidenceListsKeepTheirRows(Frame f, JTabbedPane pages) throws Exception {
        step("the Evidence page in the default layout: both lists show rows and their buttons");
        run(() -> selectTab(pages, "Evidence"));
        Ui.screenshot(f, out.resolve("workbench-evidence.png"));
        for (String list : List.of("evidence.keyOutcomes", "evidence.uncertainties")) {
            JTable t = onEdt(() -> get(f, list));
            waitFor(list + " laid out", 5_000, () -> t.getParent() != null && t.getParent().getHeight() > 0);
            int rows = onEdt(() -> t.getParent().getHeight() / t.getRowHeight());
            check(list + " shows at least three rows (" + rows + ")", rows >= 3);
            AbstractButton add = onEdt(() -> get(f, list + ".add"));
            check(list + ": Add is as tall as it needs", onEdt(() -> add.getHeight() >= add.getPreferredSize().height));
        }
    }

    /** WCAG relative luminance of a colour. */
    static double luminance(java.awt.Color c) {
        double[] v = new double[3];
        int[] rgb = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) {
            double x = rgb[i] / 255.0;
            v[i] = x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
    }

    /** WCAG contrast ratio of two colours (1 to 21). */
    static double contrast(java.awt.Color a, java.awt.Color b) {
        double x = luminance(a);
        double y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    /**
     * Regression, item 3: in the dark theme confidential text was light grey on light orange and confidential rows
     * kept their light-pink tint. Now both are dark tints with readable text (contrast at least 4.5:1).
     */
    private static void dark(Frame f, JTree tree) throws Exception {
        open(f, tree, "Hemgenix");
        JTabbedPane pages = onEdt(() -> get(f, "editor.pages"));
        step("mark a span of a Norwegian narrative confidential in the light theme");
        run(() -> selectTab(pages, "Narratives"));
        javax.swing.JList<?> sections = onEdt(() -> get(f, "narratives.sections"));
        javax.swing.JTextPane text = onEdt(() -> get(f, "narratives.text"));
        run(() -> {
            for (int i = 0; i < sections.getModel().getSize(); i++) {
                String[] sec = (String[]) sections.getModel().getElementAt(i);
                if (sec[0].equals("no") && sec[1].equals("oppsummering")) sections.setSelectedIndex(i);
            }
            text.requestFocusInWindow();
            text.select(0, 12);
        });
        key(text, CTRL | InputEvent.SHIFT_DOWN_MASK, KeyEvent.VK_C);
        waitFor("the span is confidential", 5_000, () -> confidential(text, 5));
        step("Window › Toggle Light / Dark Theme");
        run(() -> ((AbstractButton) get(f, "menu:hta.window.theme")).doClick());
        waitFor("the dark theme is on", 5_000, () -> luminance(text.getBackground()) < 0.1);
        step("the confidential span: a dark tint, its text readable");
        javax.swing.text.AttributeSet span = onEdt(() -> ((javax.swing.text.StyledDocument) text.getDocument())
                .getCharacterElement(5).getAttributes());
        java.awt.Color spanBack = javax.swing.text.StyleConstants.getBackground(span);
        java.awt.Color spanText = javax.swing.text.StyleConstants.getForeground(span);
        check("the span's tint is dark (" + spanBack + ")", luminance(spanBack) < 0.2);
        check("its text has contrast " + String.format("%.1f", contrast(spanBack, spanText)), contrast(spanBack, spanText) >= 4.5);
        step("a confidential price row: a dark tint, its text readable");
        run(() -> selectTab(pages, "Prices"));
        JTable prices = onEdt(() -> get(f, "prices.table"));
        int r = onEdt(() -> row(prices, 0, "no-rhf-aup"));
        check("the confidential agreed price is listed", r >= 0);
        java.awt.Color[] cell = onEdt(() -> {
            Component c = prices.prepareRenderer(prices.getCellRenderer(r, 4), r, 4);
            return new java.awt.Color[]{c.getBackground(), c.getForeground()};
        });
        check("the row's tint is dark (" + cell[0] + ")", luminance(cell[0]) < 0.2);
        check("its text has contrast " + String.format("%.1f", contrast(cell[0], cell[1])), contrast(cell[0], cell[1]) >= 4.5);
        Ui.screenshot(f, out.resolve("workbench-dark.png"));
        step("back to the light theme: the span's tint is light again");
        run(() -> ((AbstractButton) get(f, "menu:hta.window.theme")).doClick());
        waitFor("the light theme is on", 5_000, () -> luminance(text.getBackground()) > 0.8);
        java.awt.Color light = onEdt(() -> javax.swing.text.StyleConstants.getBackground(((javax.swing.text.StyledDocument)
                text.getDocument()).getCharacterElement(5).getAttributes()));
        check("the span's tint is light (" + light + ")", luminance(light) > 0.6);
    }

    /** Whether the narrative's character at {@code offset} is marked confidential (EDT). */
    private static boolean confidential(javax.swing.JTextPane text, int offset) {
        javax.swing.text.AttributeSet a = ((javax.swing.text.StyledDocument) text.getDocument())
                .getCharacterElement(offset).getAttributes();
        for (java.util.Enumeration<?> names = a.getAttributeNames(); names.hasMoreElements(); ) {
            Object name = names.nextElement();
            if (name.toString().equals("hta.classification")) return !"PUBLIC".equals(String.valueOf(a.getAttribute(name)));
        }
        return false;
    }

    /**
     * Regression, item 4: Preferences opened squashed (fields slivers, labels cut), had no Apply or Restore Defaults,
     * and its filter matched page titles only ("dark" hid both pages).
     */
    private static void preferences(Frame f) throws Exception {
        step("File › Preferences…: every label whole, the fields wide enough to read");
        EventQueue.invokeLater(() -> ((AbstractButton) Ui.find(f, "menu:hta.file.preferences")).doClick());
        JDialog prefs = Ui.dialog("Preferences", 5_000);
        waitFor("the General page laid out", 5_000, () -> Ui.find(prefs, "prefs.author") != null
                && Ui.find(prefs, "prefs.author").isShowing());
        String cut = onEdt(() -> {
            StringBuilder sb = new StringBuilder();
            for (Component c : Ui.all(prefs)) {
                if (c instanceof javax.swing.JLabel l && l.isShowing() && l.getText() != null && !l.getText().isBlank()
                        && l.getWidth() < l.getPreferredSize().width) sb.append('\'').append(l.getText()).append("' ");
            }
            return sb.toString();
        });
        check("no label is cut: " + cut, cut.isEmpty());
        Ui.screenshot(prefs, out.resolve("workbench-preferences.png"));
        for (String field : List.of("prefs.author", "prefs.workspace")) {
            int w = onEdt(() -> ((Component) get(prefs, field)).getWidth());
            check(field + " is wide enough to read (" + w + " px)", w >= 200);
        }
        step("the filter finds pages by the words on them");
        javax.swing.JTextField filter = onEdt(() -> get(prefs, "prefs.filter"));
        javax.swing.JList<?> list = onEdt(() -> get(prefs, "prefs.pages"));
        run(() -> filter.setText("dark"));
        check("'dark' finds General, which shows its Dark theme box", onEdt(() -> list.getModel().getSize() == 1
                && list.getModel().getElementAt(0).equals("General") && ((Component) get(prefs, "prefs.dark")).isShowing()));
        run(() -> filter.setText("trust"));
        check("'trust' finds the Plugins page", onEdt(() -> list.getModel().getSize() == 1
                && list.getModel().getElementAt(0).equals("Plugins")));
        run(() -> filter.setText(""));
        step("Apply stores and keeps the dialog open; Restore Defaults fills in the defaults, stored only by Apply or OK");
        Path file = data.resolve("workbench").resolve("preferences.properties");
        javax.swing.JTextField autosave = onEdt(() -> get(prefs, "prefs.autosave"));
        run(() -> {
            list.setSelectedValue("General", true);
            autosave.setText("45");
            ((AbstractButton) get(prefs, "prefs.apply")).doClick();
        });
        waitFor("stored by Apply", 5_000, () -> java.nio.file.Files.exists(file)
                && java.nio.file.Files.readString(file).contains("autosave.seconds=45"));
        check("the dialog stays open after Apply", onEdt(prefs::isShowing));
        run(() -> ((javax.swing.JCheckBox) get(prefs, "prefs.dark")).setSelected(true));
        run(() -> ((AbstractButton) get(prefs, "prefs.restoreDefaults")).doClick());
        check("Restore Defaults: autosave 30, light theme", onEdt(() -> autosave.getText().equals("30")
                && !((javax.swing.JCheckBox) get(prefs, "prefs.dark")).isSelected()));
        key(filter, 0, KeyEvent.VK_ESCAPE);
        waitFor("Escape closes the dialog", 5_000, () -> !prefs.isShowing());
        check("restored defaults were not stored (cancelled)", java.nio.file.Files.readString(file).contains("autosave.seconds=45"));
    }

    /** Whether text looks like a code of the dossier format (e.g. {@code AGREED_PRICE}, {@code no.dmp-report}). */
    static boolean looksLikeCode(String text) {
        return java.util.regex.Pattern.compile("\\b[A-Z]{3,}_[A-Z_]+\\b|\\b[a-z]{2,4}\\.[a-z]+-[a-z-]+\\b").matcher(text).find();
    }

    /**
     * Regression, items 6 and 7: codes shown instead of words (AGREED_PRICE, CONFIDENTIAL, no.dmp-report,
     * se.orphan-reform), amounts without digit grouping, a discount without its unit; cut cells without tooltips, and
     * a maximised Problems view whose Description did not widen.
     */
    private static void reading(Frame f, JTree tree) throws Exception {
        JTabbedPane editors = open(f, tree, "Hemgenix");
        JTabbedPane pages = onEdt(() -> get(f, "editor.pages"));
        step("Prices in words, amounts grouped, a discount with its unit");
        run(() -> selectTab(pages, "Prices"));
        JTable prices = onEdt(() -> get(f, "prices.table"));
        int agreed = onEdt(() -> row(prices, 0, "no-rhf-aup"));
        String grouped = java.text.NumberFormat.getNumberInstance(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT))
                .format(29950000);
        check("the agreed price reads: " + onEdt(() -> Ui.text(prices).lines().toList().get(agreed)), onEdt(() ->
                prices.getValueAt(agreed, 3).equals("Agreed price") && prices.getValueAt(agreed, 4).equals(grouped)
                        && prices.getValueAt(agreed, 6).equals("Confidential")));
        int discount = onEdt(() -> row(prices, 0, "nice-pas-discount"));
        check("the NICE discount has its unit", discount >= 0 && onEdt(() -> prices.getValueAt(discount, 5)).equals("%"));
        check("no price cell is a code", onEdt(() -> !looksLikeCode(Ui.text(prices))));
        Ui.screenshot(f, out.resolve("workbench-prices-in-words.png"));
        step("Norway's milestones and the Timeline's scenarios in words");
        run(() -> selectTab(pages, "Norway"));
        JTable milestones = onEdt(() -> get(f, "jp.no.milestones"));
        check("the milestones read as names: " + onEdt(() -> Ui.text(milestones)).lines().findFirst().orElse(""),
                onEdt(() -> !looksLikeCode(Ui.text(milestones)) && row(milestones, 0, "Beslutningsforum") >= 0));
        run(() -> ((AbstractButton) get(f, "tool:hta.perspective.review")).doClick());
        waitFor("the Timeline view", 5_000, () -> Ui.find(f, "timeline.scenario") != null);
        javax.swing.JComboBox<?> scenarios = onEdt(() -> get(f, "timeline.scenario"));
        waitFor("the scenarios are listed", 10_000, () -> scenarios.getItemCount() > 1);
        String listed = onEdt(() -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < scenarios.getItemCount(); i++) {
                @SuppressWarnings({"unchecked", "rawtypes"})
                Component c = ((javax.swing.ListCellRenderer) scenarios.getRenderer()).getListCellRendererComponent(
                        new javax.swing.JList<>(), scenarios.getItemAt(i), i, false, false);
                sb.append(c instanceof javax.swing.JLabel l ? l.getText() : scenarios.getItemAt(i)).append(" / ");
            }
            return sb.toString();
        });
        check("the scenarios are named, not coded: " + listed, !listed.contains("se.orphan-reform"));
        run(() -> ((AbstractButton) get(f, "tool:hta.perspective.authoring")).doClick());
        step("Problems in words; a cut cell shows its whole text; maximised, the Description widens");
        JTable problems = onEdt(() -> get(f, "problems.table"));
        waitFor("Problems lists the demo's findings", 15_000, () -> problems.getRowCount() > 0);
        check("no problem is worded in codes:\n" + onEdt(() -> Ui.text(problems)), onEdt(() -> !looksLikeCode(Ui.text(problems))));
        cutCellShowsItsText(problems, 1);
        int[] before = onEdt(() -> new int[]{problems.getWidth(), problems.getColumnModel().getColumn(1).getWidth()});
        run(() -> problems.requestFocusInWindow());
        waitFor("Problems has the focus", 5_000, problems::isFocusOwner);
        key(problems, CTRL, KeyEvent.VK_M);
        waitFor("Problems maximised", 5_000, () -> problems.getWidth() > before[0] + 200);
        int[] after = onEdt(() -> new int[]{problems.getWidth(), problems.getColumnModel().getColumn(1).getWidth()});
        check("the Description took most of the width gained (" + (after[1] - before[1]) + " of " + (after[0] - before[0]) + " px)",
                after[1] - before[1] >= 0.7 * (after[0] - before[0]));
        Ui.screenshot(f, out.resolve("workbench-problems-maximised.png"));
        key(problems, CTRL, KeyEvent.VK_M);
        waitFor("Ctrl+M again restores the layout", 5_000, () -> Ui.find(f, "stack:right") != null
                && Ui.find(f, "stack:right").isShowing() && problems.getWidth() < after[0]);
        step("Economics and Budget Impact: cut cells show their whole text");
        run(() -> selectTab(pages, "Economics"));
        cutCellShowsItsText(onEdt(() -> get(f, "economics.figures")), 1);
        run(() -> selectTab(pages, "Budget Impact"));
        cutCellShowsItsText(onEdt(() -> get(f, "budget.table")), 1);
        step("History, Landscape, Portfolio and Plugins: cut cells show their whole text");
        waitFor("the History view", 5_000, () -> Ui.find(f, "history.table") != null, () -> {
            StringBuilder sb = new StringBuilder();
            for (Component c : Ui.all(f)) if (c.getName() != null && c.getName().startsWith("stack:")) sb.append(c.getName())
                    .append(tabTitles((JTabbedPane) c)).append(' ');
            return sb.toString();
        });
        run(() -> selectTab(pages, "Prices"));
        run(() -> prices.setValueAt("43 000 000", row(prices, 0, "no-maks-aup"), 4));
        key(prices, CTRL, KeyEvent.VK_S);
        waitFor("saved: a revision with its time, author and summary", 10_000, () -> tabTitles(editors).contains("Hemgenix"));
        showView(f, "hta.history");
        JTable history = onEdt(() -> get(f, "history.table"));
        waitFor("the History lists the new revision", 10_000, () -> history.getRowCount() > 1);
        cutCellShowsItsText(history, 1);
        run(() -> ((AbstractButton) get(f, "tool:hta.perspective.portfolio")).doClick());
        for (String name : List.of("landscape.table", "portfolio.table", "plugins.table")) {
            waitFor(name + " filled", 15_000, () -> Ui.find(f, name) != null && ((JTable) Ui.find(f, name)).getRowCount() > 0);
            showView(f, viewOf(name));
            cutCellShowsItsText(onEdt(() -> get(f, name)), -1);
        }
        run(() -> ((AbstractButton) get(f, "tool:hta.perspective.authoring")).doClick());
    }

    /** Gives a component the keyboard focus (as a click does) and waits until it has it: keys go to the focus owner. */
    static void focus(Component c) throws Exception {
        run(() -> {
            javax.swing.SwingUtilities.getWindowAncestor(c).toFront();
            c.requestFocus();
        });
        waitFor(c.getName() + " has the focus", 5_000, c::isFocusOwner, () -> {
            java.awt.KeyboardFocusManager k = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager();
            return "focus owner " + (k.getFocusOwner() == null ? null : k.getFocusOwner().getName() + " "
                    + k.getFocusOwner().getClass().getSimpleName()) + ", focused window " + (k.getFocusedWindow() == null
                    ? null : k.getFocusedWindow().getName()) + ", showing " + c.isShowing() + ", focusable " + c.isFocusable();
        });
    }

    /** Brings a view's tab to the front of its stack (as a click on the tab does). */
    static void showView(Frame f, String id) throws Exception {
        waitFor("the view " + id, 5_000, () -> Ui.find(f, "view:" + id) != null);
        run(() -> {
            Component view = Ui.find(f, "view:" + id);
            ((JTabbedPane) view.getParent()).setSelectedComponent(view);
        });
    }

    private static String viewOf(String table) {
        return switch (table) {
            case "landscape.table" -> "hta.landscape";
            case "portfolio.table" -> "hta.portfolio";
            default -> "hta.plugins";
        };
    }

    /**
     * Narrows a column (as a writer dragging its edge would) until its first row's text is cut, rests the pointer on
     * that cell, and checks that the tooltip says the whole text.
     */
    static void cutCellShowsItsText(JTable t, int wanted) throws Exception {
        waitFor(t.getName() + " showing", 10_000, () -> t.isShowing() && t.getRowCount() > 0);
        // -1: the column (not the last, which cannot be narrowed) whose first cell has the longest text
        int column = wanted >= 0 ? wanted : onEdt(() -> {
            int best = 0;
            for (int c = 0, widest = -1; c < t.getColumnCount() - 1; c++) {
                int w = t.prepareRenderer(t.getCellRenderer(0, c), 0, c).getPreferredSize().width;
                if (w > widest) {
                    widest = w;
                    best = c;
                }
            }
            return best;
        });
        String full = onEdt(() -> {
            Component c = t.prepareRenderer(t.getCellRenderer(0, column), 0, column);
            return c instanceof javax.swing.JLabel l ? l.getText() : String.valueOf(t.getValueAt(0, column));
        });
        run(() -> { // as the header does while the writer drags the column's edge
            javax.swing.table.TableColumn c = t.getColumnModel().getColumn(column);
            c.setMinWidth(15);
            if (t.getAutoResizeMode() == JTable.AUTO_RESIZE_OFF) {
                // columns as wide as their contents, the table scrolls sideways: the column alone narrows
                c.setPreferredWidth(40);
                c.setWidth(40);
                t.revalidate();
                return;
            }
            t.getTableHeader().setResizingColumn(c);
            c.setWidth(40);
            t.doLayout();
            t.getTableHeader().setResizingColumn(null);
        });
        waitFor(t.getName() + " column " + column + " cuts the first row", 5_000, () -> t.getColumnModel().getColumn(column)
                .getWidth() < t.prepareRenderer(t.getCellRenderer(0, column), 0, column).getPreferredSize().width,
                () -> "widths " + widths(t) + ", table " + t.getWidth() + ", mode " + t.getAutoResizeMode());
        java.awt.Rectangle cell = onEdt(() -> t.getCellRect(0, column, false));
        java.awt.event.MouseEvent moved = new java.awt.event.MouseEvent(t, java.awt.event.MouseEvent.MOUSE_MOVED,
                System.currentTimeMillis(), 0, cell.x + cell.width / 2, cell.y + cell.height / 2, 0, false);
        run(() -> t.dispatchEvent(moved));
        String tip = onEdt(() -> t.getToolTipText(moved));
        check(t.getName() + ": the cut cell '" + full + "' shows its whole text in a tooltip (" + tip + ")",
                tip != null && stripHtml(tip).contains(stripHtml(full)));
    }

    private static String widths(JTable t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.getColumnCount(); i++) sb.append(t.getColumnModel().getColumn(i).getWidth()).append(' ');
        return sb.toString();
    }

    private static String stripHtml(String s) {
        return s == null ? "" : s.replaceAll("<[^>]+>", "").strip();
    }

    /**
     * Regression, item 9: a timeline problem did not navigate, and a figure warning opened Budget Impact instead of
     * Economics and selected nothing.
     */
    private static void problems(Frame f, JTree tree) throws Exception {
        JTable problems = onEdt(() -> get(f, "problems.table"));
        waitFor("Problems lists the demo's findings", 15_000, () -> problems.getRowCount() > 0);
        step("Enter on a timeline problem of Hemgenix opens its jurisdiction's page at the milestone");
        int r = onEdt(() -> {
            for (int i = 0; i < problems.getRowCount(); i++) {
                if ("Hemgenix".equals(problems.getValueAt(i, 2)) && String.valueOf(problems.getValueAt(i, 4)).startsWith("Timeline › ")
                        && !String.valueOf(problems.getValueAt(i, 3)).isEmpty()) return i;
            }
            return -1;
        });
        check("a timeline problem of Hemgenix is listed:\n" + onEdt(() -> Ui.text(problems)), r >= 0);
        // Problems names the jurisdiction ("Sweden"); its page and tables are named by its code
        String code = Map.of("Norway", "no", "Sweden", "se", "Denmark", "dk", "Scotland (SMC)", "smc", "England (NICE)", "nice")
                .get(onEdt(() -> String.valueOf(problems.getValueAt(r, 3))));
        focus(problems);
        run(() -> problems.setRowSelectionInterval(r, r));
        step("the selected problem is read in full under the table, with what to do about it");
        waitFor("the problem and what to do are shown", 5_000, () -> {
            String details = stripHtml(((javax.swing.JLabel) get(f, "problems.details")).getText());
            return details.startsWith(String.valueOf(problems.getValueAt(r, 1))) && details.contains("What to do: ")
                    && details.contains("page (double-click opens it)");
        }, () -> ((javax.swing.JLabel) get(f, "problems.details")).getText());
        key(problems, 0, KeyEvent.VK_ENTER);
        JTabbedPane editors = onEdt(() -> get(f, "stack:editor"));
        waitFor("the editor shows the " + code + " page with a milestone selected", 10_000, () -> {
            JTabbedPane pages = Ui.find(f, "editor.pages");
            JTable milestones = Ui.find(f, "jp." + code + ".milestones");
            JTabbedPane sections = Ui.find(f, "jp." + code + ".sections");
            return pages != null && tabTitles(editors).contains("Hemgenix") && milestones != null
                    && ("page:hta.jurisdiction." + code + ".page").equals(pages.getSelectedComponent().getName())
                    && sections.getSelectedIndex() == 0 && milestones.getSelectedRow() >= 0 && milestones.isShowing();
        }, () -> {
            JTabbedPane pages = Ui.find(f, "editor.pages");
            JTable milestones = Ui.find(f, "jp." + code + ".milestones");
            return "editors " + tabTitles(editors) + ", page " + (pages == null ? null : pages.getSelectedComponent().getName())
                    + ", milestone row " + (milestones == null ? null : milestones.getSelectedRow() + " showing " + milestones.isShowing())
                    + ", status " + ((javax.swing.JLabel) Ui.find(f, "status")).getText() + ", problem " + problems.getValueAt(r, 1) + ", error log " + (Ui.find(f, "errorlog.table") == null ? ""
                    : Ui.text(Ui.find(f, "errorlog.table")));
        });
        step("a figure whose formula names no known input: its warning opens Economics at the figure");
        JTabbedPane pages = onEdt(() -> get(f, "editor.pages"));
        run(() -> selectTab(pages, "Economics"));
        JTable figures = onEdt(() -> get(f, "economics.figures"));
        int before = onEdt(figures::getRowCount);
        run(() -> ((AbstractButton) get(f, "economics.addFigure")).doClick());
        waitFor("the figure is added", 5_000, () -> figures.getRowCount() == before + 1);
        String id = onEdt(() -> String.valueOf(figures.getValueAt(before, 0)));
        run(() -> figures.setValueAt("figure:no-such-input * 2", before, 5));
        int[] w = {-1};
        waitFor("Problems warns about figure:" + id, 15_000, () -> {
            for (int i = 0; i < problems.getRowCount(); i++) {
                if (String.valueOf(problems.getValueAt(i, 1)).contains("figure:" + id)) w[0] = i;
            }
            return w[0] >= 0;
        });
        run(() -> {
            selectTab(pages, "Product");
            figures.clearSelection();
        });
        focus(problems);
        run(() -> problems.setRowSelectionInterval(w[0], w[0]));
        key(problems, 0, KeyEvent.VK_ENTER);
        waitFor("Economics is shown with " + id + " selected", 5_000, () -> pages.getSelectedIndex() == tabTitles(pages)
                .indexOf("Economics") && figures.getSelectedRow() == before && figures.getValueAt(before, 0).equals(id));
        Ui.screenshot(f, out.resolve("workbench-problem-opens-figure.png"));
        derivedFigure(f, figures);
    }

    /**
     * Regression, item 11: a figure given a formula on Economics › Add Figure showed no value, and typing into its
     * value did nothing without a word. Its value is now the formula's (Norway's agreed price times year 1's
     * patients, 29 950 000 × 7.5 in the demo), and it is as confidential as the agreed price.
     */
    private static void derivedFigure(Frame f, JTable figures) throws Exception {
        step("Add Figure with a formula over named inputs: the value is computed, the classification inherited");
        int row = onEdt(figures::getRowCount);
        run(() -> ((AbstractButton) get(f, "economics.addFigure")).doClick());
        waitFor("the figure is added", 5_000, () -> figures.getRowCount() == row + 1);
        check("a new figure has no value yet", onEdt(() -> String.valueOf(figures.getValueAt(row, 2)).isEmpty()));
        run(() -> figures.setValueAt("price:no-rhf-aup * patients:1", row, 5));
        waitFor("the value is the formula's and the figure is confidential through the agreed price", 5_000,
                () -> String.valueOf(figures.getValueAt(row, 2)).replaceAll("\\D", "").equals("224625000")
                        && String.valueOf(figures.getValueAt(row, 6)).equals("Confidential (inherited)"),
                () -> Ui.text(figures));
        step("typing into a computed value says why it cannot be typed");
        boolean opened = onEdt(() -> figures.editCellAt(row, 2));
        check("the computed value does not open for typing", !opened);
        check("the page says the value is computed from the formula", onEdt(() -> ((javax.swing.JLabel)
                get(f, "economics.figures.error")).getText().contains("is computed from its formula")));
        step("a formula that names nothing the dossier has: no value, and the page says why");
        run(() -> figures.setValueAt("price:no-such-price * 2", row, 5));
        waitFor("the value is not computed", 5_000, () -> String.valueOf(figures.getValueAt(row, 2)).startsWith("not computed")
                && ((javax.swing.JLabel) get(f, "economics.notes")).getText().contains("price:no-such-price"),
                () -> Ui.text(figures) + ((javax.swing.JLabel) get(f, "economics.notes")).getText());
        Ui.screenshot(f, out.resolve("workbench-derived-figure.png"));
    }

    /**
     * Regression, item 10 (first start): tabs had no close button, no Close Others / Close All, no Ctrl+F6 or
     * Ctrl+PageDown, and nothing of the session was restored. The window opens maximised on a first start (item 21).
     */
    private static void sessionFirst(Frame f, JTree tree) throws Exception {
        step("a first start: the window takes the whole screen");
        java.awt.Rectangle screen = onEdt(() -> java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
        check("the window fills the screen (" + onEdt(f::getBounds) + " of " + screen + ")",
                onEdt(() -> f.getWidth() >= screen.width - 10 && f.getHeight() >= screen.height - 10));
        JTabbedPane editors = open(f, tree, "Hemgenix");
        open(f, tree, "Blincyto");
        open(f, tree, "Zolgensma");
        check("editor tabs have a close button", onEdt(() -> Boolean.TRUE.equals(editors.getClientProperty("JTabbedPane.tabClosable"))));
        step("Ctrl+F6 and Ctrl+Shift+F6 go through the editors");
        check("Zolgensma is in front", onEdt(() -> editors.getTitleAt(editors.getSelectedIndex()).equals("Zolgensma")));
        key(onEdt(editors::getSelectedComponent), CTRL, KeyEvent.VK_F6);
        waitFor("Ctrl+F6: Hemgenix, round the end", 5_000, () -> editors.getTitleAt(editors.getSelectedIndex()).equals("Hemgenix"));
        key(onEdt(editors::getSelectedComponent), CTRL | InputEvent.SHIFT_DOWN_MASK, KeyEvent.VK_F6);
        waitFor("Ctrl+Shift+F6: back to Zolgensma", 5_000, () -> editors.getTitleAt(editors.getSelectedIndex()).equals("Zolgensma"));
        step("Ctrl+PageDown in a table goes to the next page of the editor");
        java.awt.Container zolgensma = onEdt(() -> get(f, "view:editor:zolgensma"));
        JTabbedPane pages = onEdt(() -> get(zolgensma, "editor.pages"));
        run(() -> selectTab(pages, "Prices"));
        JTable prices = onEdt(() -> get(zolgensma, "prices.table"));
        focus(prices);
        key(prices, CTRL, KeyEvent.VK_PAGE_DOWN);
        waitFor("Budget Impact is shown", 5_000, () -> pages.getTitleAt(pages.getSelectedIndex()).equals("Budget Impact"));
        key(onEdt(() -> (Component) get(zolgensma, "budget.table")), CTRL, KeyEvent.VK_PAGE_UP);
        waitFor("Ctrl+PageUp: Prices again", 5_000, () -> pages.getTitleAt(pages.getSelectedIndex()).equals("Prices"));
        Ui.screenshot(f, out.resolve("workbench-editor-tabs.png"));
        step("the close button of Zolgensma's tab closes it");
        run(() -> ((java.util.function.IntConsumer) editors.getClientProperty("JTabbedPane.tabCloseCallback"))
                .accept(tabTitles(editors).indexOf("Zolgensma")));
        waitFor("Zolgensma is closed", 5_000, () -> tabTitles(editors).equals(List.of("Hemgenix", "Blincyto")));
        step("Blincyto left at Budget Impact, Hemgenix (not the last opened) in front at Prices, the Error Log in front below");
        run(() -> editors.setSelectedIndex(1));
        JTabbedPane blincyto = onEdt(() -> get(get(f, "view:editor:blincyto"), "editor.pages"));
        run(() -> selectTab(blincyto, "Budget Impact"));
        run(() -> editors.setSelectedIndex(0));
        JTabbedPane hemgenix = onEdt(() -> get(get(f, "view:editor:hemgenix"), "editor.pages"));
        run(() -> selectTab(hemgenix, "Prices"));
        showView(f, "hta.errorlog");
        step("the window moved and sized by the writer, then closed");
        run(() -> {
            f.setExtendedState(Frame.NORMAL);
            f.setBounds(60, 50, 1100, 700);
        });
        waitFor("the window at its new place", 5_000, () -> f.getBounds().equals(new java.awt.Rectangle(60, 50, 1100, 700)));
    }

    /** Regression, item 10 (next start): the editors, the one in front, and the window's place come back. */
    private static void sessionRestored(Frame f) throws Exception {
        step("the window where it was left");
        waitFor("the window at (60, 50), 1100 × 700", 5_000, () -> f.getBounds().equals(new java.awt.Rectangle(60, 50, 1100, 700)),
                () -> String.valueOf(f.getBounds()));
        JTabbedPane editors = onEdt(() -> get(f, "stack:editor"));
        waitFor("Hemgenix and Blincyto reopened, Hemgenix in front", 15_000, () -> tabTitles(editors)
                .equals(List.of("Hemgenix", "Blincyto")) && editors.getSelectedIndex() == 0,
                () -> tabTitles(editors) + ", in front " + editors.getSelectedIndex());
        step("each editor at the page it was left at");
        waitFor("Hemgenix at Prices, Blincyto at Budget Impact", 10_000,
                () -> "Prices".equals(pageInFront(f, "hemgenix")) && "Budget Impact".equals(pageInFront(f, "blincyto")),
                () -> pageInFront(f, "hemgenix") + " / " + pageInFront(f, "blincyto"));
        // regression (walk of 6 December 2026): after a restart Properties and History said "Select a dossier" while
        // the restored editor was in front, until the writer clicked into it
        step("Properties shows the dossier of the editor in front, nothing clicked");
        WorkbenchWalkDriver.showView(f, "hta.properties");
        waitFor("Properties lists Hemgenix", 10_000, () -> Ui.find(f, "properties.table") != null
                && ((Component) get(f, "properties.table")).isShowing()
                && Ui.text(get(f, "properties.table")).contains("Hemgenix"),
                () -> Ui.texts((java.awt.Container) get(f, "view:hta.properties")));
        step("the bottom area shows the Error Log in front once all its views are there");
        waitFor("Problems, Progress and the Error Log below", 15_000, () -> Ui.find(f, "view:hta.problems") != null
                && Ui.find(f, "view:hta.progress") != null && Ui.find(f, "errorlog.table") != null);
        JTabbedPane bottom = onEdt(() -> get(f, "stack:bottom"));
        check("the Error Log is in front below (" + onEdt(() -> bottom.getSelectedComponent().getName()) + ")",
                onEdt(() -> "view:hta.errorlog".equals(bottom.getSelectedComponent().getName())));
        JTable log = onEdt(() -> get(f, "errorlog.table"));
        check("the restart logged no failure: " + onEdt(() -> Ui.text(log)), onEdt(() -> !Ui.text(log).contains("not found in tabbed pane")));
        step("a failure nothing caught on the event thread reaches the Error Log");
        EventQueue.invokeLater(() -> {
            throw new IllegalStateException("walk: a failure nobody caught");
        });
        waitFor("the Error Log lists it", 10_000, () -> Ui.text(log).contains("walk: a failure nobody caught"), () -> Ui.text(log));
        step("File › Close Other Editors keeps Hemgenix; Close All Editors (Ctrl+Shift+W) closes it");
        run(() -> ((AbstractButton) get(f, "menu:hta.file.closeOthers")).doClick());
        waitFor("only Hemgenix", 5_000, () -> tabTitles(editors).equals(List.of("Hemgenix")));
        key(onEdt(editors::getSelectedComponent), CTRL | InputEvent.SHIFT_DOWN_MASK, KeyEvent.VK_W);
        waitFor("no editor", 5_000, () -> editors.getTabCount() == 0);
    }

    /**
     * Regression (walk of issue 17): double-clicking a country opened the Narratives page at Norway's section, and
     * the navigator read "Scotland (SMC) (smc)".
     */
    private static void navigator(Frame f, JTree tree) throws Exception {
        step("the navigator names countries as people do; the code is in the tooltip");
        waitFor("Hemgenix's countries are listed by their plugins' names", 15_000, () -> labels(tree).contains("Scotland (SMC)"),
                () -> String.valueOf(labels(tree)));
        check("no row repeats a code after the name: " + labels(tree), onEdt(() -> labels(tree).stream()
                .noneMatch(l -> l.endsWith(" (smc)") || l.endsWith(" (nice)") || l.endsWith(" (no)") || l.endsWith(" (submission-summary)"))));
        int scotland = onEdt(() -> WorkbenchDayDriver.rowOf(tree, "Hemgenix", "Scotland (SMC)"));
        String tip = onEdt(() -> {
            java.awt.Rectangle r = tree.getRowBounds(scotland);
            return tree.getToolTipText(new java.awt.event.MouseEvent(tree, java.awt.event.MouseEvent.MOUSE_MOVED,
                    System.currentTimeMillis(), 0, r.x + 5, r.y + r.height / 2, 0, false));
        });
        check("the tooltip of Scotland (SMC) gives its code: " + tip, tip != null && tip.contains("smc"));
        step("double-clicking Hemgenix › Scotland (SMC) opens Hemgenix at Scotland's page");
        WorkbenchDayDriver.doubleClick(tree, scotland);
        waitFor("Hemgenix shows Scotland (SMC)", 15_000, () -> "Scotland (SMC)".equals(pageInFront(f, "hemgenix")),
                () -> String.valueOf(pageInFront(f, "hemgenix")));
        step("and again with the editor open, from another page");
        JTabbedPane pages = onEdt(() -> get(get(f, "view:editor:hemgenix"), "editor.pages"));
        run(() -> selectTab(pages, "Narratives"));
        int england = onEdt(() -> WorkbenchDayDriver.rowOf(tree, "Hemgenix", "England (NICE)"));
        run(() -> tree.setSelectionRow(england));
        key(tree, 0, KeyEvent.VK_ENTER);
        waitFor("Hemgenix shows England (NICE)", 15_000, () -> "England (NICE)".equals(pageInFront(f, "hemgenix")),
                () -> String.valueOf(pageInFront(f, "hemgenix")));
    }

    /** Regression (walk of issue 17): Budget Impact cut its amounts ("265,593,7…") at 1600 × 1000. */
    private static void amounts(Frame f, JTree tree) throws Exception {
        open(f, tree, "Hemgenix");
        JTabbedPane pages = onEdt(() -> get(get(f, "view:editor:hemgenix"), "editor.pages"));
        run(() -> selectTab(pages, "Budget Impact"));
        JTable budget = onEdt(() -> get(get(f, "view:editor:hemgenix"), "budget.table"));
        waitFor("Budget Impact lists its figures, laid out", 10_000, () -> budget.getRowCount() > 0 && budget.isShowing()
                && budget.getWidth() > 0);
        String cut = onEdt(() -> {
            int column = budget.convertColumnIndexToView(2);
            int width = budget.getColumnModel().getColumn(column).getWidth();
            StringBuilder b = new StringBuilder();
            for (int r = 0; r < budget.getRowCount(); r++) {
                Component c = budget.prepareRenderer(budget.getCellRenderer(r, column), r, column);
                java.awt.Insets in = c instanceof javax.swing.JComponent j ? j.getInsets() : new java.awt.Insets(0, 0, 0, 0);
                if (c.getPreferredSize().width > width) {
                    b.append(budget.getValueAt(r, column)).append(" needs ").append(c.getPreferredSize().width)
                            .append(" px of ").append(width).append(" (insets ").append(in).append("); ");
                }
            }
            return b.toString();
        });
        check("no amount is cut: " + cut, cut.isEmpty());
        Ui.screenshot(f, out.resolve("workbench-budget-amounts.png"));
        // regression (walk of 6 December 2026): amounts were left-aligned, their digits not under each other
        rightAligned(budget, 2, "Budget Impact");
        run(() -> selectTab(pages, "Economics"));
        rightAligned(onEdt(() -> get(get(f, "view:editor:hemgenix"), "economics.figures")), 2, "Economics");
        run(() -> selectTab(pages, "Prices"));
        rightAligned(onEdt(() -> get(get(f, "view:editor:hemgenix"), "prices.table")), 4, "Prices");
    }

    /** Every cell of {@code modelColumn} (amounts) is drawn right-aligned, and the other columns' cells are not. */
    private static void rightAligned(JTable table, int modelColumn, String page) throws Exception {
        waitFor(page + " lists its rows, laid out", 10_000, () -> table.getRowCount() > 0 && table.isShowing());
        String wrong = onEdt(() -> {
            StringBuilder b = new StringBuilder();
            for (int r = 0; r < table.getRowCount(); r++) {
                for (int c = 0; c < table.getColumnCount(); c++) {
                    Component shown = table.prepareRenderer(table.getCellRenderer(r, c), r, c);
                    int align = shown instanceof javax.swing.JLabel l ? l.getHorizontalAlignment() : -1;
                    boolean amount = table.convertColumnIndexToModel(c) == modelColumn;
                    if (amount != (align == javax.swing.SwingConstants.RIGHT)) b.append(r).append('/').append(c).append(' ');
                }
            }
            return b.toString();
        });
        check(page + ": amounts right-aligned, other cells not (wrong: " + wrong + ")", wrong.isEmpty());
    }

    /**
     * Regression (walk of issue 17): Hemgenix's SMC summary cannot be exported (its list price is missing), which
     * the export said and Problems did not.
     */
    private static void readiness(Frame f) throws Exception {
        JTable problems = onEdt(() -> get(f, "problems.table"));
        java.util.concurrent.Callable<Integer> row = () -> {
            for (int i = 0; i < problems.getRowCount(); i++) {
                String m = String.valueOf(problems.getValueAt(i, 1));
                if ("Hemgenix".equals(problems.getValueAt(i, 2)) && m.contains("cannot be exported")
                        && m.contains("the list price is missing")) return i;
            }
            return -1;
        };
        waitFor("Problems says Hemgenix's SMC memo cannot be exported for its missing list price", 20_000,
                () -> row.call() >= 0, () -> Ui.text(problems));
        int r = onEdt(row);
        check("it is a warning: " + onEdt(() -> problems.getValueAt(r, 0)),
                onEdt(() -> String.valueOf(problems.getValueAt(r, 0)).toLowerCase(java.util.Locale.ROOT).contains("warning")));
        focus(problems);
        run(() -> problems.setRowSelectionInterval(r, r));
        waitFor("what to do is shown", 5_000, () -> stripHtml(((javax.swing.JLabel) get(f, "problems.details")).getText())
                .contains("Prices page"), () -> ((javax.swing.JLabel) get(f, "problems.details")).getText());
        key(problems, 0, KeyEvent.VK_ENTER);
        waitFor("Hemgenix opens at Prices", 15_000, () -> "Prices".equals(pageInFront(f, "hemgenix")),
                () -> String.valueOf(pageInFront(f, "hemgenix")));
    }

    /**
     * Regression (walk of issue 17): Prices had only Toggle Classification; the SMC list price an export asked for
     * could not be added.
     */
    private static void prices(Frame f, JTree tree) throws Exception {
        JTabbedPane editors = open(f, tree, "Hemgenix");
        JTabbedPane pages = onEdt(() -> get(get(f, "view:editor:hemgenix"), "editor.pages"));
        run(() -> selectTab(pages, "Prices"));
        JTable prices = onEdt(() -> get(f, "prices.table"));
        int before = onEdt(prices::getRowCount);
        step("Add Price…: Scotland (SMC), list price, 120 000, no currency first");
        JDialog dialog = addPriceDialog(f);
        run(() -> {
            ((javax.swing.JComboBox<?>) get(dialog, "price.jurisdiction")).setSelectedItem("smc");
            choose(get(dialog, "price.kind"), "LIST_PRICE");
            ((javax.swing.JTextField) get(dialog, "price.amount")).setText("120000");
            ((javax.swing.JTextField) get(dialog, "price.currency")).setText("");
        });
        Ui.click(dialog, "Add");
        waitFor("the dialog says the currency is missing and stays open", 5_000, () -> dialog.isShowing()
                && ((javax.swing.JLabel) get(dialog, "price.error")).getText().startsWith("Currency:"));
        run(() -> ((javax.swing.JTextField) get(dialog, "price.currency")).setText("gbp"));
        Ui.click(dialog, "Add");
        waitFor("the price is added, selected and unsaved", 5_000, () -> !dialog.isShowing() && prices.getRowCount() == before + 1
                && tabTitles(editors).contains("*Hemgenix") && prices.getSelectedRow() == before);
        check("its row: " + onEdt(() -> Ui.text(prices)), onEdt(() -> "smc-list-price".equals(prices.getValueAt(before, 0))
                && "Scotland (SMC)".equals(prices.getValueAt(before, 1)) && "List price".equals(prices.getValueAt(before, 3))
                && "GBP".equals(prices.getValueAt(before, 5)) && "Public".equals(prices.getValueAt(before, 6))
                && String.valueOf(prices.getValueAt(before, 4)).replaceAll("\\D", "").equals("120000")));
        step("a second SMC list price gets an id of its own");
        JDialog second = addPriceDialog(f);
        run(() -> {
            ((javax.swing.JComboBox<?>) get(second, "price.jurisdiction")).setSelectedItem("smc");
            choose(get(second, "price.kind"), "LIST_PRICE");
            ((javax.swing.JTextField) get(second, "price.amount")).setText("1");
        });
        check("the currency of SMC's prices is suggested", onEdt(() -> "GBP".equals(((javax.swing.JTextField) get(second, "price.currency")).getText())));
        Ui.click(second, "Add");
        waitFor("smc-list-price-2 added", 5_000, () -> prices.getRowCount() == before + 2
                && "smc-list-price-2".equals(prices.getValueAt(before + 1, 0)));
        step("Remove Price removes the selected one; Undo brings it back, Undo again takes the adds back");
        run(() -> ((AbstractButton) get(f, "prices.remove")).doClick());
        waitFor("smc-list-price-2 removed", 5_000, () -> prices.getRowCount() == before + 1);
        key(prices, CTRL, KeyEvent.VK_Z);
        waitFor("back", 5_000, () -> prices.getRowCount() == before + 2 && "smc-list-price-2".equals(prices.getValueAt(before + 1, 0)));
        key(prices, CTRL, KeyEvent.VK_Z);
        key(prices, CTRL, KeyEvent.VK_Z);
        waitFor("both adds undone: the dossier as saved", 5_000, () -> prices.getRowCount() == before
                && tabTitles(editors).contains("Hemgenix"));
    }

    /** Selects the item of a combo box whose value reads {@code item} (the app's enums are not the test's classes). */
    private static void choose(javax.swing.JComboBox<?> box, String item) {
        for (int i = 0; i < box.getItemCount(); i++) if (String.valueOf(box.getItemAt(i)).equals(item)) box.setSelectedIndex(i);
    }

    private static JDialog addPriceDialog(Frame f) throws Exception {
        EventQueue.invokeLater(() -> ((AbstractButton) Ui.find(f, "prices.add")).doClick());
        return Ui.dialog("Add Price", 5_000);
    }

    private static List<String> labels(JTree tree) {
        List<String> l = new java.util.ArrayList<>();
        for (int i = 0; i < tree.getRowCount(); i++) l.add(tree.getPathForRow(i).getLastPathComponent().toString());
        return l;
    }

    /** The title of the page in front in the editor of a dossier, or null when it is not open. */
    static String pageInFront(Frame f, String dossierId) {
        Component editor = Ui.find(f, "view:editor:" + dossierId);
        JTabbedPane pages = editor == null ? null : Ui.find((java.awt.Container) editor, "editor.pages");
        return pages == null || pages.getSelectedIndex() < 0 ? null : pages.getTitleAt(pages.getSelectedIndex());
    }

    /** Regression, item 13: the Key Bindings dialog could not be closed from the keyboard and nothing was editable. */
    private static void keys(Frame f, JTree tree) throws Exception {
        JTabbedPane editors = open(f, tree, "Hemgenix");
        step("Window › Key Bindings…; Escape closes it");
        EventQueue.invokeLater(() -> ((AbstractButton) Ui.find(f, "menu:hta.window.keys")).doClick());
        JDialog dialog = Ui.dialog("Key Bindings", 5_000);
        JTable table = onEdt(() -> get(dialog, "keyBindings.table"));
        focus(table);
        key(table, 0, KeyEvent.VK_ESCAPE);
        waitFor("Escape closed it", 5_000, () -> !dialog.isShowing());
        step("Save takes Ctrl+Alt+S instead of Ctrl+S");
        EventQueue.invokeLater(() -> ((AbstractButton) Ui.find(f, "menu:hta.window.keys")).doClick());
        JDialog again = Ui.dialog("Key Bindings", 5_000);
        JTable rows = onEdt(() -> get(again, "keyBindings.table"));
        run(() -> {
            int r = row(rows, 0, "Save");
            rows.setRowSelectionInterval(r, r);
            ((AbstractButton) get(again, "keyBindings.change")).doClick();
        });
        javax.swing.JTextField capture = onEdt(() -> get(again, "keyBindings.capture"));
        waitFor("the field waits for the keys", 5_000, capture::isFocusOwner);
        key(capture, CTRL | InputEvent.ALT_DOWN_MASK, KeyEvent.VK_S);
        waitFor("the table shows the new keys", 5_000, () -> String.valueOf(rows.getValueAt(row(rows, 0, "Save"), 1))
                .equals("Ctrl+Alt+S (yours)"));
        run(() -> ((AbstractButton) get(again, "keyBindings.close")).doClick());
        waitFor("Close closed it", 5_000, () -> !again.isShowing());
        Path keysFile = data.resolve("workbench").resolve("keys.properties");
        waitFor("remembered in keys.properties", 5_000, () -> java.nio.file.Files.exists(keysFile)
                && java.nio.file.Files.readString(keysFile).contains("hta.file.save=ctrl alt S"));
        check("File › Save shows the new keys", onEdt(() -> String.valueOf(((javax.swing.JMenuItem) get(f, "menu:hta.file.save"))
                .getAccelerator()).equals("ctrl alt pressed S")));
        step("an edit saved with Ctrl+Alt+S");
        JTabbedPane pages = onEdt(() -> get(f, "editor.pages"));
        run(() -> selectTab(pages, "Prices"));
        JTable prices = onEdt(() -> get(f, "prices.table"));
        run(() -> prices.setValueAt("43 000 000", row(prices, 0, "no-maks-aup"), 4));
        waitFor("unsaved", 5_000, () -> tabTitles(editors).contains("*Hemgenix"));
        focus(prices);
        key(prices, CTRL | InputEvent.ALT_DOWN_MASK, KeyEvent.VK_S);
        waitFor("saved by the new keys", 10_000, () -> tabTitles(editors).contains("Hemgenix"));
        step("Restore Defaults gives Save its Ctrl+S back");
        EventQueue.invokeLater(() -> ((AbstractButton) Ui.find(f, "menu:hta.window.keys")).doClick());
        JDialog third = Ui.dialog("Key Bindings", 5_000);
        JTable rows3 = onEdt(() -> get(third, "keyBindings.table"));
        run(() -> ((AbstractButton) get(third, "keyBindings.restore")).doClick());
        check("Save is Ctrl+S again", onEdt(() -> String.valueOf(rows3.getValueAt(row(rows3, 0, "Save"), 1)).equals("Ctrl+S")));
        run(() -> ((AbstractButton) get(third, "keyBindings.close")).doClick());
    }

    /**
     * Regression, item 14: the command finder found nothing for "norway", silently, and could not find dossiers,
     * editor pages or preference pages.
     */
    private static void finder(Frame f) throws Exception {
        JTabbedPane editors = onEdt(() -> get(f, "stack:editor"));
        step("Ctrl+3, 'norway': the Norwegian pages of the dossiers; Enter opens Hemgenix at Norway");
        JDialog finder = openFinder(f);
        javax.swing.JTextField filter = onEdt(() -> get(finder, "commandFinder.filter"));
        javax.swing.JList<?> list = onEdt(() -> get(finder, "commandFinder.list"));
        run(() -> filter.setText("hemgenix norway"));
        check("'hemgenix norway' finds the page: " + onEdt(() -> items(list)), onEdt(() -> list.getModel().getSize() >= 1
                && list.getModel().getElementAt(0).toString().startsWith("Hemgenix › Norway")));
        run(() -> filter.setText("norway"));
        check("'norway' finds something: " + onEdt(() -> items(list)), onEdt(() -> items(list).stream().anyMatch(i -> i.startsWith("Hemgenix › Norway"))));
        run(() -> filter.setText("hemgenix norway"));
        key(filter, 0, KeyEvent.VK_ENTER);
        waitFor("Hemgenix open at its Norway page", 10_000, () -> tabTitles(editors).contains("Hemgenix")
                && Ui.find(f, "editor.pages") != null && ((JTabbedPane) Ui.find(f, "editor.pages")).getTitleAt(
                ((JTabbedPane) Ui.find(f, "editor.pages")).getSelectedIndex()).equals("Norway"));
        step("a page of the open editor: 'hemgenix prices'");
        JDialog second = openFinder(f);
        javax.swing.JTextField filter2 = onEdt(() -> get(second, "commandFinder.filter"));
        run(() -> filter2.setText("hemgenix prices"));
        key(filter2, 0, KeyEvent.VK_ENTER);
        waitFor("Prices shown", 5_000, () -> ((JTabbedPane) Ui.find(f, "editor.pages")).getTitleAt(
                ((JTabbedPane) Ui.find(f, "editor.pages")).getSelectedIndex()).equals("Prices"));
        step("nothing found is said; a preference page is found and opened");
        JDialog third = openFinder(f);
        javax.swing.JTextField filter3 = onEdt(() -> get(third, "commandFinder.filter"));
        // the main window's late activation after the last finder closed (no window manager, a loaded machine) took
        // the new finder's keys: the finder keeps the focus until the writer clicks elsewhere
        run(() -> {
            f.toFront();
            f.requestFocus();
        });
        waitFor("the finder keeps the focus when the main window is activated late", 5_000, filter3::isFocusOwner, Ui::focusState);
        run(() -> filter3.setText("xyzzy"));
        check("nothing found is said", onEdt(() -> ((javax.swing.JList<?>) get(third, "commandFinder.list")).getModel().getSize() == 0
                && ((javax.swing.JLabel) get(third, "commandFinder.none")).getText().startsWith("Nothing matches 'xyzzy'")));
        run(() -> filter3.setText("preferences general"));
        Ui.keyLater(filter3, 0, KeyEvent.VK_ENTER); // the Preferences dialog is modal
        JDialog prefs = Ui.dialog("Preferences", 5_000);
        check("the General page is shown", onEdt(() -> ((Component) get(prefs, "prefs.author")).isShowing()));
        run(() -> ((AbstractButton) get(prefs, "prefs.cancel")).doClick());
    }

    private static JDialog openFinder(Frame f) throws Exception {
        Component owner = onEdt(() -> java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
        key(owner != null ? owner : f, CTRL, KeyEvent.VK_3);
        JDialog finder = Ui.dialog("Find Command", 5_000);
        waitFor("the finder's field has the focus", 5_000, () -> ((Component) get(finder, "commandFinder.filter")).isFocusOwner(),
                Ui::focusState);
        return finder;
    }

    private static List<String> items(javax.swing.JList<?> list) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < list.getModel().getSize(); i++) out.add(String.valueOf(list.getModel().getElementAt(i)));
        return out;
    }

    /**
     * Regression, item 15: menu items had no mnemonics, Edit had no Cut/Copy/Paste/Select All/Find and File no New,
     * Open or Recent.
     */
    private static void menus(Frame f, JTree tree) throws Exception {
        step("every menu and every item has a mnemonic of its own");
        String missing = onEdt(() -> {
            StringBuilder sb = new StringBuilder();
            javax.swing.JMenuBar bar = ((javax.swing.JFrame) f).getJMenuBar();
            java.util.Set<Integer> top = new java.util.HashSet<>();
            for (int i = 0; i < bar.getMenuCount(); i++) {
                javax.swing.JMenu m = bar.getMenu(i);
                if (m.getMnemonic() == 0 || !top.add(m.getMnemonic())) sb.append("menu ").append(m.getText()).append("; ");
                java.util.Set<Integer> used = new java.util.HashSet<>();
                for (Component c : m.getMenuComponents()) {
                    if (c instanceof javax.swing.JMenuItem it && (it.getMnemonic() == 0 || !used.add(it.getMnemonic()))) {
                        sb.append(m.getText()).append(" › ").append(it.getText()).append("; ");
                    }
                }
            }
            return sb.toString();
        });
        check("no menu or item without its own mnemonic: " + missing, missing.isEmpty());
        javax.swing.JMenu edit = onEdt(() -> ((javax.swing.JFrame) f).getJMenuBar().getMenu(1));
        run(edit::doClick);
        waitFor("the Edit menu is open", 5_000, edit::isPopupMenuVisible);
        Ui.screenshot(f, out.resolve("workbench-edit-menu.png"));
        run(() -> javax.swing.MenuSelectionManager.defaultManager().clearSelectedPath());
        waitFor("the Edit menu is closed", 5_000, () -> !edit.isPopupMenuVisible());
        for (String id : List.of("hta.edit.cut", "hta.edit.copy", "hta.edit.paste", "hta.edit.selectAll", "hta.edit.find",
                "hta.file.new", "hta.file.open")) {
            check("the menus have " + id, onEdt(() -> Ui.find(f, "menu:" + id) != null));
        }
        step("Edit › Select All and Copy on a field, Edit › Paste into another");
        JTabbedPane editors = open(f, tree, "Hemgenix");
        javax.swing.JTextField comparator = onEdt(() -> {
            selectTab(get(f, "editor.pages"), "Evidence");
            return get(f, "evidence.comparator");
        });
        focus(comparator);
        run(() -> ((AbstractButton) get(f, "menu:hta.edit.selectAll")).doClick());
        check("the comparator's text is selected", onEdt(() -> comparator.getSelectedText() != null
                && comparator.getSelectedText().equals(comparator.getText())));
        run(() -> ((AbstractButton) get(f, "menu:hta.edit.copy")).doClick());
        javax.swing.JTextField followUp = onEdt(() -> get(f, "evidence.followUp"));
        focus(followUp);
        run(() -> {
            followUp.selectAll();
            ((AbstractButton) get(f, "menu:hta.edit.paste")).doClick();
        });
        check("Paste put the comparator into the follow-up field", onEdt(() -> followUp.getText().equals(comparator.getText())));
        run(() -> followUp.setText(followUp.getText())); // left as typed; the walk ends without saving
        step("Edit › Find/Replace in Narratives… (Ctrl+F) shows the words found, selected");
        Ui.keyLater(followUp, CTRL, KeyEvent.VK_F);
        JDialog find = Ui.dialog("Find/Replace in Narratives", 5_000);
        run(() -> ((javax.swing.JTextField) get(find, "find.words")).setText("terskelanalyse"));
        Ui.click(find, "Find Next");
        JTabbedPane pages = onEdt(() -> get(f, "editor.pages"));
        waitFor("the Narratives page shows 'terskelanalyse' selected", 5_000, () -> pages.getTitleAt(pages.getSelectedIndex())
                .equals("Narratives") && Ui.find(f, "narratives.text") != null
                && "terskelanalyse".equalsIgnoreCase(((javax.swing.JTextPane) Ui.find(f, "narratives.text")).getSelectedText()));
        Ui.click(find, "Close");
        step("File › New Dossier… makes and opens one; File › Open Recent lists it and Hemgenix");
        EventQueue.invokeLater(() -> ((AbstractButton) Ui.find(f, "menu:hta.file.new")).doClick());
        JDialog made = Ui.dialog("New Dossier", 5_000);
        run(() -> {
            ((javax.swing.JTextField) get(made, "newDossier.brand")).setText("Testamab Forte");
            ((javax.swing.JTextField) get(made, "newDossier.inn")).setText("testamab");
        });
        Ui.click(made, "OK");
        waitFor("its editor is open", 15_000, () -> tabTitles(editors).contains("Testamab Forte"));
        check("its file is in the workspace", java.nio.file.Files.exists(data.resolve("workspace").resolve("testamab-forte.json")));
        String recent = onEdt(() -> {
            StringBuilder sb = new StringBuilder();
            for (Component c : ((javax.swing.JMenu) get(f, "menu:Open Recent")).getMenuComponents()) {
                if (c instanceof javax.swing.JMenuItem it) sb.append(it.getText()).append(" / ");
            }
            return sb.toString();
        });
        check("Open Recent: " + recent, recent.startsWith("1 Testamab Forte / 2 Hemgenix"));
        step("File › Open Dossier… finds Blincyto by its INN");
        EventQueue.invokeLater(() -> ((AbstractButton) Ui.find(f, "menu:hta.file.open")).doClick());
        JDialog opener = Ui.dialog("Open Dossier", 5_000);
        javax.swing.JTextField filter = onEdt(() -> get(opener, "commandFinder.filter"));
        waitFor("the field has the focus", 5_000, filter::isFocusOwner);
        run(() -> filter.setText("blinatumomab"));
        key(filter, 0, KeyEvent.VK_ENTER);
        waitFor("Blincyto is open", 15_000, () -> tabTitles(editors).contains("Blincyto"));
    }
}
