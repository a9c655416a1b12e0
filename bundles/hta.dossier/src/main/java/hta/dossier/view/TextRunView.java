package hta.dossier.view;

import hta.dossier.Classification;
import hta.dossier.TextRun;

/**
 * Read-only {@link TextRun}: a stretch of narrative text with one classification, or a reference to a value
 * ({@code ref}, since 1.1), which a projection resolves into text before a plugin sees it. Immutable. @since 1.0
 */
public record TextRunView(String text, String ref, Classification classification) {
    public static TextRunView of(TextRun r) {
        return r == null ? null : new TextRunView(r.text, r.ref, r.classification);
    }

    TextRun toModel() {
        TextRun r = new TextRun(text, classification);
        r.ref = ref;
        return r;
    }
}
