package hta.jurisdiction.memo;

import hta.confidentiality.FormulaEvaluation;
import hta.confidentiality.ProjectedView;
import hta.dossier.view.FigureView;
import hta.dossier.view.NarrativeView;
import hta.dossier.view.PricePointView;
import hta.dossier.view.TextRunView;
import hta.jurisdiction.Formats;
import hta.jurisdiction.MemoWords;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The values a memo prints, as the dossier states them and no more: a derived figure is the value the product
 * computes from its formula over the inputs this memo may see ({@link FormulaEvaluation}), so one figure reads the
 * same everywhere in a memo; a value the projection removed is the jurisdiction's fixed redaction mark; a made-up
 * (fictional) value is followed by the memo language's mark for it; a value the dossier does not have is left
 * empty. Built once per rendering from the view the template received. Immutable.
 *
 * @since 1.4
 */
public final class MemoValues {
    private final ProjectedView view;
    private final Formats formats;
    private final MemoWords words;
    private final FormulaEvaluation evaluation;

    public MemoValues(ProjectedView view, Formats formats, MemoWords words) {
        this.view = view;
        this.formats = formats;
        this.words = words;
        this.evaluation = FormulaEvaluation.of(view.dossier().toDossier());
    }

    public ProjectedView view() {
        return view;
    }

    public MemoWords words() {
        return words;
    }

    /**
     * The value the memo may print for a figure: computed when it is derived, stated when it is an input; empty
     * when it was removed, is not in the dossier, or its formula cannot be computed.
     */
    public Optional<BigDecimal> value(FigureView f) {
        if (f == null || ProjectedText.isRemoved(view, f)) return Optional.empty();
        if (f.formula() == null || f.formula().isBlank()) return Optional.ofNullable(f.value());
        return evaluation.result(f.id()).map(FormulaEvaluation.Result::value);
    }

    /** Whether a figure is made up or computed from anything made up. */
    public boolean isFictional(FigureView f) {
        return f != null && (f.fictional() || evaluation.isFictional(f.id()));
    }

    /** A figure as money (unit a currency code) or a number, with the fictional mark; see {@link #value}. */
    public List<Span> figure(FigureView f) {
        return figure(f, v -> isCurrency(f.unit()) ? formats.money(v, f.unit()) : formats.number(v));
    }

    /** A figure written by {@code write}; the redaction mark when removed; nothing when it has no value. */
    public List<Span> figure(FigureView f, Function<BigDecimal, String> write) {
        if (f == null) return List.of(Span.text(""));
        if (ProjectedText.isRemoved(view, f)) return List.of(Span.redacted(view.redactionMark()));
        Optional<BigDecimal> v = value(f);
        if (v.isEmpty()) return List.of(Span.text(""));
        return marked(Span.text(write.apply(v.get())), isFictional(f));
    }

    /** A price as money, with the fictional mark; the redaction mark when removed; nothing when absent. */
    public List<Span> price(Optional<PricePointView> price) {
        if (price.isEmpty()) return List.of(Span.text(""));
        Span s = ProjectedText.price(view, price, formats);
        return s.isRedacted() ? List.of(s) : marked(s, price.get().fictional() && price.get().amount() != null);
    }

    /** The narrative as paragraphs, a confidential run the redaction mark in public, a made-up run marked. */
    public List<Block> paragraphs(NarrativeView narrative) {
        List<Block> result = new ArrayList<>();
        if (narrative == null) return result;
        for (List<TextRunView> paragraph : narrative.paragraphs()) result.add(new Block.Paragraph(spans(paragraph)));
        return result;
    }

    /** One paragraph's runs as spans, as {@link #paragraphs}. */
    public List<Span> spans(List<TextRunView> paragraph) {
        List<Span> spans = new ArrayList<>();
        for (TextRunView run : paragraph) {
            Span s = ProjectedText.spans(List.of(run), view).get(0);
            spans.addAll(s.isRedacted() ? List.of(s) : marked(s, run.fictional()));
        }
        return spans;
    }

    /** {@code text} followed by the fictional mark in the memo's language, when {@code fictional}. */
    public List<Span> marked(Span text, boolean fictional) {
        if (!fictional) return List.of(text);
        return List.of(text, Span.italic(" (" + words.fictional() + ")"));
    }

    private static boolean isCurrency(String unit) {
        return unit != null && unit.length() == 3 && unit.chars().allMatch(Character::isUpperCase);
    }
}
