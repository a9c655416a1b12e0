package hta.dossier.view;

import hta.dossier.Product;
import java.time.LocalDate;
import java.util.Map;

/**
 * Read-only {@link Product}: the medicine the dossier is about. Immutable. @since 1.0
 *
 * @param authorisationPublished where the marketing authorisation was published (the public assessment report's
 *                               address), or null when not recorded (@since 1.2)
 */
public record ProductView(String brandName, String inn, Map<String, String> localNames, String atcCode,
                          String marketingAuthorisationHolder, String therapyKind, Boolean orphan, Boolean atmp,
                          String authorisationType, LocalDate authorisationDate, String authorisationPublished) {
    public ProductView {
        localNames = Copies.map(localNames);
    }

    /** A product without a recorded publication of its authorisation (the form before 1.2). */
    public ProductView(String brandName, String inn, Map<String, String> localNames, String atcCode,
                       String marketingAuthorisationHolder, String therapyKind, Boolean orphan, Boolean atmp,
                       String authorisationType, LocalDate authorisationDate) {
        this(brandName, inn, localNames, atcCode, marketingAuthorisationHolder, therapyKind, orphan, atmp,
                authorisationType, authorisationDate, null);
    }

    public static ProductView of(Product p) {
        return p == null ? null : new ProductView(p.brandName, p.inn, p.localNames, p.atcCode,
                p.marketingAuthorisationHolder, p.therapyKind, p.orphan, p.atmp, p.authorisationType,
                p.authorisationDate, p.authorisationPublished);
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
        p.authorisationPublished = authorisationPublished;
        return p;
    }
}
