package hta.timeline;

import hta.dossier.Milestone;
import hta.dossier.Submission;
import hta.dossier.view.SubmissionView;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes processing times, judges targets and forecasts milestones. Durations are calendar days, end date
 * minus start date (the start day is not counted), which is how the Norwegian price memo and TLV count (see
 * JURISDICTIONS.md). Stateless and thread-safe.
 */
public final class Timelines {
    private Timelines() {
    }

    public static long days(LocalDate start, LocalDate end) {
        return ChronoUnit.DAYS.between(start, end);
    }

    /** Days as weeks and days, e.g. 142 → 20 weeks 2 days. @since 0.2 */
    public static WeeksAndDays weeksAndDays(long days) {
        return WeeksAndDays.of(days);
    }

    public static TimelineReport report(Submission submission, ProcessDefinition process) {
        List<PhaseResult> phases = new ArrayList<>();
        for (PhaseDefinition p : process.phases()) {
            LocalDate start = date(submission, p.startKind());
            LocalDate end = date(submission, p.endKind());
            Long days = start != null && end != null ? days(start, end) : null;
            phases.add(new PhaseResult(p, start, end, days));
        }
        LocalDate start = date(submission, process.totalStartKind());
        LocalDate end = date(submission, process.totalEndKind());
        Long total = start != null && end != null ? days(start, end) : null;
        return new TimelineReport(start, end, total, phases);
    }

    /**
     * The submission judged on {@code today} under the current rules.
     *
     * @since 0.2
     */
    public static TimelineAssessment assess(Submission submission, ProcessRules rules, LocalDate today) {
        return assess(submission, rules, null, today);
    }

    /**
     * The submission judged on {@code today} under a scenario of the rules ({@code null}: current rules).
     *
     * @throws IllegalArgumentException when the rules declare no scenario with that id
     * @since 0.2
     */
    public static TimelineAssessment assess(Submission submission, ProcessRules rules, String scenarioId,
                                            LocalDate today) {
        ProcessRules applied = rules;
        if (scenarioId != null) {
            applied = rules.under(rules.scenario(scenarioId).orElseThrow(() -> new IllegalArgumentException(
                    "no scenario '" + scenarioId + "'; known: " + rules.scenarios().stream().map(Scenario::id).toList())));
        }
        TimelineReport report = report(submission, applied.process());
        List<TargetResult> targets = new ArrayList<>();
        for (TimeTarget t : applied.targets()) {
            if (t.appliesTo(submission.pathway)) targets.add(judge(submission, applied, t, today));
        }
        return new TimelineAssessment(scenarioId, today, report, targets, forecast(submission, applied, today));
    }

    /** Pairs the targets of two assessments by id, current order first, then targets only the scenario has. */
    public static List<TargetComparison> compare(TimelineAssessment current, TimelineAssessment scenario) {
        Map<String, TargetResult> other = new LinkedHashMap<>();
        scenario.targets().forEach(t -> other.put(t.target().id(), t));
        List<TargetComparison> result = new ArrayList<>();
        for (TargetResult t : current.targets()) {
            result.add(new TargetComparison(t.target().id(), t, other.remove(t.target().id())));
        }
        other.forEach((id, t) -> result.add(new TargetComparison(id, null, t)));
        return result;
    }

    /**
     * One target judged: the counted days run from the start milestone to the end milestone, or to
     * {@code today} while open, minus the days of excluded phases inside that span (an excluded phase still
     * open counts up to the same day). When the target is {@linkplain TimeTarget#extendableBy extendable} and
     * the submission records the agreed date, the limit runs to that date if it is later.
     *
     * @since 0.2
     */
    public static TargetResult judge(Submission submission, ProcessRules rules, TimeTarget target, LocalDate today) {
        LocalDate start = date(submission, target.startKind());
        if (start == null) {
            return new TargetResult(target, TargetState.NOT_STARTED, null, null, 0, 0, null, target.days());
        }
        LocalDate end = date(submission, target.endKind());
        LocalDate until = end != null ? end : (today.isBefore(start) ? start : today);
        long excluded = 0;
        for (PhaseDefinition p : rules.process().phases()) {
            if (!target.excludedPhases().contains(p.id())) continue;
            LocalDate ps = date(submission, p.startKind());
            if (ps == null) continue;
            LocalDate pe = date(submission, p.endKind());
            LocalDate from = ps.isAfter(start) ? ps : start;
            LocalDate to = pe == null || pe.isAfter(until) ? until : pe;
            if (to.isAfter(from)) excluded += days(from, to);
        }
        long counted = days(start, until) - excluded;
        long limit = target.days();
        LocalDate due = start.plusDays(limit + excluded);
        LocalDate agreed = target.extensionKind() == null ? null : date(submission, target.extensionKind());
        if (agreed != null && agreed.isAfter(due)) {
            // the parties agreed a later limit: the days up to it count as the limit
            limit += days(due, agreed);
            due = agreed;
        }
        TargetState state;
        if (end != null) {
            state = counted <= limit ? TargetState.MET : TargetState.MISSED;
        } else if (counted > limit) {
            state = TargetState.OVERDUE;
        } else if (counted >= rules.atRiskShare() * limit) {
            state = TargetState.AT_RISK;
        } else {
            state = TargetState.ON_TRACK;
        }
        return new TargetResult(target, state, start, end, counted, excluded, due, limit);
    }

    /**
     * Expected dates of the milestones not reached, chained from reached ones through the declared typical
     * durations (the first declared duration that can be applied wins). A forecast is late when its date is
     * before {@code today}.
     *
     * @since 0.2
     */
    public static List<Forecast> forecast(Submission submission, ProcessRules rules, LocalDate today) {
        Map<String, LocalDate> known = new HashMap<>();
        for (Milestone m : submission.milestones) {
            if (m.kind != null && m.date != null) known.putIfAbsent(m.kind, m.date);
        }
        List<Forecast> result = new ArrayList<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (TypicalDuration d : rules.typicalDurations()) {
                LocalDate from = known.get(d.fromKind());
                if (from == null || known.containsKey(d.toKind())) continue;
                LocalDate expected = from.plusDays(d.days());
                known.put(d.toKind(), expected);
                result.add(new Forecast(d.toKind(), expected, d.fromKind(), expected.isBefore(today)));
                changed = true;
            }
        }
        return result;
    }

    /** {@link #report(Submission, ProcessDefinition)} of a read-only submission. @since 0.4 */
    public static TimelineReport report(SubmissionView submission, ProcessDefinition process) {
        return report(submission.toSubmission(), process);
    }

    /** {@link #assess(Submission, ProcessRules, LocalDate)} of a read-only submission. @since 0.4 */
    public static TimelineAssessment assess(SubmissionView submission, ProcessRules rules, LocalDate today) {
        return assess(submission.toSubmission(), rules, today);
    }

    /** {@link #assess(Submission, ProcessRules, String, LocalDate)} of a read-only submission. @since 0.4 */
    public static TimelineAssessment assess(SubmissionView submission, ProcessRules rules, String scenarioId,
                                            LocalDate today) {
        return assess(submission.toSubmission(), rules, scenarioId, today);
    }

    /** {@link #judge(Submission, ProcessRules, TimeTarget, LocalDate)} of a read-only submission. @since 0.4 */
    public static TargetResult judge(SubmissionView submission, ProcessRules rules, TimeTarget target, LocalDate today) {
        return judge(submission.toSubmission(), rules, target, today);
    }

    /** {@link #forecast(Submission, ProcessRules, LocalDate)} of a read-only submission. @since 0.4 */
    public static List<Forecast> forecast(SubmissionView submission, ProcessRules rules, LocalDate today) {
        return forecast(submission.toSubmission(), rules, today);
    }

    private static LocalDate date(Submission s, String kind) {
        return s.milestone(kind).map((Milestone m) -> m.date).orElse(null);
    }
}
