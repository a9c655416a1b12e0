package hta.dossier.view;

import hta.dossier.Classification;
import hta.dossier.TextRun;

/** Read-only {@link TextRun}: a stretch of narrative text with one classification. Immutable. @since 1.0 */
public record TextRunView(String text, Classification classification) {
    public static TextRunView of(TextRun r) {
        return r == null ? null : new TextRunView(r.text, r.classification);
    }

    TextRun toModel() {
        return new TextRun(text, classification);
    }
}
