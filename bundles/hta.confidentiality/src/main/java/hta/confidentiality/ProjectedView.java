package hta.confidentiality;

import hta.dossier.Dossier;
import hta.dossier.view.DossierView;
import hta.dossier.view.FigureView;
import hta.dossier.view.PricePointView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The dossier as one jurisdiction's plugin may see it for one variant: read-only and need-to-know. The
 * jurisdiction receives its own submission's values (in the confidential variant, its confidential ones too) and
 * only the public projection of everything else: another jurisdiction's confidential price, and whatever is
 * derived from it, is removed even from a confidential memo. In the public variant every confidential value is
 * removed. {@link #isRedacted} tells where a value was. A record of immutable parts: nothing reached from it
 * leads back to the dossier it was made from, and a plugin cannot change what the core later reads from it.
 *
 * @param dossier       the read-only, projected dossier
 * @param jurisdiction  the code of the jurisdiction whose plugin sees it
 * @param variant       which memo it is for
 * @param redactedIds   ids of the removed values (price, figure or budget cell ids); never their values
 * @param redactionMark how the jurisdiction shows a removed value
 * @since 0.4
 */
public record ProjectedView(DossierView dossier, String jurisdiction, Variant variant, Set<String> redactedIds,
                            RedactionMark redactionMark) {
    public ProjectedView {
        redactedIds = Set.copyOf(redactedIds);
    }

    /** The view of {@code source} that jurisdiction {@code code} may have for {@code variant}. */
    public static ProjectedView of(Dossier source, String code, ConfidentialityPolicy policy, Variant variant) {
        return of(source, code, policy, variant, List.of());
    }

    /**
     * The view, with the budget tables the template shows whose totals are not stored as formulas, so that
     * secondary suppression also covers them (see {@link PublicProjection#project(Dossier, ConfidentialityPolicy,
     * Variant, List)}).
     */
    public static ProjectedView of(Dossier source, String code, ConfidentialityPolicy policy, Variant variant,
                                   List<BudgetTableLayout> shownTables) {
        return NeedToKnow.view(source, code, policy, variant, shownTables, null, ValueFormat.PLAIN);
    }

    /**
     * The view, for a public memo under an analysis of {@code source} already made (the export's one analysis);
     * a confidential memo's need-to-know view is analysed as its own audience sees it.
     *
     * @since 0.5
     */
    public static ProjectedView of(Dossier source, String code, ConfidentialityPolicy policy, Variant variant,
                                   ConfidentialityAnalysis analysis) {
        return NeedToKnow.view(source, code, policy, variant, List.of(), analysis.taint(), ValueFormat.PLAIN);
    }

    /**
     * The view, with references in narrative ({@code {"ref": id}}) written by {@code format} (the jurisdiction's
     * formats) where this audience may see the value, under the export's analysis when one was made (null: none).
     *
     * @since 0.5
     */
    public static ProjectedView of(Dossier source, String code, ConfidentialityPolicy policy, Variant variant,
                                   ConfidentialityAnalysis analysis, ValueFormat format) {
        return NeedToKnow.view(source, code, policy, variant, List.of(), analysis == null ? null : analysis.taint(), format);
    }

    /** Whether the value with this id (a price, figure or budget cell id) was removed. */
    public boolean isRedacted(String valueId) {
        return valueId != null && redactedIds.contains(valueId);
    }

    /** The amount of a price, empty when removed or unknown. */
    public Optional<BigDecimal> priceAmount(String priceId) {
        return dossier.price(priceId).map(PricePointView::amount);
    }

    /** The value of an economics figure, empty when removed or unknown. */
    public Optional<BigDecimal> figureValue(String figureId) {
        return dossier.economics().figure(figureId).map(FigureView::value);
    }
}
