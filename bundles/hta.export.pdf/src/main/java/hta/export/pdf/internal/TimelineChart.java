package hta.export.pdf.internal;

import hta.dossier.Milestone;
import hta.dossier.Submission;
import hta.jurisdiction.Formats;
import hta.jurisdiction.TimelineWords;
import hta.timeline.MilestoneState;
import hta.timeline.PhaseResult;
import hta.timeline.ProcessRules;
import hta.timeline.SubmissionRecord;
import hta.timeline.TargetResult;
import hta.timeline.TargetState;
import hta.timeline.TimelineAssessment;
import hta.timeline.Timelines;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the memo's process-timeline chart shows, taken from the timeline engine's assessment of one submission
 * read as of the memo's day (the same report the workbench draws): phases as bars, milestones as diamonds, targets
 * with the day they fall due. Only what had happened by that day is drawn, and only what the record says: a phase
 * whose end is not recorded is drawn open only when the record says it had not ended, a target only when it was
 * met, missed or still running by the record. The day is the memo's own (or, for a template that does not say it,
 * the submission's latest milestone), never the clock, so the same dossier always gives the same chart.
 * Immutable.
 *
 * @param heading   the chart's heading in the memo's language (the jurisdiction's {@link TimelineWords})
 * @param from      left end of the time axis
 * @param to        right end of the time axis
 * @param judged    the day open phases and targets are drawn to: the latest milestone
 * @param phases    one bar each
 * @param milestones dated milestones
 * @param targets   judged targets that have started
 * @param axisLabels the two dates written under the axis, formatted by the jurisdiction
 * @param dayWord   the memo language's word for days
 * @param description the chart in words, in the memo's language: its alternative text ({@link ChartDescription})
 */
record TimelineChart(String heading, LocalDate from, LocalDate to, LocalDate judged, List<Bar> phases, List<LocalDate> milestones,
                     List<Target> targets, String[] axisLabels, String dayWord, String description) {

    /** A phase: {@code end} is null while it is open (drawn to the judging day). */
    record Bar(String label, LocalDate start, LocalDate end, Long days, boolean clockStopped) {
    }

    /** A target: counted span from {@code start}, due on {@code due}. */
    record Target(String label, LocalDate start, LocalDate end, LocalDate due, long days, long counted, boolean met) {
    }

    /**
     * The chart of a submission as of {@code asOf} (null: its latest milestone), or null when it has no two dated
     * milestones by then to show.
     */
    static TimelineChart of(Submission s, ProcessRules rules, Formats formats, TimelineWords words, LocalDate asOf) {
        if (s == null) return null;
        SubmissionRecord record = SubmissionRecord.of(s, rules, asOf);
        LocalDate first = null;
        LocalDate last = null;
        List<LocalDate> dates = new ArrayList<>();
        for (Milestone m : s.milestones) {
            if (m.date == null || m.kind == null || !record.date(m.kind).filter(m.date::equals).isPresent()) continue;
            dates.add(m.date);
            if (first == null || m.date.isBefore(first)) first = m.date;
            if (last == null || m.date.isAfter(last)) last = m.date;
        }
        if (first == null || first.equals(last)) return null;
        LocalDate judged = record.asOf();
        TimelineAssessment a = Timelines.assess(s, rules, judged);
        List<Bar> bars = new ArrayList<>();
        for (PhaseResult p : a.report().phases()) {
            // a closed phase, or one the record says was still running that day and that had begun before it
            boolean shown = p.isClosed() || (p.isOpen() && p.start().isBefore(judged));
            if (!shown) continue;
            bars.add(new Bar(words.name(p.phase().id(), p.phase().label()), p.start(), p.end(), p.days(), p.phase().clockStopped()));
        }
        List<Target> targets = new ArrayList<>();
        LocalDate to = last.isAfter(judged) ? last : judged;
        for (TargetResult t : a.targets()) {
            if (t.start() == null || !RECORDED.contains(t.state())) continue;
            if (t.end() == null && t.endState() != MilestoneState.NOT_REACHED) continue;
            targets.add(new Target(words.name(t.target().id(), t.target().label()), t.start(), t.end(), t.dueDate(), t.target().days(),
                    t.countedDays(), t.end() != null && t.countedDays() <= t.target().days()));
            if (t.dueDate() != null && t.dueDate().isAfter(to)) to = t.dueDate();
        }
        if (bars.isEmpty() && targets.isEmpty()) return null;
        String description = ChartDescription.of(words.heading(), words.days(), first, to, bars, targets, dates,
                words.description(), formats);
        return new TimelineChart(words.heading(), first, to, judged, bars, dates, targets,
                new String[] {formats.shortDate(first), formats.shortDate(to)}, words.days(), description);
    }

    /** Target states a memo may draw: closed ones, and open ones the record says are still running. */
    private static final Set<TargetState> RECORDED = EnumSet.of(TargetState.MET, TargetState.MISSED,
            TargetState.ON_TRACK, TargetState.AT_RISK, TargetState.OVERDUE);

    long span() {
        return Math.max(1, Timelines.days(from, to));
    }
}
