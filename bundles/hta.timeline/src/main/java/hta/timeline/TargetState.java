package hta.timeline;

/**
 * How a submission stands against one {@link TimeTarget}: open spans are on track, at risk or overdue as of
 * a given day; closed spans met or missed the target.
 *
 * @since 0.2
 */
public enum TargetState {
    /** The start milestone has not been reached. */
    NOT_STARTED,
    /** Open, less than the at-risk share of the limit used. */
    ON_TRACK,
    /** Open, at least the at-risk share of the limit used but not past it (the last allowed day included). */
    AT_RISK,
    /** Open and past the limit. */
    OVERDUE,
    /** Closed within the limit (on the last allowed day included). */
    MET,
    /** Closed after the limit. */
    MISSED,
    /**
     * The record does not say: the end is behind the case but its date is not recorded, or the limit has passed
     * and the record does not say whether the end was reached, or the start is not dated. Never shown as overdue
     * or not started. @since 0.4
     */
    UNKNOWN;

    public boolean isOpen() {
        return this == ON_TRACK || this == AT_RISK || this == OVERDUE;
    }
}
