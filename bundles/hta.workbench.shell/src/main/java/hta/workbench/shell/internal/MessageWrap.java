package hta.workbench.shell.internal;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Container;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.HierarchyEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JDialog;
import javax.swing.JOptionPane;
import javax.swing.UIManager;

/**
 * Every message the workbench's process shows in an option pane — an error, a question, a confirmation, built in or
 * contributed — is wrapped at a width a person reads comfortably: a long message made the dialog wider than the
 * screen, its buttons out of reach. When a dialog holding a {@link JOptionPane} becomes displayable (it is packed
 * then), each text line of its message longer than {@link #CHARACTERS} average characters (and at most 3/5 of the
 * screen) is broken between words, so the pane lays it out as several lines; its own line breaks are kept, a word
 * longer than a line (a path) is broken where it must be. The message stays text. Install on the event dispatch
 * thread; {@link #close()} removes it.
 */
final class MessageWrap implements AWTEventListener, AutoCloseable {
    /** The longest line, in average characters of the message's font: about what a reader takes in at a glance. */
    static final int CHARACTERS = 80;

    private MessageWrap() {
    }

    static MessageWrap install() {
        MessageWrap wrap = new MessageWrap();
        Toolkit.getDefaultToolkit().addAWTEventListener(wrap, AWTEvent.HIERARCHY_EVENT_MASK);
        return wrap;
    }

    @Override
    public void close() {
        Toolkit.getDefaultToolkit().removeAWTEventListener(this);
    }

    @Override
    public void eventDispatched(AWTEvent event) {
        if (!(event instanceof HierarchyEvent h) || h.getChanged() != h.getComponent()
                || (h.getChangeFlags() & HierarchyEvent.DISPLAYABILITY_CHANGED) == 0
                || !(h.getComponent() instanceof JDialog d) || !d.isDisplayable()) return;
        JOptionPane pane = optionPane(d.getContentPane());
        if (pane == null) return;
        Font font = UIManager.getFont("OptionPane.messageFont");
        FontMetrics fm = pane.getFontMetrics(font != null ? font : pane.getFont());
        Rectangle screen = d.getGraphicsConfiguration().getBounds();
        int width = Math.min(CHARACTERS * fm.charWidth('n'), screen.width * 3 / 5);
        Object message = pane.getMessage();
        Object wrapped = wrap(message, fm, width);
        if (wrapped != message) pane.setMessage(wrapped); // the pane lays out its message again; pack() sizes it
    }

    private static JOptionPane optionPane(Container c) {
        for (Component child : c.getComponents()) {
            if (child instanceof JOptionPane p) return p;
        }
        return null;
    }

    /**
     * {@code message} with every text in it wrapped at {@code width} pixels of {@code fm} ({@link #lines}); a
     * component or an HTML text (which lays itself out) as it is. The same object when nothing needed wrapping.
     */
    static Object wrap(Object message, FontMetrics fm, int width) {
        if (message instanceof String s) {
            String w = lines(s, fm, width);
            return w.equals(s) ? s : w;
        }
        if (message instanceof Object[] parts) {
            Object[] out = parts.clone();
            boolean changed = false;
            for (int i = 0; i < out.length; i++) {
                out[i] = wrap(parts[i], fm, width);
                changed |= out[i] != parts[i];
            }
            return changed ? out : message;
        }
        return message;
    }

    /**
     * {@code text} with a line break wherever a line would be wider than {@code width} pixels, between words (a word
     * wider than that broken inside); the text's own line breaks kept, an HTML text left as it is.
     */
    static String lines(String text, FontMetrics fm, int width) {
        if (text.regionMatches(true, 0, "<html>", 0, 6)) return text;
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (fm.stringWidth(line) <= width) {
                out.add(line);
                continue;
            }
            StringBuilder current = new StringBuilder();
            for (String word : line.split(" ", -1)) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (fm.stringWidth(candidate) <= width) {
                    current.setLength(0);
                    current.append(candidate);
                    continue;
                }
                if (!current.isEmpty()) out.add(current.toString());
                current.setLength(0);
                // a word wider than a line (a path, an address): as much of it on each line as fits
                while (fm.stringWidth(word) > width && word.length() > 1) {
                    int fits = 1;
                    while (fits < word.length() && fm.stringWidth(word.substring(0, fits + 1)) <= width) fits++;
                    out.add(word.substring(0, fits));
                    word = word.substring(fits);
                }
                current.append(word);
            }
            out.add(current.toString());
        }
        return String.join("\n", out);
    }
}
