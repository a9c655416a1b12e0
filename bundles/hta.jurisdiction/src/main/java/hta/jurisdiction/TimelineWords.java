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
 * @since 1.3
 */
public record TimelineWords(String heading, String days, Map<String, String> names) {
    /** For jurisdictions whose memos are in English. */
    public static final TimelineWords ENGLISH = new TimelineWords("Process timeline", "days", Map.of());

    public TimelineWords {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(days, "days");
        names = names == null ? Map.of() : Map.copyOf(names);
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
