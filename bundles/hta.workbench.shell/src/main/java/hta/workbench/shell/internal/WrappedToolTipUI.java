package hta.workbench.shell.internal;

import com.formdev.flatlaf.ui.FlatToolTipUI;
import java.awt.Dimension;
import java.awt.Insets;
import java.beans.PropertyChangeListener;
import javax.swing.JComponent;
import javax.swing.JToolTip;
import javax.swing.UIManager;
import javax.swing.plaf.ComponentUI;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.text.View;

/**
 * Every tooltip of the workbench's process — a cut cell's whole text, a setting's source, a plugin's reason, built in
 * or contributed — is wrapped at {@link MessageWrap#CHARACTERS} average characters, as option panes' messages are: a
 * long one showed as a single line across the screen, its end beyond the edge. A plain text is broken between words
 * into lines (FlatLaf's tooltip draws each line); an HTML text wider than that is sized to that width and the height
 * of its lines, and Swing's HTML view wraps itself to it when painted. The look and feel's tooltip otherwise, in both themes. {@link #install()} on the event dispatch
 * thread after the look and feel is set.
 */
public final class WrappedToolTipUI extends FlatToolTipUI {
    /** Wraps the tooltip's new text; shared, it keeps no state. */
    /** What Swing's tooltip adds to its HTML text's width: 3 pixels each side. */
    private static final int TEXT_MARGINS = 6;
    private static final PropertyChangeListener WRAP = e -> wrap((JToolTip) e.getSource());

    /** Swing's factory method, found by reflection through {@link UIManager}. */
    public static ComponentUI createUI(JComponent c) {
        return new WrappedToolTipUI();
    }

    /**
     * Makes every tooltip made from now on use this UI. The class itself is put beside its name: Swing would load the
     * name through the look and feel's class loader (FlatLaf's bundle), which does not see this bundle.
     */
    static void install() {
        UIManager.put("ToolTipUI", WrappedToolTipUI.class.getName());
        UIManager.put(WrappedToolTipUI.class.getName(), WrappedToolTipUI.class);
    }

    @Override
    public void installUI(JComponent c) {
        super.installUI(c);
        c.addPropertyChangeListener("tiptext", WRAP);
        wrap((JToolTip) c);
    }

    @Override
    public void uninstallUI(JComponent c) {
        c.removePropertyChangeListener("tiptext", WRAP);
        super.uninstallUI(c);
    }

    /**
     * An HTML tooltip wider than the limit is as wide as the limit and as high as its text laid out in it (Swing's
     * HTML view wraps to the width it is painted in); any other as the look and feel sizes it.
     */
    @Override
    public Dimension getPreferredSize(JComponent c) {
        Dimension size = super.getPreferredSize(c);
        View html = (View) c.getClientProperty(BasicHTML.propertyKey);
        if (html == null || c.getFont() == null) return size;
        int width = limit(c);
        if (html.getPreferredSpan(View.X_AXIS) <= width) return size;
        Insets in = c.getInsets();
        html.setSize(width, 0);
        // Swing's tooltip paints its HTML 3 pixels in from each side (BasicToolTipUI): the text gets the limit exactly
        return new Dimension(width + TEXT_MARGINS + in.left + in.right,
                (int) Math.ceil(html.getPreferredSpan(View.Y_AXIS)) + in.top + in.bottom);
    }

    /** The widest a tooltip's text is, in pixels of its font: {@link MessageWrap#CHARACTERS} average characters. */
    static int limit(JComponent tip) {
        return MessageWrap.CHARACTERS * tip.getFontMetrics(tip.getFont()).charWidth('n');
    }

    /** Sets a plain text broken into lines when it is too wide; set again, it fires this once more and then fits. */
    static void wrap(JToolTip tip) {
        String text = tip.getTipText();
        if (text == null || text.isEmpty() || tip.getFont() == null || BasicHTML.isHTMLString(text)) return;
        String wrapped = MessageWrap.lines(text, tip.getFontMetrics(tip.getFont()), limit(tip));
        if (!wrapped.equals(text)) tip.setTipText(wrapped);
    }
}
