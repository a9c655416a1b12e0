package hta.jurisdiction.memo;

import hta.confidentiality.RedactionMark;

/**
 * A run of text in one style. A redacted span carries only the jurisdiction's fixed redaction mark,
 * never the value it stands for.
 */
public record Span(String text, Style style, RedactionMark mark) {
    public enum Style { REGULAR, BOLD, ITALIC, REDACTED }

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

    public boolean isRedacted() {
        return style == Style.REDACTED;
    }
}
