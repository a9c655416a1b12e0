package hta.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Milestone;
import hta.dossier.Submission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Golden data: TLV's report on clinic-drug assessments 2023–2025, Tabell 1 and Tabell 2 (seed 003). */
class PortfolioTest {
    private static final CaseStatus[] STATUSES = {CaseStatus.NO_CONTACT, CaseStatus.AWAITING_DOSSIER,
            CaseStatus.UNDER_ASSESSMENT, CaseStatus.DISPATCHED, CaseStatus.CANCELLED};

    /** Tabell 1: per request year, the count in each status (all, cancer), in the order of STATUSES. */
    private static final Map<Integer, int[][]> TABLE_1 = Map.of(
            2023, new int[][] {{0, 0}, {1, 0}, {2, 0}, {11, 6}, {4, 1}},
            2024, new int[][] {{3, 3}, {5, 3}, {7, 3}, {5, 4}, {1, 1}},
            2025, new int[][] {{2, 2}, {6, 5}, {3, 3}, {3, 1}, {0, 0}});

    /** Tabell 2: per dispatch year {delivered, cancer delivered, mean days, cancer mean days}. */
    private static final Map<Integer, int[]> TABLE_2 = Map.of(
            2020, new int[] {14, 8, 153, 145}, 2021, new int[] {12, 6, 251, 286}, 2022, new int[] {12, 8, 285, 252},
            2023, new int[] {14, 9, 281, 327}, 2024, new int[] {19, 13, 361, 381}, 2025, new int[] {13, 7, 293, 347});

    private static List<PortfolioCase> table1Cases() {
        List<PortfolioCase> cases = new ArrayList<>();
        TABLE_1.forEach((year, rows) -> {
            for (int i = 0; i < STATUSES.length; i++) {
                for (int n = 0; n < rows[i][0]; n++) {
                    Set<String> tags = n < rows[i][1] ? Set.of("cancer") : Set.of();
                    cases.add(new PortfolioCase(year + "-" + i + "-" + n, year, STATUSES[i], null, null, tags));
                }
            }
        });
        return cases;
    }

    /** Dispatched cases whose processing days add up to the published means (integer days, spread ±). */
    private static List<PortfolioCase> table2Cases() {
        List<PortfolioCase> cases = new ArrayList<>();
        TABLE_2.forEach((year, row) -> {
            int cancer = row[1];
            int other = row[0] - cancer;
            long otherSum = (long) row[2] * row[0] - (long) row[3] * cancer;
            addSpread(cases, year, cancer, (long) row[3] * cancer, Set.of("cancer"));
            addSpread(cases, year, other, otherSum, Set.of());
        });
        return cases;
    }

    private static void addSpread(List<PortfolioCase> cases, int year, int n, long sum, Set<String> tags) {
        long base = sum / n;
        long rest = sum % n;
        for (int i = 0; i < n; i++) {
            // pairs of ±17 days keep the sum and make the mean non-trivial
            long spread = n % 2 == 0 || i < n - 1 ? (i % 2 == 0 ? 17 : -17) : 0;
            long days = base + (i < rest ? 1 : 0) + spread;
            LocalDate dispatched = LocalDate.of(year, 1 + i % 12, 15);
            cases.add(new PortfolioCase(year + "-" + tags + i, year - 1, CaseStatus.DISPATCHED,
                    dispatched.minusDays(days), dispatched, tags));
        }
    }

    @Test
    void table1CountsByStatusAndRequestYear() {
        List<PortfolioCase> cases = table1Cases();
        PortfolioStatistics all = Portfolio.statistics(cases);
        PortfolioStatistics cancer = Portfolio.statistics(cases.stream().filter(c -> c.tags().contains("cancer")).toList());
        assertEquals(18, all.requested(2023));
        assertEquals(21, all.requested(2024));
        assertEquals(14, all.requested(2025));
        assertEquals(53, all.totalRequested());
        assertEquals(32, cancer.totalRequested());
        assertEquals(7, cancer.requested(2023));
        assertEquals(14, cancer.requested(2024));
        assertEquals(11, cancer.requested(2025));
        // Totalt column: 5(5), 12(8), 12(6), 19(11), 5(2)
        int[][] totals = {{5, 5}, {12, 8}, {12, 6}, {19, 11}, {5, 2}};
        for (int i = 0; i < STATUSES.length; i++) {
            assertEquals(totals[i][0], all.total(STATUSES[i]), STATUSES[i].name());
            assertEquals(totals[i][1], cancer.total(STATUSES[i]), STATUSES[i].name());
        }
        assertEquals(11, all.count(2023, CaseStatus.DISPATCHED));
        assertEquals(0, all.count(2023, CaseStatus.NO_CONTACT));
    }

    @Test
    void table2DeliveredAndMeanProcessingDaysByYear() {
        List<PortfolioCase> cases = table2Cases();
        PortfolioStatistics all = Portfolio.statistics(cases);
        PortfolioStatistics cancer = Portfolio.statistics(cases.stream().filter(c -> c.tags().contains("cancer")).toList());
        TABLE_2.forEach((year, row) -> {
            assertEquals(row[0], all.dispatchedByYear().get(year), "delivered " + year);
            assertEquals(row[1], cancer.dispatchedByYear().get(year), "cancer delivered " + year);
            assertEquals(row[2], all.roundedMeanDays(year), "mean days " + year);
            assertEquals(row[3], cancer.roundedMeanDays(year), "cancer mean days " + year);
        });
        // the report's own checks: 46 assessments in 2023–25, 29 of them cancer (22 in 2020–22)
        assertEquals(46, sum(all, 2023, 2025));
        assertEquals(29, sum(cancer, 2023, 2025));
        assertEquals(22, sum(cancer, 2020, 2022));
    }

    private static int sum(PortfolioStatistics s, int from, int to) {
        int n = 0;
        for (int y = from; y <= to; y++) n += s.dispatchedByYear().getOrDefault(y, 0);
        return n;
    }

    @Test
    void submissionBecomesACaseThroughTheJurisdictionsStatusWords() {
        ProcessRules rules = ProcessRules.of(TargetsTest.TLV).withStatusCategories(
                Map.of("expedierad", CaseStatus.DISPATCHED, "pågående", CaseStatus.UNDER_ASSESSMENT), "requested");
        Submission s = new Submission();
        s.status = "expedierad";
        s.milestones.add(new Milestone("requested", LocalDate.of(2023, 3, 1), null));
        s.milestones.add(new Milestone("dossier", LocalDate.of(2023, 5, 2), null));
        s.milestones.add(new Milestone("dispatched", LocalDate.of(2023, 10, 30), null));
        PortfolioCase c = Portfolio.caseOf("x", s, rules, Set.of("cancer")).orElseThrow();
        assertEquals(2023, c.requestYear());
        assertEquals(CaseStatus.DISPATCHED, c.status());
        assertEquals(181L, c.processingDays());
        s.status = "okänd";
        assertTrue(Portfolio.caseOf("x", s, rules, Set.of()).isEmpty());
    }

    /** Regression (issue 17.12): dossiers storing "decided" for "dk.decided" were left out of the portfolio. */
    @Test
    void aStatusWithoutTheJurisdictionsPrefixIsTheOneKeyEndingInIt() {
        ProcessRules rules = ProcessRules.of(TargetsTest.TLV).withStatusCategories(Map.of("dk.decided",
                CaseStatus.DISPATCHED, "dk.assessment", CaseStatus.UNDER_ASSESSMENT, "xx.assessment",
                CaseStatus.CANCELLED), "requested");
        assertEquals(CaseStatus.DISPATCHED, Portfolio.category("dk.decided", rules).orElseThrow());
        assertEquals(CaseStatus.DISPATCHED, Portfolio.category("decided", rules).orElseThrow());
        assertEquals(CaseStatus.DISPATCHED, Portfolio.category("Decided", rules).orElseThrow());
        assertEquals(CaseStatus.UNDER_ASSESSMENT, Portfolio.category("dk.assessment", rules).orElseThrow());
        assertTrue(Portfolio.category("assessment", rules).isEmpty(), "two keys end in it: no guess");
        assertTrue(Portfolio.category("cided", rules).isEmpty());
        assertTrue(Portfolio.category(null, rules).isEmpty());
        Submission s = new Submission();
        s.status = "decided";
        s.milestones.add(new Milestone("requested", LocalDate.of(2024, 3, 1), null));
        assertEquals(CaseStatus.DISPATCHED, Portfolio.caseOf("x", s, rules, Set.of()).orElseThrow().status());
    }
}
