package hta.workbench.editor.internal;

import hta.workbench.api.Colours;
import java.awt.Color;
import java.awt.Component;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.border.Border;

/**
 * How a table row of a confidential (or otherwise restricted) value looks, in every table of the dossier editor:
 * tinted in the theme's confidential colours; when selected, the selection's colour turned towards the confidential
 * one, framed in the confidential colour that stands out most from it (so the marking stays visible in the light and
 * the dark theme, focused or not), the first cell's edge drawn thick; the selection's text stays readable. EDT only,
 * from a cell renderer.
 */
public final class ConfidentialRows {
    /** Width of the frame's line, and of the first cell's edge. */
    static final int LINE = 2;
    static final int EDGE = 5;

    private ConfidentialRows() {
    }

    /** Paints a cell {@code c} of row {@code row}, column {@code column} (view indexes) as restricted or not. */
    public static void paint(Component c, JTable t, boolean selected, boolean restricted, int column) {
        if (!selected) {
            c.setBackground(restricted ? Colours.confidentialBackground() : t.getBackground());
            c.setForeground(restricted ? Colours.confidentialForeground() : t.getForeground());
            return;
        }
        if (!restricted || !(c instanceof JComponent j)) return;
        c.setBackground(selected(c.getBackground(), c.getForeground()));
        Color marker = marker(c.getBackground());
        int last = t.getColumnCount() - 1;
        Border frame = BorderFactory.createMatteBorder(LINE, column == 0 ? EDGE : 0, LINE, column == last ? LINE : 0, marker);
        j.setBorder(BorderFactory.createCompoundBorder(frame, BorderFactory.createEmptyBorder(0, 1, 0, 1)));
    }

    /**
     * The selection's colour turned towards the theme's confidential colour (its text or its tint, whichever keeps
     * the selection's text more readable), so a selected confidential row reads differently from a selected public one.
     */
    static Color selected(Color selection, Color text) {
        Color a = mix(selection, Colours.confidentialForeground());
        Color b = mix(selection, Colours.confidentialBackground());
        return contrast(a, text) >= contrast(b, text) ? a : b;
    }

    private static Color mix(Color x, Color y) {
        double w = 0.45; // of the confidential colour: enough to see, little enough to still read as the selection
        return new Color((int) Math.round(x.getRed() * (1 - w) + y.getRed() * w),
                (int) Math.round(x.getGreen() * (1 - w) + y.getGreen() * w), (int) Math.round(x.getBlue() * (1 - w) + y.getBlue() * w));
    }

    /** The confidential colour (its background or its text colour) that stands out most from {@code selection}. */
    static Color marker(Color selection) {
        Color a = Colours.confidentialBackground();
        Color b = Colours.confidentialForeground();
        return contrast(a, selection) >= contrast(b, selection) ? a : b;
    }

    /** WCAG contrast ratio of two colours. */
    static double contrast(Color x, Color y) {
        double lx = luminance(x);
        double ly = luminance(y);
        return (Math.max(lx, ly) + 0.05) / (Math.min(lx, ly) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
