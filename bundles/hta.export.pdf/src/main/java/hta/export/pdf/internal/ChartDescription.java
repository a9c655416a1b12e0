package hta.export.pdf.internal;

import hta.jurisdiction.Formats;
import hta.jurisdiction.TimelineWords;
import java.time.LocalDate;
import java.util.List;

/**
 * The timeline chart in words, in the memo's language: its alternative text, read by assistive technology
 * instead of the drawing. Says what the drawing shows by position, colour and shape: each phase with its dates
 * and days (open ones as ongoing, clock-stops as such), each target with the days counted against its limit,
 * whether it was met, missed or is still running and its due date, and the milestones. Built only from the chart,
 * which is built only from the projected dossier the template saw, so a public memo's description holds nothing
 * the public memo may not show. Stateless.
 */
final class ChartDescription {
    private static final String DASH = "\u2013";

    private ChartDescription() {
    }

    static String of(String heading, String dayWord, LocalDate from, LocalDate to, List<TimelineChart.Bar> phases,
                     List<TimelineChart.Target> targets, List<LocalDate> milestones, TimelineWords.Description words,
                     Formats formats) {
        StringBuilder sb = new StringBuilder(heading).append(": ").append(span(formats, from, to)).append('.');
        for (TimelineChart.Bar b : phases) {
            sb.append(' ').append(b.label());
            if (b.clockStopped()) sb.append(" (").append(words.clockStopped()).append(')');
            sb.append(": ").append(formats.shortDate(b.start())).append(' ').append(DASH);
            if (b.end() == null) {
                sb.append(", ").append(words.ongoing());
            } else {
                sb.append(' ').append(formats.shortDate(b.end()));
                if (b.days() != null) sb.append(", ").append(b.days()).append(' ').append(dayWord);
            }
            sb.append('.');
        }
        for (TimelineChart.Target t : targets) {
            sb.append(' ').append(t.label()).append(": ").append(t.counted()).append(" / ").append(t.days()).append(' ')
                    .append(dayWord).append(", ").append(state(t, words));
            if (t.due() != null) sb.append(", ").append(words.due()).append(' ').append(formats.shortDate(t.due()));
            sb.append('.');
        }
        List<LocalDate> days = milestones.stream().distinct().sorted().toList();
        if (!days.isEmpty()) {
            sb.append(' ').append(capitalised(words.milestones())).append(": ");
            for (int i = 0; i < days.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(formats.shortDate(days.get(i)));
            }
            sb.append('.');
        }
        return sb.toString();
    }

    /** Met or missed once the target's span has ended; while it runs, missed only when already over its days. */
    private static String state(TimelineChart.Target t, TimelineWords.Description words) {
        if (t.end() != null) return t.met() ? words.met() : words.missed();
        return t.counted() > t.days() ? words.missed() : words.ongoing();
    }

    private static String span(Formats formats, LocalDate from, LocalDate to) {
        return formats.shortDate(from) + " " + DASH + " " + formats.shortDate(to);
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1);
    }
}
