package hta.dossier.view;

import hta.dossier.Milestone;
import java.time.LocalDate;

/**
 * Read-only {@link Milestone}: a dated event of a submission. Immutable.
 *
 * @since 1.0 ({@code source} and {@code fictional} since 1.1)
 */
public record MilestoneView(String kind, LocalDate date, String note, String source, boolean fictional) {
    /** A milestone with no source and not made up (the form of 1.0). */
    public MilestoneView(String kind, LocalDate date, String note) {
        this(kind, date, note, null, false);
    }

    public static MilestoneView of(Milestone m) {
        return m == null ? null : new MilestoneView(m.kind, m.date, m.note, m.source, m.isFictional());
    }

    Milestone toModel() {
        Milestone m = new Milestone(kind, date, note);
        m.source = source;
        m.fictional = fictional ? Boolean.TRUE : null;
        return m;
    }
}
