package hta.timeline;

import java.time.LocalDate;

/**
 * A phase of one submission with its dates; {@code days} is null while the phase is not closed.
 *
 * @param endState what the record says about the phase's end on the day it is read (since 0.4): a phase with a
 *                 start date and no end date is open only when this is {@link MilestoneState#NOT_REACHED}
 */
public record PhaseResult(PhaseDefinition phase, LocalDate start, LocalDate end, Long days, MilestoneState endState) {
    /** A phase read from every recorded milestone: without an end date its end is unknown. */
    public PhaseResult(PhaseDefinition phase, LocalDate start, LocalDate end, Long days) {
        this(phase, start, end, days, end != null ? MilestoneState.REACHED : MilestoneState.UNKNOWN);
    }

    public boolean isClosed() {
        return days != null;
    }

    /** Whether the phase had started and, as the record says, not ended. @since 0.4 */
    public boolean isOpen() {
        return start != null && end == null && endState == MilestoneState.NOT_REACHED;
    }
}
