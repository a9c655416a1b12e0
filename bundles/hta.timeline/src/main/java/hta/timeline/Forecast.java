package hta.timeline;

import java.time.LocalDate;

/**
 * The expected date of a milestone not reached yet.
 *
 * @param kind     the milestone kind forecast
 * @param expected the expected date
 * @param fromKind the milestone (reached or itself forecast) the expectation is counted from
 * @param late     whether the expected date has already passed on the judging day
 * @since 0.2
 */
public record Forecast(String kind, LocalDate expected, String fromKind, boolean late) {
}
