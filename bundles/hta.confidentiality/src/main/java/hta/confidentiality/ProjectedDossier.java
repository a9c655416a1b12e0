package hta.confidentiality;

import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.PricePoint;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * The dossier as a memo template may see it for one variant. In the public variant every confidential value
 * has already been removed from {@link #dossier()} (amounts set to {@code null}, confidential narrative runs
 * emptied), so a template cannot print what it never receives; {@link #isRedacted} tells where a value was.
 * The engine's form, holding a mutable copy; plugins receive the read-only {@link ProjectedView}.
 */
public final class ProjectedDossier {
    private final Dossier dossier;
    private final Variant variant;
    private final Set<String> redacted;
    private final Set<Object> removed;
    private final RedactionMark mark;

    ProjectedDossier(Dossier dossier, Variant variant, Set<String> redacted, Set<Object> removed, RedactionMark mark) {
        this.dossier = dossier;
        this.variant = variant;
        this.redacted = Set.copyOf(redacted);
        Set<Object> items = Collections.newSetFromMap(new IdentityHashMap<>());
        items.addAll(removed);
        this.removed = Collections.unmodifiableSet(items);
        this.mark = mark;
    }

    /**
     * A projected dossier holding a new, mutable copy of the view's content, for a plugin written against the
     * model (contract 1.3 and older): whatever it changes, it changes only its own copy.
     *
     * @since 0.4
     */
    public static ProjectedDossier copyOf(ProjectedView view) {
        return new ProjectedDossier(view.dossier().toDossier(), view.variant(), view.redactedIds(), Set.of(), view.redactionMark());
    }

    public Dossier dossier() {
        return dossier;
    }

    public Variant variant() {
        return variant;
    }

    public RedactionMark redactionMark() {
        return mark;
    }

    /** Whether the value with this id (a price, figure, budget cell or agreement id) was removed; false for null. */
    public boolean isRedacted(String valueId) {
        return valueId != null && redacted.contains(valueId);
    }

    /**
     * Whether the projection removed this item's value (a price, figure, budget cell or agreement of
     * {@link #dossier()}), also for one without an id.
     *
     * @since 0.4
     */
    public boolean isRemoved(Object item) {
        return item != null && removed.contains(item);
    }

    /** Ids of every removed value, for audits and tests; never their values. */
    public Set<String> redactedIds() {
        return redacted;
    }

    /** The amount of a price, empty when redacted or unknown. */
    public Optional<BigDecimal> priceAmount(String priceId) {
        return dossier.price(priceId).map((PricePoint p) -> p.amount);
    }

    /** The value of an economics figure, empty when redacted or unknown. */
    public Optional<BigDecimal> figureValue(String figureId) {
        return dossier.economics.figure(figureId).map((Figure f) -> f.value);
    }
}
