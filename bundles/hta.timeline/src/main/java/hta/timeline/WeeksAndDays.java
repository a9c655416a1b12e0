package hta.timeline;

/**
 * A number of days as whole weeks and remaining days, as Danish reports write durations ("20 uger og 2 dage"
 * for 142 days; medicinraadet.dk, see JURISDICTIONS.md §3). Jurisdictions render the words.
 *
 * @param weeks whole weeks
 * @param days  remaining days, 0–6 (same sign as the total)
 * @since 0.2
 */
public record WeeksAndDays(long weeks, int days) {
    public static WeeksAndDays of(long totalDays) {
        return new WeeksAndDays(totalDays / 7, (int) (totalDays % 7));
    }

    public long totalDays() {
        return weeks * 7 + days;
    }
}
