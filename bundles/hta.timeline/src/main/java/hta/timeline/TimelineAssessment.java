package hta.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A submission's timeline judged on a given day under one rule set: the processing time and its parts, every
 * applicable target's state, and forecasts for the milestones not reached. Immutable.
 *
 * @param scenarioId the scenario the targets come from, or null for the current rules
 * @param today      the day open spans are judged on
 * @param report     processing time and phases
 * @param targets    the applicable targets, judged
 * @param forecasts  expected dates of milestones not reached yet
 * @param record     the submission's record as of {@code today}, from which the rest was judged (since 0.4)
 * @since 0.2
 */
public record TimelineAssessment(String scenarioId, LocalDate today, TimelineReport report, List<TargetResult> targets,
                                 List<Forecast> forecasts, SubmissionRecord record) {
    public TimelineAssessment {
        targets = List.copyOf(targets);
        forecasts = List.copyOf(forecasts);
    }

    /** An assessment without its record (the form before 0.4). */
    public TimelineAssessment(String scenarioId, LocalDate today, TimelineReport report, List<TargetResult> targets,
                              List<Forecast> forecasts) {
        this(scenarioId, today, report, targets, forecasts, null);
    }

    public Optional<TargetResult> target(String id) {
        return targets.stream().filter(t -> t.target().id().equals(id)).findFirst();
    }

    public Optional<Forecast> forecast(String kind) {
        return forecasts.stream().filter(f -> f.kind().equals(kind)).findFirst();
    }
}
