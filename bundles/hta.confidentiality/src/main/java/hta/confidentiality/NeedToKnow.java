package hta.confidentiality;

import hta.dossier.BudgetImpact;
import hta.dossier.Classification;
import hta.dossier.Declassification;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import hta.dossier.json.DossierJson;
import hta.dossier.view.DossierView;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Builds the {@link ProjectedView} a jurisdiction receives. Public variant: the public projection. Confidential
 * variant: the public projection computed as if the jurisdiction's own values were public — its prices, the
 * figures of its budget impact, the figures with its code as id prefix and the dossier-wide figures (no prefix
 * naming another jurisdiction of the dossier) — so that those keep their values while other jurisdictions'
 * confidential values, and everything derived from them, are removed; then the own values get their real
 * classifications back, and the own submission its confidential narrative. Which price kinds are confidential
 * is the exporting jurisdiction's policy (plus every value's own classification). Stateless and thread-safe.
 */
final class NeedToKnow {
    /** Stands for "this audience may see it" in the scratch copy; never saved, never shown. */
    private static final Declassification OWN = new Declassification("own value of the exporting jurisdiction",
            "need-to-know", null);

    private NeedToKnow() {
    }

    /** @param analysed the taint of {@code source} under {@code policy} when already made, else null */
    static ProjectedView view(Dossier source, String code, ConfidentialityPolicy policy, Variant variant,
                              List<BudgetTableLayout> shownTables, TaintResult analysed, ValueFormat format) {
        Objects.requireNonNull(code, "jurisdiction code");
        if (variant.isPublic()) {
            ProjectedDossier p = PublicProjection.project(source, policy, variant, shownTables, format, analysed);
            return new ProjectedView(DossierView.of(p.dossier()), code, variant, p.redactedIds(), p.redactionMark());
        }
        Set<String> others = otherJurisdictions(source, code);
        Dossier scratch = DossierJson.copy(source);
        for (PricePoint p : scratch.prices) {
            if (own(p.jurisdiction, code)) {
                p.classification = Classification.PUBLIC;
                p.declassification = OWN;
            }
        }
        for (Figure f : scratch.economics.figures) {
            if (ownFigure(f.id, others)) f.classification = Classification.PUBLIC;
        }
        for (BudgetImpact b : scratch.budgetImpacts) {
            if (!own(b.jurisdiction, code)) continue;
            b.figures.forEach(f -> f.classification = Classification.PUBLIC);
            b.rows.forEach(r -> r.cells.forEach(f -> {
                if (f != null) f.classification = Classification.PUBLIC;
            }));
        }
        ProjectedDossier p = PublicProjection.project(scratch, policy, Variant.PUBLIC, shownTables, format);
        Dossier visible = p.dossier();
        restoreOwn(source, visible, code, others, policy, format);
        return new ProjectedView(DossierView.of(visible), code, variant, p.redactedIds(), p.redactionMark());
    }

    /** Puts back what the scratch copy changed: the own values' classifications and the own narrative. */
    private static void restoreOwn(Dossier source, Dossier visible, String code, Set<String> others,
                                   ConfidentialityPolicy policy, ValueFormat format) {
        for (int i = 0; i < visible.prices.size(); i++) {
            PricePoint v = visible.prices.get(i);
            PricePoint s = source.prices.get(i);
            if (own(s.jurisdiction, code)) {
                v.classification = s.classification;
                v.declassification = copy(s.declassification);
            }
        }
        for (int i = 0; i < visible.economics.figures.size(); i++) {
            Figure s = source.economics.figures.get(i);
            if (ownFigure(s.id, others)) visible.economics.figures.get(i).classification = s.classification;
        }
        for (int i = 0; i < visible.budgetImpacts.size(); i++) {
            BudgetImpact s = source.budgetImpacts.get(i);
            if (!own(s.jurisdiction, code)) continue;
            BudgetImpact v = visible.budgetImpacts.get(i);
            for (int k = 0; k < s.figures.size(); k++) v.figures.get(k).classification = s.figures.get(k).classification;
            for (int r = 0; r < s.rows.size(); r++) {
                List<Figure> sc = s.rows.get(r).cells;
                List<Figure> vc = v.rows.get(r).cells;
                for (int y = 0; y < sc.size(); y++) {
                    if (sc.get(y) != null) vc.get(y).classification = sc.get(y).classification;
                }
            }
        }
        Dossier fresh = DossierJson.copy(source);
        // references in the own narrative: the values this audience sees, with their real classifications
        if (PublicProjection.hasReferences(fresh)) {
            PublicProjection.resolveReferences(fresh, ReferencedValue.of(visible), Taint.analyse(source, policy), format);
        }
        for (int i = 0; i < visible.submissions.size(); i++) {
            Submission s = fresh.submissions.get(i);
            if (code.equals(s.jurisdiction)) visible.submissions.set(i, s);
        }
    }

    private static Declassification copy(Declassification d) {
        return d == null ? null : new Declassification(d.reason, d.author, d.date);
    }

    /** A value without a jurisdiction belongs to the dossier as a whole, so to every jurisdiction's memo. */
    private static boolean own(String jurisdiction, String code) {
        return jurisdiction == null || jurisdiction.equals(code);
    }

    /** A figure belongs to another jurisdiction when its id starts with that jurisdiction's code and a dash. */
    private static boolean ownFigure(String id, Set<String> others) {
        if (id == null) return true;
        int dash = id.indexOf('-');
        return dash <= 0 || !others.contains(id.substring(0, dash));
    }

    /** The codes of the other jurisdictions the dossier has data for. */
    private static Set<String> otherJurisdictions(Dossier d, String code) {
        Set<String> codes = new HashSet<>();
        d.submissions.forEach(s -> codes.add(s.jurisdiction));
        d.prices.forEach(p -> codes.add(p.jurisdiction));
        d.budgetImpacts.forEach(b -> codes.add(b.jurisdiction));
        codes.remove(null);
        codes.remove(code);
        return codes;
    }
}
