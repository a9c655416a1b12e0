package hta.export.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * What the memo's font cannot draw: a compatibility character is printed as the plain characters a reader sees in it
 * (the fourteenth outside probe's full-width digits, small percent sign and vulgar fractions had refused harmless
 * memos); a raised or lowered digit stays refused, its plain form would change what it says.
 */
class MemoFontsTest {
    @Test
    void compatibilityCharactersPrintPlainRaisedDigitsAreRefused() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            MemoFonts fonts = new MemoFonts(doc);
            assertEquals("4 pasienter", fonts.drawable(fonts.regular, "\uFF14 pasienter"));
            assertEquals("27% av", fonts.drawable(fonts.regular, "27\uFE6A av"));
            assertEquals("2 3/5 dl, 1/10", fonts.drawable(fonts.regular, "2\u2157 dl, \u2152"));
            assertThrows(UndrawableCharacterException.class, () -> fonts.drawable(fonts.regular, "28\u2077\u2044\u2081\u2080"));
        }
    }
}
