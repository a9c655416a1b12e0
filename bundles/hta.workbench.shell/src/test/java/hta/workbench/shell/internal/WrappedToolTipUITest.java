package hta.workbench.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.FontMetrics;
import java.awt.Insets;
import javax.swing.JButton;
import javax.swing.JToolTip;
import org.junit.jupiter.api.Test;

/**
 * Regression (walk of 6 December 2026): a long tooltip showed as one line as wide as the screen. Tooltips made as
 * Swing makes them (a component's {@code createToolTip}, then its text), under the workbench's themes, headless.
 */
class WrappedToolTipUITest {
    private static final String LONG = "Sykehusinnkjøp's own target for the price memo is not published; the rule of"
            + " thumb used here comes from the regional health authorities' practice (JURISDICTIONS.md §2, unconfirmed),"
            + " so change it when the agency says otherwise";

    private static JToolTip tip(String text) {
        JToolTip tip = new JButton().createToolTip();
        tip.setTipText(text);
        return tip;
    }

    private static int limit(JToolTip tip) {
        return MessageWrap.CHARACTERS * tip.getFontMetrics(tip.getFont()).charWidth('n'); // as the UI, by its own count
    }

    @Test
    void aLongPlainTooltipIsBrokenIntoLinesWithinEightyCharactersAndKeepsEveryWord() {
        Theme.install(false);
        JToolTip tip = tip(LONG);
        assertInstanceOf(WrappedToolTipUI.class, tip.getUI());
        String shown = tip.getTipText();
        assertTrue(shown.contains("\n"), shown);
        assertEquals(LONG, shown.replace('\n', ' '));
        FontMetrics fm = tip.getFontMetrics(tip.getFont());
        for (String line : shown.split("\n")) assertTrue(fm.stringWidth(line) <= limit(tip), line);
        Insets in = tip.getInsets();
        assertTrue(tip.getPreferredSize().width <= limit(tip) + in.left + in.right + 6 + 2, tip.getPreferredSize().toString());
    }

    @Test
    void aLongHtmlTooltipIsGivenTheWidthAndLaysItselfOutInLinesInTheDarkThemeToo() {
        Theme.install(true);
        JToolTip oneLine = tip("<html>Will be refused:<br>short</html>");
        assertEquals("<html>Will be refused:<br>short</html>", oneLine.getTipText());
        JToolTip tip = tip("<html>Will be refused:<br>" + LONG + "</html>");
        assertInstanceOf(WrappedToolTipUI.class, tip.getUI());
        assertEquals("<html>Will be refused:<br>" + LONG + "</html>", tip.getTipText()); // its words as they were
        Insets in = tip.getInsets();
        assertTrue(tip.getPreferredSize().width <= limit(tip) + in.left + in.right + 6 + 2, tip.getPreferredSize().toString());
        // three lines at least: the heading and the long sentence in two or more
        assertTrue(tip.getPreferredSize().height >= 3 * tip.getFontMetrics(tip.getFont()).getHeight(),
                tip.getPreferredSize().toString());
    }

    @Test
    void aShortTooltipIsLeftAsItIs() {
        Theme.install(false);
        JToolTip tip = tip("Save (Ctrl+S)");
        assertEquals("Save (Ctrl+S)", tip.getTipText());
        assertFalse(tip.getTipText().contains("\n"));
    }
}
