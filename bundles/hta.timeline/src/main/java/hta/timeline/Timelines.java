package hta.timeline;

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

    /** The processing time and its parts from every recorded milestone (the record as it stands). */
    public static TimelineReport report(Submission submission, ProcessDefinition process) {
        return report(SubmissionRecord.of(submission, ProcessRules.of(process), null), process);
    }

    /**
     * The processing time and its parts as of the record's day: only milestones reached by then count. A phase
     * without an end date carries what the record says about its end (not reached: open; behind the case
     * without a date, or unknown: not open).
     *
     * @since 0.4
     */
    public static TimelineReport report(SubmissionRecord record, ProcessDefinition process) {
        List<PhaseResult> phases = new ArrayList<>();
        for (PhaseDefinition p : process.phases()) {
            LocalDate start = record.date(p.startKind()).orElse(null);
            LocalDate end = record.date(p.endKind()).orElse(null);
            Long days = start != null && end != null ? days(start, end) : null;
            phases.add(new PhaseResult(p, start, end, days, record.state(p.endKind())));
        }
        LocalDate start = record.date(process.totalStartKind()).orElse(null);
        LocalDate end = record.date(process.totalEndKind()).orElse(null);
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
     * The submission judged on {@code today} under a scenario of the rules ({@code null}: current rules), from
     * its record as of that day: a milestone dated later has not happened yet on it (see {@link SubmissionRecord}).
     *
     * @throws IllegalArgumentException when the rules declare no scenario with that id
     * @since 0.2 (as of the day since 0.4)
     */
    public static TimelineAssessment assess(Submission submission, ProcessRules rules, String scenarioId,
                                            LocalDate today) {
        ProcessRules applied = rules;
        if (scenarioId != null) {
            applied = rules.under(rules.scenario(scenarioId).orElseThrow(() -> new IllegalArgumentException(
                    "no scenario '" + scenarioId + "'; known: " + rules.scenarios().stream().map(Scenario::id).toList())));
        }
        SubmissionRecord record = SubmissionRecord.of(submission, applied, today);
        TimelineReport report = report(record, applied.process());
        List<TargetResult> targets = new ArrayList<>();
        for (TimeTarget t : applied.targets()) {
            if (t.appliesTo(submission.pathway)) targets.add(judge(record, applied, t));
        }
        return new TimelineAssessment(scenarioId, today, report, targets, forecast(record, applied), record);
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
     * One target judged on {@code today}, from the record as of that day (see {@link #judge(SubmissionRecord,
     * ProcessRules, TimeTarget)}).
     *
     * @since 0.2
     */
    public static TargetResult judge(Submission submission, ProcessRules rules, TimeTarget target, LocalDate today) {
        return judge(SubmissionRecord.of(submission, rules, today), rules, target);
    }

    /**
     * One target judged on the record's day: the counted days run from the start milestone to the end milestone,
     * or to the day while open, minus the days of excluded phases inside that span (an excluded phase still open
     * counts up to the same day). When the target is {@linkplain TimeTarget#extendableBy extendable} and the
     * record has the agreed date, the limit runs to that date if it is later.
     *
     * <p>Unknown is not "no": a target whose end is not dated is overdue only when the record says the end has
     * not been reached (a later date, the status, the phase chain); when the record implies it is behind the case
     * without a date, or says nothing and the limit has passed, the state is {@link TargetState#UNKNOWN}. A
     * target whose start is not dated has not started only when the record says so; otherwise it is unknown.
     *
     * @since 0.4
     */
    public static TargetResult judge(SubmissionRecord record, ProcessRules rules, TimeTarget target) {
        LocalDate start = record.date(target.startKind()).orElse(null);
        MilestoneState endState = record.state(target.endKind());
        if (start == null) {
            TargetState state = record.state(target.startKind()) == MilestoneState.NOT_REACHED
                    ? TargetState.NOT_STARTED : TargetState.UNKNOWN;
            return new TargetResult(target, state, null, null, 0, 0, null, target.days(), endState);
        }
        LocalDate today = record.asOf();
        LocalDate end = record.date(target.endKind()).orElse(null);
        LocalDate until = end != null ? end : (today == null || today.isBefore(start) ? start : today);
        long excluded = 0;
        for (PhaseDefinition p : rules.process().phases()) {
            if (!target.excludedPhases().contains(p.id())) continue;
            LocalDate ps = record.date(p.startKind()).orElse(null);
            if (ps == null) continue;
            LocalDate pe = record.date(p.endKind()).orElse(null);
            LocalDate from = ps.isAfter(start) ? ps : start;
            LocalDate to = pe == null || pe.isAfter(until) ? until : pe;
            if (to.isAfter(from)) excluded += days(from, to);
        }
        long counted = days(start, until) - excluded;
        long limit = target.days();
        LocalDate due = start.plusDays(limit + excluded);
        LocalDate agreed = target.extensionKind() == null ? null
                : record.recordedDate(target.extensionKind()).orElse(null);
        if (agreed != null && agreed.isAfter(due)) {
            // the parties agreed a later limit: the days up to it count as the limit
            limit += days(due, agreed);
            due = agreed;
        }
        TargetState state;
        if (end != null) {
            state = counted <= limit ? TargetState.MET : TargetState.MISSED;
        } else if (endState == MilestoneState.PASSED) {
            state = TargetState.UNKNOWN;
        } else if (counted > limit) {
            state = endState == MilestoneState.NOT_REACHED ? TargetState.OVERDUE : TargetState.UNKNOWN;
        } else if (counted >= rules.atRiskShare() * limit) {
            state = TargetState.AT_RISK;
        } else {
            state = TargetState.ON_TRACK;
        }
        return new TargetResult(target, state, start, end, counted, excluded, due, limit, endState);
    }

    /**
     * Expected dates of the milestones not reached on {@code today}, chained from reached ones through the declared
     * typical durations (the first declared duration that can be applied wins). A forecast is late when its date
     * is before {@code today}.
     *
     * @since 0.2
     */
    public static List<Forecast> forecast(Submission submission, ProcessRules rules, LocalDate today) {
        return forecast(SubmissionRecord.of(submission, rules, today), rules);
    }

    /**
     * Forecasts from the record as of its day: milestones that had not happened by then and that the record does
     * not place behind the case, chained from the dated ones. A forecast is a forecast: a memo shows one only
     * where its template says so, labelled as such.
     *
     * @since 0.4
     */
    public static List<Forecast> forecast(SubmissionRecord record, ProcessRules rules) {
        Map<String, LocalDate> known = new HashMap<>();
        for (String kind : rules.process().milestoneKinds()) record.date(kind).ifPresent(d -> known.put(kind, d));
        for (TypicalDuration d : rules.typicalDurations()) {
            record.date(d.fromKind()).ifPresent(date -> known.putIfAbsent(d.fromKind(), date));
        }
        LocalDate today = record.asOf();
        List<Forecast> result = new ArrayList<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (TypicalDuration d : rules.typicalDurations()) {
                LocalDate from = known.get(d.fromKind());
                if (from == null || known.containsKey(d.toKind()) || record.state(d.toKind()) == MilestoneState.PASSED) {
                    continue;
                }
                LocalDate expected = from.plusDays(d.days());
                known.put(d.toKind(), expected);
                result.add(new Forecast(d.toKind(), expected, d.fromKind(), today != null && expected.isBefore(today)));
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
}
