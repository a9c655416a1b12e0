package hta.export.pdf.internal;

import java.util.Locale;

/**
 * A character of the memo's text that none of the memo's fonts can draw. The exporter refuses the memo and names the
 * field that holds it rather than print something else in its place: a "?" for a superscript digit would silently
 * change the writer's text ("28⁷⁄₁₀ millioner" is not "28??? millioner").
 */
final class UndrawableCharacterException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int codePoint;

    UndrawableCharacterException(int codePoint) {
        super("the character " + describe(codePoint) + " cannot be drawn in the memo's font");
        this.codePoint = codePoint;
    }

    int codePoint() {
        return codePoint;
    }

    /** The character as a writer finds it: itself, its code and its Unicode name ('⁷' U+2077 SUPERSCRIPT SEVEN). */
    static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return "\u2018" + new String(Character.toChars(codePoint)) + "\u2019 (U+"
                + String.format(Locale.ROOT, "%04X", codePoint) + (name == null ? "" : " " + name) + ")";
    }
}
