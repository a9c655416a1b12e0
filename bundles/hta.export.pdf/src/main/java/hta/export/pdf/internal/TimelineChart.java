package hta.export.pdf.internal;

import hta.dossier.Milestone;
import hta.dossier.Submission;
import hta.jurisdiction.Formats;
import hta.jurisdiction.TimelineWords;
import hta.timeline.PhaseResult;
import hta.timeline.ProcessRules;
import hta.timeline.TargetResult;
import hta.timeline.TimelineAssessment;
import hta.timeline.Timelines;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the memo's process-timeline chart shows, taken from the timeline engine's assessment of one submission
 * (the same report the workbench draws): phases as bars, milestones as diamonds, targets with the day they
 * fall due. The day open spans are judged on is the submission's latest milestone, never the clock, so the
 * same dossier always gives the same chart. Immutable.
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

    /** The chart of the submission to {@code code}, or null when it has no dated milestone to show. */
    static TimelineChart of(Submission s, ProcessRules rules, Formats formats, TimelineWords words) {
        if (s == null) return null;
        LocalDate first = null;
        LocalDate last = null;
        List<LocalDate> dates = new ArrayList<>();
        for (Milestone m : s.milestones) {
            if (m.date == null) continue;
            dates.add(m.date);
            if (first == null || m.date.isBefore(first)) first = m.date;
            if (last == null || m.date.isAfter(last)) last = m.date;
        }
        if (first == null || first.equals(last)) return null;
        TimelineAssessment a = Timelines.assess(s, rules, last);
        List<Bar> bars = new ArrayList<>();
        for (PhaseResult p : a.report().phases()) {
            if (p.start() == null) continue;
            bars.add(new Bar(words.name(p.phase().id(), p.phase().label()), p.start(), p.end(), p.days(), p.phase().clockStopped()));
        }
        List<Target> targets = new ArrayList<>();
        LocalDate to = last;
        for (TargetResult t : a.targets()) {
            if (t.start() == null) continue;
            targets.add(new Target(words.name(t.target().id(), t.target().label()), t.start(), t.end(), t.dueDate(), t.target().days(),
                    t.countedDays(), t.end() != null && t.countedDays() <= t.target().days()));
            if (t.dueDate() != null && t.dueDate().isAfter(to)) to = t.dueDate();
        }
        if (bars.isEmpty() && targets.isEmpty()) return null;
        String description = ChartDescription.of(words.heading(), words.days(), first, to, bars, targets, dates,
                words.description(), formats);
        return new TimelineChart(words.heading(), first, to, last, bars, dates, targets,
                new String[] {formats.shortDate(first), formats.shortDate(to)}, words.days(), description);
    }

    long span() {
        return Math.max(1, Timelines.days(from, to));
    }
}
