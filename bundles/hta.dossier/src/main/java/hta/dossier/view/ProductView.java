package hta.dossier.view;

import hta.dossier.Product;
import java.time.LocalDate;
import java.util.Map;

/** Read-only {@link Product}: the medicine the dossier is about. Immutable. @since 1.0 */
public record ProductView(String brandName, String inn, Map<String, String> localNames, String atcCode,
                          String marketingAuthorisationHolder, String therapyKind, Boolean orphan, Boolean atmp,
                          String authorisationType, LocalDate authorisationDate) {
    public ProductView {
        localNames = Copies.map(localNames);
    }

    public static ProductView of(Product p) {
        return p == null ? null : new ProductView(p.brandName, p.inn, p.localNames, p.atcCode,
                p.marketingAuthorisationHolder, p.therapyKind, p.orphan, p.atmp, p.authorisationType,
                p.authorisationDate);
    }

    /** The INN as written in {@code language}, falling back to the English INN. */
    public String innIn(String language) {
        String local = localNames.get(language);
        return local != null ? local : inn;
    }

    Product toModel() {
        Product p = new Product();
        p.brandName = brandName;
        p.inn = inn;
        p.localNames = Copies.mutable(localNames, n -> n);
        p.atcCode = atcCode;
        p.marketingAuthorisationHolder = marketingAuthorisationHolder;
        p.therapyKind = therapyKind;
        p.orphan = orphan;
        p.atmp = atmp;
        p.authorisationType = authorisationType;
        p.authorisationDate = authorisationDate;
        return p;
    }
}
