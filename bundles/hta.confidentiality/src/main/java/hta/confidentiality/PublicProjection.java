package hta.confidentiality;

import hta.dossier.Agreement;
import hta.dossier.BudgetImpact;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.Narrative;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import hta.dossier.TextRun;
import hta.dossier.json.DossierJson;
import hta.dossier.view.PricePointView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link ProjectedDossier} for a variant. For the public variant it works on a deep copy and
 * removes, before any renderer sees the dossier, every value that is confidential by its own classification or
 * by the jurisdiction's policy, every value derived from one (taint through formulas, see {@link Taint}) and
 * every value hidden by secondary suppression. It fails closed: a value whose classification cannot be established
 * (no classification, an id used twice, a formula that cannot be read, no id to follow it by) is removed too; the
 * {@link StructuralCheck} refuses such a public export before it gets here. References to values in narrative
 * ({@code {"ref": id}}) are resolved in both variants: written in the memo's format where the value may be shown,
 * an emptied confidential run where it may not. Stateless and thread-safe.
 */
public final class PublicProjection {
    private PublicProjection() {
    }

    public static ProjectedDossier project(Dossier source, ConfidentialityPolicy policy, Variant variant) {
        return project(source, policy, variant, List.of(), ValueFormat.PLAIN);
    }

    /**
     * The projection, with the budget tables a template shows whose totals are not stored as formulas, so
     * that secondary suppression also covers them.
     *
     * @since 0.2
     */
    public static ProjectedDossier project(Dossier source, ConfidentialityPolicy policy, Variant variant,
                                           List<BudgetTableLayout> shownTables) {
        return project(source, policy, variant, shownTables, ValueFormat.PLAIN);
    }

    /**
     * The projection, with references in narrative written by {@code format} (the jurisdiction's formats).
     *
     * @since 0.5
     */
    public static ProjectedDossier project(Dossier source, ConfidentialityPolicy policy, Variant variant,
                                           List<BudgetTableLayout> shownTables, ValueFormat format) {
        return project(source, policy, variant, shownTables, format, null);
    }

    /** The projection under an analysis of {@code source} already made (null: made here when needed). */
    static ProjectedDossier project(Dossier source, ConfidentialityPolicy policy, Variant variant,
                                    List<BudgetTableLayout> shownTables, ValueFormat format, TaintResult analysed) {
        Dossier copy = DossierJson.copy(source);
        boolean references = hasReferences(copy);
        TaintResult taint = analysed != null ? analysed
                : variant.isPublic() || references ? analyse(copy, policy, shownTables) : null;
        if (references) resolveReferences(copy, ReferencedValue.of(copy), taint, format);
        if (!variant.isPublic()) return new ProjectedDossier(copy, variant, Set.of(), Set.of(), policy.redactionMark());
        Set<String> redacted = new LinkedHashSet<>();
        Set<Object> removed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PricePoint p : copy.prices) {
            boolean hide = p.id == null ? p.classification == null || isConfidential(p, policy)
                    : !taint.isShownPublicly("price:" + p.id);
            if (hide) {
                p.amount = null;
                removed.add(p);
                if (p.id != null) redacted.add(p.id);
            }
        }
        for (Figure f : copy.economics.figures) redactFigure(f, "figure:" + f.id, taint, redacted, removed);
        for (BudgetImpact b : copy.budgetImpacts) {
            b.figures.forEach(f -> redactFigure(f, "figure:" + f.id, taint, redacted, removed));
            for (BudgetImpact.BudgetRow row : b.rows) {
                for (int y = 1; y <= row.cells.size(); y++) {
                    redactFigure(row.cells.get(y - 1), "cell:" + row.id + ":" + y, taint, redacted, removed);
                }
            }
        }
        for (Submission s : copy.submissions) {
            for (Agreement a : s.agreements) {
                if (a.classification == null || !a.classification.isPublic()) {
                    // that an agreement exists is public; its terms are not
                    a.description = null;
                    a.reference = null;
                    removed.add(a);
                    if (a.id != null) redacted.add(a.id);
                }
            }
            for (Narrative n : s.sections.values()) {
                for (List<TextRun> paragraph : n.paragraphs) {
                    for (TextRun run : paragraph) {
                        if (run.classification == null || !run.classification.isPublic()) {
                            run.classification = Classification.max(run.classification, Classification.CONFIDENTIAL);
                            run.text = "";
                        }
                    }
                }
            }
        }
        return new ProjectedDossier(copy, variant, redacted, removed, policy.redactionMark());
    }

    private static TaintResult analyse(Dossier copy, ConfidentialityPolicy policy, List<BudgetTableLayout> shownTables) {
        List<LinearRelation> extra = new ArrayList<>();
        shownTables.forEach(t -> extra.addAll(SecondarySuppression.budgetTable(t)));
        return Taint.analyse(copy, policy, extra);
    }

    /** A price is confidential when marked so or when the jurisdiction treats its kind as confidential. */
    public static boolean isConfidential(PricePoint p, ConfidentialityPolicy policy) {
        if (p.declassification != null && p.declassification.isValid()) return false;
        return p.isConfidential() || policy.confidentialPriceKinds().contains(p.kind);
    }

    /** The same question for a price of a read-only view. @since 0.4 */
    public static boolean isConfidential(PricePointView p, ConfidentialityPolicy policy) {
        if (p.declassification() != null && p.declassification().isValid()) return false;
        return p.isConfidential() || policy.confidentialPriceKinds().contains(p.kind());
    }

    private static void redactFigure(Figure f, String key, TaintResult taint, Set<String> redacted, Set<Object> removed) {
        boolean hide = f.id == null && !key.startsWith("cell:")
                // without an id the taint engine cannot follow it: only a plain public figure may show
                ? f.classification == null || !f.classification.isPublic() || (f.formula != null && !f.formula.isBlank())
                : !taint.isShownPublicly(key);
        if (hide) {
            f.value = null;
            removed.add(f);
            redacted.add(f.id != null ? f.id : key);
        }
    }

    static boolean hasReferences(Dossier d) {
        for (Submission s : d.submissions) {
            for (Narrative n : s.sections.values()) {
                for (List<TextRun> paragraph : n.paragraphs) {
                    for (TextRun run : paragraph) if (run.isReference()) return true;
                }
            }
        }
        return false;
    }

    /**
     * Writes every reference of {@code d} as the value's text (from {@code targets}: the values the audience may
     * see) with the value's classification (at least the run's own); a reference to nothing known is confidential,
     * so the public memo shows the redaction mark there.
     */
    static void resolveReferences(Dossier d, Map<String, ReferencedValue> targets, TaintResult taint, ValueFormat format) {
        for (Submission s : d.submissions) {
            for (Narrative n : s.sections.values()) {
                for (List<TextRun> paragraph : n.paragraphs) {
                    for (TextRun run : paragraph) {
                        if (!run.isReference()) continue;
                        ReferencedValue v = targets.get(run.ref);
                        Classification c = v != null && taint.isShownPublicly(v.key()) ? Classification.PUBLIC
                                : Classification.max(v == null ? null : taint.of(v.key()), Classification.CONFIDENTIAL);
                        run.classification = Classification.max(run.classification, c);
                        run.text = v == null ? "[" + run.ref + "?]" : v.value() == null ? "" : format.format(v.value(), v.unit());
                    }
                }
            }
        }
    }
}
