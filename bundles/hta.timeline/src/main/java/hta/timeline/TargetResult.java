package hta.timeline;

import java.time.LocalDate;

/**
 * One target judged for one submission.
 *
 * @param target       the target as applied (under a scenario, the scenario's version)
 * @param state        where the submission stands
 * @param start        the date the clock started, or null when not started
 * @param end          the date the target's end milestone was reached, or null while open
 * @param countedDays  days counted toward the target (to {@code end}, or to the judging day while open),
 *                     excluded phases left out
 * @param excludedDays days of excluded (clock-stopped) phases within the span
 * @param dueDate      the last day on which the target is still met, given the clock-stops so far and an
 *                     agreed extension; null when not started
 * @param limitDays    the limit applied: the target's days, or more when the parties agreed an extension
 * @param endState     what the record says about the end milestone on the judging day
 * @since 0.2 ({@code limitDays} since 0.3, {@code endState} since 0.4)
 */
public record TargetResult(TimeTarget target, TargetState state, LocalDate start, LocalDate end, long countedDays,
                           long excludedDays, LocalDate dueDate, long limitDays, MilestoneState endState) {
    /** A result without what the record says about the end: reached when dated, otherwise unknown. */
    public TargetResult(TimeTarget target, TargetState state, LocalDate start, LocalDate end, long countedDays,
                        long excludedDays, LocalDate dueDate, long limitDays) {
        this(target, state, start, end, countedDays, excludedDays, dueDate, limitDays,
                end != null ? MilestoneState.REACHED : MilestoneState.UNKNOWN);
    }

    /** Days left before the limit (negative: days beyond it). */
    public long marginDays() {
        return limitDays - countedDays;
    }

    /** For a missed or overdue target, by how many days; 0 otherwise. */
    public long daysOver() {
        return Math.max(0, countedDays - limitDays);
    }

    /** The share of the limit used, e.g. 0.8. */
    public double shareUsed() {
        return (double) countedDays / limitDays;
    }

    /**
     * Whether this judgement depends on something nobody confirmed: the target's limit rests on an unset setting,
     * or its excluded phases do and took days here. A memo does not state such a judgement. @since 0.4
     */
    public boolean restsOnAssumption() {
        Assumption a = target.assumption();
        return a != null && (!a.exclusionsOnly() || excludedDays > 0);
    }

    /** Whether an agreed extension moved the limit beyond the target's days. @since 0.3 */
    public boolean extended() {
        return limitDays > target.days();
    }
}
