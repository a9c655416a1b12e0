package hta.timeline;

/**
 * One target under the current rules and under a scenario; either side is null when the target exists on one
 * side only (a scenario may add or remove targets).
 *
 * @since 0.2
 */
public record TargetComparison(String targetId, TargetResult current, TargetResult scenario) {
    /** Whether the state differs between the two rule sets. */
    public boolean changed() {
        if (current == null || scenario == null) return current != scenario;
        return current.state() != scenario.state() || current.limitDays() != scenario.limitDays();
    }
}
