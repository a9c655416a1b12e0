package hta.workbench.editor.internal;

import java.awt.Dimension;
import javax.swing.BorderFactory;
import javax.swing.JTextArea;
import javax.swing.UIManager;

/**
 * The line under the Narratives page's text: the hint, or how many confidential values the leak scan found readable
 * and what to do. Wrapped to the page's width; on a low page (the editor in the Portfolio perspective, under
 * {@link #LOW_PAGE_LINES} of its lines tall) it keeps to its first line, the whole text in its tooltip, so that the
 * narrative keeps the room (walk of December 2026: two lines of hint left the text five). EDT only.
 */
final class NarrativeHint extends JTextArea {
    private static final long serialVersionUID = 1L;
    /** A page lower than this many lines of the hint's font is low. */
    static final int LOW_PAGE_LINES = 16;

    NarrativeHint() {
        super(" ");
        setName("narratives.hint");
        setEditable(false);
        setFocusable(false);
        setLineWrap(true);
        setWrapStyleWord(true);
        setOpaque(false);
        setBorder(BorderFactory.createEmptyBorder(3, 6, 3, 6));
        look();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        look(); // the label font of the theme switched to
    }

    private void look() {
        if (UIManager.getFont("Label.font") != null) setFont(UIManager.getFont("Label.font"));
    }

    /** Says {@code text}, all of it also in the tooltip (a low page shows its first line). */
    void say(String text) {
        setText(text);
        setToolTipText(text);
    }

    /** Whether the page it is under is low: then one line. */
    boolean low() {
        int line = getFontMetrics(getFont()).getHeight();
        return getParent() != null && getParent().getHeight() > 0 && getParent().getHeight() < LOW_PAGE_LINES * line;
    }

    /** On a low page only the first line is drawn: the top of the second showed in the border below it. */
    @Override
    protected void paintComponent(java.awt.Graphics g) {
        if (!low()) {
            super.paintComponent(g);
            return;
        }
        java.awt.Graphics first = g.create();
        try {
            first.clipRect(0, 0, getWidth(), getInsets().top + getFontMetrics(getFont()).getHeight());
            super.paintComponent(first);
        } finally {
            first.dispose();
        }
    }

    @Override
    public Dimension getPreferredSize() {
        Dimension d = super.getPreferredSize();
        if (!low()) return d;
        java.awt.Insets in = getInsets();
        return new Dimension(d.width, Math.min(d.height, getFontMetrics(getFont()).getHeight() + in.top + in.bottom));
    }
}
