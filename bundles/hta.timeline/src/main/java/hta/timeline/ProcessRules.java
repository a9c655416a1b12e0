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
 * @param portfolioStartKind milestone kind from which portfolio statistics count processing days (e.g. TLV's
 *                          receipt of the company dossier); null: the process's total start
 * @param portfolioEndKind  milestone kind at which they stop (e.g. TLV's dispatch); null: the total end
 * @param atRiskShare       share of a target's days from which an open span is {@link TargetState#AT_RISK}
 *                          (0.8 by default, meaning at least 80 % used)
 * @param statusPhases      submission status to the id of the phase a case with that status is in (its start
 *                          behind, its end not reached), e.g. {@code se.negotiation → negotiation}; what a
 *                          {@link SubmissionRecord} may conclude from the status beyond the portfolio category
 * @since 0.2 (portfolio span since 0.3, status phases since 0.4)
 */
public record ProcessRules(ProcessDefinition process, List<TimeTarget> targets, List<TypicalDuration> typicalDurations,
                           List<Scenario> scenarios, Map<String, CaseStatus> statusCategories, String requestKind,
                           String portfolioStartKind, String portfolioEndKind, double atRiskShare,
                           Map<String, String> statusPhases) {
    public static final double DEFAULT_AT_RISK_SHARE = 0.8;

    public ProcessRules {
        Objects.requireNonNull(process, "process");
        targets = List.copyOf(targets);
        typicalDurations = List.copyOf(typicalDurations);
        scenarios = List.copyOf(scenarios);
        statusCategories = Map.copyOf(statusCategories);
        statusPhases = statusPhases == null ? Map.of() : Map.copyOf(statusPhases);
        if (!(atRiskShare > 0 && atRiskShare <= 1)) {
            throw new IllegalArgumentException("at-risk share must be in (0, 1], was " + atRiskShare);
        }
    }

    /** Rules without status phases (the form before 0.4). */
    public ProcessRules(ProcessDefinition process, List<TimeTarget> targets, List<TypicalDuration> typicalDurations,
                        List<Scenario> scenarios, Map<String, CaseStatus> statusCategories, String requestKind,
                        String portfolioStartKind, String portfolioEndKind, double atRiskShare) {
        this(process, targets, typicalDurations, scenarios, statusCategories, requestKind, portfolioStartKind,
                portfolioEndKind, atRiskShare, Map.of());
    }

    /** Rules with no targets, forecasts or scenarios: only the process. */
    public static ProcessRules of(ProcessDefinition process) {
        return new ProcessRules(process, List.of(), List.of(), List.of(), Map.of(), null, null, null, DEFAULT_AT_RISK_SHARE,
                Map.of());
    }

    public ProcessRules withTargets(TimeTarget... newTargets) {
        return new ProcessRules(process, List.of(newTargets), typicalDurations, scenarios, statusCategories,
                requestKind, portfolioStartKind, portfolioEndKind, atRiskShare, statusPhases);
    }

    public ProcessRules withTypicalDurations(TypicalDuration... durations) {
        return new ProcessRules(process, targets, List.of(durations), scenarios, statusCategories, requestKind,
                portfolioStartKind, portfolioEndKind, atRiskShare, statusPhases);
    }

    public ProcessRules withScenarios(Scenario... newScenarios) {
        return new ProcessRules(process, targets, typicalDurations, List.of(newScenarios), statusCategories,
                requestKind, portfolioStartKind, portfolioEndKind, atRiskShare, statusPhases);
    }

    public ProcessRules withStatusCategories(Map<String, CaseStatus> categories, String newRequestKind) {
        return new ProcessRules(process, targets, typicalDurations, scenarios, categories, newRequestKind,
                portfolioStartKind, portfolioEndKind, atRiskShare, statusPhases);
    }

    /**
     * These rules with the span portfolio statistics count as processing time (null: the process total).
     *
     * @since 0.3
     */
    public ProcessRules withPortfolioSpan(String startKind, String endKind) {
        return new ProcessRules(process, targets, typicalDurations, scenarios, statusCategories, requestKind,
                startKind, endKind, atRiskShare, statusPhases);
    }

    /** The kind portfolio statistics count processing days from. @since 0.3 */
    public String portfolioStart() {
        return portfolioStartKind != null ? portfolioStartKind : process.totalStartKind();
    }

    /** The kind portfolio statistics count processing days to. @since 0.3 */
    public String portfolioEnd() {
        return portfolioEndKind != null ? portfolioEndKind : process.totalEndKind();
    }

    /**
     * These rules with the phase each status means the case is in (see {@link #statusPhases()}).
     *
     * @since 0.4
     */
    public ProcessRules withStatusPhases(Map<String, String> phases) {
        return new ProcessRules(process, targets, typicalDurations, scenarios, statusCategories, requestKind,
                portfolioStartKind, portfolioEndKind, atRiskShare, phases);
    }

    public ProcessRules withAtRiskShare(double share) {
        return new ProcessRules(process, targets, typicalDurations, scenarios, statusCategories, requestKind,
                portfolioStartKind, portfolioEndKind, share, statusPhases);
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
                requestKind, portfolioStartKind, portfolioEndKind, atRiskShare, statusPhases);
    }

    /**
     * What in these rules refers to something the process does not declare: a target's, typical duration's
     * or portfolio span's milestone kind, a target's excluded phase, in the current rules and in every
     * scenario. Empty when consistent; jurisdictions test that it is.
     *
     * @since 0.3
     */
    public List<String> inconsistencies() {
        List<String> problems = new ArrayList<>();
        List<String> kinds = process.milestoneKinds();
        java.util.Set<String> phases = new java.util.HashSet<>();
        process.phases().forEach(p -> phases.add(p.id()));
        for (PhaseDefinition p : process.phases()) {
            checkKind(problems, kinds, "phase " + p.id(), p.startKind());
            checkKind(problems, kinds, "phase " + p.id(), p.endKind());
        }
        checkKind(problems, kinds, "the process total", process.totalStartKind());
        checkKind(problems, kinds, "the process total", process.totalEndKind());
        List<TimeTarget> all = new ArrayList<>(targets);
        scenarios.forEach(s -> all.addAll(s.targets()));
        for (TimeTarget t : all) {
            checkKind(problems, kinds, "target " + t.id(), t.startKind());
            checkKind(problems, kinds, "target " + t.id(), t.endKind());
            if (t.extensionKind() != null) checkKind(problems, kinds, "target " + t.id(), t.extensionKind());
            for (String p : t.excludedPhases()) {
                if (!phases.contains(p)) problems.add("target " + t.id() + " excludes unknown phase " + p);
            }
        }
        for (TypicalDuration d : typicalDurations) {
            checkKind(problems, kinds, "typical duration", d.fromKind());
            checkKind(problems, kinds, "typical duration", d.toKind());
        }
        if (requestKind != null) checkKind(problems, kinds, "portfolio request", requestKind);
        checkKind(problems, kinds, "portfolio span", portfolioStart());
        checkKind(problems, kinds, "portfolio span", portfolioEnd());
        statusPhases.forEach((status, phase) -> {
            if (!phases.contains(phase)) problems.add("status " + status + " names unknown phase " + phase);
        });
        return problems;
    }

    private static void checkKind(List<String> problems, List<String> kinds, String what, String kind) {
        if (!kinds.contains(kind)) problems.add(what + " refers to undeclared milestone kind " + kind);
    }
}
