package hta.dossier.view;

import hta.dossier.Classification;
import hta.dossier.TextRun;

/**
 * Read-only {@link TextRun}: a stretch of narrative text with one classification. Immutable.
 *
 * @since 1.0 ({@code fictional} since 1.1)
 */
public record TextRunView(String text, Classification classification, boolean fictional) {
    /** A run that is not made up (the form of 1.0). */
    public TextRunView(String text, Classification classification) {
        this(text, classification, false);
    }

    public static TextRunView of(TextRun r) {
        return r == null ? null : new TextRunView(r.text, r.classification, r.isFictional());
    }

    TextRun toModel() {
        TextRun r = new TextRun(text, classification);
        r.fictional = fictional ? Boolean.TRUE : null;
        return r;
    }
}
