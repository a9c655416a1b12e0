package hta.workbench.export.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.Icon;
import javax.swing.JLabel;
import javax.swing.ToolTipManager;

/**
 * One page of a memo in the preview, drawn at the preview's scale from an image rendered at about that scale (a
 * new image replaces it after a zoom), with the places the public memo removes marked on the confidential side.
 * The marks carry no text: a tooltip says what they mean, never which value is there. Used on the EDT.
 */
final class PreviewPage extends JLabel {
    /** The client property listing the marked words of this page, in reading order (read by the UI tests). */
    static final String MARKED_WORDS = "hta.preview.markedWords";
    /** The client property holding the width in pixels of the image the page is drawn from (read by the UI tests). */
    static final String IMAGE_WIDTH = "hta.preview.imageWidth";
    static final String MARK_TIP = "Not in the public memo: removed or replaced by the redaction mark";
    private static final Color MARK_FILL = new Color(255, 140, 0, 70);
    private static final Color MARK_EDGE = new Color(220, 100, 0);

    private final float widthPt;
    private final float heightPt;
    private final List<Rectangle2D.Float> marks;
    private BufferedImage image;
    private float scale;

    /**
     * @param marks       boxes in PDF points from the page's top-left corner
     * @param markedWords the words under the marks, for tests and assistive technology
     */
    PreviewPage(String name, float widthPt, float heightPt, List<Rectangle2D.Float> marks, List<String> markedWords,
                BufferedImage image, float pixelsPerPoint) {
        this.widthPt = widthPt;
        this.heightPt = heightPt;
        this.marks = List.copyOf(marks);
        this.image = image;
        this.scale = pixelsPerPoint;
        putClientProperty(IMAGE_WIDTH, image.getWidth());
        setIcon(new PageIcon());
        setName(name);
        putClientProperty(MARKED_WORDS, List.copyOf(markedWords));
        getAccessibleContext().setAccessibleDescription(marks.isEmpty() ? "page"
                : "page with " + marks.size() + " place(s) not in the public memo");
        setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        setAlignmentX(Component.CENTER_ALIGNMENT);
        if (!marks.isEmpty()) ToolTipManager.sharedInstance().registerComponent(this);
    }

    float widthPt() {
        return widthPt;
    }

    float heightPt() {
        return heightPt;
    }

    int markCount() {
        return marks.size();
    }

    /** Draws the page at {@code pixelsPerPoint}. */
    void scale(float pixelsPerPoint) {
        if (pixelsPerPoint == scale) return;
        scale = pixelsPerPoint;
        revalidate();
        repaint();
    }

    float scale() {
        return scale;
    }

    /** A page image rendered at any resolution; drawn scaled to the page's size on screen. */
    void image(BufferedImage rendered) {
        image = rendered;
        putClientProperty(IMAGE_WIDTH, rendered.getWidth());
        repaint();
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        for (Rectangle2D.Float m : marks) {
            int left = getInsets().left;
            int top = getInsets().top;
            if (new Rectangle2D.Float(left + m.x * scale, top + m.y * scale, m.width * scale, m.height * scale)
                    .contains(e.getPoint())) {
                return MARK_TIP;
            }
        }
        return null;
    }

    /** The page image at the preview's scale, with its marks. */
    private final class PageIcon implements Icon {
        @Override
        public int getIconWidth() {
            return Math.round(widthPt * scale);
        }

        @Override
        public int getIconHeight() {
            return Math.round(heightPt * scale);
        }

        @Override
        public void paintIcon(Component c, Graphics g0, int x, int y) {
            Graphics2D g = (Graphics2D) g0.create();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setColor(Color.WHITE);
                g.fillRect(x, y, getIconWidth(), getIconHeight());
                if (image != null) g.drawImage(image, x, y, getIconWidth(), getIconHeight(), null);
                g.setColor(Color.GRAY);
                g.drawRect(x, y, getIconWidth() - 1, getIconHeight() - 1);
                g.setStroke(new BasicStroke(1f));
                for (Rectangle2D.Float m : marks) {
                    Rectangle2D.Float r = new Rectangle2D.Float(x + m.x * scale, y + m.y * scale, m.width * scale,
                            m.height * scale);
                    g.setColor(MARK_FILL);
                    g.fill(r);
                    g.setColor(MARK_EDGE);
                    g.draw(r);
                }
            } finally {
                g.dispose();
            }
        }
    }
}
