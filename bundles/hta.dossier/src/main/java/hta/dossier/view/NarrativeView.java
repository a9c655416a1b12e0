package hta.dossier.view;

import hta.dossier.Narrative;
import java.util.List;

/**
 * Read-only {@link Narrative}: paragraphs, each a list of runs. Immutable.
 *
 * @since 1.0
 */
public record NarrativeView(List<List<TextRunView>> paragraphs) {
    public NarrativeView {
        paragraphs = Copies.list(paragraphs, p -> Copies.list(p));
    }

    public static NarrativeView of(Narrative n) {
        return n == null ? null : new NarrativeView(Copies.list(n.paragraphs, p -> Copies.list(p, TextRunView::of)));
    }

    /** The whole text, paragraphs separated by blank lines, every run included. */
    public String plainText() {
        return toModel().plainText();
    }

    Narrative toModel() {
        Narrative n = new Narrative();
        n.paragraphs = Copies.mutable(paragraphs, p -> Copies.mutable(p, TextRunView::toModel));
        return n;
    }
}
