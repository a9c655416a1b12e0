package hta.confidentiality;

import hta.dossier.BudgetImpact;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.Narrative;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import hta.dossier.TextRun;
import hta.dossier.json.DossierJson;
import hta.dossier.view.PricePointView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the {@link ProjectedDossier} for a variant. For the public variant it works on a deep copy and
 * removes, before any renderer sees the dossier, every value that is confidential by its own classification or
 * by the jurisdiction's policy, every value derived from one (taint through formulas, see {@link Taint}) and
 * every value hidden by secondary suppression. Stateless and thread-safe.
 */
public final class PublicProjection {
    private PublicProjection() {
    }

    public static ProjectedDossier project(Dossier source, ConfidentialityPolicy policy, Variant variant) {
        return project(source, policy, variant, List.of());
    }

    /**
     * The projection, with the budget tables a template shows whose totals are not stored as formulas, so
     * that secondary suppression also covers them.
     *
     * @since 0.2
     */
    public static ProjectedDossier project(Dossier source, ConfidentialityPolicy policy, Variant variant,
                                           List<BudgetTableLayout> shownTables) {
        return project(source, policy, variant, shownTables, null);
    }

    /** The projection under an analysis of {@code source} already made (null: made here). */
    static ProjectedDossier project(Dossier source, ConfidentialityPolicy policy, Variant variant,
                                    List<BudgetTableLayout> shownTables, TaintResult analysed) {
        Dossier copy = DossierJson.copy(source);
        if (!variant.isPublic()) {
            return new ProjectedDossier(copy, variant, Set.of(), policy.redactionMark());
        }
        TaintResult taint = analysed != null ? analysed : analyse(copy, policy, shownTables);
        Set<String> redacted = new LinkedHashSet<>();
        for (PricePoint p : copy.prices) {
            if (p.id == null ? isConfidential(p, policy) : !taint.isShownPublicly("price:" + p.id)) {
                p.amount = null;
                if (p.id != null) redacted.add(p.id);
            }
        }
        for (Figure f : copy.economics.figures) {
            redactFigure(f, "figure:" + f.id, taint, redacted);
        }
        for (BudgetImpact b : copy.budgetImpacts) {
            b.figures.forEach(f -> redactFigure(f, "figure:" + f.id, taint, redacted));
            for (BudgetImpact.BudgetRow row : b.rows) {
                for (int y = 1; y <= row.cells.size(); y++) {
                    redactFigure(row.cells.get(y - 1), "cell:" + row.id + ":" + y, taint, redacted);
                }
            }
        }
        for (Submission s : copy.submissions) {
            for (Narrative n : s.sections.values()) {
                for (List<TextRun> paragraph : n.paragraphs) {
                    for (TextRun run : paragraph) {
                        if (run.classification != null && !run.classification.isPublic()) {
                            run.text = "";
                        }
                    }
                }
            }
        }
        return new ProjectedDossier(copy, variant, redacted, policy.redactionMark());
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

    private static void redactFigure(Figure f, String key, TaintResult taint, Set<String> redacted) {
        boolean hide = f.id == null && !key.startsWith("cell:")
                ? f.classification != null && !f.classification.isPublic()
                : !taint.isShownPublicly(key);
        if (hide) {
            f.value = null;
            redacted.add(f.id != null ? f.id : key);
        }
    }
}
