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
}
