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
        return mark(view, secret, value);
    }

    List<Span> figure(ProjectedView view, FigureView f) {
        boolean secret = ProjectedText.isRemoved(view, f) || ProjectedText.isSecret(f.classification());
        return mark(view, secret, ProjectedText.figure(view, f, formats));
    }

    List<Block> paragraphs(ProjectedView view, NarrativeView n) {
        List<Block> result = new ArrayList<>();
        if (n == null) return result;
        for (List<TextRunView> paragraph : n.paragraphs()) {
            List<Span> spans = new ArrayList<>();
            for (TextRunView run : paragraph) {
                boolean secret = ProjectedText.isSecret(run.classification());
                String text = run.text() == null ? "" : run.text();
                spans.addAll(mark(view, secret, view.variant().isPublic() && secret
                        ? Span.redacted(view.redactionMark()) : Span.text(text)));
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
