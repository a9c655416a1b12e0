package hta.timeline;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts and mean processing times over a set of cases, as in TLV's tables: requests by year and status
 * (Tabell 1) and dispatched assessments and their mean processing days by year of dispatch (Tabell 2).
 * Immutable.
 *
 * @param requestsByYear   request year to the count of cases in each status
 * @param dispatchedByYear dispatch year to the number of dispatched cases
 * @param meanDaysByYear   dispatch year to the mean processing days of the cases with both dates
 * @since 0.2
 */
public record PortfolioStatistics(SortedMap<Integer, Map<CaseStatus, Integer>> requestsByYear,
                                  SortedMap<Integer, Integer> dispatchedByYear,
                                  SortedMap<Integer, Double> meanDaysByYear) {
    public PortfolioStatistics {
        SortedMap<Integer, Map<CaseStatus, Integer>> copy = new TreeMap<>();
        requestsByYear.forEach((y, m) -> copy.put(y, Collections.unmodifiableMap(new EnumMap<>(m.isEmpty()
                ? new EnumMap<>(CaseStatus.class) : m))));
        requestsByYear = Collections.unmodifiableSortedMap(copy);
        dispatchedByYear = Collections.unmodifiableSortedMap(new TreeMap<>(dispatchedByYear));
        meanDaysByYear = Collections.unmodifiableSortedMap(new TreeMap<>(meanDaysByYear));
    }

    /** Cases requested in a year with a status. */
    public int count(int year, CaseStatus status) {
        return requestsByYear.getOrDefault(year, Map.of()).getOrDefault(status, 0);
    }

    /** Cases requested in a year, whatever their status. */
    public int requested(int year) {
        return requestsByYear.getOrDefault(year, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Cases with a status over all years. */
    public int total(CaseStatus status) {
        return requestsByYear.values().stream().mapToInt(m -> m.getOrDefault(status, 0)).sum();
    }

    /** Cases over all years. */
    public int totalRequested() {
        return requestsByYear.keySet().stream().mapToInt(this::requested).sum();
    }

    /** Mean processing days of assessments dispatched in a year, rounded to whole days as TLV reports them. */
    public Long roundedMeanDays(int year) {
        Double mean = meanDaysByYear.get(year);
        return mean == null ? null : Math.round(mean);
    }
}
