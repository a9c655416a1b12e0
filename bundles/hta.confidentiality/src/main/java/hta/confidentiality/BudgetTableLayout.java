package hta.confidentiality;

import java.util.List;
import java.util.Map;

/**
 * How a budget-impact table is shown: years × rows, an optional net-impact row that is a signed sum of other
 * rows (e.g. intervention − comparator), and optionally a total column per row (cell key
 * {@code cell:<rowId>:total}). Used to tell {@link SecondarySuppression} which totals a reader sees.
 *
 * @param rowIds          the rows in display order, the net-impact row included
 * @param years           number of year columns
 * @param netImpactRowId  the net-impact row, or null
 * @param netImpactSigns  for the net-impact row: +1 or −1 per contributing row
 * @param rowTotals       whether a total over the years is shown for each row
 * @since 0.2
 */
public record BudgetTableLayout(List<String> rowIds, int years, String netImpactRowId,
                                Map<String, Integer> netImpactSigns, boolean rowTotals) {
    public BudgetTableLayout {
        rowIds = List.copyOf(rowIds);
        netImpactSigns = netImpactSigns == null ? Map.of() : Map.copyOf(netImpactSigns);
    }

    public static String cell(String rowId, int year) {
        return "cell:" + rowId + ":" + year;
    }

    public static String total(String rowId) {
        return "cell:" + rowId + ":total";
    }
}
