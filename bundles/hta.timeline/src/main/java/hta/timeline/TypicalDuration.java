package hta.timeline;

import java.util.Objects;

/**
 * How long a jurisdiction says it typically takes from one milestone to the next; used to forecast the dates
 * of milestones not reached yet (e.g. NICE: submission about 2 months after the invitation to participate).
 *
 * @param fromKind milestone kind the duration starts from
 * @param toKind   milestone kind it leads to
 * @param days     typical calendar days between them
 * @param source   where the figure comes from; may be null
 * @since 0.2
 */
public record TypicalDuration(String fromKind, String toKind, long days, String source) {
    public TypicalDuration {
        Objects.requireNonNull(fromKind, "fromKind");
        Objects.requireNonNull(toKind, "toKind");
        if (days < 0) throw new IllegalArgumentException("typical duration must not be negative: " + days);
    }

    public TypicalDuration(String fromKind, String toKind, long days) {
        this(fromKind, toKind, days, null);
    }
}
