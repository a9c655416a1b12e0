package hta.timeline;

import hta.dossier.Milestone;
import hta.dossier.Submission;
import hta.dossier.view.SubmissionView;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Portfolio statistics over many cases (counts by status and year, mean processing time). Stateless. */
public final class Portfolio {
    private Portfolio() {
    }

    /**
     * The statistics of a set of cases. Processing days are counted from {@link PortfolioCase#started()} to
     * {@link PortfolioCase#dispatched()}; the mean per year is over dispatched cases with both dates.
     *
     * @since 0.2
     */
    public static PortfolioStatistics statistics(Collection<PortfolioCase> cases) {
        Map<Integer, Map<CaseStatus, Integer>> requests = new TreeMap<>();
        Map<Integer, Integer> dispatched = new TreeMap<>();
        Map<Integer, long[]> sums = new TreeMap<>();
        for (PortfolioCase c : cases) {
            requests.computeIfAbsent(c.requestYear(), y -> new EnumMap<>(CaseStatus.class))
                    .merge(c.status(), 1, Integer::sum);
            if (c.status() == CaseStatus.DISPATCHED && c.dispatched() != null) {
                int year = c.dispatched().getYear();
                dispatched.merge(year, 1, Integer::sum);
                Long days = c.processingDays();
                if (days != null) {
                    long[] s = sums.computeIfAbsent(year, y -> new long[2]);
                    s[0] += days;
                    s[1]++;
                }
            }
        }
        Map<Integer, Double> means = new TreeMap<>();
        sums.forEach((y, s) -> means.put(y, (double) s[0] / s[1]));
        return new PortfolioStatistics(new TreeMap<>(requests), new TreeMap<>(dispatched), new TreeMap<>(means));
    }

    /**
     * One submission as a portfolio case under a jurisdiction's rules: the status is mapped through
     * {@link ProcessRules#statusCategories()} as {@link #category(String, ProcessRules)} reads it, the request year is the year of the request milestone, the
     * clock start and dispatch are {@link ProcessRules#portfolioStart()} and {@link ProcessRules#portfolioEnd()}. Empty when the status is not
     * mapped or there is no request date.
     *
     * @since 0.2
     */
    public static Optional<PortfolioCase> caseOf(String id, Submission s, ProcessRules rules, Set<String> tags) {
        CaseStatus status = category(s.status, rules).orElse(null);
        String requestKind = rules.requestKind() != null ? rules.requestKind()
                : rules.process().milestoneKinds().isEmpty() ? null : rules.process().milestoneKinds().get(0);
        LocalDate requested = requestKind == null ? null : date(s, requestKind);
        if (status == null || requested == null) return Optional.empty();
        return Optional.of(new PortfolioCase(id, requested.getYear(), status,
                date(s, rules.portfolioStart()), date(s, rules.portfolioEnd()), tags));
    }

    /**
     * The portfolio category of a submission status under a jurisdiction's rules: the status as the rules key it
     * ({@code dk.decided}), or, for a status stored without the jurisdiction's prefix ({@code decided}, as older
     * dossiers and hand-written files have it), the one key whose part after the prefix is that word, in any case.
     * Empty when the status is null, not mapped, or matches several keys.
     *
     * @since 0.4
     */
    public static Optional<CaseStatus> category(String status, ProcessRules rules) {
        if (status == null || status.isBlank()) return Optional.empty();
        Map<String, CaseStatus> categories = rules.statusCategories();
        if (categories.containsKey(status)) return Optional.of(categories.get(status));
        CaseStatus found = null;
        int matches = 0;
        for (Map.Entry<String, CaseStatus> e : categories.entrySet()) {
            String key = e.getKey();
            String local = key.substring(key.indexOf('.') + 1);
            if (key.equalsIgnoreCase(status.strip()) || local.equalsIgnoreCase(status.strip())) {
                found = e.getValue();
                matches++;
            }
        }
        return matches == 1 ? Optional.of(found) : Optional.empty();
    }

    /** {@link #caseOf(String, Submission, ProcessRules, Set)} of a read-only submission. @since 0.4 */
    public static Optional<PortfolioCase> caseOf(String id, SubmissionView s, ProcessRules rules, Set<String> tags) {
        return caseOf(id, s.toSubmission(), rules, tags);
    }

    private static LocalDate date(Submission s, String kind) {
        return s.milestone(kind).map((Milestone m) -> m.date).orElse(null);
    }
}
