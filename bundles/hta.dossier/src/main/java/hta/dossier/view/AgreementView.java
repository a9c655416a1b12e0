package hta.dossier.view;

import hta.dossier.Agreement;
import hta.dossier.Classification;
import java.time.LocalDate;

/**
 * Read-only {@link Agreement}: a commercial or access arrangement of a submission ({@code id} since 1.1).
 * Immutable. @since 1.0
 */
public record AgreementView(String id, String kind, String description, String reference, LocalDate startDate,
                            LocalDate endDate, Classification classification) {
    public static AgreementView of(Agreement a) {
        return a == null ? null : new AgreementView(a.id, a.kind, a.description, a.reference, a.startDate, a.endDate,
                a.classification);
    }

    Agreement toModel() {
        Agreement a = new Agreement();
        a.id = id;
        a.kind = kind;
        a.description = description;
        a.reference = reference;
        a.startDate = startDate;
        a.endDate = endDate;
        a.classification = classification;
        return a;
    }
}
