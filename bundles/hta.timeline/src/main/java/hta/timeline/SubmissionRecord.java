package hta.timeline;

import hta.dossier.Milestone;
import hta.dossier.Submission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A submission's milestones as they stood on one day ({@link #asOf()}): what had happened by then, what the
 * record implies is behind the case without a date, what had not happened yet, and what is not known. A memo
 * dated 22.10.2025 is written from the record as of that day, so an event dated 17.11.2025 is not something that
 * has happened in it.
 *
 * <p>The record implies facts only in three ways, each of which a dossier states: a milestone dated after the
 * day had not happened on the day; the end of a phase being behind the case puts its start behind too (a TLV
 * report implies that the company's dossier arrived, on a date not recorded); and the submission's status,
 * mapped to a portfolio category by the jurisdiction, places the case relative to the portfolio span (awaiting
 * the dossier: its start not reached; under assessment: started, not finished; dispatched: both behind), and to
 * the phase the jurisdiction says a case with that status is in ({@link ProcessRules#statusPhases()}). A
 * phase whose start had not been reached cannot have ended. Everything else is {@link MilestoneState#UNKNOWN}.
 * Immutable.
 *
 * @since 0.4
 */
public final class SubmissionRecord {
    private final LocalDate asOf;
    private final Map<String, LocalDate> reached;
    private final Map<String, MilestoneState> states;
    private final List<Milestone> later;

    private SubmissionRecord(LocalDate asOf, Map<String, LocalDate> reached, Map<String, MilestoneState> states,
                             List<Milestone> later) {
        this.asOf = asOf;
        this.reached = Map.copyOf(reached);
        this.states = Map.copyOf(states);
        this.later = List.copyOf(later);
    }

    /**
     * The record of {@code submission} as of {@code day}.
     *
     * @param day the day the record is read on; {@code null}: every recorded milestone counts (the record as
     *            it is now, its latest milestone the day)
     */
    public static SubmissionRecord of(Submission submission, ProcessRules rules, LocalDate day) {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(rules, "rules");
        Map<String, LocalDate> reached = new HashMap<>();
        Map<String, MilestoneState> states = new HashMap<>();
        List<Milestone> later = new ArrayList<>();
        LocalDate asOf = day;
        if (asOf == null) {
            for (Milestone m : submission.milestones) {
                if (m.date != null && (asOf == null || m.date.isAfter(asOf))) asOf = m.date;
            }
        }
        for (Milestone m : submission.milestones) {
            if (m.kind == null || m.date == null) continue;
            if (asOf == null || !m.date.isAfter(asOf)) {
                reached.putIfAbsent(m.kind, m.date);
                states.put(m.kind, MilestoneState.REACHED);
            } else {
                later.add(m);
                states.putIfAbsent(m.kind, MilestoneState.NOT_REACHED);
            }
        }
        statusImplies(submission, rules, states, later.isEmpty());
        // the start of a phase whose end is behind the case is behind it too, repeated along chains of phases
        boolean changed = true;
        while (changed) {
            changed = false;
            for (PhaseDefinition p : rules.process().phases()) {
                if (states.getOrDefault(p.endKind(), MilestoneState.UNKNOWN).isBehind()
                        && !states.containsKey(p.startKind())) {
                    states.put(p.startKind(), MilestoneState.PASSED);
                    changed = true;
                }
            }
        }
        // a phase that has not started cannot have ended
        changed = true;
        while (changed) {
            changed = false;
            for (PhaseDefinition p : rules.process().phases()) {
                if (states.get(p.startKind()) == MilestoneState.NOT_REACHED && !states.containsKey(p.endKind())) {
                    states.put(p.endKind(), MilestoneState.NOT_REACHED);
                    changed = true;
                }
            }
        }
        return new SubmissionRecord(asOf, reached, states, later);
    }

    /**
     * What the status says about the portfolio span; never overrides a dated milestone. The status is the
     * case's state now: "not reached" holds for any earlier day too, "behind" only when the record is read as it
     * stands ({@code current}: no recorded milestone lies after the day).
     */
    private static void statusImplies(Submission s, ProcessRules rules, Map<String, MilestoneState> states,
                                      boolean current) {
        String phaseId = s.status == null ? null : rules.statusPhases().get(s.status);
        if (phaseId != null) {
            for (PhaseDefinition p : rules.process().phases()) {
                if (!p.id().equals(phaseId)) continue;
                if (current) states.putIfAbsent(p.startKind(), MilestoneState.PASSED);
                states.putIfAbsent(p.endKind(), MilestoneState.NOT_REACHED);
            }
        }
        CaseStatus category = s.status == null ? null : rules.statusCategories().get(s.status);
        if (category == null) return;
        MilestoneState start;
        MilestoneState end;
        switch (category) {
            case NO_CONTACT:
            case AWAITING_DOSSIER:
                start = MilestoneState.NOT_REACHED;
                end = MilestoneState.NOT_REACHED;
                break;
            case UNDER_ASSESSMENT:
                start = MilestoneState.PASSED;
                end = MilestoneState.NOT_REACHED;
                break;
            case DISPATCHED:
                start = MilestoneState.PASSED;
                end = MilestoneState.PASSED;
                break;
            default:
                return;
        }
        if (start == MilestoneState.NOT_REACHED || current) states.putIfAbsent(rules.portfolioStart(), start);
        if (end == MilestoneState.NOT_REACHED || current) states.putIfAbsent(rules.portfolioEnd(), end);
    }

    /** The day the record is read on; null only for a submission with no dated milestone read as it is now. */
    public LocalDate asOf() {
        return asOf;
    }

    /** What the record says about a milestone kind on the day. */
    public MilestoneState state(String kind) {
        return states.getOrDefault(kind, MilestoneState.UNKNOWN);
    }

    /** The date of a milestone that had happened by the day (the first recorded one of its kind). */
    public Optional<LocalDate> date(String kind) {
        return Optional.ofNullable(reached.get(kind));
    }

    /**
     * The recorded date of a milestone kind whatever the day, for kinds whose date is itself an agreed limit
     * rather than an event (an extension agreed by the parties).
     */
    public Optional<LocalDate> recordedDate(String kind) {
        Optional<LocalDate> d = date(kind);
        if (d.isPresent()) return d;
        return later.stream().filter(m -> kind.equals(m.kind)).map(m -> m.date).findFirst();
    }

    /** Milestones recorded with a date after the day: not events of the record on the day, in recorded order. */
    public List<Milestone> later() {
        return later;
    }

    /** Whether the phase had started and, as the record says, not ended on the day. */
    public boolean isOpen(PhaseDefinition phase) {
        return state(phase.startKind()) == MilestoneState.REACHED && state(phase.endKind()) == MilestoneState.NOT_REACHED;
    }
}
