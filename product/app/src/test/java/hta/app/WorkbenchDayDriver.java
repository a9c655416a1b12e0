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

import java.awt.Component;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTree;
import javax.swing.SwingUtilities;
import javax.swing.tree.TreePath;

/**
 * More of the writer's day (issue 17, items 5 and 16): scenarios of {@link WorkbenchWalkDriver}, which starts the
 * app and the window and calls {@link #scenario}. Each step drives the real window and waits on state.
 */
final class WorkbenchDayDriver {
    private WorkbenchDayDriver() {
    }

    /** The framework properties a scenario starts with (safe mode for {@code safe}). */
    static Map<String, String> config(String scenario) {
        return scenario.equals("safe") ? Map.of("hta.safe.mode", "true") : Map.of();
    }

    /** Runs a scenario of this class; false when it has none of that name. */
    static boolean scenario(String name, Frame f, JTree tree) throws Exception {
        switch (name) {
            case "demo" -> demo(f, tree);
            case "plugins" -> plugins(f, tree);
            case "safe" -> safe(f, tree);
            case "pluginsview" -> pluginsView(f);
            case "welcome" -> welcome(f);
            case "export" -> export(f, tree);
            case "unreadable" -> unreadable(f, tree);
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Regression, item 5: the demo started with warnings from prose written where a formula belongs, and every
     * Hemgenix country page showed "decided (not in X's status list)".
     */
    private static void demo(Frame f, JTree tree) throws Exception {
        JTable problems = onEdt(() -> get(f, "problems.table"));
        waitFor("Problems has checked the demo", 15_000, () -> problems.getRowCount() > 0);
        String listed = onEdt(() -> Ui.text(problems));
        check("no warning about a formula written as prose:\n" + listed, !listed.contains("formula 'derived"));
        check("no status outside its jurisdiction's list:\n" + listed, !listed.contains("status list"));
        String counts = onEdt(() -> ((javax.swing.JLabel) get(f, "problems.summary")).getText());
        check("the counts read as words: " + counts, counts.matches("\\d+ errors?, \\d+ warnings?, \\d+ infos?")
                && !counts.matches(".*\\b1 (errors|warnings|infos)\\b.*"));
        int[] severity = onEdt(() -> new int[]{problems.getColumnModel().getColumn(0).getWidth(),
                problems.getFontMetrics(problems.getFont()).stringWidth("⚠ Warning")});
        check("the severity is read whole (" + severity[0] + " px for " + severity[1] + ")", severity[0] > severity[1] + 6);
        JTabbedPane editors = WorkbenchWalkDriver.open(f, tree, "Hemgenix");
        JTabbedPane pages = onEdt(() -> get(f, "editor.pages"));
        step("Narratives: the sections by country and in words");
        run(() -> selectTab(pages, "Narratives"));
        waitFor("the Narratives page is made", 5_000, () -> Ui.find(f, "narratives.sections") != null);
        javax.swing.JList<?> sections = onEdt(() -> get(f, "narratives.sections"));
        String first = onEdt(() -> rendered(sections, 0));
        check("the first section reads '" + first + "'", first.startsWith("Norway · ") && !first.contains("no ·"));
        for (String[] page : List.of(new String[]{"Norway", "no", "Besluttet"}, new String[]{"Sweden", "se", "Rekommendation"},
                new String[]{"Denmark", "dk", "Afgjort"}, new String[]{"Scotland (SMC)", "smc", "Advice published"},
                new String[]{"England (NICE)", "nice", "Published"})) {
            step("Hemgenix › " + page[0] + ": its status in the jurisdiction's words");
            run(() -> selectTab(pages, page[0]));
            waitFor(page[0] + "'s page is made", 5_000, () -> Ui.find(f, "jp." + page[1] + ".status") != null);
            JComboBox<?> status = onEdt(() -> get(f, "jp." + page[1] + ".status"));
            String shown = onEdt(() -> String.valueOf(status.getSelectedItem()));
            check(page[0] + " shows '" + shown + "'", !shown.equals("null") && !shown.contains("not in"));
        }
        Ui.screenshot(f, WorkbenchWalkDriver.out.resolve("workbench-demo-status.png"));
        check("Hemgenix is still unmodified", onEdt(() -> tabTitles(editors).contains("Hemgenix")));
    }

    /** The text a list shows for its element {@code i} (EDT). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String rendered(javax.swing.JList list, int i) {
        Component c = list.getCellRenderer().getListCellRendererComponent(list, list.getModel().getElementAt(i), i, false, false);
        return c instanceof javax.swing.JLabel l ? l.getText() : String.valueOf(c);
    }

    /**
     * Regression, item 16: after plugin changes a disabled plugin said "plugin not installed", Properties kept showing
     * the jurisdiction, the navigator unfolded every node after each save, a double-click also folded a node, and a
     * country page came back at the end of the editor.
     */
    private static void plugins(Frame f, JTree tree) throws Exception {
        missingByName(f, tree);
        longMessage(f);
        JTabbedPane editors = WorkbenchWalkDriver.open(f, tree, "Hemgenix");
        JTabbedPane pages = onEdt(() -> get(f, "editor.pages"));
        List<String> order = onEdt(() -> tabTitles(pages));
        check("Hemgenix's pages: " + order, order.contains("Norway") && order.indexOf("Norway") < order.size() - 1);
        step("the writer folds Hemgenix › Sweden and selects Hemgenix › Norway");
        run(() -> tree.collapseRow(rowOf(tree, "Hemgenix", "Sweden")));
        run(() -> tree.setSelectionRow(rowOf(tree, "Hemgenix", "Norway")));
        JTable properties = onEdt(() -> get(f, "properties.table"));
        waitFor("Properties shows Norway", 10_000, () -> Ui.text(properties).contains("Norway — Norge"));

        step("Plugins › Disable Norway");
        changePlugin(f, "no", "plugins.disable", "Disable", "Disabled");
        waitFor("the navigator says Norway's plugin is disabled", 10_000, () -> rowOf(tree, "Hemgenix", "Norway (no) — plugin disabled") >= 0,
                () -> navigatorRows(tree) + " pages " + tabTitles(pages) + " properties " + Ui.text(properties));
        waitFor("Properties says so too", 10_000, () -> Ui.text(properties).contains("Norway (no) — plugin disabled")
                && Ui.text(properties).contains("enable its plugin in the Plugins view"),
                () -> Ui.text(properties));
        waitFor("the Norway page is gone from the editor", 10_000, () -> !tabTitles(pages).contains("Norway"));
        check("Hemgenix › Sweden is still folded", onEdt(() -> tree.isCollapsed(rowOf(tree, "Hemgenix", "Sweden"))));
        Ui.screenshot(f, WorkbenchWalkDriver.out.resolve("workbench-plugin-disabled.png"));

        step("Plugins › Enable Norway: its page back in its place");
        changePlugin(f, "no", "plugins.enable", "Enable", "Enabled");
        waitFor("the editor's pages in their order " + order, 10_000, () -> tabTitles(pages).equals(order),
                () -> String.valueOf(tabTitles(pages)));
        waitFor("Properties shows Norway again", 10_000, () -> Ui.text(properties).contains("Norway — Norge"));

        step("a save keeps what the writer folded");
        run(() -> selectTab(pages, "Prices"));
        JTable prices = onEdt(() -> get(f, "prices.table"));
        run(() -> prices.setValueAt("43 000 000", row(prices, 0, "no-maks-aup"), 4));
        waitFor("unsaved", 5_000, () -> tabTitles(editors).contains("*Hemgenix"));
        key(prices, CTRL, KeyEvent.VK_S);
        waitFor("saved", 10_000, () -> tabTitles(editors).contains("Hemgenix"));
        String saved = java.nio.file.Files.readString(WorkbenchWalkDriver.data.resolve("workspace").resolve("hemgenix.json"));
        check("the save recorded each jurisdiction's name beside its code", saved.contains("\"jurisdiction\" : \"no\",\n"
                + "      \"jurisdictionName\" : \"Norway\"") && saved.contains("\"jurisdictionName\" : \"England (NICE)\""));
        waitFor("the navigator re-read the workspace: Hemgenix › Norway selected again", 10_000, () -> {
            TreePath p = tree.getSelectionPath();
            return p != null && p.getLastPathComponent().toString().equals("Norway");
        });
        check("Hemgenix › Sweden is still folded, Denmark unfolded", onEdt(() -> tree.isCollapsed(rowOf(tree, "Hemgenix",
                "Sweden")) && tree.isExpanded(rowOf(tree, "Hemgenix", "Denmark"))));

        step("a double-click on Blincyto opens it and leaves its node unfolded");
        int blincyto = onEdt(() -> rowOf(tree, "Blincyto", null));
        check("Blincyto is unfolded", onEdt(() -> tree.isExpanded(blincyto)));
        doubleClick(tree, blincyto);
        waitFor("Blincyto's editor is open", 10_000, () -> tabTitles(editors).contains("Blincyto"));
        check("Blincyto is still unfolded", onEdt(() -> tree.isExpanded(rowOf(tree, "Blincyto", null))));
    }

    /** Regression, item 21: an empty start showed a blank editor area and a blank Properties view. */
    private static void welcome(Frame f) throws Exception {
        step("a first start: the editor area says where to start, Properties where its rows come from");
        waitFor("the welcome is shown", 10_000, () -> Ui.find(f, "welcome") != null && Ui.find(f, "welcome").isShowing());
        waitFor("Properties shows its hint", 10_000, () -> Ui.find(f, "properties.hint") != null
                && Ui.find(f, "properties.hint").isShowing());
        String open = onEdt(() -> ((AbstractButton) get(f, "welcome:hta.file.open")).getText());
        check("the welcome offers Open Dossier… with its keys: " + open, open.contains("Open Dossier…") && open.contains("Ctrl+O"));
        Ui.screenshot(f, WorkbenchWalkDriver.out.resolve("workbench-welcome.png"));
        step("the welcome's Open Dossier… opens Hemgenix; the welcome gives way to the editor");
        EventQueue.invokeLater(((AbstractButton) Ui.find(f, "welcome:hta.file.open"))::doClick);
        JDialog opener = Ui.dialog("Open Dossier", 5_000);
        javax.swing.JTextField filter = onEdt(() -> get(opener, "commandFinder.filter"));
        waitFor("the field has the focus", 5_000, filter::isFocusOwner);
        run(() -> filter.setText("hemgenix"));
        key(filter, 0, KeyEvent.VK_ENTER);
        JTabbedPane editors = onEdt(() -> get(f, "stack:editor"));
        waitFor("Hemgenix is open and the welcome hidden", 15_000, () -> tabTitles(editors).contains("Hemgenix")
                && !Ui.find(f, "welcome").isShowing());
        waitFor("Properties shows the dossier", 10_000, () -> ((Component) get(f, "properties.table")).isShowing()
                && Ui.text(get(f, "properties.table")).contains("Hemgenix"));
        step("Ctrl+Shift+W closes it: the welcome is back");
        key(onEdt(editors::getSelectedComponent), CTRL | java.awt.event.InputEvent.SHIFT_DOWN_MASK, KeyEvent.VK_W);
        waitFor("the welcome is shown again", 10_000, () -> editors.getTabCount() == 0 && Ui.find(f, "welcome").isShowing());
    }

    /**
     * Regression, item 18: the export dialog offered a folder inside the app's data directory, listed no files
     * written and had no Open Folder, forgot the choices, and offered all jurisdictions with a memo selected.
     */
    private static void export(Frame f, JTree tree) throws Exception {
        step("Hemgenix › Norway › Prisnotat selected and opened; Ctrl+E offers that memo");
        int memoRow = onEdt(() -> {
            int no = rowOf(tree, "Hemgenix", "Norway");
            return no + 1;
        });
        check("the row after Norway is its memo: " + onEdt(() -> tree.getPathForRow(memoRow).getLastPathComponent()),
                onEdt(() -> tree.getPathForRow(memoRow).getPathCount() == 4));
        run(() -> tree.setSelectionRow(memoRow));
        key(tree, 0, KeyEvent.VK_ENTER);
        JTabbedPane editors = onEdt(() -> get(f, "stack:editor"));
        waitFor("Hemgenix is open", 15_000, () -> tabTitles(editors).contains("Hemgenix"));
        JDialog wizard = exportWizard(f);
        String[] chosen = onEdt(() -> new String[]{String.valueOf(((JComboBox<?>) get(wizard, "export.jurisdiction"))
                .getSelectedItem()), String.valueOf(((JComboBox<?>) get(wizard, "export.memo")).getSelectedItem()),
                ((javax.swing.JTextField) get(wizard, "export.folder")).getText()});
        check("Norway and its price memo are chosen: " + chosen[0] + " / " + chosen[1],
                chosen[0].startsWith("Norway") && chosen[1].toLowerCase(java.util.Locale.ROOT).contains("prisnotat"));
        check("the folder offered is outside the app's data: " + chosen[2], !Path.of(chosen[2]).startsWith(
                WorkbenchWalkDriver.data) && Path.of(chosen[2]).getFileName().toString().equals("HTA memos"));
        check("nothing unsaved: the dossier is named without '(unsaved changes included)'", onEdt(() ->
                ((AbstractButton) get(wizard, "export.thisDossier")).getText().equals("This dossier: Hemgenix")));
        Ui.screenshot(wizard, WorkbenchWalkDriver.out.resolve("workbench-export-wizard.png"));
        Path folder = java.nio.file.Files.createTempDirectory("hta-walk-export");
        run(() -> {
            ((AbstractButton) get(wizard, "export.public")).setSelected(false);
            ((AbstractButton) get(wizard, "export.confidential")).setSelected(true);
            ((javax.swing.JTextField) get(wizard, "export.folder")).setText(folder.toString());
            ((AbstractButton) get(wizard, "export.start")).doClick();
        });
        step("the result lists the files written and offers Open Folder");
        JDialog result = Ui.dialog("Export finished", 90_000);
        List<String> files = onEdt(() -> {
            javax.swing.JList<?> l = get(result, "export.files");
            List<String> out = new java.util.ArrayList<>();
            for (int i = 0; i < l.getModel().getSize(); i++) out.add(String.valueOf(l.getModel().getElementAt(i)));
            return out;
        });
        check("the confidential price memo is listed: " + files, files.size() == 1 && files.get(0).endsWith("konfidensielt.pdf") && java.nio.file.Files.isRegularFile(folder.resolve(files.get(0))));
        resultReadsAsAResult(result);
        step("Open Folder where no file manager answers (this X server): the dialog says so, with the path to copy");
        AbstractButton openFolder = onEdt(() -> get(result, "export.openFolder"));
        if (onEdt(openFolder::isVisible)) run(openFolder::doClick);
        waitFor("the reason and the folder are shown in the dialog", 15_000, () -> {
            javax.swing.text.JTextComponent why = Ui.find(result, "export.cannotOpen");
            return why != null && why.isShowing() && why.getText().contains(folder.toString());
        }, () -> String.valueOf(onEdt(() -> Ui.texts(result))));
        wholeLine(result);
        Ui.screenshot(result, WorkbenchWalkDriver.out.resolve("workbench-export-result.png"));
        // regression (walk of 6 December 2026): Escape did nothing here, the result could not be closed from the keyboard
        Ui.keyLater(onEdt(() -> get(result, "export.files")), 0, KeyEvent.VK_ESCAPE);
        waitFor("Escape closed the result", 5_000, () -> !result.isShowing());
        step("the next export offers the same folder and variants");
        JDialog again = exportWizard(f);
        check("the folder and the confidential variant alone are remembered", onEdt(() -> ((javax.swing.JTextField)
                get(again, "export.folder")).getText().equals(folder.toString())
                && !((AbstractButton) get(again, "export.public")).isSelected()
                && ((AbstractButton) get(again, "export.confidential")).isSelected()));
        Ui.keyLater(onEdt(() -> get(again, "export.folder")), 0, KeyEvent.VK_ESCAPE);
        waitFor("Escape closed it", 5_000, () -> !again.isShowing());
        step("a price changed and not saved: the export says it includes the unsaved change");
        JTabbedPane pages = onEdt(() -> get(get(f, "view:editor:hemgenix"), "editor.pages"));
        run(() -> selectTab(pages, "Prices"));
        javax.swing.JTable prices = onEdt(() -> get(f, "prices.table"));
        int r = onEdt(() -> Ui.row(prices, 0, "no-maks-aup"));
        run(() -> prices.setValueAt("41000000", r, 4));
        waitFor("Hemgenix has unsaved changes", 5_000, () -> tabTitles(editors).contains("*Hemgenix"));
        JDialog dirty = exportWizard(f);
        check("the unsaved changes are said to be included", onEdt(() -> ((AbstractButton) get(dirty, "export.thisDossier"))
                .getText().equals("This dossier: Hemgenix (unsaved changes included)")));
        Ui.keyLater(onEdt(() -> get(dirty, "export.folder")), 0, KeyEvent.VK_ESCAPE);
        waitFor("Escape closed it", 5_000, () -> !dirty.isShowing());
    }

    /**
     * Regression (walk of December 2026): "Open Folder did not work here: … The folder: …" was one field cut at the
     * dialog's edge. It wraps: every character of it lies inside the line and the dialog, none scrolled out of sight.
     */
    private static void wholeLine(JDialog result) throws Exception {
        javax.swing.text.JTextComponent why = onEdt(() -> Ui.find(result, "export.cannotOpen"));
        waitFor("the line is laid out with the dialog", 5_000, () -> why.getHeight() >= why.getPreferredSize().height);
        String cut = onEdt(() -> {
            java.awt.Rectangle inside = SwingUtilities.convertRectangle(why, why.getVisibleRect(), result.getRootPane());
            java.awt.Rectangle pane = new java.awt.Rectangle(result.getRootPane().getSize());
            for (int i = 0; i < why.getDocument().getLength(); i++) {
                java.awt.Rectangle at = why.modelToView2D(i).getBounds();
                java.awt.Rectangle shown = SwingUtilities.convertRectangle(why, at, result.getRootPane());
                if (!inside.contains(shown.x, shown.y + shown.height / 2) || !pane.contains(shown.x, shown.y + shown.height / 2)) {
                    return "character " + i + " of " + why.getDocument().getLength() + " at " + shown + " is outside "
                            + inside;
                }
            }
            return null;
        });
        check("the line wraps and shows every character (" + onEdt(() -> why.getText().length()) + ")"
                + (cut == null ? "" : ": " + cut), cut == null);
    }

    /**
     * Regression (walk of December 2026): the result's summary looked like a text field to type into (a field's
     * background, border and caret). It reads as a result now, its text still selectable.
     */
    private static void resultReadsAsAResult(JDialog result) throws Exception {
        step("the summary reads as a result: no field's background, border or caret; its text can be selected");
        javax.swing.JTextArea summary = onEdt(() -> get(result, "export.result"));
        WorkbenchWalkDriver.focus(summary);
        String why = onEdt(() -> {
            javax.swing.JScrollPane pane = (javax.swing.JScrollPane) SwingUtilities.getAncestorOfClass(
                    javax.swing.JScrollPane.class, summary);
            java.awt.Insets edge = pane.getBorder() == null ? new java.awt.Insets(0, 0, 0, 0)
                    : pane.getBorder().getBorderInsets(pane);
            if (summary.isEditable()) return "it is editable";
            if (summary.isOpaque() || pane.getViewport().isOpaque()) return "it paints a field's background";
            if (edge.top + edge.left + edge.bottom + edge.right > 0) return "it has a border " + edge;
            if (summary.getCaret().isVisible()) return "it shows a caret";
            summary.select(0, 6);
            return summary.getSelectedText() == null ? "its text cannot be selected" : null;
        });
        check("the summary reads as a result" + (why == null ? "" : ": " + why), why == null);
        run(() -> summary.select(0, 0));
    }

    private static JDialog exportWizard(Frame f) throws Exception {
        Component owner = onEdt(() -> java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
        Ui.keyLater(owner != null ? owner : f, CTRL, KeyEvent.VK_E);
        return Ui.dialog("Export Memos", 10_000);
    }

    /**
     * Regression, item 8: double-clicking an unreadable dossier did nothing visible, nothing offered to show, repair
     * or restore it, and Problems showed the parser's raw message. The scenario's data (prepared by the test) has a
     * Zolgensma whose current file lost a comma and whose history keeps revision 1.
     */
    private static void unreadable(Frame f, JTree tree) throws Exception {
        step("the navigator lists the unreadable file; Problems says what is wrong and where in words");
        waitFor("the unreadable file is listed", 10_000, () -> rowOfLabel(tree, "⚠ unreadable: zolgensma.json") >= 0);
        JTable problems = onEdt(() -> get(f, "problems.table"));
        waitFor("Problems names it", 15_000, () -> Ui.text(problems).contains("zolgensma.json cannot be read"));
        String line = onEdt(() -> Ui.text(problems).lines().filter(l -> l.contains("zolgensma.json cannot be read"))
                .findFirst().orElseThrow());
        check("in words, with the line: " + line, line.contains("a comma is missing between two entries (line ")
                && !line.contains("Unexpected") && !line.contains("code 34"));
        step("a double-click on it shows the file at the error and offers to restore revision 1");
        doubleClick(tree, onEdt(() -> rowOfLabel(tree, "⚠ unreadable: zolgensma.json")));
        JDialog dialog = Ui.dialog("Unreadable dossier", 10_000);
        javax.swing.JTextArea text = onEdt(() -> get(dialog, "unreadable.text"));
        int caretLine = onEdt(() -> text.getLineOfOffset(text.getCaretPosition()) + 1);
        check("the file is shown at the line of the error (" + caretLine + ")", line.contains("(line " + caretLine + ","));
        AbstractButton restore = onEdt(() -> get(dialog, "unreadable.restore"));
        check("Restore offers revision 1: " + onEdt(restore::getText), onEdt(() -> restore.isEnabled()
                && restore.getText().startsWith("Restore revision 1")));
        Ui.screenshot(dialog, WorkbenchWalkDriver.out.resolve("workbench-unreadable.png"));
        run(restore::doClick);
        JTabbedPane editors = onEdt(() -> get(f, "stack:editor"));
        waitFor("Zolgensma is restored, listed and open", 15_000, () -> !dialog.isShowing()
                && rowOf(tree, "Zolgensma", null) >= 0 && rowOfLabel(tree, "⚠ unreadable: zolgensma.json") < 0
                && tabTitles(editors).contains("Zolgensma"));
        Path workspace = WorkbenchWalkDriver.data.resolve("workspace");
        try (var kept = java.nio.file.Files.list(workspace)) {
            List<Path> aside = kept.filter(p -> p.getFileName().toString().startsWith("zolgensma.json.unreadable-")).toList();
            check("the unreadable file is kept beside it: " + aside, aside.size() == 1
                    && java.nio.file.Files.readString(aside.get(0)).contains("\"revision\" : 2\n"));
        }
        waitFor("Problems no longer lists it", 15_000, () -> !Ui.text(problems).contains("zolgensma.json cannot be read"));
    }

    /**
     * Regression (outsider's walk): a submission for a jurisdiction whose plugin is not installed showed only its code,
     * "jca — plugin not installed". Named as the dossier recorded it, with the code and why; Properties and the row's
     * tooltip say what to do; Problems names it too.
     */
    private static void missingByName(Frame f, JTree tree) throws Exception {
        String jca = "EU joint clinical assessment (jca) — plugin not installed";
        waitFor("the navigator names Fictivo's JCA submission", 15_000, () -> rowOf(tree, "Fictivo", jca) >= 0,
                () -> navigatorRows(tree));
        check("and Germany's", onEdt(() -> rowOf(tree, "Fictivo", "Germany (AMNOG) (de) — plugin not installed") >= 0));
        int row = onEdt(() -> rowOf(tree, "Fictivo", jca));
        String tip = onEdt(() -> {
            Rectangle r = tree.getRowBounds(row);
            return tree.getToolTipText(new MouseEvent(tree, MouseEvent.MOUSE_MOVED, 0, 0, r.x + 5, r.y + r.height / 2, 0, false));
        });
        // the app's plugin repository offers the JCA plugin: installing it from there is what to do
        check("its tooltip says what to do: " + tip, tip != null && tip.startsWith(jca) && tip.contains("Plugins view")
                && tip.contains("Plugin repository tab, Install from the repository"));
        run(() -> tree.setSelectionRow(row));
        JTable properties = onEdt(() -> get(f, "properties.table"));
        waitFor("Properties names it and says what to do", 10_000, () -> Ui.text(properties).contains(jca)
                && Ui.text(properties).contains("To edit, check or export this submission, install its plugin in the Plugins view"),
                () -> Ui.text(properties));
        JTable problems = onEdt(() -> get(f, "problems.table"));
        waitFor("Problems names it", 20_000, () -> Ui.text(problems).contains(jca), () -> Ui.text(problems));
        Ui.screenshot(f, WorkbenchWalkDriver.out.resolve("workbench-missing-plugin.png"));
    }

    /**
     * Regression (outsider's walk): a long message made its dialog wider than the screen. Every line of an option
     * pane's message fits 80 average characters of its font, and the dialog fits well within the screen.
     */
    static void readable(JDialog d) throws Exception {
        String problem = onEdt(() -> {
            java.awt.Rectangle screen = d.getGraphicsConfiguration().getBounds();
            if (d.getWidth() > screen.width * 4 / 5) return "the dialog is " + d.getWidth() + " px wide on a screen of " + screen.width;
            for (Component c : Ui.all(d)) {
                if (c instanceof javax.swing.JLabel l && l.getText() != null && SwingUtilities.getAncestorOfClass(
                        javax.swing.JOptionPane.class, l) != null) {
                    int limit = 80 * l.getFontMetrics(l.getFont()).charWidth('n') + 1;
                    if (l.getPreferredSize().width > limit + l.getInsets().left + l.getInsets().right
                            && !l.getText().startsWith("<html>")) return "a line of " + l.getPreferredSize().width + " px: " + l.getText();
                }
            }
            return null;
        });
        check("'" + onEdt(d::getTitle) + "' is wrapped to read" + (problem == null ? "" : ": " + problem), problem == null);
    }

    /** Regression (outsider's walk): a long message — here one a contribution shows — ran off the screen. */
    private static void longMessage(Frame f) throws Exception {
        step("a message of 900 characters: wrapped, its dialog within the screen, every word in it");
        String text = ("The export could not write /home/writer/Documents/HTA memos/confidential/Hemgenix-prisnotat.pdf because"
                + " the folder is read-only; nothing was written and the dossier is unchanged. ").repeat(4).strip();
        EventQueue.invokeLater(() -> javax.swing.JOptionPane.showMessageDialog(f, text, "A long message",
                javax.swing.JOptionPane.ERROR_MESSAGE));
        JDialog d = Ui.dialog("A long message", 10_000);
        readable(d);
        String shown = onEdt(() -> String.valueOf(((javax.swing.JOptionPane) SwingUtilities.getAncestorOfClass(
                javax.swing.JOptionPane.class, Ui.all(d).stream().filter(javax.swing.JLabel.class::isInstance).findFirst()
                .orElseThrow())).getMessage()));
        check("the message is text, on several lines, every word kept", shown.split("\n").length >= 4
                && shown.replace('\n', ' ').equals(text));
        Ui.click(d, "OK");
        waitFor("closed", 5_000, () -> !d.isShowing());
    }

    private static int rowOfLabel(JTree tree, String label) {
        for (int i = 0; i < tree.getRowCount(); i++) {
            if (tree.getPathForRow(i).getLastPathComponent().toString().equals(label)) return i;
        }
        return -1;
    }

    /** Regression, item 16: in safe mode the views said "plugin not installed". */
    private static void safe(Frame f, JTree tree) throws Exception {
        waitFor("the navigator says why Norway is missing", 10_000,
                () -> rowOf(tree, "Hemgenix", "Norway (no) — plugin not loaded (safe mode)") >= 0, () -> navigatorRows(tree));
        run(() -> tree.setSelectionRow(rowOf(tree, "Hemgenix", "Norway (no) — plugin not loaded (safe mode)")));
        JTable properties = onEdt(() -> get(f, "properties.table"));
        waitFor("Properties says so too", 10_000, () -> Ui.text(properties).contains("Norway (no) — plugin not loaded (safe mode)"));
        JTable problems = onEdt(() -> get(f, "problems.table"));
        waitFor("Problems says so", 15_000, () -> Ui.text(problems).contains("Norway (no) — plugin not loaded (safe mode)"));
    }

    /**
     * Regression, item 20: the Plugins view's toolbar did not wrap (Uninstall cut, History hidden), the trust question
     * for an unsigned jar had OK as its default, an "update" to the installed version was not flagged, and the file
     * chooser did not show jar files only.
     */
    private static void pluginsView(Frame f) throws Exception {
        run(() -> ((AbstractButton) get(f, "tool:hta.perspective.portfolio")).doClick());
        WorkbenchWalkDriver.showView(f, "hta.plugins");
        javax.swing.JPanel bar = onEdt(() -> get(f, "plugins.bar"));
        step("a narrow window: the toolbar wraps and shows every button whole");
        run(() -> {
            f.setExtendedState(Frame.NORMAL);
            f.setBounds(0, 0, 1000, 700);
        });
        waitFor("every button of the toolbar whole", 10_000, () -> f.getWidth() == 1000 && cutButtons(bar).isEmpty(),
                () -> "cut: " + cutButtons(bar) + " in a bar of " + bar.getSize());
        Ui.screenshot(f, WorkbenchWalkDriver.out.resolve("workbench-plugins-toolbar.png"));

        step("Install from file…: the chooser shows jar files; an unsigned jar asks with Cancel as the default");
        Path plugins = Path.of(System.getProperty("hta.test.plugins"));
        choose(f, "plugins.install", plugins.resolve("unsigned-tl-1.0.0.jar"));
        JDialog ask = Ui.dialog("Install", 15_000);
        waitFor("Cancel is the default button and has the focus", 5_000, () -> {
            javax.swing.JButton d = ask.getRootPane().getDefaultButton();
            return d != null && d.getText().equals("Cancel") && d.isFocusOwner();
        });
        Ui.screenshot(ask, WorkbenchWalkDriver.out.resolve("workbench-trust-question.png"));
        key(onEdt(() -> ask.getRootPane().getDefaultButton()), 0, KeyEvent.VK_ENTER);
        waitFor("Enter declined: nothing changed", 10_000, () -> !ask.isShowing()
                && ((javax.swing.JLabel) get(f, "plugins.status")).getText().equals("Nothing was changed."));

        step("Update from file… with the installed version of Norway's plugin: flagged, Cancel the default");
        Path norway;
        try (var jars = java.nio.file.Files.list(AppRuntime.APP.resolve("plugins"))) {
            norway = jars.filter(j -> j.getFileName().toString().startsWith("hta.jurisdiction.no_")).findFirst().orElseThrow();
        }
        choose(f, "plugins.update", norway);
        JDialog update = Ui.dialog("Update", 15_000);
        String text = onEdt(() -> Ui.texts(update));
        check("the dry run says it is the installed version: " + text.replace('\n', ' '),
                text.contains("warning: version") && text.contains("is already installed"));
        check("Cancel is the default", onEdt(() -> update.getRootPane().getDefaultButton() != null
                && update.getRootPane().getDefaultButton().getText().equals("Cancel")));
        Ui.click(update, "Cancel");
        waitFor("nothing changed", 10_000, () -> !update.isShowing()
                && ((javax.swing.JLabel) get(f, "plugins.status")).getText().equals("Nothing was changed."));
    }

    /** The buttons of a toolbar that are hidden or not whole inside it (EDT). */
    private static List<String> cutButtons(java.awt.Container bar) {
        List<String> cut = new java.util.ArrayList<>();
        for (java.awt.Component c : bar.getComponents()) {
            if (c instanceof AbstractButton b && (!b.isShowing() || b.getX() + b.getWidth() > bar.getWidth()
                    || b.getY() + b.getHeight() > bar.getHeight() || b.getWidth() < b.getPreferredSize().width)) {
                cut.add(b.getText());
            }
        }
        return cut;
    }

    /** Presses a button that opens a file chooser, checks that it shows jar files only, and picks {@code file}. */
    private static void choose(Frame f, String button, Path file) throws Exception {
        EventQueue.invokeLater(((AbstractButton) Ui.find(f, button))::doClick);
        javax.swing.JFileChooser[] chooser = new javax.swing.JFileChooser[1];
        waitFor("the file chooser", 10_000, () -> {
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                if (w instanceof JDialog d && d.isShowing()) {
                    for (java.awt.Component c : Ui.all(d)) if (c instanceof javax.swing.JFileChooser fc) chooser[0] = fc;
                }
            }
            return chooser[0] != null;
        });
        check("the chooser shows jar files only", onEdt(() -> chooser[0].getFileFilter().accept(new java.io.File("a.jar"))
                && !chooser[0].getFileFilter().accept(new java.io.File("a.txt"))));
        run(() -> {
            chooser[0].setSelectedFile(file.toFile());
            chooser[0].approveSelection();
        });
    }

    /**
     * Shows the Plugins view in the perspective in use (Window › Show View, so that the navigator stays as the writer
     * left it), selects a plugin, presses an action and confirms its dry run.
     */
    private static void changePlugin(Frame f, String code, String button, String dialogTitle, String done) throws Exception {
        run(() -> ((AbstractButton) get(f, "menu:hta.showView.hta.plugins")).doClick());
        waitFor("the Plugins view lists " + code, 15_000, () -> Ui.find(f, "plugins.table") != null
                && row(Ui.find(f, "plugins.table"), 1, code) >= 0);
        JTable plugins = onEdt(() -> get(f, "plugins.table"));
        run(() -> {
            int r = row(plugins, 1, code);
            plugins.setRowSelectionInterval(r, r);
        });
        AbstractButton action = onEdt(() -> get(f, button));
        waitFor(button + " enabled", 5_000, action::isEnabled);
        EventQueue.invokeLater(action::doClick);
        JDialog dryRun = Ui.dialog(dialogTitle, 15_000);
        readable(dryRun);
        Ui.click(dryRun, "OK");
        if (button.equals("plugins.disable")) {
            // Hemgenix is open at the plugin's page: the workbench says the page closes and the data stays
            JDialog removal = Ui.dialog("Plugin removal", 15_000);
            readable(removal);
            Ui.click(removal, "Continue");
        }
        waitFor("the Plugins view reports: " + done, 30_000, () -> ((javax.swing.JLabel) get(f, "plugins.status"))
                .getText().startsWith(done), () -> ((javax.swing.JLabel) get(f, "plugins.status")).getText());
    }

    /** The row of {@code child} under the dossier whose label starts with {@code dossier}; the dossier's row when null. */
    static int rowOf(JTree tree, String dossier, String child) {
        for (int i = 0; i < tree.getRowCount(); i++) {
            TreePath p = tree.getPathForRow(i);
            if (p.getPathCount() < 2 || !p.getPathComponent(1).toString().startsWith(dossier)) continue;
            if (child == null ? p.getPathCount() == 2 : p.getPathCount() == 3 && p.getLastPathComponent().toString().equals(child)) {
                return i;
            }
        }
        return -1;
    }

    private static String navigatorRows(JTree tree) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tree.getRowCount(); i++) sb.append(tree.getPathForRow(i).getLastPathComponent()).append(" / ");
        return sb.toString();
    }

    /** A double-click of the mouse on a row, as the toolkit delivers it (press, release, click; twice). */
    static void doubleClick(JTree tree, int row) throws Exception {
        run(() -> {
            Rectangle r = tree.getRowBounds(row);
            int x = r.x + 10;
            int y = r.y + r.height / 2;
            long when = System.currentTimeMillis();
            for (int count = 1; count <= 2; count++) {
                for (int id : new int[]{MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED}) {
                    tree.dispatchEvent(new MouseEvent(tree, id, when, MouseEvent.BUTTON1_DOWN_MASK, x, y, count, false,
                            MouseEvent.BUTTON1));
                }
            }
        });
    }
}
