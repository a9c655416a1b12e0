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
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JScrollBar;
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
            case "words" -> {
                words(f);
                emptyLists(f, tree);
            }
            case "landscape" -> landscape(f);
            case "timeline" -> timeline(f, tree);
            case "history" -> history(f, tree);
            case "dialogs" -> dialogs(f);
            case "reveal" -> RevealScenario.reveal(f);
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
    /**
     * Regression (outsider's walk): an empty list of the Evidence page (Blincyto's key outcomes) showed its header over
     * nothing. It says in its table that there are none yet and how to add one — painted, not only said.
     */
    private static void emptyLists(Frame f, JTree tree) throws Exception {
        step("Blincyto › Evidence: the empty Key outcomes list says so");
        run(() -> ((AbstractButton) get(f, "tool:hta.perspective.authoring")).doClick());
        JTree navigator = onEdt(() -> get(f, "navigator.tree"));
        WorkbenchWalkDriver.open(f, navigator, "Blincyto");
        javax.swing.JTabbedPane pages = onEdt(() -> get(f, "editor.pages"));
        run(() -> Ui.selectTab(pages, "Evidence"));
        JTable outcomes = onEdt(() -> get(f, "evidence.keyOutcomes"));
        waitFor("the list is shown, empty", 10_000, () -> outcomes.isShowing() && outcomes.getRowCount() == 0
                && outcomes.getHeight() > outcomes.getRowHeight());
        check("regression (outsider's walk): no empty header row above the list", onEdt(() -> outcomes.getTableHeader() == null
                || outcomes.getTableHeader().isShowing() && !String.valueOf(outcomes.getColumnModel().getColumn(0).getHeaderValue()).isBlank()));
        String said = onEdt(() -> outcomes.getAccessibleContext().getAccessibleDescription());
        check("it says what to do: " + said, said != null && said.startsWith("No key outcomes yet")
                && said.contains("press Enter"));
        boolean painted = onEdt(() -> {
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(outcomes.getWidth(), outcomes.getRowHeight() + 4,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = img.createGraphics();
            outcomes.paint(g);
            g.dispose();
            int background = img.getRGB(img.getWidth() - 2, img.getHeight() - 2);
            for (int x = 0; x < Math.min(img.getWidth(), 200); x++) {
                for (int y = 0; y < img.getHeight(); y++) if (img.getRGB(x, y) != background) return true;
            }
            return false;
        });
        check("the words are painted in the empty table", painted);
        Ui.screenshot(f, WorkbenchViewsDriver.out.resolve("workbench-evidence-empty.png"));
    }

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
        // regression (outsider's walk): defaults read as enum constants, "default TEXT", "BLACK_BAR"
        List<String> unset = column(settings, 2);
        check("what an unset setting means is in words: " + unset, unset.stream().noneMatch(u -> u.matches("default [A-Z][A-Z0-9]*(_[A-Z0-9]+)*")));
        int style = names.indexOf("Sweden: Redaction style");
        check("Sweden's redaction style is listed: " + names, style >= 0);
        check("unset, it means 'default Text': " + unset.get(style), unset.get(style).equals("default Text"));
        Ui.screenshot(prefs, WorkbenchViewsDriver.out.resolve("workbench-settings-by-name.png"));
        Ui.key(pages, 0, KeyEvent.VK_ESCAPE);
        waitFor("Escape closes Preferences", 5_000, () -> !prefs.isShowing());
    }

    /**
     * Regression: the Landscape left Norway's "innføres" uncoloured, cut its dates ("12.1…") and the Portfolio chart
     * wrote "0" over every empty bar. Regression (outsider's walk): the Landscape wrote every country's dates in the
     * workbench locale's format beside the country's own words; each country's date is now written as that country
     * writes it (its plugin's long date).
     */
    private static void landscape(Frame f) throws Exception {
        run(() -> ((AbstractButton) get(f, "tool:hta.perspective.portfolio")).doClick());
        WorkbenchWalkDriver.showView(f, "hta.landscape");
        JTable t = onEdt(() -> get(f, "landscape.table"));
        waitFor("the landscape is filled", 20_000, () -> t.getRowCount() >= 4 && t.getColumnCount() > 5);
        step("every decision and status of an installed jurisdiction has a colour");
        // each country's long date as its plugin declares it (Formats.longDate)
        java.util.Map<String, java.time.format.DateTimeFormatter> formats = java.util.Map.of(
                "Norway", java.time.format.DateTimeFormatter.ofPattern("d. MMMM yyyy", java.util.Locale.forLanguageTag("nb-NO")),
                "Sweden", java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("sv-SE")),
                "Denmark", java.time.format.DateTimeFormatter.ofPattern("d. MMMM yyyy", java.util.Locale.forLanguageTag("da-DK")),
                "England (NICE)", java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("en-GB")),
                "Scotland (SMC)", java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("en-GB")));
        List<String[]> dates = new ArrayList<>();
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
                    if (m.find()) dates.add(new String[]{t.getColumnName(c), m.group(1)});
                    n++;
                }
            }
            return n;
        });
        check(coloured + " cells coloured, Norway's innføres among them", coloured >= 8
                && column(t, onEdt(() -> t.getColumnModel().getColumnIndex("Norway"))).stream().anyMatch(x -> x.startsWith("innføres")));
        step("each country's dates as that country writes them: " + dates.stream().map(d -> d[0] + ": " + d[1]).toList());
        java.util.Set<String> countries = new java.util.TreeSet<>();
        for (String[] d : dates) {
            java.time.format.DateTimeFormatter format = formats.get(d[0]);
            if (format == null) continue; // a jurisdiction this check does not know the format of
            try {
                java.time.LocalDate.parse(d[1], format);
                countries.add(d[0]);
            } catch (java.time.format.DateTimeParseException e) {
                throw new AssertionError(d[0] + "'s date not as " + d[0] + " writes it (" + format.format(
                        java.time.LocalDate.of(2025, 11, 17)) + "): " + d[1]);
            }
        }
        check("dates of every country in its own format: " + countries, countries.equals(formats.keySet().stream()
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))));
        check("Norway's decision date in Norwegian", column(t, onEdt(() -> t.getColumnModel().getColumnIndex("Norway")))
                .stream().anyMatch(x -> x.startsWith("innføres · 17. november 2025")));
        Ui.screenshot(f, WorkbenchViewsDriver.out.resolve("workbench-landscape-coloured.png"));
        step("the Portfolio chart writes no 0 over an empty bar");
        WorkbenchWalkDriver.showView(f, "hta.portfolio");
        Component chart = onEdt(() -> get(f, "portfolio.chart"));
        waitFor("the chart is drawn", 20_000, () -> chart.isShowing() && ((javax.swing.JComponent) chart)
                .getClientProperty("hta.chart.values") instanceof List<?> v && !v.isEmpty());
        List<?> values = onEdt(() -> (List<?>) ((javax.swing.JComponent) chart).getClientProperty("hta.chart.values"));
        check("counts over bars: " + values, !values.contains("0"));
    }

    /** Whether {@code r} is within {@code visible} from left to right (the plot scrolls up and down as well). */
    private static boolean across(Rectangle visible, Rectangle r) {
        return r.x >= visible.x && r.x + r.width <= visible.x + visible.width;
    }

    @SuppressWarnings("unchecked")
    private static java.util.Map<String, Rectangle> rects(javax.swing.JComponent c, String property) {
        Object v = c.getClientProperty(property);
        return v instanceof java.util.Map<?, ?> m ? (java.util.Map<String, Rectangle>) m : java.util.Map.of();
    }

    /**
     * Regression: Hemgenix's Denmark, SMC and NICE lanes were blank without a word; Norway's names crowded, lines to
     * their diamonds running through other names; Sweden's warning under the bar ran out of the part in sight.
     * Checked by geometry: what the plot says it drew where.
     */
    private static void timeline(Frame f, JTree tree) throws Exception {
        step("Review perspective, Hemgenix selected, the Timeline in front");
        run(() -> ((AbstractButton) get(f, "tool:hta.perspective.review")).doClick());
        WorkbenchViewsDriver.selectInNavigator(onEdt(() -> get(f, "navigator.tree")), "Hemgenix", "Norway");
        WorkbenchWalkDriver.showView(f, "hta.timeline");
        javax.swing.JComponent canvas = onEdt(() -> get(f, "timeline.canvas"));
        waitFor("Hemgenix's lanes drawn", 20_000, () -> canvas.isShowing() && rects(canvas, "hta.timeline.milestoneLabels")
                .keySet().stream().anyMatch(k -> k.startsWith("Norway › ")) && !rects(canvas, "hta.timeline.emptyHints").isEmpty());
        for (int pass = 0; pass < 2; pass++) {
            java.util.Map<String, Rectangle> labels = onEdt(() -> rects(canvas, "hta.timeline.milestoneLabels"));
            java.util.Map<String, Rectangle> markers = onEdt(() -> rects(canvas, "hta.timeline.milestoneMarkers"));
            java.util.Map<String, Rectangle> hints = onEdt(() -> rects(canvas, "hta.timeline.emptyHints"));
            java.util.Map<String, Rectangle> targets = onEdt(() -> rects(canvas, "hta.timeline.targetLines"));
            Rectangle visible = onEdt(canvas::getVisibleRect);
            step((pass == 0 ? "as it opens" : "scrolled to the end") + ": " + labels.size() + " names, " + hints.size()
                    + " empty lanes, " + targets.size() + " target lines");
            check("Denmark, Scotland (SMC) and England (NICE) say no milestone dates are recorded: " + hints.keySet(),
                    hints.keySet().containsAll(List.of("Denmark", "Scotland (SMC)", "England (NICE)")));
            for (var h : hints.entrySet()) check("the hint of " + h.getKey() + " is in sight", across(visible, h.getValue()));
            for (var a : labels.entrySet()) {
                String lane = a.getKey().split(" › ")[0];
                Rectangle marker = markers.get(a.getKey());
                for (var b : labels.entrySet()) {
                    if (a == b || !b.getKey().startsWith(lane + " › ")) continue;
                    check("'" + a.getKey() + "' and '" + b.getKey() + "' do not overlap", !a.getValue().intersects(b.getValue()));
                    int line = (int) marker.getCenterX();
                    check("the line from '" + a.getKey() + "' to its diamond does not cross '" + b.getKey() + "'",
                            !b.getValue().intersectsLine(line, a.getValue().y + 2, line, marker.y));
                }
                for (var t : targets.entrySet()) {
                    check("'" + a.getKey() + "' does not cover '" + t.getKey() + "'", !a.getValue().intersects(t.getValue()));
                }
            }
            for (var t : targets.entrySet()) {
                check("'" + t.getKey() + "' is read whole " + t.getValue() + " in " + visible, across(visible, t.getValue()));
            }
            check("Sweden's warning is among them", targets.keySet().stream().anyMatch(k -> k.startsWith("Sweden › ")));
            if (pass == 0) {
                Ui.screenshot(f, WorkbenchViewsDriver.out.resolve("workbench-timeline-laid-out.png"));
                JScrollBar bar = onEdt(() -> ((javax.swing.JScrollPane) javax.swing.SwingUtilities.getAncestorOfClass(
                        javax.swing.JScrollPane.class, canvas)).getHorizontalScrollBar());
                run(() -> bar.setValue(bar.getMaximum()));
                waitFor("scrolled to the end and drawn there", 10_000, () -> canvas.getVisibleRect().x > 0
                        && rects(canvas, "hta.timeline.emptyHints").values().stream().allMatch(r -> across(canvas.getVisibleRect(), r)));
            }
        }
        overdueTarget(f, canvas);
    }

    /**
     * Regression: Norway's delivery agreement target, past its 92 days since Beslutningsforum with no delivery
     * agreement recorded, was drawn grey as "(384/92 d)" and was not in Problems.
     */
    private static void overdueTarget(Frame f, javax.swing.JComponent canvas) throws Exception {
        step("Norway's delivery agreement target reads overdue, in words and red");
        // the state first: read whole even where the plot in sight cuts the target's long name
        Pattern words = Pattern.compile("Norway › Overdue — Delivery agreement not recorded \\(\\d+ days, target 92\\): Delivery");
        Object colours = onEdt(() -> canvas.getClientProperty("hta.timeline.targetColours"));
        java.util.Map<?, ?> drawn = colours instanceof java.util.Map<?, ?> m ? m : java.util.Map.of();
        var line = drawn.entrySet().stream().filter(e -> words.matcher(String.valueOf(e.getKey())).lookingAt()).findFirst();
        check("the target line says overdue and the days in words: " + drawn.keySet(), line.isPresent());
        java.awt.Color c = (java.awt.Color) line.get().getValue();
        check("drawn red, not grey: " + c, c.getRed() > 150 && c.getGreen() < 80 && c.getBlue() < 80);
        step("Problems lists it with the dossier, the jurisdiction and the milestone in words");
        WorkbenchWalkDriver.showView(f, "hta.problems");
        JTable problems = onEdt(() -> get(f, "problems.table"));
        waitFor("Problems lists Hemgenix's overdue delivery agreement in Norway", 20_000, () -> {
            for (int r = 0; r < problems.getRowCount(); r++) {
                if ("Hemgenix".equals(problems.getValueAt(r, 2)) && "Norway".equals(problems.getValueAt(r, 3))
                        && "Timeline › Delivery agreement".equals(problems.getValueAt(r, 4))
                        && String.valueOf(problems.getValueAt(r, 1)).contains(": overdue — Delivery agreement is not recorded")) {
                    return true;
                }
            }
            return false;
        }, () -> Ui.text(problems));
    }

    /** Regression: History showed revision 1 of a demo dossier with a blank Saved cell, and the dossier by its id. */
    private static void history(Frame f, JTree tree) throws Exception {
        WorkbenchWalkDriver.open(f, tree, "Hemgenix");
        WorkbenchWalkDriver.showView(f, "hta.history");
        JTable history = onEdt(() -> get(f, "history.table"));
        waitFor("the History lists revision 1", 15_000, () -> history.isShowing() && history.getRowCount() == 1);
        step("revision 1, saved before save times were written, says so");
        String saved = onEdt(() -> shown(history, 0, 1));
        String tip = onEdt(() -> ((javax.swing.JComponent) history.prepareRenderer(history.getCellRenderer(0, 1), 0, 1)).getToolTipText());
        check("its Saved cell is not blank: '" + saved + "' (" + tip + ")", !saved.isBlank() && tip != null && tip.contains("time"));
        String heading = onEdt(() -> {
            StringBuilder sb = new StringBuilder();
            for (Component c : Ui.all((java.awt.Container) get(f, "view:hta.history"))) if (c instanceof JLabel l) sb.append(l.getText()).append(' ');
            return sb.toString();
        });
        check("the dossier is named by its brand: " + heading, heading.contains("Hemgenix:") && !heading.contains("hemgenix:"));
    }

    /** The least contrast of a dialog's outermost pixels (the middle of each side) against {@code behind}. */
    private static double edgeContrast(JDialog d, java.awt.Color behind) throws Exception {
        waitFor("the dialog shown", 5_000, () -> d.isShowing() && d.getWidth() > 0);
        // painted now, as it stands, before its pixels are read
        run(() -> d.getRootPane().paintImmediately(0, 0, d.getRootPane().getWidth(), d.getRootPane().getHeight()));
        Rectangle b = onEdt(d::getBounds);
        java.awt.Robot robot = new java.awt.Robot();
        run(() -> java.awt.Toolkit.getDefaultToolkit().sync());
        robot.waitForIdle();
        java.awt.image.BufferedImage shot = robot.createScreenCapture(b);
        double least = Double.MAX_VALUE;
        int[][] points = {{0, b.height / 2}, {b.width - 1, b.height / 2}, {b.width / 2, 0}, {b.width / 2, b.height - 1}};
        for (int[] p : points) {
            least = Math.min(least, WorkbenchWalkDriver.contrast(new java.awt.Color(shot.getRGB(p[0], p[1])), behind));
        }
        return least;
    }

    /**
     * The edge's contrast once the dialog is painted: its pixels are read until the edge shows or 5 s have passed
     * (a dialog appears while the window behind it still paints); the last reading.
     */
    private static double paintedEdge(JDialog d, java.awt.Color behind) throws Exception {
        long until = System.currentTimeMillis() + 15_000; // a loaded machine paints late
        double c;
        do {
            c = edgeContrast(d, behind);
        } while (c < 3 && System.currentTimeMillis() < until);
        return c;
    }

    /**
     * Regression: in the dark theme dialogs had no visible edge (no window manager draws one under Xvfb, and many
     * draw none for dialogs): Preferences and the message over it ran into the window behind.
     */
    private static void dialogs(Frame f) throws Exception {
        step("Window › Toggle Light / Dark Theme: dark");
        run(() -> ((AbstractButton) get(f, "menu:hta.window.theme")).doClick());
        waitFor("the dark theme is on", 5_000, () -> WorkbenchWalkDriver.luminance(f.getBackground()) < 0.1
                || WorkbenchWalkDriver.luminance(((javax.swing.JFrame) f).getContentPane().getBackground()) < 0.1);
        java.awt.Color panel = onEdt(() -> javax.swing.UIManager.getColor("Panel.background"));
        step("Preferences: a visible edge against the dark window and its own dark panel");
        EventQueue.invokeLater(() -> ((AbstractButton) Ui.find(f, "menu:hta.file.preferences")).doClick());
        JDialog prefs = Ui.dialog("Preferences", 10_000);
        waitFor("Preferences painted", 5_000, () -> prefs.isShowing() && prefs.getWidth() > 0);
        double c = paintedEdge(prefs, panel);
        check(String.format("Preferences' edge has contrast %.1f against the dark panels (at least 3)", c), c >= 3);
        Ui.screenshot(f, WorkbenchViewsDriver.out.resolve("workbench-dark-dialog.png"));
        step("a message over it has an edge too");
        javax.swing.JList<?> pages = onEdt(() -> get(prefs, "prefs.pages"));
        run(() -> pages.setSelectedValue("Jurisdiction settings", true));
        JTable settings = onEdt(() -> get(prefs, "prefs.settings.table"));
        int pace = column(settings, 0).indexOf("Scotland (SMC): Pace weeks");
        run(() -> settings.setValueAt("30", pace, 1));
        EventQueue.invokeLater(() -> ((AbstractButton) get(prefs, "prefs.apply")).doClick());
        JDialog[] message = new JDialog[1];
        waitFor("the refusal is shown", 10_000, () -> {
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                if (w instanceof JDialog d && d != prefs && d.isShowing() && d.getWidth() > 0) message[0] = d;
            }
            return message[0] != null;
        });
        double m = paintedEdge(message[0], panel);
        check(String.format("the message's edge has contrast %.1f (at least 3)", m), m >= 3);
        // regression: the edge, added after the message was packed, took two pixels and the text ended in "…"
        List<String> cut = onEdt(() -> cutLabels(message[0]));
        check("the message shows its whole text (cut: " + cut + ")", cut.isEmpty());
        Ui.click(message[0], "OK");
        waitFor("the message closes", 5_000, () -> !message[0].isShowing());
        Ui.click(prefs, "Cancel");
        waitFor("Preferences closes", 5_000, () -> !prefs.isShowing());
    }

    /** The labels of {@code d} (a message's lines) narrower than their text (EDT). */
    static List<String> cutLabels(JDialog d) {
        List<String> cut = new java.util.ArrayList<>();
        for (java.awt.Component c : Ui.all(d.getContentPane())) {
            if (c instanceof javax.swing.JLabel l && l.isShowing() && l.getText() != null && !l.getText().isBlank()
                    && l.getPreferredSize().width > l.getWidth()) cut.add(l.getText() + " (" + l.getWidth() + " of " + l.getPreferredSize().width + " px)");
        }
        return cut;
    }
}
