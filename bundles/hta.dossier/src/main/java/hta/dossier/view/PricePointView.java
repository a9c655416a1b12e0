package hta.dossier.view;

import hta.dossier.Classification;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Read-only {@link PricePoint}: one price in one jurisdiction, with its classification. Immutable.
 *
 * @since 1.0 ({@code fictional} since 1.1)
 */
public record PricePointView(String id, String jurisdiction, String product, PriceKind kind, BigDecimal amount,
                             String currency, Boolean vatIncluded, String pack, String articleNumber,
                             LocalDate validFrom, String source, Classification classification, String note,
                             DeclassificationView declassification, boolean fictional) {
    /** A price that is not made up (the form of 1.0). */
    public PricePointView(String id, String jurisdiction, String product, PriceKind kind, BigDecimal amount,
                          String currency, Boolean vatIncluded, String pack, String articleNumber,
                          LocalDate validFrom, String source, Classification classification, String note,
                          DeclassificationView declassification) {
        this(id, jurisdiction, product, kind, amount, currency, vatIncluded, pack, articleNumber, validFrom, source,
                classification, note, declassification, false);
    }

    public static PricePointView of(PricePoint p) {
        return p == null ? null : new PricePointView(p.id, p.jurisdiction, p.product, p.kind, p.amount, p.currency,
                p.vatIncluded, p.pack, p.articleNumber, p.validFrom, p.source, p.classification, p.note,
                DeclassificationView.of(p.declassification), p.isFictional());
    }

    /** Whether the dossier marks this price as not public (the jurisdiction's policy may add its kind). */
    public boolean isConfidential() {
        return classification != null && !classification.isPublic();
    }

    PricePoint toModel() {
        PricePoint p = new PricePoint();
        p.id = id;
        p.jurisdiction = jurisdiction;
        p.product = product;
        p.kind = kind;
        p.amount = amount;
        p.currency = currency;
        p.vatIncluded = vatIncluded;
        p.pack = pack;
        p.articleNumber = articleNumber;
        p.validFrom = validFrom;
        p.source = source;
        p.classification = classification;
        p.note = note;
        p.declassification = declassification == null ? null : declassification.toModel();
        p.fictional = fictional ? Boolean.TRUE : null;
        return p;
    }
}
