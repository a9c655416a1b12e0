package hta.timeline;

/**
 * What a submission's record says about one milestone kind as of a given day. A dossier records the events it
 * knows of; the absence of a date is not evidence that an event did not happen, so a template or a judgement
 * may treat a milestone as not having happened only when the record says so ({@link #NOT_REACHED}).
 *
 * @since 0.4
 */
public enum MilestoneState {
    /** Recorded with a date on or before the day. */
    REACHED,
    /**
     * Behind the case on the day, its date not recorded: a later step of the process is recorded (the end of a
     * phase this milestone starts), or the submission's status places the case past it. It happened or was
     * skipped; when is not known.
     */
    PASSED,
    /**
     * Not happened by the day, as the record says: recorded with a later date, or the submission's status
     * places the case before it, or the phase it ends has not started.
     */
    NOT_REACHED,
    /** The record says nothing either way. */
    UNKNOWN;

    /** Whether the record says the milestone is behind the case (dated or not). */
    public boolean isBehind() {
        return this == REACHED || this == PASSED;
    }
}
