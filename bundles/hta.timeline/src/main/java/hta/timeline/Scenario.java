package hta.timeline;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An alternative rule set a dossier can be judged under, e.g. a reform proposal: it replaces targets with the
 * same id, adds new ones, and removes the ones named in {@code removedTargets}. Immutable.
 *
 * @param id             stable id used on the command line, e.g. {@code se.orphan-reform}
 * @param label          English label
 * @param source         the document proposing it; may be null
 * @param targets        targets replacing (same id) or added to the current rules
 * @param removedTargets ids of current targets that do not exist under the scenario
 * @since 0.2
 */
public record Scenario(String id, String label, String source, List<TimeTarget> targets, Set<String> removedTargets) {
    public Scenario {
        Objects.requireNonNull(id, "id");
        targets = List.copyOf(targets);
        removedTargets = removedTargets == null ? Set.of() : Set.copyOf(removedTargets);
    }

    public Scenario(String id, String label, String source, List<TimeTarget> targets) {
        this(id, label, source, targets, Set.of());
    }
}
