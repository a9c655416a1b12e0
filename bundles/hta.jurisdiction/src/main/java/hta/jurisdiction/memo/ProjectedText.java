package hta.jurisdiction.memo;

import hta.confidentiality.ProjectedDossier;
import hta.confidentiality.ProjectedView;
import hta.confidentiality.RedactionMark;
import hta.confidentiality.ReferencedValue;
import hta.confidentiality.ValueFormat;
import hta.dossier.Classification;
import hta.dossier.Figure;
import hta.dossier.Narrative;
import hta.dossier.PricePoint;
import hta.dossier.TextRun;
import hta.dossier.view.FigureView;
import hta.dossier.view.NarrativeView;
import hta.dossier.view.PricePointView;
import hta.dossier.view.TextRunView;
import hta.jurisdiction.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns values of a {@link ProjectedView} into memo spans: the value where the projection kept it, the
 * jurisdiction's fixed redaction mark where it removed it. Every template writes confidential places through
 * this class, so a redaction looks the same wherever it appears and never depends on the hidden value.
 * Stateless and thread-safe.
 *
 * @since 1.1 (the methods taking a {@link ProjectedView} since 1.3 of this package)
 */
public final class ProjectedText {
    private ProjectedText() {
    }

    /** The narrative as paragraphs; a confidential run becomes the redaction mark in the public variant. */
    public static List<Block> paragraphs(NarrativeView narrative, ProjectedView view) {
        List<Block> result = new ArrayList<>();
        if (narrative == null) return result;
        for (List<TextRunView> paragraph : narrative.paragraphs()) {
            result.add(new Block.Paragraph(spans(paragraph, view)));
        }
        return result;
    }

    /**
     * One paragraph's runs as spans. A reference to a value ({@code {"ref": id}}) arrives resolved by the projection:
     * the value in the memo's format, or — in the public variant, where the value is confidential — an emptied
     * confidential run, drawn as the redaction mark like any other; one left unresolved counts as confidential.
     */
    public static List<Span> spans(List<TextRunView> paragraph, ProjectedView view) {
        List<Span> spans = new ArrayList<>();
        for (TextRunView run : paragraph) {
            Classification c = run.ref() != null && run.text() == null ? Classification.CONFIDENTIAL : run.classification();
            spans.add(run(run.text(), c, view.variant().isPublic(), view.redactionMark()));
        }
        return spans;
    }

    /** A price written as money, the redaction mark when removed, or empty text when absent. */
    public static Span price(ProjectedView view, Optional<PricePointView> price, Formats formats) {
        if (price.isEmpty()) return Span.text("");
        PricePointView p = price.get();
        if (view.isRedacted(p.id())) return Span.redacted(view.redactionMark());
        return amount(p.amount(), p.currency(), formats);
    }

    /** A figure written as money (when its unit is a currency code) or as a number with its unit. */
    public static Span figure(ProjectedView view, FigureView f, Formats formats) {
        return figure(view, f, v -> isCurrency(f.unit()) ? formats.money(v, f.unit()) : formats.number(v));
    }

    /** A figure written by {@code write}, the redaction mark when removed, or empty text when absent. */
    public static Span figure(ProjectedView view, FigureView f, Function<BigDecimal, String> write) {
        if (f == null) return Span.text("");
        if (isRemoved(view, f)) return Span.redacted(view.redactionMark());
        if (f.value() == null) return Span.text("");
        return Span.text(write.apply(f.value()));
    }

    /**
     * Whether the projection removed the figure's value: a non-public figure in the public variant, or, in any
     * variant, a value the jurisdiction may not see (e.g. derived from another jurisdiction's confidential price).
     */
    public static boolean isRemoved(ProjectedView view, FigureView f) {
        return view.isRedacted(f.id()) || (view.variant().isPublic() && isSecret(f.classification()));
    }

    /**
     * The narrative as paragraphs, for templates built for contract 1.3 and older.
     *
     * @deprecated since 1.3 of this package: use {@link #paragraphs(NarrativeView, ProjectedView)}
     */
    @Deprecated
    public static List<Block> paragraphs(Narrative narrative, ProjectedDossier view) {
        List<Block> result = new ArrayList<>();
        if (narrative == null) return result;
        for (List<TextRun> paragraph : narrative.paragraphs) {
            result.add(new Block.Paragraph(spans(paragraph, view)));
        }
        return result;
    }

    /** @deprecated since 1.3 of this package: use {@link #spans(List, ProjectedView)} */
    @Deprecated
    public static List<Span> spans(List<TextRun> paragraph, ProjectedDossier view) {
        List<Span> spans = new ArrayList<>();
        for (TextRun r : paragraph) {
            Classification c = r.isReference() && r.text == null ? Classification.CONFIDENTIAL : r.classification;
            spans.add(run(r.text, c, view.variant().isPublic(), view.redactionMark()));
        }
        return spans;
    }

    /** @deprecated since 1.3 of this package: use {@link #price(ProjectedView, Optional, Formats)} */
    @Deprecated
    public static Span price(ProjectedDossier view, Optional<PricePoint> price, Formats formats) {
        if (price.isEmpty()) return Span.text("");
        PricePoint p = price.get();
        if (view.isRedacted(p.id) || view.isRemoved(p)) return Span.redacted(view.redactionMark());
        return amount(p.amount, p.currency, formats);
    }

    /** @deprecated since 1.3 of this package: use {@link #figure(ProjectedView, FigureView, Formats)} */
    @Deprecated
    public static Span figure(ProjectedDossier view, Figure f, Formats formats) {
        return figure(view, f, v -> isCurrency(f.unit) ? formats.money(v, f.unit) : formats.number(v));
    }

    /** @deprecated since 1.3 of this package: use {@link #figure(ProjectedView, FigureView, Function)} */
    @Deprecated
    public static Span figure(ProjectedDossier view, Figure f, Function<BigDecimal, String> write) {
        if (f == null) return Span.text("");
        if (isRemoved(view, f)) return Span.redacted(view.redactionMark());
        if (f.value == null) return Span.text("");
        return Span.text(write.apply(f.value));
    }

    /** @deprecated since 1.3 of this package: use {@link #isRemoved(ProjectedView, FigureView)} */
    @Deprecated
    public static boolean isRemoved(ProjectedDossier view, Figure f) {
        return view.variant().isPublic() && (view.isRedacted(f.id) || view.isRemoved(f) || isSecret(f.classification));
    }

    /**
     * How this jurisdiction writes a value a narrative refers to: money for a currency, a percentage for a share, a
     * number otherwise (the unit word of a figure such as {@code years} is the writer's to put around it).
     *
     * @since 1.3
     */
    public static ValueFormat valueFormat(Formats formats) {
        return (value, unit) -> ReferencedValue.PERCENT.equals(unit) ? formats.number(value) + "\u00A0%"
                : isCurrency(unit) ? formats.money(value, unit) : formats.number(value);
    }

    /** Whether a classification keeps the value out of public documents; {@code null} counts as public. */
    public static boolean isSecret(Classification c) {
        return c != null && !c.isPublic();
    }

    /**
     * Whether a dossier value (a figure or budget row) belongs in a memo of jurisdiction {@code code}. Values
     * particular to one jurisdiction carry its code as id prefix ({@code <code>-comparator-annual-cost}); a value
     * whose prefix is not the code of another jurisdiction of the dossier (one it has a submission, price or budget
     * impact for) belongs to the dossier as a whole. The core knows no country: the codes come from the dossier.
     *
     * @since 1.3
     */
    public static boolean isForJurisdiction(String valueId, String code, hta.confidentiality.ProjectedView view) {
        java.util.Set<String> codes = new java.util.HashSet<>();
        view.dossier().submissions().forEach(s -> codes.add(s.jurisdiction()));
        view.dossier().prices().forEach(p -> codes.add(p.jurisdiction()));
        view.dossier().budgetImpacts().forEach(b -> codes.add(b.jurisdiction()));
        return forJurisdiction(valueId, code, codes);
    }

    /** The same for the projected dossier of contract 1.3 templates. @since 1.3 */
    public static boolean isForJurisdiction(String valueId, String code, ProjectedDossier view) {
        return forJurisdiction(valueId, code, jurisdictionsOf(view.dossier()));
    }

    private static boolean forJurisdiction(String valueId, String code, java.util.Set<String> codes) {
        if (valueId == null) return true;
        int dash = valueId.indexOf('-');
        if (dash <= 0) return true;
        String prefix = valueId.substring(0, dash);
        return prefix.equals(code) || !codes.contains(prefix);
    }

    /**
     * Without the dossier no other jurisdiction's code can be known: every value belongs. Kept for plugins built
     * against an older contract; use {@link #isForJurisdiction(String, String, hta.confidentiality.ProjectedView)}.
     */
    @Deprecated
    public static boolean isForJurisdiction(String valueId, String code) {
        return true;
    }

    private static java.util.Set<String> jurisdictionsOf(hta.dossier.Dossier d) {
        java.util.Set<String> codes = new java.util.HashSet<>();
        d.submissions.forEach(s -> codes.add(s.jurisdiction));
        d.prices.forEach(p -> codes.add(p.jurisdiction));
        d.budgetImpacts.forEach(b -> codes.add(b.jurisdiction));
        codes.remove(null);
        return codes;
    }

    private static Span run(String text, Classification c, boolean isPublic, RedactionMark mark) {
        return isSecret(c) && isPublic ? Span.redacted(mark) : Span.text(text == null ? "" : text);
    }

    private static Span amount(BigDecimal amount, String currency, Formats formats) {
        if (amount == null) return Span.text("");
        return Span.text(currency == null ? formats.number(amount) : formats.money(amount, currency));
    }

    private static boolean isCurrency(String unit) {
        return unit != null && unit.length() == 3 && unit.chars().allMatch(Character::isUpperCase);
    }
}
