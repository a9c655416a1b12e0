package hta.workbench.views.internal;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * The Timeline's dates, in the scroll pane's column header above the plot: the years, and the months as far as
 * there is room for their names (each month's first letter, or only a tick, when zoomed out), today marked. EDT only.
 */
final class TimelineAxis extends JComponent {
    /** Client property: the bounds of the month and year names drawn (for tests). */
    static final String NAMES = "hta.timeline.axisNames";
    /** Client property: the bounds of today's mark (for tests). */
    static final String TODAY = "hta.timeline.todayMark";
    private static final int TODAY_MARK = 8;
    private final TimelineCanvas canvas;

    TimelineAxis(TimelineCanvas canvas) {
        this.canvas = canvas;
        setName("timeline.axis");
        setOpaque(true);
    }

    @Override
    public Dimension getPreferredSize() {
        FontMetrics fm = getFontMetrics(getFont());
        // a strip of its own below the month names for today's mark, so that it never covers a name
        return new Dimension(canvas.getPreferredSize().width, 2 * fm.getHeight() + 6 + TODAY_MARK);
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = Painting.begin(g0, this);
        Color fg = UIManager.getColor("Label.foreground");
        Font plain = getFont();
        FontMetrics fm = g.getFontMetrics(plain);
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        int yearLine = fm.getAscent() + 2;
        int monthLine = yearLine + fm.getHeight();
        LocalDate first = canvas.from().withDayOfMonth(1);
        java.util.List<java.awt.Rectangle> names = new java.util.ArrayList<>();
        for (LocalDate m = first; !m.isAfter(canvas.to()); m = m.plusMonths(1)) {
            int x = canvas.x(m);
            int width = canvas.x(m.plusMonths(1)) - x;
            g.setColor(new Color(128, 128, 128, 120));
            g.drawLine(x, m.getMonthValue() == 1 ? 0 : fm.getHeight(), x, getHeight());
            g.setColor(fg);
            String full = m.getMonth().getDisplayName(TextStyle.SHORT, locale);
            String name = fm.stringWidth(full) + 4 <= width ? full
                    : fm.charWidth(full.charAt(0)) + 4 <= width ? full.substring(0, 1) : "";
            g.setFont(plain);
            if (x >= 0 && !name.isEmpty()) {
                g.drawString(name, x + 2, monthLine);
                names.add(new java.awt.Rectangle(x + 2, monthLine - fm.getAscent(), fm.stringWidth(name), fm.getHeight()));
            }
            if (m.getMonthValue() == 1 || m.equals(first)) {
                g.setFont(plain.deriveFont(Font.BOLD));
                g.drawString(Integer.toString(m.getYear()), Math.max(0, x) + 2, yearLine);
                names.add(new java.awt.Rectangle(Math.max(0, x) + 2, yearLine - fm.getAscent(),
                        g.getFontMetrics().stringWidth(Integer.toString(m.getYear())), fm.getHeight()));
            }
        }
        g.setFont(plain);
        int today = canvas.x(LocalDate.now());
        g.setColor(new Color(30, 120, 255));
        g.fillPolygon(new int[]{today - 5, today + 5, today}, new int[]{getHeight() - 7, getHeight() - 7, getHeight() - 1}, 3);
        putClientProperty(NAMES, names);
        putClientProperty(TODAY, new java.awt.Rectangle(today - 5, getHeight() - 7, 11, 7));
        g.setColor(new Color(128, 128, 128, 120));
        g.drawLine(0, getHeight() - 1, getWidth(), getHeight() - 1);
    }
}
