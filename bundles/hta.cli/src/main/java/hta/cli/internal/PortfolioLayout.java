package hta.cli.internal;

import hta.timeline.CaseStatus;
import hta.timeline.Portfolio;
import hta.timeline.PortfolioCase;
import hta.timeline.PortfolioStatistics;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Portfolio statistics in the layout of TLV's report on clinic-drug assessments (seed 003): Table 1, requests per
 * request year by status with a total column ("Efterfrågade bedömningar", "TLV har inte kontakt med företaget", …),
 * and Table 2, delivered assessments and mean processing days per dispatch year; each cell "all(subgroup)" when a
 * subgroup is counted, as TLV writes cancer medicines in brackets. The statistics are the timeline engine's, the
 * same the Portfolio view shows. Immutable.
 */
final class PortfolioLayout {
    static final String SUBGROUP = "subgroup";
    /** Table 1's rows after the requests, in TLV's order. */
    private static final CaseStatus[] ROWS = {CaseStatus.NO_CONTACT, CaseStatus.AWAITING_DOSSIER,
            CaseStatus.UNDER_ASSESSMENT, CaseStatus.DISPATCHED, CaseStatus.CANCELLED};

    private final PortfolioStatistics all;
    private final PortfolioStatistics subgroup;
    private final List<Integer> requestYears;
    private final List<Integer> dispatchYears;
    private final boolean hasSubgroup;

    private PortfolioLayout(PortfolioStatistics all, PortfolioStatistics subgroup, List<Integer> requestYears,
                            List<Integer> dispatchYears, boolean hasSubgroup) {
        this.all = all;
        this.subgroup = subgroup;
        this.requestYears = requestYears;
        this.dispatchYears = dispatchYears;
        this.hasSubgroup = hasSubgroup;
    }

    /** The tables over the cases requested (table 1) or dispatched (table 2) in {@code from}–{@code to}. */
    static PortfolioLayout of(List<PortfolioCase> cases, Integer from, Integer to, boolean hasSubgroup) {
        List<PortfolioCase> requested = cases.stream().filter(c -> within(c.requestYear(), from, to)).toList();
        List<PortfolioCase> dispatched = cases.stream().filter(c -> c.dispatched() != null
                && within(c.dispatched().getYear(), from, to)).toList();
        // table 1 counts the requests of the period, table 2 the dispatches of the period, whenever requested
        PortfolioStatistics all = merge(requested, dispatched, false);
        PortfolioStatistics sub = merge(requested, dispatched, true);
        return new PortfolioLayout(all, sub, new ArrayList<>(new TreeSet<>(all.requestsByYear().keySet())),
                new ArrayList<>(new TreeSet<>(all.dispatchedByYear().keySet())), hasSubgroup);
    }

    private static boolean within(int year, Integer from, Integer to) {
        return (from == null || year >= from) && (to == null || year <= to);
    }

    private static PortfolioStatistics merge(List<PortfolioCase> requested, List<PortfolioCase> dispatched, boolean sub) {
        PortfolioStatistics r = Portfolio.statistics(requested.stream().filter(c -> !sub || c.tags().contains(SUBGROUP)).toList());
        PortfolioStatistics d = Portfolio.statistics(dispatched.stream().filter(c -> !sub || c.tags().contains(SUBGROUP)).toList());
        return new PortfolioStatistics(r.requestsByYear(), d.dispatchedByYear(), d.meanDaysByYear());
    }

    List<Integer> requestYears() {
        return requestYears;
    }

    List<Integer> dispatchYears() {
        return dispatchYears;
    }

    boolean hasSubgroup() {
        return hasSubgroup;
    }

    int requested(int year, boolean sub) {
        return (sub ? subgroup : all).requested(year);
    }

    int count(int year, CaseStatus s, boolean sub) {
        return (sub ? subgroup : all).count(year, s);
    }

    int totalRequested(boolean sub) {
        return (sub ? subgroup : all).totalRequested();
    }

    int total(CaseStatus s, boolean sub) {
        return (sub ? subgroup : all).total(s);
    }

    int delivered(int year, boolean sub) {
        return (sub ? subgroup : all).dispatchedByYear().getOrDefault(year, 0);
    }

    Long meanDays(int year, boolean sub) {
        return (sub ? subgroup : all).roundedMeanDays(year);
    }

    static String label(CaseStatus s) {
        switch (s) {
            case NO_CONTACT: return "No contact with the company";
            case AWAITING_DOSSIER: return "Awaiting the company's dossier";
            case UNDER_ASSESSMENT: return "Assessment ongoing";
            case DISPATCHED: return "Dispatched and presented";
            default: return "Cancelled or written off";
        }
    }

    /** "18(7)" as TLV writes a count with its subgroup, or "18". */
    private String cell(int a, int s) {
        return hasSubgroup ? a + "(" + s + ")" : Integer.toString(a);
    }

    private String mean(int year) {
        Long a = meanDays(year, false);
        Long s = meanDays(year, true);
        String text = a == null ? "–" : a.toString();
        return hasSubgroup ? text + "(" + (s == null ? "–" : s) + ")" : text;
    }

    void text(PrintWriter out) {
        List<String> header = new ArrayList<>(List.of("Table 1: requests by year and status"));
        requestYears.forEach(y -> header.add(y.toString()));
        header.add("Total");
        List<List<String>> rows = new ArrayList<>();
        List<String> first = new ArrayList<>(List.of("Requested"));
        requestYears.forEach(y -> first.add(cell(requested(y, false), requested(y, true))));
        first.add(cell(totalRequested(false), totalRequested(true)));
        rows.add(first);
        for (CaseStatus s : ROWS) {
            List<String> row = new ArrayList<>(List.of(label(s)));
            requestYears.forEach(y -> row.add(cell(count(y, s, false), count(y, s, true))));
            row.add(cell(total(s, false), total(s, true)));
            rows.add(row);
        }
        print(out, header, rows);
        out.println();
        List<String> header2 = new ArrayList<>(List.of("Table 2: delivered by year"));
        dispatchYears.forEach(y -> header2.add(y.toString()));
        List<String> delivered = new ArrayList<>(List.of("Delivered assessments"));
        dispatchYears.forEach(y -> delivered.add(cell(delivered(y, false), delivered(y, true))));
        List<String> means = new ArrayList<>(List.of("Mean processing days"));
        dispatchYears.forEach(y -> means.add(mean(y)));
        print(out, header2, List.of(delivered, means));
    }

    private static void print(PrintWriter out, List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        List<List<String>> all = new ArrayList<>(rows);
        all.add(0, header);
        for (List<String> r : all) {
            for (int i = 0; i < r.size(); i++) widths[i] = Math.max(widths[i], r.get(i).length());
        }
        for (List<String> r : all) {
            StringBuilder sb = new StringBuilder(String.format("%-" + widths[0] + "s", r.get(0)));
            for (int i = 1; i < r.size(); i++) sb.append("  ").append(String.format("%" + widths[i] + "s", r.get(i)));
            out.println(sb.toString().stripTrailing());
        }
    }

    /** One line per cell: table, row, year ("total" for the total column), all, subgroup (empty without one). */
    void csv(PrintWriter out) {
        out.println("table,row,year,all,subgroup");
        for (int y : requestYears) line(out, "requests", "requested", Integer.toString(y), requested(y, false), requested(y, true));
        line(out, "requests", "requested", "total", totalRequested(false), totalRequested(true));
        for (CaseStatus s : ROWS) {
            for (int y : requestYears) line(out, "requests", s.name(), Integer.toString(y), count(y, s, false), count(y, s, true));
            line(out, "requests", s.name(), "total", total(s, false), total(s, true));
        }
        for (int y : dispatchYears) {
            line(out, "delivered", "delivered", Integer.toString(y), delivered(y, false), delivered(y, true));
            Long a = meanDays(y, false);
            Long s = meanDays(y, true);
            out.println("delivered,mean-days," + y + "," + (a == null ? "" : a) + "," + (hasSubgroup && s != null ? s : ""));
        }
    }

    private void line(PrintWriter out, String table, String row, String year, int a, int s) {
        out.println(table + "," + row + "," + year + "," + a + "," + (hasSubgroup ? Integer.toString(s) : ""));
    }
}
