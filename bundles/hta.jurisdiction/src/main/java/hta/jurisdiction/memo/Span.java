package hta.jurisdiction.memo;

import hta.confidentiality.RedactionMark;

/**
 * A run of text in one style. A redacted span carries only the jurisdiction's fixed redaction mark,
 * never the value it stands for.
 *
 * @param language BCP 47 tag of the run's language when it differs from the memo's (a quoted foreign wording,
 *                 e.g. {@code en} inside a Norwegian memo), else {@code null}; an exporter marks the change of
 *                 language for assistive technology (since 1.3)
 */
public record Span(String text, Style style, RedactionMark mark, String language) {
    public enum Style { REGULAR, BOLD, ITALIC, REDACTED }

    public Span {
        if (language != null && language.isBlank()) language = null;
    }

    /** A span in the memo's own language. */
    public Span(String text, Style style, RedactionMark mark) {
        this(text, style, mark, null);
    }

    public static Span text(String text) {
        return new Span(text, Style.REGULAR, null);
    }

    public static Span bold(String text) {
        return new Span(text, Style.BOLD, null);
    }

    public static Span italic(String text) {
        return new Span(text, Style.ITALIC, null);
    }

    public static Span redacted(RedactionMark mark) {
        return new Span(mark.text(), Style.REDACTED, mark);
    }

    /**
     * This span marked as written in {@code bcp47} (e.g. {@code en}, {@code sv}): for quoted text in another
     * language than the memo's. Names that are the same in every language (drug names) need no marking.
     *
     * @since 1.3
     */
    public Span inLanguage(String bcp47) {
        return new Span(text, style, mark, bcp47);
    }

    public boolean isRedacted() {
        return style == Style.REDACTED;
    }
}
