package hta.workbench.views.internal;

import hta.timeline.PhaseResult;
import hta.timeline.TargetResult;
import hta.timeline.Timelines;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.event.MouseEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.ToolTipManager;
import javax.swing.UIManager;

/**
 * The Timeline view's plot: one lane per jurisdiction (and per scenario compared), its phases as bars (grey while
 * the clock stands still), its milestones as diamonds each with its name above the bar as a flag beside the line to
 * it (laid out by {@link TimelineLane#placedMilestones}: no overlaps, no line through a name), its targets' due dates
 * as upright lines with their state below (kept in sight), a hint in a lane without milestone dates, and today's
 * line.
 * Every element has a tooltip. The lanes' names are drawn beside it by {@link TimelineLanes} and the dates above it
 * by {@link TimelineAxis}, in the scroll pane's headers, so nothing of the plot is ever drawn under them. EDT only.
 */
final class TimelineCanvas extends JComponent {
    /** Client property: lane name › milestone name → the bounds of its drawn name (for tests). */
    static final String LABELS = "hta.timeline.milestoneLabels";
    /** Client property: lane name › milestone name → the bounds of its diamond (for tests). */
    static final String MARKERS = "hta.timeline.milestoneMarkers";
    /** Client property: lane name › the bounds of its "no milestone dates" hint (for tests). */
    static final String HINTS = "hta.timeline.emptyHints";
    /** Client property: lane name › target line → the bounds of the target's text under the bar (for tests). */
    static final String TARGETS = "hta.timeline.targetLines";
    /** Client property: lane name › target line → the colour it is drawn in (for tests: overdue is red). */
    static final String TARGET_COLOURS = "hta.timeline.targetColours";
    static final int MARGIN = 16;
    private static final int BAR = 14;
    private static final Color OPEN = new Color(66, 133, 244, 130);
    private static final Color STOPPED = new Color(150, 150, 150, 150);

    /** Something drawn that has a tooltip. */
    private record Tip(Shape area, String text) {
    }

    private final List<Tip> tips = new ArrayList<>();
    private final Map<String, Color> targetColours = new LinkedHashMap<>();
    private List<TimelineLane> lanes = List.of();
    private LocalDate from = LocalDate.now();
    private LocalDate to = LocalDate.now();
    private double pixelsPerDay = 2;

    TimelineCanvas() {
        setName("timeline.canvas");
        setOpaque(true);
        ToolTipManager.sharedInstance().registerComponent(this);
    }

    /** Shows {@code lanes} at {@code pixelsPerDay}, from the earliest to the latest date any of them draws. */
    void show(List<TimelineLane> shown, double zoom) {
        lanes = List.copyOf(shown);
        pixelsPerDay = zoom;
        LocalDate first = null;
        LocalDate last = LocalDate.now();
        for (TimelineLane l : lanes) {
            for (LocalDate d : l.dates()) {
                if (first == null || d.isBefore(first)) first = d;
                if (d.isAfter(last)) last = d;
            }
        }
        from = (first == null ? last.minusDays(30) : first).minusDays(10);
        to = last.plusDays(10);
        FontMetrics fm = getFontMetrics(getFont());
        int height = 0;
        int right = x(to) + MARGIN;
        for (TimelineLane l : lanes) {
            height += l.height(fm, this::x);
            right = Math.max(right, l.right(fm, this::x) + MARGIN); // every name and line whole, none cut at the end
        }
        setPreferredSize(new Dimension(right, Math.max(60, height)));
        revalidate();
        repaint();
    }

    List<TimelineLane> lanes() {
        return lanes;
    }

    LocalDate from() {
        return from;
    }

    LocalDate to() {
        return to;
    }

    /** The x of a day. */
    int x(LocalDate d) {
        return MARGIN + (int) Math.round(Timelines.days(from, d) * pixelsPerDay);
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        for (Tip t : tips) if (t.area().contains(e.getPoint())) return t.text();
        return null;
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = Painting.begin(g0, this);
        tips.clear();
        FontMetrics fm = g.getFontMetrics();
        g.setColor(new Color(128, 128, 128, 50));
        for (LocalDate m = from.withDayOfMonth(1).plusMonths(1); m.isBefore(to); m = m.plusMonths(1)) {
            g.drawLine(x(m), 0, x(m), getHeight());
        }
        Map<String, Rectangle> labels = new LinkedHashMap<>();
        Map<String, Rectangle> markers = new LinkedHashMap<>();
        Map<String, Rectangle> hints = new LinkedHashMap<>();
        Map<String, Rectangle> targets = new LinkedHashMap<>();
        targetColours.clear();
        int y = 0;
        for (TimelineLane l : lanes) {
            int h = l.height(fm, this::x);
            g.setColor(new Color(128, 128, 128, 80));
            g.drawLine(0, y + h - 1, getWidth(), y + h - 1);
            paintLane(g, fm, l, y, labels, markers);
            paintTargets(g, fm, l, y + l.barTop(fm, this::x), targets);
            if (l.placedMilestones(fm, this::x).isEmpty()) hints.put(l.title(), paintHint(g, fm, l, y));
            y += h;
        }
        putClientProperty(HINTS, hints);
        putClientProperty(TARGETS, targets);
        putClientProperty(TARGET_COLOURS, new LinkedHashMap<>(targetColours));
        int today = x(LocalDate.now());
        g.setColor(new Color(30, 120, 255));
        g.setStroke(new BasicStroke(1.5f));
        g.drawLine(today, 0, today, getHeight());
        g.setStroke(new BasicStroke(1));
        tips.add(new Tip(new Rectangle(today - 2, 0, 5, getHeight()), "Today, " + LocalDate.now()));
        putClientProperty(LABELS, labels);
        putClientProperty(MARKERS, markers);
    }

    private void paintLane(Graphics2D g, FontMetrics fm, TimelineLane l, int top, Map<String, Rectangle> labels,
                           Map<String, Rectangle> markers) {
        Color fg = UIManager.getColor("Label.foreground");
        int barY = top + l.barTop(fm, this::x);
        for (PhaseResult p : l.assessment().report().phases()) {
            if (p.start() == null) continue;
            LocalDate end = p.end() != null ? p.end() : LocalDate.now();
            Rectangle r = new Rectangle(x(p.start()), barY, Math.max(2, x(end) - x(p.start())), BAR);
            g.setColor(p.phase().clockStopped() ? STOPPED : OPEN);
            g.fill(r);
            tips.add(new Tip(r, l.describe(p)));
        }
        for (TimelineLane.Placed m : l.placedMilestones(fm, this::x)) {
            int x = x(m.milestone().date);
            Polygon diamond = new Polygon(new int[]{x, x + 6, x, x - 6},
                    new int[]{barY + 1, barY + BAR / 2, barY + BAR - 1, barY + BAR / 2}, 4);
            g.setColor(fg);
            g.fill(diamond);
            Rectangle label = new Rectangle(m.left(), top + TimelineLane.PAD + m.row() * fm.getHeight(),
                    fm.stringWidth(m.name()), fm.getHeight());
            g.drawString(m.name(), label.x, label.y + fm.getAscent());
            g.setColor(new Color(128, 128, 128, 120));
            g.drawLine(x, label.y + 2, x, barY); // ties the name, a flag right of it, to its diamond
            String tip = l.describe(m.milestone());
            tips.add(new Tip(diamond.getBounds(), tip));
            tips.add(new Tip(label, tip));
            String key = l.title() + " › " + m.name();
            labels.put(key, label);
            markers.put(key, diamond.getBounds());
        }
    }

    /**
     * An empty lane's hint, at the left of the part of the plot in sight (so it is read wherever the plot is
     * scrolled to); returns where it is drawn.
     */
    private Rectangle paintHint(Graphics2D g, FontMetrics fm, TimelineLane l, int top) {
        String hint = l.emptyHint();
        Rectangle r = new Rectangle(getVisibleRect().x + 8, top + TimelineLane.PAD, fm.stringWidth(hint), fm.getHeight());
        g.setColor(UIManager.getColor("Label.disabledForeground"));
        g.drawString(hint, r.x, r.y + fm.getAscent());
        tips.add(new Tip(r, l.emptyHintTip()));
        return r;
    }

    private void paintTargets(Graphics2D g, FontMetrics fm, TimelineLane l, int barY, Map<String, Rectangle> targets) {
        int ty = barY + BAR + 4 + fm.getAscent();
        for (TargetResult t : l.datedTargets()) {
            g.setColor(colour(t));
            int x = x(t.dueDate());
            g.setStroke(new BasicStroke(2));
            g.drawLine(x, barY - 4, x, barY + BAR + 4);
            g.setStroke(new BasicStroke(1));
            String text = l.targetLine(t);
            // kept in sight: a line running out of the part of the plot shown moves in, so it is read whole; one
            // wider than that part is cut with "…" (its tooltip says it all)
            Rectangle shown = getVisibleRect();
            if (fm.stringWidth(text) + 4 > shown.width) text = TimelineLanes.ellipsis(text, fm, Math.max(20, shown.width - 4));
            int w = fm.stringWidth(text);
            int left = TimelineLane.targetLeft(x, w);
            left = Math.max(shown.x + 2, Math.min(left, shown.x + shown.width - w - 2));
            g.drawString(text, left, ty);
            targetColours.put(l.title() + " › " + text, colour(t));
            targets.put(l.title() + " › " + text, new Rectangle(left, ty - fm.getAscent(), fm.stringWidth(text), fm.getHeight()));
            String tip = l.describe(t);
            tips.add(new Tip(new Rectangle(x - 3, barY - 4, 7, BAR + 8), tip));
            tips.add(new Tip(new Rectangle(left, ty - fm.getAscent(), fm.stringWidth(text), fm.getHeight()), tip));
            ty += fm.getHeight();
        }
    }

    /**
     * Red for an overdue (also past due with its milestone not recorded, {@link TargetWords#pastDueUnrecorded}) or
     * missed target, orange at risk, green when met or on track, grey for a state the dossier does not establish —
     * each the theme's ({@link hta.workbench.api.Colours}, readable on its background): the fixed dark red of the light
     * theme was hard to read on the dark theme's plot.
     */
    static Color colour(TargetResult t) {
        if (TargetWords.overdue(t)) return hta.workbench.api.Colours.error();
        return switch (t.state().name()) {
            case "OVERDUE", "MISSED" -> hta.workbench.api.Colours.error();
            case "AT_RISK" -> hta.workbench.api.Colours.warning();
            case "MET", "ON_TRACK" -> hta.workbench.api.Colours.positiveForeground();
            default -> { // a state the dossier does not establish
                Color grey = UIManager.getColor("Label.disabledForeground");
                yield grey != null ? grey : new Color(120, 120, 120);
            }
        };
    }
}
