package hta.workbench.views.internal;

import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.JComponent;
import javax.swing.UIManager;

/** What every chart of the views does first when it paints: smooth shapes and text on the theme's background. */
final class Painting {
    private Painting() {
    }

    /** {@code g} with antialiasing on, {@code c}'s area filled with the panel background of the current theme. */
    static Graphics2D begin(Graphics g, JComponent c) {
        Graphics2D g2 = (Graphics2D) g;
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setColor(UIManager.getColor("Panel.background"));
        g2.fillRect(0, 0, c.getWidth(), c.getHeight());
        return g2;
    }

    /**
     * Faint diagonal stripes over an area of {@code width} × {@code height} in {@code colour}: what marks an
     * illustrative value (a made-up decision of the demo) without hiding its colour or its text.
     */
    static void stripes(Graphics g, int width, int height, java.awt.Color colour) {
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setColor(new java.awt.Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 45));
        for (int x = -height; x < width; x += 8) g2.drawLine(x, height, x + height, 0);
        g2.dispose();
    }
}
