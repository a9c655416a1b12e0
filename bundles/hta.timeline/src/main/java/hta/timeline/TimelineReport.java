package hta.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The processing time of one submission and its parts, in calendar days. */
public record TimelineReport(LocalDate start, LocalDate end, Long totalDays, List<PhaseResult> phases) {
    public TimelineReport {
        phases = List.copyOf(phases);
    }

    public Optional<PhaseResult> phase(String id) {
        return phases.stream().filter(p -> p.phase().id().equals(id)).findFirst();
    }

    /**
     * Days of the closed clock-stopped phases within the total span (e.g. waiting for the company's prices).
     *
     * @since 0.2
     */
    public long clockStoppedDays() {
        return phases.stream().filter(p -> p.phase().clockStopped() && p.isClosed() && within(p))
                .mapToLong(PhaseResult::days).sum();
    }

    /** Whether a closed phase lies within the total span (phases before or after it, e.g. DMP's, do not count). */
    private boolean within(PhaseResult p) {
        if (start == null || p.start() == null || p.start().isBefore(start)) return false;
        return end == null || !p.end().isAfter(end);
    }

    /** The total minus the clock-stopped days, or null while the total is open. @since 0.2 */
    public Long activeDays() {
        return totalDays == null ? null : totalDays - clockStoppedDays();
    }

    /**
     * Total days not covered by a closed phase within the total span, assuming those phases do not overlap.
     *
     * @since 0.2
     */
    public Long unassignedDays() {
        return totalDays == null ? null : totalDays - phases.stream().filter(p -> p.isClosed() && within(p))
                .mapToLong(PhaseResult::days).sum();
    }
}
