package hta.workbench.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Long messages broken between words at a width, their own breaks kept, nothing lost (headless: a font's metrics). */
class MessageWrapTest {
    private static final FontMetrics FM = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
            .getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    private static final int WIDTH = MessageWrap.CHARACTERS * FM.charWidth('n');

    @Test
    void aLongLineIsBrokenBetweenWordsWithinTheWidthAndNoWordIsLost() {
        String text = ("The jurisdiction plugin for Norway is about to be removed or replaced; its page closes in the open"
                + " editors of Hemgenix, Zolgensma and Blincyto. ").repeat(5).strip();
        String wrapped = MessageWrap.lines(text, FM, WIDTH);
        String[] lines = wrapped.split("\n");
        assertTrue(lines.length >= 5, wrapped);
        for (String l : lines) assertTrue(FM.stringWidth(l) <= WIDTH, "too wide: " + l);
        assertEquals(text, String.join(" ", lines), "the words and their order kept");
    }

    @Test
    void itsOwnLineBreaksAndShortMessagesStayAndHtmlIsLeftToItsLayout() {
        String text = "Save them first?\n\nOtherwise the unsaved changes stay in the editor.";
        assertSame(text, MessageWrap.wrap(text, FM, WIDTH));
        String html = "<html>" + "word ".repeat(200) + "</html>";
        assertSame(html, MessageWrap.wrap(html, FM, WIDTH));
        String two = "short\n" + "long ".repeat(60).strip();
        String wrapped = MessageWrap.lines(two, FM, WIDTH);
        assertTrue(wrapped.startsWith("short\nlong long"), wrapped);
        assertTrue(wrapped.split("\n").length >= 3, wrapped);
    }

    @Test
    void aWordWiderThanALineIsBrokenInsideAndTextsInsideAnArrayAreWrapped() {
        String path = "/home/writer/Documents/HTA memos/" + "very-long-folder-name/".repeat(12) + "prisnotat.pdf";
        String wrapped = MessageWrap.lines("Could not write " + path, FM, WIDTH);
        for (String l : wrapped.split("\n")) assertTrue(FM.stringWidth(l) <= WIDTH, "too wide: " + l);
        assertEquals("Could not write " + path, wrapped.replaceFirst("\n", " ").replace("\n", ""));
        Object[] parts = {"x ".repeat(300), new javax.swing.JLabel("a component stays")};
        Object[] out = (Object[]) MessageWrap.wrap(parts, FM, WIDTH);
        assertTrue(((String) out[0]).contains("\n"));
        assertSame(parts[1], out[1]);
    }
}
