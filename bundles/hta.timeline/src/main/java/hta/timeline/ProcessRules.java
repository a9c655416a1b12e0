package hta.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a jurisdiction declares about time beyond its {@link ProcessDefinition}: time targets, typical
 * durations for forecasts, alternative rule sets ({@link Scenario}s), the mapping of its submission statuses
 * to the portfolio categories, and the share of a target from which an open span counts as at risk.
 * Immutable; build with {@link #of} and the {@code with…} methods.
 *
 * @param process           the phases and milestone kinds
 * @param targets           the time targets under current rules
 * @param typicalDurations  typical milestone-to-milestone durations, for forecasts
 * @param scenarios         alternative rule sets
 * @param statusCategories  submission status (as stored in {@code Submission.status}) to portfolio category
 * @param requestKind       milestone kind whose year is the request year in portfolio statistics; null: the
 *                          first milestone kind of the process
 * @param atRiskShare       share of a target's days from which an open span is {@link TargetState#AT_RISK}
 *                          (0.8 by default, meaning at least 80 % used)
 * @since 0.2
 */
public record ProcessRules(ProcessDefinition process, List<TimeTarget> targets, List<TypicalDuration> typicalDurations,
                           List<Scenario> scenarios, Map<String, CaseStatus> statusCategories, String requestKind,
                           double atRiskShare) {
    public static final double DEFAULT_AT_RISK_SHARE = 0.8;

    public ProcessRules {
        Objects.requireNonNull(process, "process");
        targets = List.copyOf(targets);
        typicalDurations = List.copyOf(typicalDurations);
        scenarios = List.copyOf(scenarios);
        statusCategories = Map.copyOf(statusCategories);
        if (!(atRiskShare > 0 && atRiskShare <= 1)) {
            throw new IllegalArgumentException("at-risk share must be in (0, 1], was " + atRiskShare);
        }
    }

    /** Rules with no targets, forecasts or scenarios: only the process. */
    public static ProcessRules of(ProcessDefinition process) {
        return new ProcessRules(process, List.of(), List.of(), List.of(), Map.of(), null, DEFAULT_AT_RISK_SHARE);
    }

    public ProcessRules withTargets(TimeTarget... newTargets) {
        return new ProcessRules(process, List.of(newTargets), typicalDurations, scenarios, statusCategories,
                requestKind, atRiskShare);
    }

    public ProcessRules withTypicalDurations(TypicalDuration... durations) {
        return new ProcessRules(process, targets, List.of(durations), scenarios, statusCategories, requestKind,
                atRiskShare);
    }

    public ProcessRules withScenarios(Scenario... newScenarios) {
        return new ProcessRules(process, targets, typicalDurations, List.of(newScenarios), statusCategories,
                requestKind, atRiskShare);
    }

    public ProcessRules withStatusCategories(Map<String, CaseStatus> categories, String newRequestKind) {
        return new ProcessRules(process, targets, typicalDurations, scenarios, categories, newRequestKind,
                atRiskShare);
    }

    public ProcessRules withAtRiskShare(double share) {
        return new ProcessRules(process, targets, typicalDurations, scenarios, statusCategories, requestKind, share);
    }

    public Optional<Scenario> scenario(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<TimeTarget> target(String id) {
        return targets.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * These rules with a scenario applied: its targets replace those with the same id (keeping their place)
     * or are appended; targets it removes are dropped. Typical durations and everything else stay.
     */
    public ProcessRules under(Scenario scenario) {
        Map<String, TimeTarget> byId = new LinkedHashMap<>();
        for (TimeTarget t : targets) {
            if (!scenario.removedTargets().contains(t.id())) byId.put(t.id(), t);
        }
        for (TimeTarget t : scenario.targets()) byId.put(t.id(), t);
        return new ProcessRules(process, new ArrayList<>(byId.values()), typicalDurations, scenarios, statusCategories,
                requestKind, atRiskShare);
    }
}
