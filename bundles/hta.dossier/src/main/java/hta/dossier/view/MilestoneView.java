package hta.dossier.view;

import hta.dossier.Milestone;
import java.time.LocalDate;

/** Read-only {@link Milestone}: a dated event of a submission. Immutable. @since 1.0 */
public record MilestoneView(String kind, LocalDate date, String note) {
    public static MilestoneView of(Milestone m) {
        return m == null ? null : new MilestoneView(m.kind, m.date, m.note);
    }

    Milestone toModel() {
        return new Milestone(kind, date, note);
    }
}
