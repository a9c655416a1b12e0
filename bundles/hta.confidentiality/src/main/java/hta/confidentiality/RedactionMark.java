package hta.confidentiality;

/**
 * How a redacted value looks in a public document. Its form never depends on the hidden value (same text,
 * same width), so the public file does not change when only confidential inputs change.
 *
 * @param style how the renderer draws the place
 * @param text  fixed text shown at the place (may be empty)
 */
public record RedactionMark(Style style, String text) {
    public enum Style {
        /** The place is left empty (Norway: the published price memo shows gaps). */
        BLANK,
        /** Fixed descriptive wording replaces the value (NICE practice). */
        TEXT,
        /** Fixed text drawn under a black bar (Denmark: X's under a black bar). */
        BLACK_BAR
    }

    public static RedactionMark blank() {
        return new RedactionMark(Style.BLANK, "");
    }
}
