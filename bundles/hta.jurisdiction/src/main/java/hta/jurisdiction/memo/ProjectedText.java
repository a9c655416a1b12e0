package hta.jurisdiction.memo;

import hta.confidentiality.ProjectedDossier;
import hta.confidentiality.ReferencedValue;
import hta.confidentiality.ValueFormat;
import hta.dossier.Classification;
import hta.dossier.Figure;
import hta.dossier.Narrative;
import hta.dossier.PricePoint;
import hta.dossier.TextRun;
import hta.jurisdiction.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns values of a {@link ProjectedDossier} into memo spans: the value where the projection kept it, the
 * jurisdiction's fixed redaction mark where it removed it. Every template writes confidential places through
 * this class, so a redaction looks the same wherever it appears and never depends on the hidden value.
 * Stateless and thread-safe.
 *
 * @since 1.1
 */
public final class ProjectedText {
    private ProjectedText() {
    }

    /** The narrative as paragraphs; a confidential run becomes the redaction mark in the public variant. */
    public static List<Block> paragraphs(Narrative narrative, ProjectedDossier view) {
        List<Block> result = new ArrayList<>();
        if (narrative == null) return result;
        for (List<TextRun> paragraph : narrative.paragraphs) {
            result.add(new Block.Paragraph(spans(paragraph, view)));
        }
        return result;
    }

    /**
     * One paragraph's runs as spans. A reference to a value ({@code {"ref": id}}) arrives resolved by the projection:
     * the value in the memo's format, or — in the public variant, where the value is confidential — an emptied
     * confidential run, drawn as the redaction mark like any other.
     */
    public static List<Span> spans(List<TextRun> paragraph, ProjectedDossier view) {
        List<Span> spans = new ArrayList<>();
        for (TextRun run : paragraph) {
            boolean unresolved = run.isReference() && run.text == null;
            if ((isSecret(run.classification) || unresolved) && view.variant().isPublic()) {
                spans.add(Span.redacted(view.redactionMark()));
            } else {
                spans.add(Span.text(run.text == null ? "" : run.text));
            }
        }
        return spans;
    }

    /** A price written as money, the redaction mark when removed, or empty text when absent. */
    public static Span price(ProjectedDossier view, Optional<PricePoint> price, Formats formats) {
        if (price.isEmpty()) return Span.text("");
        PricePoint p = price.get();
        if (view.isRedacted(p.id) || view.isRemoved(p)) return Span.redacted(view.redactionMark());
        if (p.amount == null) return Span.text("");
        return Span.text(p.currency == null ? formats.number(p.amount) : formats.money(p.amount, p.currency));
    }

    /** A figure written as money (when its unit is a currency code) or as a number with its unit. */
    public static Span figure(ProjectedDossier view, Figure f, Formats formats) {
        return figure(view, f, v -> isCurrency(f.unit) ? formats.money(v, f.unit) : formats.number(v));
    }

    /** A figure written by {@code write}, the redaction mark when removed, or empty text when absent. */
    public static Span figure(ProjectedDossier view, Figure f, Function<BigDecimal, String> write) {
        if (f == null) return Span.text("");
        if (isRemoved(view, f)) return Span.redacted(view.redactionMark());
        if (f.value == null) return Span.text("");
        return Span.text(write.apply(f.value));
    }

    /** Whether the projection removed the figure's value (public variant, non-public figure). */
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
     * particular to one jurisdiction carry its code as id prefix ({@code no-comparator-annual-cost}); a value
     * without a known prefix belongs to the dossier as a whole.
     */
    public static boolean isForJurisdiction(String valueId, String code) {
        if (valueId == null) return true;
        int dash = valueId.indexOf('-');
        if (dash <= 0) return true;
        String prefix = valueId.substring(0, dash);
        return prefix.equals(code) || !KNOWN_CODES.contains(prefix);
    }

    private static final java.util.Set<String> KNOWN_CODES =
            java.util.Set.of("no", "se", "dk", "fi", "is", "nice", "smc", "de", "fr", "jca");

    private static boolean isCurrency(String unit) {
        return unit != null && unit.length() == 3 && unit.chars().allMatch(Character::isUpperCase);
    }
}
