package hta.timeline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One requested assessment as portfolio statistics see it.
 *
 * @param id             case or dossier id
 * @param requestYear    the year the assessment was requested
 * @param status         where it stands
 * @param started        when the agency's clock started (e.g. the company dossier arrived); may be null
 * @param dispatched     when the assessment was dispatched; null unless dispatched
 * @param tags           free grouping tags, e.g. {@code cancer} for TLV's bracketed figures
 * @since 0.2
 */
public record PortfolioCase(String id, int requestYear, CaseStatus status, LocalDate started, LocalDate dispatched,
                            Set<String> tags) {
    public PortfolioCase {
        Objects.requireNonNull(status, "status");
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    /** Processing days (dispatch minus start), or null when either date is missing. */
    public Long processingDays() {
        return started == null || dispatched == null ? null : Timelines.days(started, dispatched);
    }
}
