package hta.workbench.export.internal;

import hta.export.pdf.MemoPages;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;

/**
 * One side of the Memo Preview (confidential or public): its title over the memo's pages, or the reasons the memo
 * was refused. Ctrl+mouse wheel zooms (through the preview); the wheel alone scrolls. Used on the EDT.
 */
final class PreviewColumn extends JPanel {
    private final String id;
    private final JPanel pages = new JPanel();
    private final JScrollPane scroll = new JScrollPane(pages);

    /** @param zoom called with -1 (out) or +1 (in) for Ctrl+wheel */
    PreviewColumn(String id, String title, IntConsumer zoom) {
        super(new BorderLayout());
        this.id = id;
        pages.setLayout(new BoxLayout(pages, BoxLayout.Y_AXIS));
        pages.setFocusable(true);
        pages.setName("memoPreview." + id + ".pages");
        scroll.setName("memoPreview." + id);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        scroll.getHorizontalScrollBar().setUnitIncrement(24);
        add(new JLabel(" " + title), BorderLayout.NORTH);
        add(scroll, BorderLayout.CENTER);
        MouseAdapter mouse = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                pages.requestFocusInWindow(); // so that Ctrl+plus and Ctrl+minus reach the preview
            }

            @Override
            public void mouseWheelMoved(MouseWheelEvent e) {
                if (e.isControlDown()) {
                    zoom.accept(e.getWheelRotation() < 0 ? 1 : -1);
                } else {
                    scroll.dispatchEvent(SwingUtilities.convertMouseEvent(pages, e, scroll));
                }
            }
        };
        pages.addMouseListener(mouse);
        pages.addMouseWheelListener(mouse);
    }

    JViewport viewport() {
        return scroll.getViewport();
    }

    /** The pages shown, in order. */
    List<PreviewPage> pages() {
        List<PreviewPage> out = new ArrayList<>();
        for (var c : pages.getComponents()) if (c instanceof PreviewPage p) out.add(p);
        return out;
    }

    /** Shows a rendered memo, with its removed words (may be empty) marked, at {@code scale} pixels per point. */
    void show(MemoPreviewView.Rendered r, BitSet removed, float scale) {
        pages.removeAll();
        if (r.refusal() != null) {
            JTextArea why = new JTextArea(r.refusal());
            why.setName("memoPreview." + id + ".refusal");
            why.setLineWrap(true);
            why.setWrapStyleWord(true);
            why.setEditable(false);
            why.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
            pages.add(why);
        }
        for (int i = 0; i < r.pages().size(); i++) {
            float[] size = r.sizes().get(i);
            List<Rectangle2D.Float> marks = new ArrayList<>();
            List<String> words = new ArrayList<>();
            marks(r.words(), removed, i, marks, words);
            pages.add(new PreviewPage("memoPreview." + id + ".page" + (i + 1), size[0], size[1], marks, words,
                    r.pages().get(i), scale));
        }
        pages.revalidate();
        pages.repaint();
    }

    /** New images of the same pages (after a zoom). */
    void images(List<BufferedImage> images) {
        List<PreviewPage> shown = pages();
        for (int i = 0; i < shown.size() && i < images.size(); i++) shown.get(i).image(images.get(i));
    }

    void scale(float pixelsPerPoint) {
        for (PreviewPage p : pages()) p.scale(pixelsPerPoint);
        pages.revalidate();
    }

    /** The largest page, in points ({@code null} when none is shown). */
    Dimension largestPage() {
        float w = 0;
        float h = 0;
        for (PreviewPage p : pages()) {
            w = Math.max(w, p.widthPt());
            h = Math.max(h, p.heightPt());
        }
        return w == 0 ? null : new Dimension(Math.round(w), Math.round(h));
    }

    /**
     * The boxes of page {@code page}'s removed words: words next to each other on one line share one box, so a
     * removed amount reads as one place.
     */
    static void marks(List<MemoPages.Word> all, BitSet removed, int page, List<Rectangle2D.Float> boxes,
                      List<String> words) {
        Rectangle2D.Float open = null;
        for (int i = removed.nextSetBit(0); i >= 0; i = removed.nextSetBit(i + 1)) {
            MemoPages.Word w = all.get(i);
            if (w.page() != page) continue;
            words.add(w.text());
            Rectangle2D.Float box = new Rectangle2D.Float(w.x() - 1, w.top() - 1, w.width() + 2, w.height() + 2);
            boolean sameLine = open != null && removed.get(i - 1) && Math.abs(open.y - box.y) < box.height / 2
                    && box.x >= open.x && box.x - (open.x + open.width) < 2 * box.height;
            if (sameLine) {
                open.add(box);
            } else {
                open = box;
                boxes.add(open);
            }
        }
    }
}
