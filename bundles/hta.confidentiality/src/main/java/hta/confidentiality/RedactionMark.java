package hta.confidentiality;

/**
 * How a redacted value looks in a public document. Its form never depends on the hidden value (same text,
 * same width), so the public file does not change when only confidential inputs change.
 *
 * @param style  how the renderer draws the place
 * @param text   fixed text shown at the place (may be empty)
 * @param spoken fixed words, in the memo's language, that assistive technology reads at the place instead of
 *               what is drawn (e.g. {@code sladdet} for a blank place, {@code fortroligt} for a black bar); by
 *               default the shown text, or {@link #OMISSION} when nothing is shown. Never the hidden value.
 *               (since 0.4)
 */
public record RedactionMark(Style style, String text, String spoken) {
    /**
     * The editorial sign for an omission, read where a jurisdiction names no word for a blank place: it is
     * written the same way in the Nordic languages and English, so it is never in the wrong language.
     */
    public static final String OMISSION = "[\u2026]";

    public enum Style {
        /** The place is left empty (Norway: the published price memo shows gaps). */
        BLANK,
        /** Fixed descriptive wording replaces the value (NICE practice). */
        TEXT,
        /** Fixed text drawn under a black bar (Denmark: X's under a black bar). */
        BLACK_BAR
    }

    public RedactionMark {
        if (text == null) text = "";
        if (spoken == null || spoken.isBlank()) spoken = text.isBlank() ? OMISSION : text;
    }

    /** A mark read as its shown text (or {@link #OMISSION} when it shows none). */
    public RedactionMark(Style style, String text) {
        this(style, text, null);
    }

    public static RedactionMark blank() {
        return new RedactionMark(Style.BLANK, "");
    }

    /**
     * A blank place that assistive technology reads as {@code spoken}, e.g. {@code sladdet}.
     *
     * @since 0.4
     */
    public static RedactionMark blank(String spoken) {
        return new RedactionMark(Style.BLANK, "", spoken);
    }
}
