package hta.workbench.views.internal;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.ToolTipManager;
import javax.swing.UIManager;

/**
 * The names of the Timeline's lanes, in the scroll pane's row header beside the plot (so they stay in sight when
 * the plot scrolls sideways and never cover it): the jurisdiction in bold and, for a scenario lane, the scenario's
 * label under it, wrapped to the header's width and cut with "…" only when the lane has no more room (the tooltip
 * gives it whole). EDT only.
 */
final class TimelineLanes extends JComponent {
    /** Client property: lane title → the bounds of its drawn name (for tests). */
    static final String NAMES = "hta.timeline.laneNames";
    static final int WIDTH = 190;
    private final TimelineCanvas canvas;
    private final List<Rectangle> areas = new ArrayList<>();

    TimelineLanes(TimelineCanvas canvas) {
        this.canvas = canvas;
        setName("timeline.lanes");
        setOpaque(true);
        ToolTipManager.sharedInstance().registerComponent(this);
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(WIDTH, canvas.getPreferredSize().height);
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        List<TimelineLane> lanes = canvas.lanes();
        for (int i = 0; i < areas.size() && i < lanes.size(); i++) {
            if (areas.get(i).contains(e.getPoint())) return lanes.get(i).title();
        }
        return null;
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = Painting.begin(g0, this);
        Color fg = UIManager.getColor("Label.foreground");
        Font plain = canvas.getFont(); // the lanes' heights are measured in the plot's font
        Font bold = plain.deriveFont(Font.BOLD);
        FontMetrics fm = g.getFontMetrics(plain);
        areas.clear();
        Map<String, Rectangle> names = new LinkedHashMap<>();
        int top = 0;
        for (TimelineLane l : canvas.lanes()) {
            int h = l.height(fm, canvas::x);
            g.setColor(new Color(128, 128, 128, 80));
            g.drawLine(0, top + h - 1, getWidth(), top + h - 1);
            g.setColor(fg);
            List<String> lines = new ArrayList<>(List.of(l.name()));
            if (l.scenario() != null) lines.addAll(wrap("under " + l.scenario(), fm, WIDTH - 12));
            int fit = Math.max(1, (h - 2 * TimelineLane.PAD) / fm.getHeight());
            if (lines.size() > fit) {
                lines = new ArrayList<>(lines.subList(0, fit));
                lines.set(fit - 1, ellipsis(lines.get(fit - 1), fm, WIDTH - 12));
            }
            int y = top + TimelineLane.PAD;
            int widest = 0;
            for (int i = 0; i < lines.size(); i++) {
                g.setFont(i == 0 ? bold : plain);
                g.drawString(lines.get(i), 6, y + fm.getAscent());
                widest = Math.max(widest, g.getFontMetrics().stringWidth(lines.get(i)));
                y += fm.getHeight();
            }
            Rectangle drawn = new Rectangle(6, top + TimelineLane.PAD, widest, y - top - TimelineLane.PAD);
            names.put(l.title(), drawn);
            areas.add(new Rectangle(0, top, getWidth(), h));
            top += h;
        }
        g.setFont(plain);
        g.setColor(new Color(128, 128, 128, 120));
        g.drawLine(getWidth() - 1, 0, getWidth() - 1, getHeight());
        putClientProperty(NAMES, names);
    }

    /** Words of {@code text} on lines no wider than {@code width}; a word wider than that is cut. */
    static List<String> wrap(String text, FontMetrics fm, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String next = line.length() == 0 ? word : line + " " + word;
            if (fm.stringWidth(next) <= width || line.length() == 0) {
                line = new StringBuilder(fm.stringWidth(next) <= width ? next : ellipsis(next, fm, width));
            } else {
                lines.add(line.toString());
                line = new StringBuilder(fm.stringWidth(word) <= width ? word : ellipsis(word, fm, width));
            }
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    static String ellipsis(String text, FontMetrics fm, int width) {
        if (fm.stringWidth(text) <= width) return text;
        String s = text;
        while (!s.isEmpty() && fm.stringWidth(s + "…") > width) s = s.substring(0, s.length() - 1);
        return s + "…";
    }
}
