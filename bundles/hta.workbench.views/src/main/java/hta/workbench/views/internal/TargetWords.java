package hta.workbench.views.internal;

import hta.timeline.MilestoneState;
import hta.timeline.TargetResult;
import hta.timeline.TargetState;
import hta.workbench.api.Words;

/**
 * How the workbench words a judged time target, the same in the Timeline and in Problems.
 *
 * <p>The timeline engine calls a target whose limit has passed while its end milestone is not recorded, and nothing
 * in the record says whether it was reached, {@link TargetState#UNKNOWN}: the milestone may have happened without
 * being written down. A writer reads the dossier, and the dossier says the deadline has passed without it — so the
 * workbench shows such a target as overdue, saying that the milestone is not recorded, until it is.
 */
final class TargetWords {
    private TargetWords() {
    }

    /** Past its limit with the end milestone neither recorded nor known to be behind the case. */
    static boolean pastDueUnrecorded(TargetResult t) {
        return t.state() == TargetState.UNKNOWN && t.end() == null && t.dueDate() != null
                && t.endState() != MilestoneState.PASSED && t.countedDays() > t.limitDays();
    }

    /** Overdue as the writer reads the dossier: by the engine's judgement, or past due with nothing recorded. */
    static boolean overdue(TargetResult t) {
        return t.state() == TargetState.OVERDUE || pastDueUnrecorded(t);
    }

    /** The target's name: its label, else its id in words. */
    static String name(TargetResult t) {
        return t.target().label() != null ? t.target().label() : Words.code(t.target().id());
    }

    /** The milestone that meets the target, in words ("Delivery agreement"). */
    static String milestone(TargetResult t) {
        return TimelineLane.milestoneName(t.target().endKind());
    }

    /** The state in words; overdue with nothing recorded says so, a state the record does not establish "not recorded". */
    static String state(TargetResult t) {
        if (pastDueUnrecorded(t)) return "overdue — " + milestone(t) + " not recorded";
        return switch (t.state()) {
            case NOT_STARTED -> "not started";
            case ON_TRACK -> "on track";
            case AT_RISK -> "at risk";
            case OVERDUE -> "overdue";
            case MET -> "met";
            case MISSED -> "missed";
            default -> "not recorded";
        };
    }

    /** The days counted against the limit, in words: "384 days, target 92" (an agreed extension said). */
    static String days(TargetResult t) {
        return t.countedDays() + (t.countedDays() == 1 ? " day" : " days") + ", target " + t.limitDays()
                + (t.extended() ? " (extended from " + t.target().days() + ")" : "");
    }

    /**
     * The line under a Timeline lane's bar, the state first so that it is read even where a long name is cut:
     * "Overdue — Delivery agreement not recorded (384 days, target 92): Delivery agreement for gene and cell …".
     */
    static String line(TargetResult t) {
        String state = state(t);
        return Character.toUpperCase(state.charAt(0)) + state.substring(1) + " (" + days(t) + "): " + name(t);
    }
}
