package hta.app;

import static hta.app.Ui.get;
import static hta.app.Ui.onEdt;
import static hta.app.Ui.run;
import static hta.app.Ui.waitFor;
import static hta.app.WorkbenchWalkDriver.check;
import static hta.app.WorkbenchWalkDriver.step;

import java.awt.Component;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JTree;

/**
 * The scenarios of {@link WorkbenchLegibilityDriver} besides "cut": words where a person reads codes, the Landscape's
 * colours, dates and chart, the Timeline's layout, History's dates and the dialogs' edges. Regression checks are
 * named after what the outsider's walk found.
 */
final class LegibilityScenarios {
    /** A jurisdiction code on its own ("no", "smc") or a dotted key ("smc.pace.weeks", "dk.submission-date-agreed"). */
    static final Pattern CODE = Pattern.compile("^[a-z]{2,4}$|\\b[a-z]{2,4}\\.[a-z][a-zA-Z-]*(\\.[a-zA-Z-]+)*\\b");

    private LegibilityScenarios() {
    }

    static boolean scenario(String scenario, Frame f, JTree tree) throws Exception {
        switch (scenario) {
            case "words" -> words(f);
            case "landscape" -> landscape(f);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The text a cell shows (its renderer's), EDT. */
    static String shown(JTable t, int row, int column) {
        Component c = t.prepareRenderer(t.getCellRenderer(row, column), row, column);
        return c instanceof JLabel l ? l.getText() : String.valueOf(t.getValueAt(row, column));
    }

    static List<String> column(JTable t, int column) throws Exception {
        return onEdt(() -> {
            List<String> values = new ArrayList<>();
            for (int r = 0; r < t.getRowCount(); r++) values.add(shown(t, r, column));
            return values;
        });
    }

    /**
     * Regression: Problems' Jurisdiction column showed codes ("se", "jca"), the Jurisdiction settings page raw keys
     * ("smc.pace.weeks", "dk.clock.pausesCount") and refused a value naming the key, Portfolio's "Not counted" line a
     * milestone code.
     */
    private static void words(Frame f) throws Exception {
        step("Problems: jurisdictions by name");
        JTable problems = onEdt(() -> get(f, "problems.table"));
        waitFor("Problems lists the demo's findings", 20_000, () -> problems.getRowCount() > 0);
        List<String> jurisdictions = column(problems, 3);
        check("no jurisdiction is a bare code: " + jurisdictions,
                jurisdictions.stream().noneMatch(j -> CODE.matcher(j).find()));
        check("Sweden is named", jurisdictions.contains("Sweden"));

        step("Portfolio: what is not counted, in words");
        run(() -> ((AbstractButton) get(f, "tool:hta.perspective.portfolio")).doClick());
        waitFor("the Portfolio view", 10_000, () -> Ui.find(f, "portfolio.notCounted") != null);
        JLabel notCounted = onEdt(() -> get(f, "portfolio.notCounted"));
        waitFor("the portfolio names what it cannot count", 20_000, () -> notCounted.getText().contains("Not counted"));
        String text = onEdt(notCounted::getText);
        check("no milestone code in: " + text, !CODE.matcher(text).find());

        step("Preferences › Jurisdiction settings: settings by name, the key in the tooltip");
        EventQueue.invokeLater(() -> ((AbstractButton) Ui.find(f, "menu:hta.file.preferences")).doClick());
        JDialog prefs = Ui.dialog("Preferences", 10_000);
        javax.swing.JList<?> pages = onEdt(() -> get(prefs, "prefs.pages"));
        run(() -> pages.setSelectedValue("Jurisdiction settings", true));
        waitFor("the settings page", 5_000, () -> Ui.find(prefs, "prefs.settings.table") != null
                && Ui.find(prefs, "prefs.settings.table").isShowing());
        JTable settings = onEdt(() -> get(prefs, "prefs.settings.table"));
        List<String> names = column(settings, 0);
        check("every setting reads by name: " + names, names.size() >= 5 && names.stream().noneMatch(n -> CODE.matcher(n).find()));
        check("SMC's pace reads 'Scotland (SMC): Pace weeks'", names.contains("Scotland (SMC): Pace weeks"));
        int pace = names.indexOf("Scotland (SMC): Pace weeks");
        String tip = onEdt(() -> ((javax.swing.JComponent) settings.prepareRenderer(settings.getCellRenderer(pace, 0), pace, 0))
                .getToolTipText());
        check("its key is in the tooltip: " + tip, tip != null && tip.contains("smc.pace.weeks"));
        Ui.screenshot(prefs, WorkbenchLegibilityDriver.out.resolve("workbench-settings-by-name.png"));
        Ui.key(pages, 0, KeyEvent.VK_ESCAPE);
        waitFor("Escape closes Preferences", 5_000, () -> !prefs.isShowing());
    }

    /**
     * Regression: the Landscape left Norway's "innføres" uncoloured, wrote dates in each country's format side by
     * side ("12.1…", "2026-11-20"), and the Portfolio chart wrote "0" over every empty bar.
     */
    private static void landscape(Frame f) throws Exception {
        run(() -> ((AbstractButton) get(f, "tool:hta.perspective.portfolio")).doClick());
        WorkbenchWalkDriver.showView(f, "hta.landscape");
        JTable t = onEdt(() -> get(f, "landscape.table"));
        waitFor("the landscape is filled", 20_000, () -> t.getRowCount() >= 4 && t.getColumnCount() > 5);
        step("every decision and status of an installed jurisdiction has a colour");
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofLocalizedDate(
                java.time.format.FormatStyle.MEDIUM).withLocale(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT));
        List<String> dates = new ArrayList<>();
        int coloured = onEdt(() -> {
            int n = 0;
            for (int c = 1; c < t.getColumnCount(); c++) {
                if (t.getColumnName(c).contains("plugin")) continue; // no vocabulary to judge by
                for (int r = 0; r < t.getRowCount(); r++) {
                    String text = shown(t, r, c);
                    if (text.isBlank() || text.equals("—")) continue;
                    Component cell = t.prepareRenderer(t.getCellRenderer(r, c), r, c);
                    if (t.isRowSelected(r) || cell.getBackground().equals(t.getBackground())) {
                        throw new AssertionError("uncoloured: " + t.getColumnName(c) + " '" + text + "'");
                    }
                    java.util.regex.Matcher m = Pattern.compile(" · (.+?)( \\(|$)").matcher(text);
                    if (m.find()) dates.add(m.group(1));
                    n++;
                }
            }
            return n;
        });
        check(coloured + " cells coloured, Norway's innføres among them", coloured >= 8
                && column(t, onEdt(() -> t.getColumnModel().getColumnIndex("Norway"))).stream().anyMatch(x -> x.startsWith("innføres")));
        step("one date format in the view, the workbench locale's: " + dates);
        for (String d : dates) {
            try {
                format.parse(d);
            } catch (java.time.format.DateTimeParseException e) {
                throw new AssertionError("not in the view's one format (" + format.format(java.time.LocalDate.of(2025, 11, 17))
                        + "): " + d);
            }
        }
        check(dates.size() + " dates in one format", dates.size() >= 5);
        Ui.screenshot(f, WorkbenchLegibilityDriver.out.resolve("workbench-landscape-coloured.png"));
        step("the Portfolio chart writes no 0 over an empty bar");
        WorkbenchWalkDriver.showView(f, "hta.portfolio");
        Component chart = onEdt(() -> get(f, "portfolio.chart"));
        waitFor("the chart is drawn", 20_000, () -> chart.isShowing() && ((javax.swing.JComponent) chart)
                .getClientProperty("hta.chart.values") instanceof List<?> v && !v.isEmpty());
        List<?> values = onEdt(() -> (List<?>) ((javax.swing.JComponent) chart).getClientProperty("hta.chart.values"));
        check("counts over bars: " + values, !values.contains("0"));
    }
}
