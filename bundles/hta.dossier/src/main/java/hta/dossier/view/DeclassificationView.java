package hta.dossier.view;

import hta.dossier.Declassification;
import java.time.LocalDate;

/**
 * Read-only {@link Declassification}: the recorded decision to show a confidential value publicly. Immutable.
 *
 * @since 1.0
 */
public record DeclassificationView(String reason, String author, LocalDate date) {
    public static DeclassificationView of(Declassification d) {
        return d == null ? null : new DeclassificationView(d.reason, d.author, d.date);
    }

    /** Whether this is a decision at all: a reason is required. */
    public boolean isValid() {
        return reason != null && !reason.isBlank();
    }

    Declassification toModel() {
        return new Declassification(reason, author, date);
    }
}
