package hta.jurisdiction.smc.internal;

import hta.confidentiality.ProjectedView;
import hta.confidentiality.PublicProjection;
import hta.dossier.view.DossierView;
import hta.dossier.view.IndicationView;
import hta.dossier.PriceKind;
import hta.dossier.view.PricePointView;
import java.util.List;
import java.util.Optional;

/** Names and prices as SMC documents write them. Stateless. */
final class ScottishText {
    private ScottishText() {
    }

    /** "Etranacogene dezaparvovec (Hemgenix)". */
    static String productName(DossierView d) {
        String inn = d.product().innIn(Scotland.LANGUAGE);
        String cap = inn == null || inn.isEmpty() ? "" : Character.toUpperCase(inn.charAt(0)) + inn.substring(1);
        return cap + " (" + d.product().brandName() + ")";
    }

    static Optional<String> indication(DossierView d) {
        return d.indications().stream().map((IndicationView i) -> i.wording().get(Scotland.LANGUAGE)).filter(w -> w != null).findFirst();
    }

    /** Whether the dossier carries a confidential PAS price for Scotland (whatever the variant). */
    static boolean hasPas(ProjectedView view) {
        return view.dossier().prices("smc").anyMatch(p -> p.product() == null
                && (view.isRedacted(p.id()) || PublicProjection.isConfidential(p, Scotland.POLICY)));
    }

    /**
     * Comparators' public list prices only. Since October 2016 SMC shows cost-effectiveness against comparators
     * at list price when their PAS is confidential (JURISDICTIONS.md §5), so a comparator's PAS price is never
     * shown, not even in the confidential variant.
     */
    static List<PricePointView> comparatorListPrices(DossierView d) {
        return d.prices("smc").filter(p -> p.product() != null && p.kind() == PriceKind.LIST_PRICE
                && !PublicProjection.isConfidential(p, Scotland.POLICY)).toList();
    }
}
