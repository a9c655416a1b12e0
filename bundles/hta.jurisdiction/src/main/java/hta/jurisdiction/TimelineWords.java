package hta.jurisdiction;

import hta.timeline.PhaseDefinition;
import hta.timeline.ProcessRules;
import hta.timeline.Scenario;
import hta.timeline.TimeTarget;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The words of the process-timeline chart at the end of a memo, in the jurisdiction's own language: the chart's
 * heading, the word for days, and the names of the phases and time targets of {@link Jurisdiction#processRules()}
 * by their ids. The labels in the rules themselves are English, for the workbench; a phase or target with no name
 * here is shown with that English label. Immutable.
 *
 * @param heading the chart's heading, e.g. {@code Tidslinje for saksbehandlingen}
 * @param days    the word written after a number of days, e.g. {@code dager}
 * @param names   phase and target ids to their names in the memo's language
 * @param description the words of the chart's text description, read by assistive technology instead of the
 *                    drawing (since 1.4; English unless the jurisdiction declares its own)
 * @since 1.3
 */
public record TimelineWords(String heading, String days, Map<String, String> names, Description description) {
    /** For jurisdictions whose memos are in English. */
    public static final TimelineWords ENGLISH = new TimelineWords("Process timeline", "days", Map.of());

    public TimelineWords {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(days, "days");
        names = names == null ? Map.of() : Map.copyOf(names);
        description = description == null ? Description.ENGLISH : description;
    }

    /** Words with the English description (a 1.3 declaration). */
    public TimelineWords(String heading, String days, Map<String, String> names) {
        this(heading, days, names, Description.ENGLISH);
    }

    /**
     * These words with the chart description's words in the memo's language.
     *
     * @since 1.4
     */
    public TimelineWords withDescription(Description words) {
        return new TimelineWords(heading, days, names, words);
    }

    /**
     * What the chart shows by colour and shape, in words: the chart's alternative text is written with them
     * (and the names, dates and day counts the chart prints), so a reader who cannot see the chart learns which
     * phases are still open, where the clock stopped and which targets were met.
     *
     * @param ongoing      a phase or target that has not ended, e.g. {@code pågår}
     * @param clockStopped a phase during which the clock stops, e.g. {@code klokkestopp}
     * @param met          a target met, e.g. {@code overholdt}
     * @param missed       a target missed, e.g. {@code overskredet}
     * @param due          before a target's due date, e.g. {@code frist}
     * @param milestones   before the list of milestone dates, e.g. {@code milepæler}
     * @since 1.4
     */
    public record Description(String ongoing, String clockStopped, String met, String missed, String due,
                              String milestones) {
        public static final Description ENGLISH =
                new Description("ongoing", "clock stopped", "met", "missed", "due", "milestones");

        public Description {
            Objects.requireNonNull(ongoing, "ongoing");
            Objects.requireNonNull(clockStopped, "clockStopped");
            Objects.requireNonNull(met, "met");
            Objects.requireNonNull(missed, "missed");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(milestones, "milestones");
        }
    }

    /** The name of a phase or target in the memo's language, else {@code english}. */
    public String name(String id, String english) {
        return names.getOrDefault(id, english);
    }

    /**
     * The ids of the phases and targets of {@code rules} (its scenarios' targets included) that have no name here
     * and would be shown with their English labels; sorted. A jurisdiction whose memos are not in English should
     * have none.
     */
    public List<String> unnamed(ProcessRules rules) {
        TreeSet<String> missing = new TreeSet<>();
        for (PhaseDefinition p : rules.process().phases()) {
            if (!names.containsKey(p.id())) missing.add(p.id());
        }
        for (TimeTarget t : rules.targets()) {
            if (!names.containsKey(t.id())) missing.add(t.id());
        }
        for (Scenario s : rules.scenarios()) {
            for (TimeTarget t : s.targets()) {
                if (!names.containsKey(t.id())) missing.add(t.id());
            }
        }
        return List.copyOf(missing);
    }
}
