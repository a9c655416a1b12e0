package hta.dossier.view;

import hta.dossier.Classification;
import hta.dossier.TextRun;

/**
 * Read-only {@link TextRun}: a stretch of narrative text with one classification, or a reference to a value
 * ({@code ref}), which a projection resolves into text before a plugin sees it; {@code fictional} marks made-up
 * demo text. Immutable.
 *
 * @since 1.0 ({@code ref} and {@code fictional} since 1.1)
 */
public record TextRunView(String text, String ref, Classification classification, boolean fictional) {
    /** A run of text that is not made up (the form of 1.0). */
    public TextRunView(String text, Classification classification) {
        this(text, null, classification, false);
    }

    public static TextRunView of(TextRun r) {
        return r == null ? null : new TextRunView(r.text, r.ref, r.classification, r.isFictional());
    }

    TextRun toModel() {
        TextRun r = new TextRun(text, classification);
        r.ref = ref;
        r.fictional = fictional ? Boolean.TRUE : null;
        return r;
    }
}
