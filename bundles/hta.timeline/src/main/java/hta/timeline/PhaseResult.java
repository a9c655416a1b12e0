package hta.timeline;

import java.time.LocalDate;

/** A phase of one submission with its dates; {@code days} is null while the phase is not closed. */
public record PhaseResult(PhaseDefinition phase, LocalDate start, LocalDate end, Long days) {
    public boolean isClosed() {
        return days != null;
    }
}
