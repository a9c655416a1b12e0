package hta.dossier.view;

import hta.dossier.Dossier;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A read-only copy of a {@link Dossier}: what a jurisdiction's plugin receives (see ProjectedView).
 * Records all the way down, with unmodifiable collections holding copies, so nothing reached from a view leads
 * back to the model it was made from, and no change made through it is possible. The view has the model's typed
 * fields under the same names (as accessor methods) and each submission's {@code jurisdictionData} (as JSON text);
 * fields the model keeps only because it does not know them are not in it. Immutable and thread-safe.
 *
 * @since 1.0 ({@code acknowledgements} since 1.1)
 */
public record DossierView(int schemaVersion, String id, long revision, SaveInfoView saved, ProductView product,
                          List<IndicationView> indications, EvidenceView evidence, EconomicsView economics,
                          List<PricePointView> prices, List<BudgetImpactView> budgetImpacts,
                          List<SubmissionView> submissions, List<AcknowledgementView> acknowledgements) {
    public DossierView {
        indications = Copies.list(indications);
        prices = Copies.list(prices);
        budgetImpacts = Copies.list(budgetImpacts);
        submissions = Copies.list(submissions);
        acknowledgements = Copies.list(acknowledgements);
    }

    /** A deep, read-only copy of {@code d}; later changes of {@code d} do not show in it. */
    public static DossierView of(Dossier d) {
        return new DossierView(d.schemaVersion, d.id, d.revision, SaveInfoView.of(d.saved), ProductView.of(d.product),
                Copies.list(d.indications, IndicationView::of), EvidenceView.of(d.evidence),
                EconomicsView.of(d.economics), Copies.list(d.prices, PricePointView::of),
                Copies.list(d.budgetImpacts, BudgetImpactView::of), Copies.list(d.submissions, SubmissionView::of),
                Copies.list(d.acknowledgements, AcknowledgementView::of));
    }

    public Optional<SubmissionView> submission(String jurisdiction) {
        return submissions.stream().filter(s -> s != null && jurisdiction.equals(s.jurisdiction())).findFirst();
    }

    public Stream<PricePointView> prices(String jurisdiction) {
        return prices.stream().filter(p -> p != null && jurisdiction.equals(p.jurisdiction()));
    }

    public Optional<PricePointView> price(String id) {
        return prices.stream().filter(p -> p != null && id.equals(p.id())).findFirst();
    }

    public Optional<BudgetImpactView> budgetImpact(String jurisdiction) {
        return budgetImpacts.stream().filter(b -> b != null && jurisdiction.equals(b.jurisdiction())).findFirst();
    }

    /**
     * A new, mutable model object with this view's content, for code written against the model (e.g. a plugin
     * built for an older contract); changing it changes nothing else.
     */
    public Dossier toDossier() {
        Dossier d = new Dossier();
        d.schemaVersion = schemaVersion;
        d.id = id;
        d.revision = revision;
        d.saved = saved == null ? null : saved.toModel();
        d.product = product == null ? null : product.toModel();
        d.indications = Copies.mutable(indications, IndicationView::toModel);
        d.evidence = evidence == null ? null : evidence.toModel();
        d.economics = economics == null ? null : economics.toModel();
        d.prices = Copies.mutable(prices, PricePointView::toModel);
        d.budgetImpacts = Copies.mutable(budgetImpacts, BudgetImpactView::toModel);
        d.submissions = Copies.mutable(submissions, SubmissionView::toSubmission);
        d.acknowledgements = Copies.mutable(acknowledgements, AcknowledgementView::toModel);
        return d;
    }
}
