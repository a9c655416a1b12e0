package hta.workbench.views.internal;

import hta.timeline.CaseStatus;
import hta.timeline.PortfolioStatistics;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.swing.JComponent;
import javax.swing.ToolTipManager;
import javax.swing.UIManager;

/**
 * The Portfolio view's chart: for every year from the first to the last with a request, a delivery or a decision
 * (years without any included, so the axis has no gaps), a bar of the assessments requested that year stacked by
 * where they stand now, a bar of those delivered (dispatched) that year, and a bar of the decisions recorded that
 * year (whatever the status, so that a decided submission the statistics cannot place still counts there); a value
 * over each bar, a count axis with grid lines that leaves room above the tallest bar, a legend, and a tooltip on
 * every bar. Shows the sum of what it is given (all jurisdictions, or one). EDT only.
 */
final class PortfolioChart extends JComponent {
    /**
     * Client properties for tests: the years on the axis, the count ticks, and each bar ("2024 requested 3",
     * "2024 delivered 1") with its bounds.
     */
    static final String YEARS = "hta.chart.years";
    static final String TICKS = "hta.chart.ticks";
    static final String BARS = "hta.chart.bars";
    /** Client property: the counts written over the bars, in drawing order (for tests). */
    static final String VALUES = "hta.chart.values";
    /** The delivered bar's name in the legend, and the table's heading of the same count. */
    static final String DELIVERED_THAT_YEAR = "Delivered that year";
    private static final Color[] STATUS_COLOURS = {new Color(158, 158, 158), new Color(244, 180, 0),
            new Color(66, 133, 244), new Color(15, 157, 88), new Color(219, 68, 55)};
    private static final Color DELIVERED = new Color(94, 53, 177);
    private static final Color DECIDED = new Color(0, 172, 193);
    private static final int PAD = 8;

    /** One drawn bar: where it is and what its tooltip says. */
    record Bar(String key, Rectangle bounds, String tip) {
    }

    private final List<Bar> bars = new ArrayList<>();
    private final List<String> values = new ArrayList<>();
    private Collection<PortfolioStatistics> stats = List.of();
    private Map<Integer, Integer> decided = Map.of();
    private String scope = "";

    PortfolioChart() {
        setName("portfolio.chart");
        setPreferredSize(new Dimension(360, 220));
        setOpaque(true);
        ToolTipManager.sharedInstance().registerComponent(this);
    }

    /**
     * Shows the sum of {@code statistics} and the decisions per year {@code decisions}, described as {@code scope}
     * (e.g. "All jurisdictions", "Norway").
     */
    void show(Collection<PortfolioStatistics> statistics, Map<Integer, Integer> decisions, String scope) {
        this.stats = List.copyOf(statistics);
        this.decided = Map.copyOf(decisions);
        this.scope = scope;
        putClientProperty(YEARS, years(stats, decided.keySet()));
        repaint();
    }

    /** Every year from the first to the last with a request, a delivery or a decision. */
    static List<Integer> years(Collection<PortfolioStatistics> stats, Collection<Integer> decisionYears) {
        TreeSet<Integer> seen = new TreeSet<>(decisionYears);
        for (PortfolioStatistics s : stats) {
            seen.addAll(s.requestsByYear().keySet());
            seen.addAll(s.dispatchedByYear().keySet());
        }
        List<Integer> years = new ArrayList<>();
        if (!seen.isEmpty()) for (int y = seen.first(); y <= seen.last(); y++) years.add(y);
        return years;
    }

    /** Count ticks from 0 in steps of 1, 2 or 5 × 10ⁿ, at most six, the top at least a fifth above {@code max}. */
    static List<Integer> ticks(int max) {
        int top = Math.max(2, (int) Math.ceil(max * 1.2));
        int step = 1;
        for (int magnitude = 1; ; magnitude *= 10) {
            int found = 0;
            for (int m : new int[]{1, 2, 5}) {
                if ((top + m * magnitude - 1) / (m * magnitude) <= 5) {
                    found = m * magnitude;
                    break;
                }
            }
            if (found > 0) {
                step = found;
                break;
            }
        }
        List<Integer> ticks = new ArrayList<>();
        int last = (top + step - 1) / step * step;
        for (int t = 0; t <= last; t += step) ticks.add(t);
        return ticks;
    }

    private int requested(int year, CaseStatus status) {
        return stats.stream().mapToInt(s -> s.count(year, status)).sum();
    }

    private int delivered(int year) {
        return stats.stream().mapToInt(s -> s.dispatchedByYear().getOrDefault(year, 0)).sum();
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        for (Bar b : bars) if (b.bounds().contains(e.getPoint())) return b.tip();
        return null;
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = Painting.begin(g0, this);
        Color fg = UIManager.getColor("Label.foreground");
        FontMetrics fm = g.getFontMetrics();
        g.setColor(fg);
        g.drawString("Assessments per year — " + scope, PAD, PAD + fm.getAscent());
        bars.clear();
        values.clear();
        List<Integer> years = years(stats, decided.keySet());
        if (years.isEmpty()) {
            g.drawString("No submission with a request date and a status its jurisdiction maps, and no decision.", PAD, PAD + 2 * fm.getHeight());
            putClientProperty(BARS, Map.of());
            return;
        }
        int max = 1;
        for (int y : years) {
            int req = 0;
            for (CaseStatus s : CaseStatus.values()) req += requested(y, s);
            max = Math.max(max, Math.max(req, Math.max(delivered(y), decided.getOrDefault(y, 0))));
        }
        List<Integer> ticks = ticks(max);
        putClientProperty(TICKS, ticks);
        int left = PAD + fm.stringWidth(Integer.toString(ticks.get(ticks.size() - 1))) + 6;
        int top = PAD + fm.getHeight() + fm.getHeight(); // the title, then room for the values over the bars
        int legendHeight = legendLines(fm) * fm.getHeight() + 4;
        int bottom = getHeight() - PAD - legendHeight - fm.getHeight() - 4;
        Plot plot = new Plot(left, top, Math.max(40, getWidth() - left - PAD), Math.max(30, bottom - top), ticks.get(ticks.size() - 1));
        axis(g, fm, fg, plot, ticks);
        int group = plot.width / years.size();
        int barWidth = Math.max(3, Math.min(36, (group - 12) / 3));
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i);
            int x = plot.left + i * group + Math.max(2, (group - 3 * barWidth - 4) / 2);
            requestedBar(g, fm, plot, year, x, barWidth);
            deliveredBar(g, fm, plot, year, x + barWidth + 2, barWidth);
            decidedBar(g, fm, plot, year, x + 2 * barWidth + 4, barWidth);
            // every year is on the axis; when the groups are narrower than a label, every n-th year is written
            g.setColor(fg);
            String label = Integer.toString(year);
            int every = Math.max(1, (fm.stringWidth(label) + 6 + group - 1) / group);
            if (i % every == 0) {
                g.drawString(label, plot.left + i * group + (group - fm.stringWidth(label)) / 2, plot.bottom() + fm.getAscent() + 2);
            }
        }
        legend(g, fm, fg, getHeight() - PAD - legendHeight + fm.getAscent());
        Map<String, Rectangle> described = new LinkedHashMap<>();
        for (Bar b : bars) described.put(b.key(), b.bounds());
        putClientProperty(BARS, described);
        putClientProperty(VALUES, List.copyOf(values));
    }

    /** The plot area and its count scale. */
    private record Plot(int left, int top, int width, int height, int maxCount) {
        int bottom() {
            return top + height;
        }

        int y(int count) {
            return bottom() - Math.round((float) count * height / maxCount);
        }
    }

    private static void axis(Graphics2D g, FontMetrics fm, Color fg, Plot p, List<Integer> ticks) {
        for (int t : ticks) {
            int y = p.y(t);
            g.setColor(new Color(128, 128, 128, 60));
            g.drawLine(p.left(), y, p.left() + p.width(), y);
            g.setColor(fg);
            String s = Integer.toString(t);
            g.drawString(s, p.left() - 4 - fm.stringWidth(s), y + fm.getAscent() / 2 - 1);
        }
        g.setColor(fg);
        g.drawLine(p.left(), p.top(), p.left(), p.bottom());
        g.drawLine(p.left(), p.bottom(), p.left() + p.width(), p.bottom());
    }

    private void requestedBar(Graphics2D g, FontMetrics fm, Plot p, int year, int x, int w) {
        int total = 0;
        Map<CaseStatus, Integer> parts = new LinkedHashMap<>();
        for (CaseStatus s : CaseStatus.values()) {
            int n = requested(year, s);
            if (n > 0) parts.put(s, n);
            int y0 = p.y(total);
            total += n;
            g.setColor(STATUS_COLOURS[s.ordinal() % STATUS_COLOURS.length]);
            g.fillRect(x, p.y(total), w, y0 - p.y(total));
        }
        StringBuilder tip = new StringBuilder(year + " · " + scope + ": " + total + " requested");
        if (!parts.isEmpty()) {
            tip.append(" (");
            parts.forEach((s, n) -> tip.append(n).append(' ').append(PortfolioView.label(s).toLowerCase()).append(", "));
            tip.setLength(tip.length() - 2);
            tip.append(")");
        }
        value(g, fm, p, x, w, total);
        bars.add(new Bar(year + " requested " + total, new Rectangle(x, p.y(total) - fm.getHeight(), w,
                p.bottom() - p.y(total) + fm.getHeight()), tip.toString()));
    }

    private void deliveredBar(Graphics2D g, FontMetrics fm, Plot p, int year, int x, int w) {
        int n = delivered(year);
        g.setColor(DELIVERED);
        g.fillRect(x, p.y(n), w, p.bottom() - p.y(n));
        value(g, fm, p, x, w, n);
        Long mean = stats.size() == 1 ? stats.iterator().next().roundedMeanDays(year) : null;
        String tip = year + " · " + scope + ": " + n + " delivered" + (mean == null ? "" : ", in " + mean + " days on average");
        bars.add(new Bar(year + " delivered " + n, new Rectangle(x, p.y(n) - fm.getHeight(), w,
                p.bottom() - p.y(n) + fm.getHeight()), tip));
    }

    private void decidedBar(Graphics2D g, FontMetrics fm, Plot p, int year, int x, int w) {
        int n = decided.getOrDefault(year, 0);
        g.setColor(DECIDED);
        g.fillRect(x, p.y(n), w, p.bottom() - p.y(n));
        value(g, fm, p, x, w, n);
        bars.add(new Bar(year + " decided " + n, new Rectangle(x, p.y(n) - fm.getHeight(), w,
                p.bottom() - p.y(n) + fm.getHeight()), year + " · " + scope + ": " + n + " decision" + (n == 1 ? "" : "s") + " recorded"));
    }

    /** The count over a bar, centred, in the label colour; none over an empty bar (a row of "0"s reads as noise). */
    private void value(Graphics2D g, FontMetrics fm, Plot p, int x, int w, int n) {
        if (n <= 0) return;
        values.add(Integer.toString(n));
        g.setColor(UIManager.getColor("Label.foreground"));
        String s = Integer.toString(n);
        g.drawString(s, x + (w - fm.stringWidth(s)) / 2, p.y(n) - 2);
    }

    /** The legend's entries: the requests' heading (no colour), one per status, then the delivered bar. */
    private static List<Map.Entry<Color, String>> legendEntries() {
        List<Map.Entry<Color, String>> entries = new ArrayList<>();
        entries.add(Map.entry(new Color(0, 0, 0, 0), "Requested, where they stand now:"));
        for (CaseStatus s : CaseStatus.values()) {
            entries.add(Map.entry(STATUS_COLOURS[s.ordinal() % STATUS_COLOURS.length], PortfolioView.label(s)));
        }
        entries.add(Map.entry(DELIVERED, DELIVERED_THAT_YEAR));
        entries.add(Map.entry(DECIDED, "Decided that year"));
        return entries;
    }

    private int entryWidth(FontMetrics fm, String text) {
        return fm.getAscent() + 2 + fm.stringWidth(text) + 12;
    }

    /** Lines the legend takes at this width. */
    private int legendLines(FontMetrics fm) {
        int lines = 1;
        int x = PAD;
        for (Map.Entry<Color, String> e : legendEntries()) {
            int w = entryWidth(fm, e.getValue());
            if (x + w > getWidth() - PAD && x > PAD) {
                lines++;
                x = PAD;
            }
            x += w;
        }
        return lines;
    }

    /** The legend from {@code baseline} down, wrapped at the chart's width. */
    private void legend(Graphics2D g, FontMetrics fm, Color fg, int baseline) {
        int box = fm.getAscent() - 2;
        int x = PAD;
        for (Map.Entry<Color, String> e : legendEntries()) {
            int w = entryWidth(fm, e.getValue());
            if (x + w > getWidth() - PAD && x > PAD) {
                baseline += fm.getHeight();
                x = PAD;
            }
            g.setColor(e.getKey());
            g.fillRect(x, baseline - box, box, box);
            g.setColor(fg);
            g.drawString(e.getValue(), x + box + 4, baseline);
            x += w;
        }
    }
}
