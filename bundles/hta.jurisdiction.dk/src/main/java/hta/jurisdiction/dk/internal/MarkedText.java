package hta.jurisdiction.dk.internal;

import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.ProjectedView;
import hta.confidentiality.PublicProjection;
import hta.dossier.view.FigureView;
import hta.dossier.view.NarrativeView;
import hta.dossier.view.PricePointView;
import hta.dossier.view.TextRunView;
import hta.jurisdiction.Formats;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.MemoValues;
import hta.jurisdiction.memo.ProjectedText;
import hta.jurisdiction.memo.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Medicinrådet wants two versions of an application: a blinded one (the public variant: confidential places
 * become the fixed X's under a black bar) and one in which the confidential parts are marked (the confidential
 * variant: the value in bold followed by "[fortroligt]"). Stateless.
 */
final class MarkedText {
    static final String MARKER = " [fortroligt]";

    private final Formats formats;
    private final ConfidentialityPolicy policy;

    MarkedText(Formats formats, ConfidentialityPolicy policy) {
        this.formats = formats;
        this.policy = policy;
    }

    List<Span> price(ProjectedView view, PricePointView p) {
        boolean secret = view.isRedacted(p.id()) || PublicProjection.isConfidential(p, policy);
        Span value = ProjectedText.price(view, Optional.of(p), formats);
        return fictional(mark(view, secret, value), value, p.fictional());
    }

    /** A figure as the product computes it (a derived one from its formula), marked; see {@link MemoValues}. */
    List<Span> figure(ProjectedView view, FigureView f) {
        boolean secret = ProjectedText.isRemoved(view, f) || ProjectedText.isSecret(f.classification());
        MemoValues values = new MemoValues(view, formats, Denmark.WORDS);
        List<Span> computed = values.figure(f);
        Span value = computed.get(0);
        return fictional(mark(view, secret, value), value, values.isFictional(f));
    }

    /** The value's spans followed by Danish "(fiktivt)" when it is made up and shown at all. */
    private static List<Span> fictional(List<Span> spans, Span value, boolean fictional) {
        if (!fictional || value.isRedacted() || value.text().isEmpty()) return spans;
        List<Span> result = new ArrayList<>(spans);
        result.add(Span.italic(" (" + Denmark.WORDS.fictional() + ")"));
        return result;
    }

    List<Block> paragraphs(ProjectedView view, NarrativeView n) {
        List<Block> result = new ArrayList<>();
        if (n == null) return result;
        for (List<TextRunView> paragraph : n.paragraphs()) {
            List<Span> spans = new ArrayList<>();
            for (TextRunView run : paragraph) {
                boolean secret = ProjectedText.isSecret(run.classification());
                String text = run.text() == null ? "" : run.text();
                Span value = view.variant().isPublic() && secret ? Span.redacted(view.redactionMark()) : Span.text(text);
                spans.addAll(fictional(mark(view, secret, value), value, run.fictional()));
            }
            result.add(new Block.Paragraph(spans));
        }
        return result;
    }

    private static List<Span> mark(ProjectedView view, boolean secret, Span value) {
        if (!secret || view.variant().isPublic() || value.isRedacted()) return List.of(value);
        return List.of(Span.bold(value.text()), Span.italic(MARKER));
    }
}
